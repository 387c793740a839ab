import { AsyncLocalStorage } from 'node:async_hooks';
import type { ControlledTransaction, InsertResult, Kysely, TransactionBuilder, UpdateResult } from 'kysely';
import type { StoreDatabase } from '../schema';
import { dialectOf } from '../dialect';

type Db = Kysely<StoreDatabase>;

/** The transaction of one `SyncStore.atomically` call, opened only if something in it must read. */
interface AtomicSection {
  tx?: ControlledTransaction<StoreDatabase>;
}

/**
 * Which connection a query runs on, for both databases. Outside `atomically`: the database (SQLite's one
 * connection, PostgreSQL's pool). Inside it, the admission reads open one transaction holding the records lock
 * and the batch write joins it, so the check and the write see the same state. A batch whose admission reads
 * nothing (check-ins) opens no transaction here. Per request, not global: AsyncLocalStorage follows each
 * request's own chain of awaits. Every store asks `db()` for each query: on SQLite a query sent around an open
 * transaction would wait for it forever (Kysely gives the one connection to one transaction at a time).
 */
export function engineOf(database: Db) {
  const dialect = dialectOf(database);
  const current = new AsyncLocalStorage<Db>();
  const section = new AsyncLocalStorage<AtomicSection>();
  const open = () => current.getStore() ?? section.getStore()?.tx;
  // `work` in the current transaction, or in a new one (begun, then holding `lock`) committed when it resolves.
  const within = <T>(begin: () => TransactionBuilder<StoreDatabase>, work: (tx: Db) => Promise<T>, lock?: 'records' | 'events'): Promise<T> => {
    const tx = open();
    if (tx) return work(tx);
    return begin().execute(async (tx) => {
      if (lock) await dialect.lock(tx, lock);
      return current.run(tx, () => work(tx));
    });
  };
  return {
    dialect,
    /** The current transaction (inTransaction, snapshot, or an atomic section's once opened), else the database. */
    db: (): Db => open() ?? database,
    /** For reads that decide a write: inside `atomically`, its transaction (opened and locked on first use). */
    forDecision: async (): Promise<Db> => {
      const atomic = section.getStore();
      if (!atomic) return open() ?? database;
      if (!atomic.tx) {
        const tx = await database.startTransaction().execute();
        atomic.tx = tx;
        await dialect.lock(tx, 'records');
      }
      return atomic.tx;
    },
    atomically: async <T>(work: () => Promise<T>): Promise<T> => {
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
    /** Runs `work` in the current transaction, or in a new one holding `lock`, committed when `work` resolves. */
    inTransaction: <T>(work: (tx: Db) => Promise<T>, lock?: 'records' | 'events'): Promise<T> => within(() => database.transaction(), work, lock),
    /**
     * Runs `work` in a read-only transaction that sees one snapshot of the whole database. Inside a transaction
     * already, its own view is the snapshot (a second one would wait for it on SQLite).
     */
    snapshot: <T>(work: (tx: Db) => Promise<T>): Promise<T> => within(() => dialect.snapshot(database), work),
  };
}

export type Engine = ReturnType<typeof engineOf>;

/** Whether a write touched exactly one row: an insert that did not yield to a stored row, an update that matched. */
export const changedOne = (result: InsertResult | UpdateResult): boolean =>
  Number('numUpdatedRows' in result ? result.numUpdatedRows : (result.numInsertedOrUpdatedRows ?? 0)) === 1;
