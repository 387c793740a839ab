import type { FormDefinition } from '../../../core/forms';

/**
 * The stored form versions, in memory: sync validation reads them synchronously. Versions never change once
 * stored, so a copy per process is safe; it only has to learn new versions (see postgres-form-store.ts).
 */
export function formDefinitionCache() {
  const byForm = new Map<string, Map<number, FormDefinition>>();
  const latestOf = (formId: string): FormDefinition | undefined => {
    const versions = byForm.get(formId);
    return versions && versions.get(Math.max(...versions.keys()));
  };
  return {
    remember(definition: FormDefinition): void {
      const versions = byForm.get(definition.id) ?? new Map<number, FormDefinition>();
      versions.set(definition.version, definition);
      byForm.set(definition.id, versions);
    },
    lookup: (formId: string, version: number) => byForm.get(formId)?.get(version),
    latest: () => [...byForm.keys()].sort().map((id) => latestOf(id)!),
    latestOf,
    versionsOf: (formId: string) => [...(byForm.get(formId)?.keys() ?? [])].sort((a, b) => a - b),
  };
}
