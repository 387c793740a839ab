import type { FormDefinition } from '../../../core/forms';
import type { FormStore } from '../form-store';
import { ANSWER_LIMITS } from '../../forms/answer-limit';
import type { Engine } from './engine';

export interface KyselyFormStore extends FormStore {
  /** Reads one stored version into memory (another process announced it). */
  learn(formId: string, version: number): Promise<void>;
  /** Reads every stored version into memory (at open, and after a lost announcement channel). */
  reload(): Promise<void>;
}

/**
 * Form versions are kept in memory (FormStore.lookup is synchronous): versions never change once stored, so a
 * copy per process is safe; it only has to learn new ones, which a saving process announces in its transaction
 * (dialect.announce). Answer limits change, so they are always read from the database.
 */
export function kyselyFormStore(engine: Engine): KyselyFormStore {
  const byForm = new Map<string, Map<number, FormDefinition>>();
  const cached = (formId: string, version: number) => byForm.get(formId)?.get(version);
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
    lookup: cached,
    latest: () => [...byForm.keys()].sort().map((id) => latestOf(id)!),
    latestOf,
    versionsOf: (formId) => [...(byForm.get(formId)?.keys() ?? [])].sort((a, b) => a - b),
    saveVersion: async (definition, savedAt) => {
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
    // Both read inside SyncStore.atomically (engine.forDecision): what the batch write will see.
    answerLimit: async (formId, eventId) => {
      const tx = await engine.forDecision();
      const row = await tx
        .selectFrom('form_answer_limits')
        .select('answer_limit')
        .where('form_id', '=', formId)
        .where('event_id', '=', eventId)
        .executeTakeFirst();
      return ANSWER_LIMITS.find((l) => l === row?.answer_limit);
    },
    setAnswerLimit: async (formId, eventId, limit, at) => {
      await engine
        .db()
        .insertInto('form_answer_limits')
        .values({ form_id: formId, event_id: eventId, answer_limit: limit, updated_at: at })
        .onConflict((oc) => oc.columns(['form_id', 'event_id']).doUpdateSet((eb) => ({ answer_limit: eb.ref('excluded.answer_limit'), updated_at: eb.ref('excluded.updated_at') })))
        .execute();
    },
    recordLink: async (formId, eventId, at) => {
      await engine.db().insertInto('form_links').values({ form_id: formId, event_id: eventId, created_at: at, closed_at: null }).onConflict((oc) => oc.columns(['form_id', 'event_id']).doNothing()).execute();
    },
    linksOf: async (eventId) => {
      const rows = await engine
        .db()
        .selectFrom('form_links as l')
        .leftJoin('form_answer_limits as a', (join) => join.onRef('a.form_id', '=', 'l.form_id').onRef('a.event_id', '=', 'l.event_id'))
        .select(['l.form_id', 'l.event_id', 'l.created_at', 'l.closed_at', 'a.answer_limit'])
        .where('l.event_id', '=', eventId)
        .orderBy('l.created_at')
        .orderBy('l.form_id')
        .execute();
      return rows.map((row) => {
        const answerLimit = ANSWER_LIMITS.find((l) => l === row.answer_limit);
        return {
          formId: row.form_id,
          eventId: row.event_id,
          createdAt: row.created_at,
          ...(row.closed_at === null ? {} : { closedAt: row.closed_at }),
          ...(answerLimit ? { answerLimit } : {}),
        };
      });
    },
    closeLink: async (formId, eventId, at) => {
      const { numUpdatedRows } = await engine
        .db()
        .updateTable('form_links')
        .set((eb) => ({ closed_at: eb.fn.coalesce('closed_at', eb.val(at)) }))
        .where('form_id', '=', formId)
        .where('event_id', '=', eventId)
        .executeTakeFirst();
      return Number(numUpdatedRows) === 1;
    },
    linkClosed: async (formId, eventId) => {
      const tx = await engine.forDecision();
      const row = await tx.selectFrom('form_links').select('closed_at').where('form_id', '=', formId).where('event_id', '=', eventId).executeTakeFirst();
      return row?.closed_at != null;
    },
    learn: async (formId, version) => {
      const definition = await readVersion(formId, version);
      if (definition) remember(definition);
    },
    reload: async () => {
      for (const row of await engine.db().selectFrom('form_definitions').select('definition').execute()) remember(JSON.parse(row.definition) as FormDefinition);
    },
  };
}
