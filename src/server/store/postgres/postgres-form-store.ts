import { sql } from 'kysely';
import type { FormDefinition } from '../../../core/forms';
import type { FormStore } from '../form-store';
import { ANSWER_LIMITS } from '../../forms/answer-limit';
import type { TransactionScope } from './transaction-scope';
import { formDefinitionCache } from './form-definition-cache';
import { FORM_VERSIONS_CHANNEL } from './form-version-listener';

export interface PostgresFormStore extends FormStore {
  /** Reads one stored version into memory (another process announced it). */
  learn(formId: string, version: number): Promise<void>;
  /** Reads every stored version into memory (at open, and after a lost LISTEN connection). */
  reload(): Promise<void>;
}

/**
 * Form versions are cached per process (FormStore.lookup is synchronous); a saved version is announced with
 * NOTIFY in the same transaction, so every other process learns it within milliseconds of the commit.
 * Answer limits change, so they are always read from the database, never cached.
 */
export function postgresFormStore(scope: TransactionScope): PostgresFormStore {
  const cache = formDefinitionCache();
  const readVersion = async (formId: string, version: number) => {
    const row = await scope.db().selectFrom('form_definitions').select('definition').where('form_id', '=', formId).where('version', '=', version).executeTakeFirst();
    return row && (JSON.parse(row.definition) as FormDefinition);
  };

  return {
    lookup: cache.lookup,
    latest: cache.latest,
    latestOf: cache.latestOf,
    versionsOf: cache.versionsOf,
    saveVersion: async (definition, savedAt) => {
      const saved = await scope.inTransaction(async (tx) => {
        const { numInsertedOrUpdatedRows } = await tx
          .insertInto('form_definitions')
          .values({ form_id: definition.id, version: definition.version, definition: JSON.stringify(definition), saved_at: savedAt })
          .onConflict((oc) => oc.columns(['form_id', 'version']).doNothing())
          .executeTakeFirst();
        const inserted = numInsertedOrUpdatedRows === 1n;
        if (inserted) await sql`select pg_notify(${FORM_VERSIONS_CHANNEL}, ${JSON.stringify([definition.id, definition.version])})`.execute(tx);
        return inserted;
      });
      const stored = (await readVersion(definition.id, definition.version))!;
      if (!cache.lookup(definition.id, definition.version)) cache.remember(stored);
      return { saved, stored: cache.lookup(definition.id, definition.version)! };
    },
    answerLimit: async (formId, eventId) => {
      const row = await (await scope.forDecision()).selectFrom('form_answer_limits').select('answer_limit').where('form_id', '=', formId).where('event_id', '=', eventId).executeTakeFirst();
      return ANSWER_LIMITS.find((l) => l === row?.answer_limit);
    },
    setAnswerLimit: async (formId, eventId, limit, at) => {
      await scope
        .db()
        .insertInto('form_answer_limits')
        .values({ form_id: formId, event_id: eventId, answer_limit: limit, updated_at: at })
        .onConflict((oc) => oc.columns(['form_id', 'event_id']).doUpdateSet((eb) => ({ answer_limit: eb.ref('excluded.answer_limit'), updated_at: eb.ref('excluded.updated_at') })))
        .execute();
    },
    learn: async (formId, version) => {
      const definition = await readVersion(formId, version);
      if (definition && !cache.lookup(formId, version)) cache.remember(definition);
    },
    reload: async () => {
      // Stored versions were validated when saved; they are read back as they are.
      for (const row of await scope.db().selectFrom('form_definitions').select('definition').execute()) {
        const definition = JSON.parse(row.definition) as FormDefinition;
        if (!cache.lookup(definition.id, definition.version)) cache.remember(definition);
      }
    },
  };
}
