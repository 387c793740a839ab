import type { FormDefinition } from './form-definition';

/** Finds the exact version a submission was filled in with; old versions stay readable forever. */
export type FormDefinitionLookup = (formId: string, version: number) => FormDefinition | undefined;

export function definitionLookup(definitions: readonly FormDefinition[]): FormDefinitionLookup {
  const byKey = new Map(definitions.map((d) => [`${d.id}@${d.version}`, d]));
  return (formId, version) => byKey.get(`${formId}@${version}`);
}

/** The newest version of each form, for building links and posters. */
export function latestDefinitions(definitions: readonly FormDefinition[]): FormDefinition[] {
  const latest = new Map<string, FormDefinition>();
  for (const d of definitions) if ((latest.get(d.id)?.version ?? 0) < d.version) latest.set(d.id, d);
  return [...latest.values()];
}
