import { sql, type Kysely } from 'kysely';
import type { CaseState, EscuchaderoCase } from '../../core/escuchadero';
import type { StoreDatabase } from './schema';
import { changedOne, type Engine } from './kysely/engine';
import { isSubmissionOf } from './submission-store';

/** An escuchadero entry: the stored submission and, once the office touched it, its case. */
export interface EscuchaderoEntry {
  recordId: string;
  eventId: string;
  /** Device clock when the citizen sent it (envelope createdAt). */
  createdAt: string;
  /** Server clock when it arrived. */
  receivedAt: string;
  /** The submission payload as validated at ingest. */
  payload: unknown;
  /** The stored case (parsed JSON); undefined while the entry is still 'received'. */
  storedCase?: unknown;
}

export interface EntryFilter {
  formId: string;
  eventId?: string;
  /** Each one must hold: the answer to `fieldId` is one of `values`. */
  answers?: readonly { fieldId: string; values: readonly string[] }[];
  /** Entries without a case count as 'received'. */
  state?: CaseState;
}

type EntryRow = Pick<StoreDatabase['records'], 'eventId' | 'createdAt' | 'receivedAt' | 'payload'> & { recordId: string; caseJson: string | null };

/** Records joined with their escuchadero case, if the office touched them (filtered by the caller). */
export const entryRows = (db: Kysely<StoreDatabase>) =>
  db
    .selectFrom('records as r')
    .leftJoin('escuchadero_cases as c', 'c.recordId', 'r.id')
    .select(['r.id as recordId', 'r.eventId', 'r.createdAt', 'r.receivedAt', 'r.payload', 'c.caseJson']);

export const entryOf = ({ caseJson, ...row }: EntryRow): EscuchaderoEntry => ({
  ...row,
  eventId: row.eventId!,
  payload: JSON.parse(row.payload),
  ...(caseJson === null ? {} : { storedCase: JSON.parse(caseJson) }),
});

/** Entries are records of the escuchadero form; a case row exists only once the office acted on one. */
export function escuchaderoStore(engine: Engine) {
  const { dialect } = engine;
  const entries = (formId: string) => entryRows(engine.db()).where(isSubmissionOf(dialect, formId));
  const seq = dialect.recordSeq('r');

  return {
    /** Matching entries, oldest first. */
    entries: async (filter: EntryFilter): Promise<EscuchaderoEntry[]> => {
      let query = entries(filter.formId);
      if (filter.eventId !== undefined) query = query.where('r.eventId', '=', filter.eventId);
      for (const { fieldId, values } of filter.answers ?? []) query = query.where(dialect.answerOf(fieldId), 'in', values);
      if (filter.state !== undefined) query = query.where(sql`coalesce(c.state, 'received')`, '=', filter.state);
      return (await query.orderBy(seq).execute()).map(entryOf);
    },
    entry: async (formId: string, recordId: string): Promise<EscuchaderoEntry | undefined> => {
      const row = await entries(formId).where('r.id', '=', recordId).executeTakeFirst();
      return row && entryOf(row);
    },
    /**
     * The first entry stored with each code: a later record carrying the same code never shadows it. The index
     * records_tracking_codes (migration 0101) finds each code.
     */
    byTrackingCodes: async (formId: string, codes: readonly string[]): Promise<EscuchaderoEntry[]> => {
      const found = [];
      const code = dialect.jsonText('r.payload', 'trackingCode');
      for (const wanted of codes) found.push(await entries(formId).where(code, '=', wanted).orderBy(seq).limit(1).executeTakeFirst());
      return found.flatMap((row) => (row ? [entryOf(row)] : []));
    },
    /**
     * Compare-and-swap on the state (undefined = no case yet); false when someone changed it in between. The
     * insert yields to a case someone else created; the update only matches `previous`.
     */
    saveCase: async (recordId: string, next: EscuchaderoCase, previous: CaseState | undefined, at: string): Promise<boolean> => {
      const row = { state: next.state, caseJson: JSON.stringify(next), updatedAt: at };
      const db = engine.db();
      if (previous === undefined) {
        const result = await db
          .insertInto('escuchadero_cases')
          .values({ recordId, ...row })
          .onConflict((oc) => oc.column('recordId').doNothing())
          .executeTakeFirst();
        return changedOne(result);
      }
      return changedOne(await db.updateTable('escuchadero_cases').set(row).where('recordId', '=', recordId).where('state', '=', previous).executeTakeFirst());
    },
  };
}

export type EscuchaderoStore = ReturnType<typeof escuchaderoStore>;
