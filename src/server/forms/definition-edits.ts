import { checkWrittenDefinition, parseFormDefinition, type FormDefinition } from '../../core/forms';
import { isPlainObject } from '../../core/forms/answers';
import { canonicalJson } from '../../core/records/canonical-json';
import { officeTextIn } from '../../core/problems/office-field-messages';
import { problem, type Language } from '../../core/problems/problem';
import { fail, ok, type Result } from '../../core/result';
import type { FormStore } from '../store/form-store';
import { versionIssues } from './definition-rules';

export interface DefinitionEditDeps {
  forms: FormStore;
  catalogues: object;
  now: () => Date;
}

export interface SavedForm {
  form: FormDefinition;
  /** False when the same content was already stored (a retried request): nothing new was saved. */
  created: boolean;
}

/** Equal apart from the version number. */
const sameContent = (a: FormDefinition, b: FormDefinition) => canonicalJson({ ...a, version: 0 }) === canonicalJson({ ...b, version: 0 });

const invalid = (path: string, message: string) => fail<never>(problem('request.invalid', { fields: [{ path, code: 'custom', message }] }));

/** A definition as the server will store it: the core schema and catalogues, then the rules across versions. */
function checked(input: Record<string, unknown>, version: number, deps: DefinitionEditDeps, language: Language): Result<FormDefinition> {
  const read = parseFormDefinition({ ...input, version }, deps.catalogues, language);
  const parsed = read.ok ? checkWrittenDefinition(read.value, language) : read;
  if (!parsed.ok) return parsed;
  const served = deps.forms.versionsOf(parsed.value.id).map((v) => deps.forms.lookup(parsed.value.id, v)!);
  const issues = versionIssues(parsed.value, served, language);
  return issues.length > 0 ? fail(problem('form.definition_invalid', { fields: issues })) : parsed;
}

/**
 * PUT /forms/:id. The body is the whole definition; its `version` is the one the editor started from.
 * The same content as the latest version answers it unchanged (a retry after a lost response);
 * otherwise it is stored as latest + 1, or refused as stale if someone published in between. Field messages in `language`.
 */
export async function editForm(deps: DefinitionEditDeps, language: Language, formId: string, body: unknown): Promise<Result<SavedForm>> {
  const current = deps.forms.latestOf(formId);
  if (!current) return fail(problem('resource.not_found'));
  if (!isPlainObject(body)) return invalid('', officeTextIn(language, 'form.definition_object'));
  if (body.id !== formId) return invalid('id', officeTextIn(language, 'form.id_mismatch'));
  const baseVersion = body.version;
  if (typeof baseVersion !== 'number') return invalid('version', officeTextIn(language, 'form.version_missing'));
  const next = checked(body, current.version + 1, deps, language);
  if (!next.ok) return next;
  if (sameContent(next.value, current)) return ok({ form: current, created: false });
  if (baseVersion !== current.version) return fail(problem('form.version_stale', { currentVersion: current.version, baseVersion }));
  const { saved, stored } = await deps.forms.saveVersion(next.value, deps.now().toISOString());
  if (!saved && !sameContent(stored, next.value)) return fail(problem('form.version_stale', { currentVersion: stored.version, baseVersion }));
  return ok({ form: stored, created: saved });
}

/**
 * POST /forms: a new form (an urna virtual copied from its template) stored as version 1.
 * The same content again answers the stored form; another form under the id is form.id_taken.
 */
export async function createForm(deps: DefinitionEditDeps, language: Language, body: unknown): Promise<Result<SavedForm>> {
  if (!isPlainObject(body)) return invalid('', officeTextIn(language, 'form.definition_object'));
  // A new id has no served versions, so the core checks are all there is to check.
  const read = parseFormDefinition({ ...body, version: 1 }, deps.catalogues, language);
  const next = read.ok ? checkWrittenDefinition(read.value, language) : read;
  if (!next.ok) return next;
  const existing = deps.forms.versionsOf(next.value.id);
  if (existing.length === 0) {
    const { saved, stored } = await deps.forms.saveVersion(next.value, deps.now().toISOString());
    if (saved || sameContent(stored, next.value)) return ok({ form: stored, created: saved });
  } else if (existing.length === 1 && sameContent(deps.forms.lookup(next.value.id, 1)!, next.value)) {
    return ok({ form: deps.forms.lookup(next.value.id, 1)!, created: false });
  }
  return fail(problem('form.id_taken', { id: next.value.id }));
}
