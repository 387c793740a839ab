import type { FormDefinition } from '../../core/forms';
import type { CabildoDatabase } from './database';
import { definitionKey, FORMS_META_KEYS, type StoredDefinition } from './forms-tables';

/** Keeps every version given (a version never changes, so putting it again is harmless). */
export async function keepDefinitions(db: CabildoDatabase, definitions: readonly FormDefinition[], at: Date): Promise<void> {
  const rows: StoredDefinition[] = definitions.map((definition) => ({
    key: definitionKey(definition.id, definition.version),
    id: definition.id,
    version: definition.version,
    definition,
    fetchedAt: at.toISOString(),
  }));
  await db.transaction('rw', db.formDefinitions, db.meta, async () => {
    await db.formDefinitions.bulkPut(rows);
    await db.meta.put({ key: FORMS_META_KEYS.definitionsPulledAt, value: at.toISOString() });
  });
}

export const readDefinitions = async (db: CabildoDatabase): Promise<FormDefinition[]> =>
  (await db.formDefinitions.toArray()).map((row) => row.definition);

/** The newest kept version of a form. */
export async function readLatestDefinition(db: CabildoDatabase, formId: string): Promise<FormDefinition | undefined> {
  const rows = await db.formDefinitions.where('id').equals(formId).toArray();
  return rows.sort((a, b) => b.version - a.version)[0]?.definition;
}
