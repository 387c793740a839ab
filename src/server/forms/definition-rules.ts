import { officeTextIn } from '../../core/problems/office-field-messages';
import type { FieldIssue, Language } from '../../core/problems/problem';
import type { FieldKind, FormDefinition } from '../../core/forms';
import { ESCUCHADERO_FORM_ID } from '../../core/records/registry';

/** The escuchadero questions the inbox reads, and the kinds their answers must keep. */
const ESCUCHADERO_FIELDS: Record<string, readonly FieldKind[]> = {
  tipo: ['single-choice'],
  territorio: ['territory'],
  mensaje: ['long-text', 'short-text'],
};

const issue = (path: string, message: string): FieldIssue => ({ path, code: 'custom', message });

/**
 * Rules of a new version against the versions already served, beyond the core definition checks:
 * - a question id keeps its kind of answer across versions, so results of all versions add up;
 * - the escuchadero keeps the questions its inbox reads.
 * Messages in `language`.
 */
export function versionIssues(next: FormDefinition, served: readonly FormDefinition[], language: Language): FieldIssue[] {
  const issues: FieldIssue[] = [];
  next.fields.forEach((field, index) => {
    const earlier = served.flatMap((d) => d.fields).find((f) => f.id === field.id && f.kind !== field.kind);
    if (earlier) {
      issues.push(issue(`fields.${index}.kind`, officeTextIn(language, 'form.field_kind_changed', { id: field.id, kind: earlier.kind })));
    }
  });
  if (next.id === ESCUCHADERO_FORM_ID) {
    for (const [id, kinds] of Object.entries(ESCUCHADERO_FIELDS)) {
      const field = next.fields.find((f) => f.id === id);
      if (!field || !kinds.includes(field.kind)) {
        issues.push(issue('fields', officeTextIn(language, 'form.escuchadero_field', { id, kinds: { es: kinds.join(' o '), en: kinds.join(' or ') } })));
      }
    }
  }
  return issues;
}
