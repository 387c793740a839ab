import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordEnvelope } from '../../../src/core/records/envelope';
import type { PushStatus } from '../../../src/core/sync/protocol';

export interface ReceivedPush {
  deviceId: string;
  records: RecordEnvelope[];
}

/** What the server does with one request: answer, or drop the connection without a word. */
export type Reply = { status: number; body: unknown } | { drop: true };
export type Script = (push: ReceivedPush, index: number) => Reply | Promise<Reply>;

/** The protocol's normal answer, with `statusOf` choosing each record's fate (undefined = leave it out). */
export const answerEach =
  (statusOf: (record: RecordEnvelope, index: number) => PushStatus | undefined, problemOf?: (r: RecordEnvelope) => unknown): Script =>
  (push) => ({
    status: 200,
    body: {
      results: push.records.flatMap((record, i) => {
        const status = statusOf(record, i);
        if (status === undefined) return [];
        const problem = problemOf?.(record);
        return [problem === undefined ? { id: record.id, status } : { id: record.id, status, problem }];
      }),
      serverTime: '2026-11-21T15:00:00.000Z',
    },
  });

export const acceptAll: Script = answerEach(() => 'accepted');

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A real HTTP server on 127.0.0.1, port 0, answering POSTs from a script. The runner talks to
 * it with the real global fetch, so timeouts, dropped sockets and status codes are genuine.
 */
export async function startScriptedServer(initial: Script) {
  let script = initial;
  const pushes: ReceivedPush[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const waiters: Array<{ count: number; resolve: () => void }> = [];

  const server = createServer((req, res) => {
    void (async () => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        const push = JSON.parse(await readBody(req)) as ReceivedPush;
        pushes.push(push);
        for (const w of waiters.filter((w) => pushes.length >= w.count)) w.resolve();
        const reply = await script(push, pushes.length - 1);
        if ('drop' in reply) {
          req.socket.destroy();
          return;
        }
        const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
        res.writeHead(reply.status, { 'content-type': typeof reply.body === 'string' ? 'text/html' : 'application/json' });
        res.end(text);
      } finally {
        inFlight--;
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/api/v1/sync`,
    pushes,
    /** Every record id received, in arrival order (repeats included). */
    sentIds: () => pushes.flatMap((p) => p.records.map((r) => r.id)),
    batchSizes: () => pushes.map((p) => p.records.length),
    maxInFlight: () => maxInFlight,
    setScript: (next: Script) => {
      script = next;
    },
    /** Resolves once `count` requests have arrived (an event, not a sleep). */
    received: (count: number) =>
      new Promise<void>((resolve) => (pushes.length >= count ? resolve() : waiters.push({ count, resolve }))),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type ScriptedServer = Awaited<ReturnType<typeof startScriptedServer>>;

/** A reply the test releases when it wants (to hold a request in flight). */
export function deferredReply(): { promise: Promise<Reply>; release: (reply: Reply) => void } {
  let release!: (reply: Reply) => void;
  const promise = new Promise<Reply>((resolve) => (release = resolve));
  return { promise, release };
}
