import { sql, type Kysely } from 'kysely';
import { listedSeqAfter, type EventDocument } from '../../core/events';
import type { StoreDatabase } from './schema';
import { changedOne, type Engine } from './kysely/engine';

/** An event as stored: its current document and the hash of the request that created it. */
export interface StoredEvent {
  event: EventDocument;
  creationHash: string;
}

const storedOf = (row: { document: string; creationHash: string }): StoredEvent => ({
  event: JSON.parse(row.document) as EventDocument,
  creationHash: row.creationHash,
});

/**
 * Every create or edit runs in a transaction holding the events lock, then takes max(seq) + 1: writers run one
 * at a time, so events.seq grows in commit order and a pull cursor never skips an edit that committed late.
 * Reads take no lock.
 */
export function eventStore(engine: Engine) {
  const selectOne = (db: Kysely<StoreDatabase>, id: string) =>
    db.selectFrom('events').select(['document', 'creationHash', 'revision', 'status', 'listedSeq']).where('id', '=', id).executeTakeFirst();
  const nextSeq = async (tx: Kysely<StoreDatabase>) =>
    (await tx.selectFrom('events').select(sql<number>`coalesce(max(seq), 0) + 1`.as('next')).executeTakeFirstOrThrow()).next;

  return {
    /** Every event, in no particular order. */
    list: async (): Promise<EventDocument[]> =>
      (await engine.db().selectFrom('events').select('document').execute()).map((r) => JSON.parse(r.document) as EventDocument),
    get: async (id: string): Promise<StoredEvent | undefined> => {
      const row = await selectOne(engine.db(), id);
      return row && storedOf(row);
    },
    /**
     * Stores revision 1 unless the id is taken. Either way answers what is stored under the id afterwards,
     * so the caller can tell a replayed create (same creationHash) from a clash.
     */
    create: (event: EventDocument, creationHash: string): Promise<{ created: boolean; stored: StoredEvent }> =>
      engine.inTransaction(async (tx) => {
        const seq = await nextSeq(tx);
        const inserted = await tx
          .insertInto('events')
          .values({
            id: event.id,
            revision: event.revision,
            status: event.status,
            document: JSON.stringify(event),
            creationHash,
            seq,
            listedSeq: listedSeqAfter(undefined, event.status, seq),
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst();
        return { created: changedOne(inserted), stored: storedOf((await selectOne(tx, event.id))!) };
      }, 'events'),
    /**
     * Replaces the event only if its stored revision is still `baseRevision` (compare-and-swap), giving it the
     * next place in the change sequence. False when someone saved in between.
     */
    replace: (next: EventDocument, baseRevision: number): Promise<boolean> =>
      engine.inTransaction(async (tx) => {
        const current = await selectOne(tx, next.id);
        if (!current || current.revision !== baseRevision) return false;
        const seq = await nextSeq(tx);
        const listedSeq = listedSeqAfter(current, next.status, seq);
        const updated = await tx
          .updateTable('events')
          .set({ revision: next.revision, status: next.status, document: JSON.stringify(next), seq, listedSeq })
          .where('id', '=', next.id)
          .where('revision', '=', baseRevision)
          .executeTakeFirst();
        return changedOne(updated);
      }, 'events'),
  };
}

export type EventStore = ReturnType<typeof eventStore>;
