import { z } from 'zod';

/**
 * A pull run that stopped at a page boundary: the heads it is bringing the device up to, and the last record
 * seq it sent. `fromStart`: the run began without a cursor (the device had nothing).
 */
export interface PullRun {
  eventSeq: number;
  recordSeq: number;
  after: number;
  fromStart?: boolean | undefined;
  /** Events whose lists the run sends whole because they were new to the filter when it began. */
  fresh?: string[] | undefined;
}

/**
 * Where a device's last pull stopped: both change sequences, and the events it asked for (absent = all).
 * `run` is present while a paginated run is unfinished; eventSeq/recordSeq are then where the run began.
 */
export interface PullCursor {
  eventSeq: number;
  recordSeq: number;
  events?: string[] | undefined;
  run?: PullRun | undefined;
}

const seq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const eventIds = z.array(z.string().min(1).max(64)).max(1000);
// Fresh events as positions in `f` (n), so a cursor stays short; by id (m) only for a run over every event.
const runSchema = z.strictObject({ e: seq, r: seq, a: seq, s: z.literal(1).optional(), n: z.array(z.number().int().min(0).max(999)).max(1000).optional(), m: eventIds.optional() });
// Version 1; a future layout gets v: 2 and old cursors are still read (or answered with sync.cursor_invalid).
// `p` (an unfinished run) is optional, so cursors written before pagination still read.
const wireSchema = z.strictObject({ v: z.literal(1), e: seq, r: seq, f: eventIds.optional(), p: runSchema.optional() });

function freshOnWire(fresh: string[] | undefined, events: string[] | undefined): { n?: number[]; m?: string[] } {
  if (!fresh?.length) return {};
  const positions = fresh.map((id) => events?.indexOf(id) ?? -1);
  return positions.every((i) => i >= 0) ? { n: positions } : { m: fresh };
}

/** Opaque to devices: base64url JSON, so nobody is tempted to build one by hand. */
export function encodeCursor(cursor: PullCursor): string {
  const run = cursor.run
    ? { p: { e: cursor.run.eventSeq, r: cursor.run.recordSeq, a: cursor.run.after, ...(cursor.run.fromStart ? { s: 1 } : {}), ...freshOnWire(cursor.run.fresh, cursor.events) } }
    : {};
  const wire = { v: 1, e: cursor.eventSeq, r: cursor.recordSeq, ...(cursor.events ? { f: cursor.events } : {}), ...run };
  return Buffer.from(JSON.stringify(wire)).toString('base64url');
}

export function decodeCursor(text: string): PullCursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,8192}$/.test(text)) return undefined;
  try {
    const parsed = wireSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    if (!parsed.success) return undefined;
    const { e, r, f, p } = parsed.data;
    const fresh = p?.m ?? p?.n?.map((i) => f?.[i]);
    if (fresh?.some((id) => id === undefined)) return undefined;
    const run = p ? { eventSeq: p.e, recordSeq: p.r, after: p.a, ...(p.s ? { fromStart: true } : {}), ...(fresh?.length ? { fresh: fresh as string[] } : {}) } : undefined;
    return { eventSeq: e, recordSeq: r, events: f, ...(run ? { run } : {}) };
  } catch {
    return undefined;
  }
}
