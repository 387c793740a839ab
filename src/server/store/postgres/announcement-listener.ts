import pg from 'pg';
import { FORM_VERSIONS_CHANNEL } from '../kysely/dialect';

const RECONNECT_MS = 1_000;

/**
 * LISTENs on its own connection (outside the pool: it stays open for the life of the process) and calls
 * `onVersion` for each version another process stored; after a lost connection it reconnects and calls
 * `onResync`, since notifications sent meanwhile are gone.
 */
export async function listenForFormVersions(
  url: string,
  onVersion: (formId: string, version: number) => void,
  onResync: () => void,
  logError: (error: unknown) => void,
): Promise<{ close(): Promise<void> }> {
  let client: pg.Client | undefined;
  let closed = false;
  const reconnectLater = (): void => {
    if (closed) return;
    setTimeout(() => void connect().then(onResync, (error: unknown) => (logError(error), reconnectLater())), RECONNECT_MS).unref();
  };
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      const [formId, version] = JSON.parse(message.payload ?? '[]') as [string, number];
      onVersion(formId, version);
    });
    next.on('error', (error) => {
      logError(error);
      void next.end().catch(() => undefined);
      reconnectLater();
    });
    await next.connect();
    await next.query(`LISTEN ${FORM_VERSIONS_CHANNEL}`);
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
