import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { FormDefinition } from '../../../core/forms';
import type { StoreDatabase } from '../schema';
import type { FormStore } from '../form-store';
import { ANSWER_LIMITS, type AnswerLimit } from '../../forms/answer-limit';

interface DefinitionRow {
  form_id: string;
  version: number;
  definition: string;
}

/**
 * Definitions are few and small, and sync validation must read them synchronously: all of them are
 * kept in memory, loaded at open and updated after each committed insert (one process per database).
 * `seed` versions (the built-in forms) are stored at open when their (id, version) is free.
 */
export function sqliteFormStore(database: Database.Database, db: Kysely<StoreDatabase>, seed: readonly FormDefinition[], seededAt: string): FormStore {
  const insert = database.prepare(
    db
      .insertInto('form_definitions')
      .values({ form_id: '', version: 0, definition: '', saved_at: '' })
      .onConflict((oc) => oc.columns(['form_id', 'version']).doNothing())
      .compile().sql,
  );
  const selectAll = database.prepare<[], DefinitionRow>(db.selectFrom('form_definitions').select(['form_id', 'version', 'definition']).compile().sql);
  const selectOne = database.prepare<[string, number], string>(
    db.selectFrom('form_definitions').select('definition').where('form_id', '=', '').where('version', '=', 0).compile().sql,
  ).pluck();
  const selectLimit = database.prepare<[string, string], string>(
    db.selectFrom('form_answer_limits').select('answer_limit').where('form_id', '=', '').where('event_id', '=', '').compile().sql,
  ).pluck();
  const upsertLimit = database.prepare(
    db
      .insertInto('form_answer_limits')
      .values({ form_id: '', event_id: '', answer_limit: '', updated_at: '' })
      .onConflict((oc) => oc.columns(['form_id', 'event_id']).doUpdateSet((eb) => ({ answer_limit: eb.ref('excluded.answer_limit'), updated_at: eb.ref('excluded.updated_at') })))
      .compile().sql,
  );

  const byForm = new Map<string, Map<number, FormDefinition>>();
  const remember = (definition: FormDefinition) => {
    const versions = byForm.get(definition.id) ?? new Map<number, FormDefinition>();
    versions.set(definition.version, definition);
    byForm.set(definition.id, versions);
  };
  database.transaction(() => {
    for (const d of seed) insert.run(d.id, d.version, JSON.stringify(d), seededAt);
  })();
  // Stored versions were validated when saved; they are read back as they are.
  for (const row of selectAll.all()) remember(JSON.parse(row.definition) as FormDefinition);

  const latestOf = (formId: string): FormDefinition | undefined => {
    const versions = byForm.get(formId);
    return versions && versions.get(Math.max(...versions.keys()));
  };

  return {
    lookup: (formId, version) => byForm.get(formId)?.get(version),
    latest: () => [...byForm.keys()].sort().map((id) => latestOf(id)!),
    latestOf,
    versionsOf: (formId) => [...(byForm.get(formId)?.keys() ?? [])].sort((a, b) => a - b),
    saveVersion: async (definition, savedAt) => {
      const saved = insert.run(definition.id, definition.version, JSON.stringify(definition), savedAt).changes === 1;
      const stored = JSON.parse(selectOne.get(definition.id, definition.version)!) as FormDefinition;
      if (saved) remember(stored);
      return { saved, stored: byForm.get(definition.id)?.get(definition.version) ?? stored };
    },
    answerLimit: async (formId, eventId) => {
      const stored = selectLimit.get(formId, eventId);
      return ANSWER_LIMITS.find((l) => l === stored);
    },
    setAnswerLimit: async (formId, eventId, limit, at) => {
      upsertLimit.run(formId, eventId, limit, at);
    },
  };
}
