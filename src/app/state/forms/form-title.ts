import type { LocalizedText } from '../../../core/forms/localized-text';
import { api } from '../events/api';

/** A form's title in both languages (definitions are public); undefined when it cannot be read now. */
export async function fetchFormTitle(formId: string): Promise<LocalizedText | undefined> {
  if (formId === '') return undefined;
  const answer = await api<{ form: { title: LocalizedText } }>('GET', `/api/v1/forms/${encodeURIComponent(formId)}`);
  return answer.ok ? answer.value.form.title : undefined;
}
