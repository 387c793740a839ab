import { sql } from 'kysely';
import type { EventDocument, EventStatus } from '../../../core/events';
import type { EventStore, StoredEvent } from '../event-store';
import { listedSeqAfter } from '../event-listing';
import { LOCKS, lockForTransaction } from './advisory-locks';
import type { TransactionScope } from './transaction-scope';

const storedOf = (row: { document: string; creation_hash: string }): StoredEvent => ({
  event: JSON.parse(row.document) as EventDocument,
  creationHash: row.creation_hash,
});

/**
 * Every create or edit takes the events advisory lock for its transaction, then max(seq) + 1: writers from
 * every process run one at a time, so events.seq grows in commit order and a pull cursor never skips an
 * edit that committed late. Reads take no lock.
 */
export function postgresEventStore(scope: TransactionScope): EventStore {
  const selectOne = (id: string) =>
    scope.db().selectFrom('events').select(['document', 'creation_hash', 'revision', 'status', 'listed_seq']).where('id', '=', id).executeTakeFirst();
  const nextSeq = async () =>
    (await scope.db().selectFrom('events').select(sql<number>`coalesce(max(seq), 0) + 1`.as('next')).executeTakeFirstOrThrow()).next;

  return {
    list: async () => (await scope.db().selectFrom('events').select('document').execute()).map((r) => JSON.parse(r.document) as EventDocument),
    get: async (id) => {
      const row = await selectOne(id);
      return row && storedOf(row);
    },
    create: (event, creationHash) =>
      scope.inTransaction(async (tx) => {
        await lockForTransaction(tx, LOCKS.events);
        const seq = await nextSeq();
        const { numInsertedOrUpdatedRows } = await tx
          .insertInto('events')
          .values({
            id: event.id,
            revision: event.revision,
            status: event.status,
            document: JSON.stringify(event),
            creation_hash: creationHash,
            seq,
            listed_seq: listedSeqAfter(undefined, event.status, seq),
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst();
        return { created: numInsertedOrUpdatedRows === 1n, stored: storedOf((await selectOne(event.id))!) };
      }),
    replace: (next, baseRevision) =>
      scope.inTransaction(async (tx) => {
        await lockForTransaction(tx, LOCKS.events);
        const current = await selectOne(next.id);
        if (!current || current.revision !== baseRevision) return false;
        const seq = await nextSeq();
        const listedSeq = listedSeqAfter({ status: current.status as EventStatus, listedSeq: current.listed_seq }, next.status, seq);
        const { numUpdatedRows } = await tx
          .updateTable('events')
          .set({ revision: next.revision, status: next.status, document: JSON.stringify(next), seq, listed_seq: listedSeq })
          .where('id', '=', next.id)
          .where('revision', '=', baseRevision)
          .executeTakeFirst();
        return numUpdatedRows === 1n;
      }),
  };
}
