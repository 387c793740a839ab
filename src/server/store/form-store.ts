import type { FormDefinition, FormDefinitionLookup } from '../../core/forms';
import type { AnswerLimit } from '../../core/forms/answer-limit';
import { changedOne, type Engine } from './kysely/engine';

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
    const row = await engine.db().selectFrom('form_definitions').select('definition').where((eb) => eb.and({ formId, version })).executeTakeFirst();
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
        const result = await tx
          .insertInto('form_definitions')
          .values({ formId: definition.id, version: definition.version, definition: JSON.stringify(definition), savedAt })
          .onConflict((oc) => oc.columns(['formId', 'version']).doNothing())
          .executeTakeFirst();
        const inserted = changedOne(result);
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
        .select('answerLimit')
        .where((eb) => eb.and({ formId, eventId }))
        .executeTakeFirst();
      return row?.answerLimit;
    },
    setAnswerLimit: async (formId: string, eventId: string, limit: AnswerLimit, at: string): Promise<void> => {
      await engine
        .db()
        .insertInto('form_answer_limits')
        .values({ formId, eventId, answerLimit: limit, updatedAt: at })
        .onConflict((oc) => oc.columns(['formId', 'eventId']).doUpdateSet((eb) => ({ answerLimit: eb.ref('excluded.answerLimit'), updatedAt: eb.ref('excluded.updatedAt') })))
        .execute();
    },
    /** Remembers that a link was made for (form, event); making it again keeps the first date and its state. */
    recordLink: async (formId: string, eventId: string, at: string): Promise<void> => {
      await engine.db().insertInto('form_links').values({ formId, eventId, createdAt: at, closedAt: null }).onConflict((oc) => oc.columns(['formId', 'eventId']).doNothing()).execute();
    },
    /** The links made for an event, oldest first, with their answer limit as stored (undefined = default). */
    linksOf: async (eventId: string) => {
      const rows = await engine
        .db()
        .selectFrom('form_links as l')
        .leftJoin('form_answer_limits as a', (join) => join.onRef('a.formId', '=', 'l.formId').onRef('a.eventId', '=', 'l.eventId'))
        .select(['l.formId', 'l.eventId', 'l.createdAt', 'l.closedAt', 'a.answerLimit'])
        .where('l.eventId', '=', eventId)
        .orderBy('l.createdAt')
        .orderBy('l.formId')
        .execute();
      return rows.map(({ closedAt, answerLimit, ...link }) => ({
        ...link,
        ...(closedAt === null ? {} : { closedAt }),
        ...(answerLimit === null ? {} : { answerLimit }),
      }));
    },
    /** Closes a link; false when no link was made for (form, event). Closing again keeps the first date. */
    closeLink: async (formId: string, eventId: string, at: string): Promise<boolean> => {
      const result = await engine
        .db()
        .updateTable('form_links')
        .set((eb) => ({ closedAt: eb.fn.coalesce('closedAt', eb.val(at)) }))
        .where((eb) => eb.and({ formId, eventId }))
        .executeTakeFirst();
      return changedOne(result);
    },
    /** Read inside SyncStore.atomically, like answerLimit: a closed link's answers are refused. */
    linkClosed: async (formId: string, eventId: string): Promise<boolean> => {
      const tx = await engine.forDecision();
      const row = await tx.selectFrom('form_links').select('closedAt').where((eb) => eb.and({ formId, eventId })).executeTakeFirst();
      return row?.closedAt != null;
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
