import type { FormDefinition, FormDefinitionLookup } from '../../core/forms';
import type { AnswerLimit } from '../forms/answer-limit';
import type { Engine } from './kysely/engine';

export interface StoredFormLink {
  formId: string;
  eventId: string;
  createdAt: string;
  closedAt?: string;
  answerLimit?: AnswerLimit;
}

/**
 * Form versions and per-event form settings. Stored versions never change; editing adds one. They are kept in
 * memory (lookup is synchronous): a copy per process is safe; it only has to learn new ones, which a saving
 * process announces in its transaction (dialect.announce). Answer limits change, so they are always
 * read from the database.
 */
export function formStore(engine: Engine) {
  const byForm = new Map<string, Map<number, FormDefinition>>();
  const cached: FormDefinitionLookup = (formId, version) => byForm.get(formId)?.get(version);
  const remember = (definition: FormDefinition): void => {
    if (cached(definition.id, definition.version)) return;
    const versions = byForm.get(definition.id) ?? new Map<number, FormDefinition>();
    versions.set(definition.version, definition);
    byForm.set(definition.id, versions);
  };
  const latestOf = (formId: string): FormDefinition | undefined => {
    const versions = byForm.get(formId);
    return versions && versions.get(Math.max(...versions.keys()));
  };
  // Stored versions were validated when saved; they are read back as they are.
  const readVersion = async (formId: string, version: number) => {
    const row = await engine.db().selectFrom('form_definitions').select('definition').where('form_id', '=', formId).where('version', '=', version).executeTakeFirst();
    return row && (JSON.parse(row.definition) as FormDefinition);
  };

  return {
    /** Synchronous, served from memory: record validation (validateRecord) is synchronous and reads it. */
    lookup: cached,
    /** The newest version of each form, ordered by id. */
    latest: (): FormDefinition[] => [...byForm.keys()].sort().map((id) => latestOf(id)!),
    latestOf,
    /** Stored version numbers of a form, ascending ([] for an unknown form). */
    versionsOf: (formId: string): number[] => [...(byForm.get(formId)?.keys() ?? [])].sort((a, b) => a - b),
    /** Stores the version unless (id, version) is taken; either way answers what is stored there afterwards. */
    saveVersion: async (definition: FormDefinition, savedAt: string): Promise<{ saved: boolean; stored: FormDefinition }> => {
      const saved = await engine.inTransaction(async (tx) => {
        const { numInsertedOrUpdatedRows } = await tx
          .insertInto('form_definitions')
          .values({ form_id: definition.id, version: definition.version, definition: JSON.stringify(definition), saved_at: savedAt })
          .onConflict((oc) => oc.columns(['form_id', 'version']).doNothing())
          .executeTakeFirst();
        const inserted = Number(numInsertedOrUpdatedRows) === 1;
        if (inserted) await engine.dialect.announce(tx, 'formVersion', [definition.id, definition.version]);
        return inserted;
      });
      remember((await readVersion(definition.id, definition.version))!);
      return { saved, stored: cached(definition.id, definition.version)! };
    },
    /**
     * undefined until the office sets one (callers then apply defaultAnswerLimit). Read inside
     * SyncStore.atomically by the answer-limit check (engine.forDecision), so it sees what the batch write will see.
     */
    answerLimit: async (formId: string, eventId: string): Promise<AnswerLimit | undefined> => {
      const tx = await engine.forDecision();
      const row = await tx
        .selectFrom('form_answer_limits')
        .select('answer_limit')
        .where('form_id', '=', formId)
        .where('event_id', '=', eventId)
        .executeTakeFirst();
      return row?.answer_limit;
    },
    setAnswerLimit: async (formId: string, eventId: string, limit: AnswerLimit, at: string): Promise<void> => {
      await engine
        .db()
        .insertInto('form_answer_limits')
        .values({ form_id: formId, event_id: eventId, answer_limit: limit, updated_at: at })
        .onConflict((oc) => oc.columns(['form_id', 'event_id']).doUpdateSet((eb) => ({ answer_limit: eb.ref('excluded.answer_limit'), updated_at: eb.ref('excluded.updated_at') })))
        .execute();
    },
    /** Remembers that a link was made for (form, event); making it again keeps the first date and its state. */
    recordLink: async (formId: string, eventId: string, at: string): Promise<void> => {
      await engine.db().insertInto('form_links').values({ form_id: formId, event_id: eventId, created_at: at, closed_at: null }).onConflict((oc) => oc.columns(['form_id', 'event_id']).doNothing()).execute();
    },
    /** The links made for an event, oldest first, with their answer limit as stored (undefined = default). */
    linksOf: async (eventId: string): Promise<StoredFormLink[]> => {
      const rows = await engine
        .db()
        .selectFrom('form_links as l')
        .leftJoin('form_answer_limits as a', (join) => join.onRef('a.form_id', '=', 'l.form_id').onRef('a.event_id', '=', 'l.event_id'))
        .select(['l.form_id', 'l.event_id', 'l.created_at', 'l.closed_at', 'a.answer_limit'])
        .where('l.event_id', '=', eventId)
        .orderBy('l.created_at')
        .orderBy('l.form_id')
        .execute();
      return rows.map((row) => ({
        formId: row.form_id,
        eventId: row.event_id,
        createdAt: row.created_at,
        ...(row.closed_at === null ? {} : { closedAt: row.closed_at }),
        ...(row.answer_limit === null ? {} : { answerLimit: row.answer_limit }),
      }));
    },
    /** Closes a link; false when no link was made for (form, event). Closing again keeps the first date. */
    closeLink: async (formId: string, eventId: string, at: string): Promise<boolean> => {
      const { numUpdatedRows } = await engine
        .db()
        .updateTable('form_links')
        .set((eb) => ({ closed_at: eb.fn.coalesce('closed_at', eb.val(at)) }))
        .where('form_id', '=', formId)
        .where('event_id', '=', eventId)
        .executeTakeFirst();
      return Number(numUpdatedRows) === 1;
    },
    /** Read inside SyncStore.atomically, like answerLimit: a closed link's answers are refused. */
    linkClosed: async (formId: string, eventId: string): Promise<boolean> => {
      const tx = await engine.forDecision();
      const row = await tx.selectFrom('form_links').select('closed_at').where('form_id', '=', formId).where('event_id', '=', eventId).executeTakeFirst();
      return row?.closed_at != null;
    },
    /** Reads one stored version into memory (another process announced it). */
    learn: async (formId: string, version: number): Promise<void> => {
      const definition = await readVersion(formId, version);
      if (definition) remember(definition);
    },
    /** Reads every stored version into memory (at open, and after a lost announcement channel). */
    reload: async (): Promise<void> => {
      for (const row of await engine.db().selectFrom('form_definitions').select('definition').execute()) remember(JSON.parse(row.definition) as FormDefinition);
    },
  };
}

export type FormStore = ReturnType<typeof formStore>;
