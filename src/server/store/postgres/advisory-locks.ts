import { sql, type Kysely } from 'kysely';

/**
 * Keys of the PostgreSQL advisory locks Cabildo takes, one per thing that must happen one at a time across
 * every server process sharing the database. Arbitrary constants; they only need to differ from each other.
 */
export const LOCKS = {
  /** Migrating and seeding at open (session lock, held on one connection for the whole step). */
  schema: 4_262_001,
  /** Writing records: keeps records.seq in commit order (transaction lock; see postgres-sync-store.ts). */
  records: 4_262_002,
  /** Writing events: keeps events.seq in commit order (transaction lock; see postgres-event-store.ts). */
  events: 4_262_003,
} as const;

/**
 * Waits for the transaction-level lock; PostgreSQL releases it at COMMIT or ROLLBACK, never earlier.
 * Any schema (`any`): the lock touches no table.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function lockForTransaction(tx: Kysely<any>, key: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(${sql.lit(key)})`.execute(tx);
}
