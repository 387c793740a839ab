import pg from 'pg';
import { ANNOUNCEMENT_CHANNELS, type Announcements } from '../dialect';

const RECONNECT_MS = 1_000;

/** What to do with each kind of announcement another process made. */
export type AnnouncementHandlers = { [K in keyof Announcements]: (payload: Announcements[K]) => void };

const kindOfChannel = new Map(Object.entries(ANNOUNCEMENT_CHANNELS).map(([kind, channel]) => [channel, kind as keyof Announcements]));

/**
 * LISTENs on every announcement channel on its own connection (outside the pool: it stays open for the life of
 * the process) and hands each announcement to its handler; after a lost connection it reconnects and calls
 * `onResync`, since announcements sent meanwhile are gone.
 */
export async function listenForAnnouncements(
  url: string,
  handlers: AnnouncementHandlers,
  onResync: () => void,
  logError: (error: unknown) => void,
): Promise<{ close(): Promise<void> }> {
  let client: pg.Client | undefined;
  let closed = false;
  const hear = (message: pg.Notification): void => {
    const kind = kindOfChannel.get(message.channel);
    if (kind === undefined) return;
    try {
      const payload = JSON.parse(message.payload ?? 'null') as never;
      handlers[kind](payload);
    } catch (error) {
      // Thrown here it would end the process; one unreadable announcement is only logged.
      logError(error);
    }
  };
  const reconnectLater = (): void => {
    if (closed) return;
    setTimeout(() => void connect().then(onResync, (error: unknown) => (logError(error), reconnectLater())), RECONNECT_MS).unref();
  };
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', hear);
    next.on('error', (error) => {
      logError(error);
      void next.end().catch(() => undefined);
      reconnectLater();
    });
    await next.connect();
    for (const channel of Object.values(ANNOUNCEMENT_CHANNELS)) await next.query(`LISTEN ${channel}`);
    client = next;
  };
  await connect();
  return {
    close: async () => {
      closed = true;
      await client?.end();
    },
  };
}
