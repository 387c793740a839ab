import { ESCUCHADERO_FORM_ID } from '../../core/records/registry';
import { EVALUATION_FORM_ID } from '../../core/indicators/adapters';
import type { FormDefinition } from '../../core/forms';
import type { FormStore } from '../store/form-store';
import type { ReportSubmission } from '../store/report-store';
import { formResults, type FormResults } from '../forms/form-results';

export const PRIORITISATION_FORM_ID = 'priorizacion-temas';

/** An event's forms, question by question (the forms results code), sorted by what each form is for. */
export interface EventFormResults {
  /** null only if the built-in form is missing from the store. */
  evaluation: FormResults | null;
  prioritisation: FormResults | null;
  /**
   * Urnas virtuales: forms copied from the urna-virtual template under ids of their own. A copy does not
   * record its template, so today this is every other form answered at the event.
   */
  urnas: FormResults[];
}

/** The escuchadero is reported as cases (type, topic, status, waiting), never as free text, so it is left out here. */
export function eventFormResults(forms: Pick<FormStore, 'versionsOf' | 'lookup'>, submissions: readonly ReportSubmission[], catalogues: object, eventId: string): EventFormResults {
  const byForm = new Map<string, ReportSubmission[]>();
  for (const s of submissions) {
    if (s.formId === ESCUCHADERO_FORM_ID) continue;
    const list = byForm.get(s.formId) ?? [];
    list.push(s);
    byForm.set(s.formId, list);
  }
  const resultsOf = (formId: string): FormResults | null => {
    const versions = forms.versionsOf(formId).map((v) => forms.lookup(formId, v)).filter((d): d is FormDefinition => d !== undefined);
    return versions.length === 0 ? null : formResults(versions, byForm.get(formId) ?? [], catalogues, eventId);
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
