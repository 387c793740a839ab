import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { EventDocument, EventStatus } from '../../../core/events';
import type { StoreDatabase } from '../schema';
import type { EventStore, StoredEvent } from '../event-store';
import { listedSeqAfter } from '../event-listing';

interface EventRow {
  document: string;
  creation_hash: string;
  revision: number;
  status: string;
  listed_seq: number | null;
}

const storedOf = (row: EventRow): StoredEvent => ({ event: JSON.parse(row.document) as EventDocument, creationHash: row.creation_hash });

/**
 * Writes run synchronously inside better-sqlite3 transactions: taking the next seq and writing the row
 * cannot be split by another request, so the event change sequence has no gaps out of order.
 */
export function sqliteEventStore(database: Database.Database, db: Kysely<StoreDatabase>): EventStore {
  const columns = ['document', 'creation_hash', 'revision', 'status', 'listed_seq'] as const;
  const selectAll = database.prepare<[], string>(db.selectFrom('events').select('document').compile().sql).pluck();
  const selectOne = database.prepare<[string], EventRow>(db.selectFrom('events').select(columns).where('id', '=', '').compile().sql);
  const nextSeq = database
    .prepare<[], number>(db.selectFrom('events').select(sql<number>`coalesce(max(seq), 0) + 1`.as('next')).compile().sql)
    .pluck();
  // Parameters bind in the order of the object keys below, then the where clauses.
  const insert = database.prepare(
    db
      .insertInto('events')
      .values({ id: '', revision: 0, status: '', document: '', creation_hash: '', seq: 0, listed_seq: null })
      .onConflict((oc) => oc.column('id').doNothing())
      .compile().sql,
  );
  const update = database.prepare(
    db
      .updateTable('events')
      .set({ revision: 0, status: '', document: '', seq: 0, listed_seq: null })
      .where('id', '=', '')
      .where('revision', '=', 0)
      .compile().sql,
  );

  const create = database.transaction((event: EventDocument, creationHash: string) => {
    const seq = nextSeq.get()!;
    const listedSeq = listedSeqAfter(undefined, event.status, seq);
    const { changes } = insert.run(event.id, event.revision, event.status, JSON.stringify(event), creationHash, seq, listedSeq);
    return { created: changes === 1, stored: storedOf(selectOne.get(event.id)!) };
  });

  const replace = database.transaction((next: EventDocument, baseRevision: number): boolean => {
    const current = selectOne.get(next.id);
    if (!current || current.revision !== baseRevision) return false;
    const seq = nextSeq.get()!;
    const listedSeq = listedSeqAfter({ status: current.status as EventStatus, listedSeq: current.listed_seq }, next.status, seq);
    return update.run(next.revision, next.status, JSON.stringify(next), seq, listedSeq, next.id, baseRevision).changes === 1;
  });

  return {
    list: async () => selectAll.all().map((document) => JSON.parse(document) as EventDocument),
    get: async (id) => {
      const row = selectOne.get(id);
      return row && storedOf(row);
    },
    create: async (event, creationHash) => create(event, creationHash),
    replace: async (next, baseRevision) => replace(next, baseRevision),
  };
}
