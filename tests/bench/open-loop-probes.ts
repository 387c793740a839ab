import { randomBytes } from 'node:crypto';
import { uuidV7 } from '../../src/core/ids/uuidv7';

/**
 * What the open-loop load benchmarks (report-load.bench.ts, heavy-load.bench.ts) share: a request timed to its
 * last byte, the p99 of such times, and the batch a door device pushes.
 */
export const p99 = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? Number.NaN;
};

/** One request timed to its last byte; anything but a 200 is an error. */
export async function timed(request: () => Promise<Response>): Promise<number> {
  const started = performance.now();
  const response = await request();
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${response.url}: ${response.status}`);
  return performance.now() - started;
}

/** `size` anonymous counts at one door of `eventId`: the smallest real device batch. */
export const anonymousBatch = (eventId: string, deviceId: string, size: number, checkedInAt: string) =>
  Array.from({ length: size }, () => ({
    id: uuidV7(Date.now(), randomBytes(10)),
    kind: 'attendance.anonymous',
    schemaVersion: 1,
    deviceId,
    createdAt: checkedInAt,
    payload: { eventId, method: 'manual', checkedInAt, territory: '01' },
  }));
