import { ESCUCHADERO_FORM_ID } from '../../core/records/registry';
import { EVALUATION_FORM_ID } from '../../core/indicators/adapters';
import type { FormDefinition } from '../../core/forms';
import type { TerritoryWords } from '../../core/catalogues';
import type { FormStore } from '../store/form-store';
import type { StoredSubmission } from '../store/submission-store';
import { formResults, type FormResults } from '../forms/form-results';
import type { EventFormResults } from '../../core/indicators/report-wire';

export type { EventFormResults };

export const PRIORITISATION_FORM_ID = 'priorizacion-temas';


/**
 * The escuchadero is reported as cases (type, topic, status, waiting), never as free text, so it is left out here.
 * `words`: the entity's current territory words, which name the questions (formResults).
 */
export function eventFormResults(forms: Pick<FormStore, 'versionsOf' | 'lookup'>, submissions: readonly StoredSubmission[], catalogues: object, eventId: string, words: TerritoryWords): EventFormResults {
  const byForm = new Map<string, StoredSubmission[]>();
  for (const s of submissions) {
    if (s.formId === ESCUCHADERO_FORM_ID) continue;
    const list = byForm.get(s.formId) ?? [];
    list.push(s);
    byForm.set(s.formId, list);
  }
  const resultsOf = (formId: string): FormResults | null => {
    const versions = forms.versionsOf(formId).map((v) => forms.lookup(formId, v)).filter((d): d is FormDefinition => d !== undefined);
    return versions.length === 0 ? null : formResults(versions, byForm.get(formId) ?? [], catalogues, eventId, words);
  };
  const urnas = [...byForm.keys()]
    .filter((id) => id !== EVALUATION_FORM_ID && id !== PRIORITISATION_FORM_ID)
    .sort()
    .map(resultsOf)
    .filter((r): r is FormResults => r !== null);
  return {
    // Shown with 0 submissions too, so an event nobody evaluated says so question by question.
    evaluation: resultsOf(EVALUATION_FORM_ID),
    prioritisation: resultsOf(PRIORITISATION_FORM_ID),
    urnas,
  };
}
