import { AsyncLocalStorage } from 'node:async_hooks';
import type { ControlledTransaction, Kysely } from 'kysely';
import type { StoreDatabase } from '../schema';
import type { Dialect } from './dialect';

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
export interface Engine {
  dialect: Dialect;
  /** The current transaction (inTransaction, snapshot, or an atomic section's once opened), else the database. */
  db(): Kysely<StoreDatabase>;
  /** For reads that decide a write: inside `atomically`, its transaction (opened and locked on first use). */
  forDecision(): Promise<Kysely<StoreDatabase>>;
  atomically<T>(work: () => Promise<T>): Promise<T>;
  /** Runs `work` in the current transaction, or in a new one holding `lock`, committed when `work` resolves. */
  inTransaction<T>(work: (tx: Kysely<StoreDatabase>) => Promise<T>, lock?: 'records' | 'events'): Promise<T>;
  /** Runs `work` in a read-only transaction that sees one snapshot of the whole database. */
  snapshot<T>(work: (tx: Kysely<StoreDatabase>) => Promise<T>): Promise<T>;
}

export function engineOf(database: Kysely<StoreDatabase>, dialect: Dialect): Engine {
  const current = new AsyncLocalStorage<Kysely<StoreDatabase>>();
  const section = new AsyncLocalStorage<AtomicSection>();
  const db = () => current.getStore() ?? section.getStore()?.tx ?? database;
  return {
    dialect,
    db,
    forDecision: async () => {
      const open = section.getStore();
      if (!open) return db();
      if (!open.tx) {
        const tx = await database.startTransaction().execute();
        open.tx = tx;
        await dialect.lock(tx, 'records');
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
    inTransaction: (work, lock) => {
      const open = current.getStore() ?? section.getStore()?.tx;
      if (open) return work(open);
      return database.transaction().execute(async (tx) => {
        if (lock) await dialect.lock(tx, lock);
        return current.run(tx, () => work(tx));
      });
    },
    // Inside a transaction already, its own view is the snapshot (a second one would wait for it on SQLite).
    snapshot: (work) => {
      const open = current.getStore() ?? section.getStore()?.tx;
      if (open) return work(open);
      return dialect.snapshot(database).execute((tx) => current.run(tx, () => work(tx)));
    },
  };
}
