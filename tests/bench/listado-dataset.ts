import type { ValidRecord } from '../../src/core/records/envelope';
import type { Stores } from '../../src/server/store/stores';
import { incomingRecordOf } from '../../src/server/sync/push-records';
import { personCheckIn } from '../server/reports/fixtures';

/**
 * The listado benchmarks' dataset (export.bench.ts, heavy-load.bench.ts): one event's `rows` check-ins, one every
 * 100 ms from 13:00 UTC through eight doors, every 97th person admitted twice (the same document as the person
 * before), written straight into the store 500 to a write (seeding 100,000 through HTTP would take minutes and
 * measure something else). Call it before the server opens the database.
 */
export async function seedListado(stores: Pick<Stores, 'sync'>, eventId: string, rows: number): Promise<void> {
  const startsAt = Date.parse('2026-11-21T13:00:00Z');
  for (let start = 0; start < rows; start += 500) {
    const batch = Array.from({ length: Math.min(500, rows - start) }, (_, k) => {
      const i = start + k;
      const at = new Date(startsAt + i * 100).toISOString();
      const person = { firstNames: `Persona ${letters(i)}`, surnames: 'Gómez Ñáñez', document: String(10_000_000 + (i % 97 === 96 ? i - 1 : i)), territory: '03' };
      return incomingRecordOf(personCheckIn(eventId, person, at, `puerta-${i % 8}`) as unknown as ValidRecord);
    });
    await stores.sync.writeBatch(batch, new Date().toISOString());
  }
}

/** Names take letters only: the number written in base 26 with a–z. */
const letters = (i: number): string => (i < 26 ? 'abcdefghijklmnopqrstuvwxyz'[i]! : letters(Math.floor(i / 26) - 1) + letters(i % 26));
