import { AsyncLocalStorage } from 'node:async_hooks';
import type { ControlledTransaction, Kysely, Transaction } from 'kysely';
import type { PostgresDatabase } from './postgres-schema';
import { LOCKS, lockForTransaction } from './advisory-locks';

/** The transaction of one `SyncStore.atomically` call, opened only if something in it must read. */
interface AtomicSection {
  tx?: ControlledTransaction<PostgresDatabase>;
}

/**
 * Which connection a query runs on. Outside `SyncStore.atomically`: any pooled connection. Inside it, the
 * admission reads open one transaction holding the records lock and the batch write joins it, so the check
 * and the write see the same state, on one connection (a request holding a connection while it waits for a
 * second could starve the pool under load). A batch whose admission reads nothing (check-ins: no answer
 * limits) opens no transaction here and is written in one locked statement (postgres-sync-store.ts).
 * Per request, not global: AsyncLocalStorage follows each request's own chain of awaits.
 */
export interface TransactionScope {
  /** The current transaction (inTransaction, or an atomic section's once opened), else the pool. */
  db(): Kysely<PostgresDatabase>;
  /** For reads that decide a write: inside `atomically`, its transaction (opened and locked on first use). */
  forDecision(): Promise<Kysely<PostgresDatabase>>;
  atomically<T>(work: () => Promise<T>): Promise<T>;
  /** Runs `work` in the current transaction, or in a new one committed when `work` resolves. */
  inTransaction<T>(work: (tx: Transaction<PostgresDatabase>) => Promise<T>): Promise<T>;
}

export function transactionScope(pool: Kysely<PostgresDatabase>): TransactionScope {
  const current = new AsyncLocalStorage<Transaction<PostgresDatabase>>();
  const section = new AsyncLocalStorage<AtomicSection>();
  return {
    db: () => current.getStore() ?? section.getStore()?.tx ?? pool,
    forDecision: async () => {
      const open = section.getStore();
      if (!open) return pool;
      if (!open.tx) {
        const tx = await pool.startTransaction().execute();
        open.tx = tx;
        await lockForTransaction(tx, LOCKS.records);
      }
      return open.tx;
    },
    atomically: async (work) => {
      const state: AtomicSection = {};
      try {
        const result = await section.run(state, work);
        await state.tx?.commit().execute();
        return result;
      } catch (error) {
        await state.tx?.rollback().execute();
        throw error;
      }
    },
    inTransaction: (work) => {
      const open = current.getStore() ?? section.getStore()?.tx;
      if (open) return work(open as Transaction<PostgresDatabase>);
      return pool.transaction().execute((tx) => current.run(tx, () => work(tx)));
    },
  };
}
