import { parseFormDefinition, type FormDefinition } from '../../core/forms';
import { FORMS_ENDPOINT } from '../../core/forms/public-reads';
import type { CabildoDatabase } from '../storage/database';
import { keepDefinitions } from '../storage/forms-definitions';
import { getJson, type HttpDeps } from './pull-http';

export { FORMS_ENDPOINT };

export interface DefinitionsPullDeps extends HttpDeps {
  db: CabildoDatabase;
  /** What the definitions' catalogue fields are checked against (territories, topics). */
  catalogues: object;
  now?: () => Date;
}

export type DefinitionsPull = { kind: 'pulled'; forms: FormDefinition[] } | { kind: 'offline' } | { kind: 'error'; status: number };

/**
 * GET /api/v1/forms (the newest version of each form) and keep them, so a poster link scanned later opens
 * with no signal. A definition this build cannot read (a newer field kind) is skipped, not kept.
 */
export async function pullDefinitions(deps: DefinitionsPullDeps): Promise<DefinitionsPull> {
  const answer = await getJson(deps, FORMS_ENDPOINT);
  if (!answer) return { kind: 'offline' };
  const list = (answer.body as { forms?: unknown } | undefined)?.forms;
  if (answer.status !== 200 || !Array.isArray(list)) return { kind: 'error', status: answer.status };
  const forms = list.flatMap((item) => {
    const parsed = parseFormDefinition(item, deps.catalogues);
    return parsed.ok ? [parsed.value] : [];
  });
  await keepDefinitions(deps.db, forms, (deps.now ?? (() => new Date()))());
  return { kind: 'pulled', forms };
}

/** One exact version (a submission named an older one, or a link was made before an edit). */
export async function pullDefinitionVersion(deps: DefinitionsPullDeps, formId: string, version: number): Promise<FormDefinition | undefined> {
  const answer = await getJson(deps, `${FORMS_ENDPOINT}/${encodeURIComponent(formId)}/versions/${version}`);
  const parsed = answer?.status === 200 ? parseFormDefinition((answer.body as { form?: unknown } | undefined)?.form, deps.catalogues) : undefined;
  if (!parsed?.ok) return undefined;
  await keepDefinitions(deps.db, [parsed.value], (deps.now ?? (() => new Date()))());
  return parsed.value;
}
