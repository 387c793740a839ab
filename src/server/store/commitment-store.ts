import type { Commitment, ProgressUpdate } from '../../core/commitments';
import { changedOne, type Engine } from './kysely/engine';

/** What a write of a client-made id came to: new, the same content again, or different content under that id. */
export type CommitmentWrite = 'created' | 'duplicate' | 'conflict';

export interface CommitmentFilter {
  eventIds?: readonly string[];
  office?: string;
  territory?: string;
  topic?: string;
  /** Commitments produced by these escuchadero entries (record ids). */
  originEntryIds?: readonly string[];
}

// Zod's output lists keys in schema order, so equal content gives equal text.
const sameContent = (stored: string, incoming: unknown) => stored === JSON.stringify(incoming);

/** Commitments and their append-only updates; lookups by client id make every write safe to replay. */
export function commitmentStore(engine: Engine) {
  const { dialect } = engine;
  const storedDocument = async (table: 'commitments' | 'commitment_updates', id: string) =>
    (await engine.db().selectFrom(table).select('document').where('id', '=', id).executeTakeFirst())?.document;
  /** After an insert that did nothing: the row already there says duplicate or conflict. */
  const outcomeOf = async (inserted: boolean, table: 'commitments' | 'commitment_updates', value: { id: string }): Promise<CommitmentWrite> => {
    if (inserted) return 'created';
    const stored = await storedDocument(table, value.id);
    return stored !== undefined && sameContent(stored, value) ? 'duplicate' : 'conflict';
  };

  return {
    /** Idempotent by the client's id: the same commitment again is 'duplicate', other content 'conflict'. */
    create: async (commitment: Commitment, storedAt: string): Promise<CommitmentWrite> => {
      const result = await engine
        .db()
        .insertInto('commitments')
        .values({
          id: commitment.id,
          eventId: commitment.eventId,
          office: commitment.office,
          territory: commitment.territory ?? null,
          topic: commitment.topic ?? null,
          dueDate: commitment.dueDate,
          originKind: commitment.origin.kind,
          originEntryId: commitment.origin.kind === 'escuchadero' ? commitment.origin.entryId : null,
          createdAt: commitment.createdAt,
          document: JSON.stringify(commitment),
          storedAt,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      return outcomeOf(changedOne(result), 'commitments', commitment);
    },
    commitment: async (id: string): Promise<Commitment | undefined> => {
      const stored = await storedDocument('commitments', id);
      return stored === undefined ? undefined : (JSON.parse(stored) as Commitment);
    },
    /** Matching commitments, by due date then id. */
    list: async (filter: CommitmentFilter): Promise<Commitment[]> => {
      let query = engine.db().selectFrom('commitments').select('document');
      if (filter.eventIds !== undefined) query = query.where(dialect.oneOf('eventId', filter.eventIds));
      if (filter.originEntryIds !== undefined) query = query.where(dialect.oneOf('originEntryId', filter.originEntryIds));
      if (filter.office !== undefined) query = query.where('office', '=', filter.office);
      if (filter.territory !== undefined) query = query.where('territory', '=', filter.territory);
      if (filter.topic !== undefined) query = query.where('topic', '=', filter.topic);
      const rows = await query.orderBy('dueDate').orderBy('id').execute();
      return rows.map((row) => JSON.parse(row.document) as Commitment);
    },
    /** Appends (never overwrites); 'missing' when the commitment is not stored. */
    addUpdate: async (update: ProgressUpdate, storedAt: string): Promise<CommitmentWrite | 'missing'> => {
      // The foreign key would throw; a missing commitment is an expected answer.
      if ((await storedDocument('commitments', update.commitmentId)) === undefined) return 'missing';
      const result = await engine
        .db()
        .insertInto('commitment_updates')
        .values({ id: update.id, commitmentId: update.commitmentId, date: update.date, document: JSON.stringify(update), storedAt })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      return outcomeOf(changedOne(result), 'commitment_updates', update);
    },
    /** The updates of these commitments, in order of entry (the ids bound as one parameter, whatever their number). */
    updates: async (commitmentIds: readonly string[]): Promise<ProgressUpdate[]> => {
      const rows = await engine.db().selectFrom('commitment_updates').select('document').where(dialect.oneOf('commitmentId', commitmentIds)).orderBy('seq').execute();
      return rows.map((row) => JSON.parse(row.document) as ProgressUpdate);
    },
  };
}

export type CommitmentStore = ReturnType<typeof commitmentStore>;
