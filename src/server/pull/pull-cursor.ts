import { z } from 'zod';

/** Where a device's last pull stopped: both change sequences, and the events it asked for (absent = all). */
export interface PullCursor {
  eventSeq: number;
  recordSeq: number;
  events?: string[] | undefined;
}

const seq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
// Version 1; a future layout gets v: 2 and old cursors are still read (or answered with sync.cursor_invalid).
const wireSchema = z.strictObject({ v: z.literal(1), e: seq, r: seq, f: z.array(z.string().min(1).max(64)).max(1000).optional() });

/** Opaque to devices: base64url JSON, so nobody is tempted to build one by hand. */
export function encodeCursor(cursor: PullCursor): string {
  const wire = { v: 1, e: cursor.eventSeq, r: cursor.recordSeq, ...(cursor.events ? { f: cursor.events } : {}) };
  return Buffer.from(JSON.stringify(wire)).toString('base64url');
}

export function decodeCursor(text: string): PullCursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,8192}$/.test(text)) return undefined;
  try {
    const parsed = wireSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? { eventSeq: parsed.data.e, recordSeq: parsed.data.r, events: parsed.data.f } : undefined;
  } catch {
    return undefined;
  }
}
