import type { EventDocument } from '../../../core/events';
import type { FormDefinition, LocalizedText } from '../../../core/forms';
import type { CaseState } from '../../../core/escuchadero';
import { api } from '../events/api';
import { pathWithQuery } from '../json-call';

/** "One answer per …" of a form at an event (see the server's answer-limit.ts). */
export type { AnswerLimit } from '../../../core/forms/answer-limit';
import type { AnswerLimit } from '../../../core/forms/answer-limit';

/** A link as the server makes it (FormLinkView) and lists it again after a reload (ListedFormLink). */
export type { FormLinkView as FormLink, ListedFormLink } from '../../../core/forms';
import type { FormLinkView, ListedFormLink } from '../../../core/forms';

export interface InboxItem {
  recordId: string;
  trackingCode: string;
  eventId: string;
  type: string;
  topic: string | null;
  territory: string;
  text: string;
  contact?: { name?: string; via?: string; email?: string; phone?: string };
  status: CaseState;
  office?: string;
  answer?: string;
  answeredAt?: string;
  receivedAt: string;
  dueAt: string;
  workingDaysWaited: number;
  overdue: boolean;
  /** The citizen allowed publishing it (default no); only then may the office publish the answer. */
  publishConsent?: boolean;
  /** On the public page /rendicion. */
  published?: boolean;
}

export interface InboxFilter {
  event?: string;
  topic?: string;
  type?: string;
  territory?: string;
  status?: string;
}

type Counted = { value: string; label: LocalizedText };
export type QuestionResult = { fieldId: string; label: LocalizedText; answered: number; kind: string } & {
  options?: (Counted & { count?: number; points?: number; firstChoices?: number; mentions?: number })[];
  yes?: number;
  no?: number;
  mean?: number | null;
  min?: number | null;
  max?: number | null;
  distribution?: { value: number; count: number }[];
};
export interface FormResults {
  formId: string;
  eventId: string | null;
  submissions: number;
  questions: QuestionResult[];
}

const formPath = (id: string) => `/api/v1/forms/${encodeURIComponent(id)}`;

/** Planning-office calls: they need the network and say so (ApiResult.offline) when it is missing. */
export const fetchForms = () => api<{ forms: FormDefinition[] }>('GET', '/api/v1/forms');
export const fetchEventList = () => api<{ events: EventDocument[] }>('GET', '/api/v1/events');
export const makeFormLink = (formId: string, eventId: string, answerLimit?: AnswerLimit) =>
  api<FormLinkView>('POST', `${formPath(formId)}/links`, answerLimit ? { eventId, answerLimit } : { eventId });
export const fetchFormLinks = (eventId: string) => api<{ links: ListedFormLink[] }>('GET', `/api/v1/form-links?event=${encodeURIComponent(eventId)}`);
// An empty JSON body: the server takes state-changing calls only as JSON (no form posts from other sites).
export const closeFormLink = (formId: string, eventId: string) => api<null>('POST', `${formPath(formId)}/links/${encodeURIComponent(eventId)}/close`, {});
export const fetchResults = (formId: string, eventId?: string) =>
  api<FormResults>('GET', `${formPath(formId)}/results${eventId ? `?event=${encodeURIComponent(eventId)}` : ''}`);

export function fetchInbox(filter: InboxFilter) {
  return api<{ items: InboxItem[] }>('GET', pathWithQuery('/api/v1/escuchadero', filter));
}
export const assignItem = (recordId: string, office: string) =>
  api<{ item: InboxItem }>('POST', `/api/v1/escuchadero/${encodeURIComponent(recordId)}/assign`, { office });
export const answerItem = (recordId: string, text: string) =>
  api<{ item: InboxItem }>('POST', `/api/v1/escuchadero/${encodeURIComponent(recordId)}/answer`, { text });

/** Drops a template's own first sentence ("Plantilla: …" / "Template: …"), which speaks to the office, not to citizens. */
const withoutTemplateNote = (text: string) => text.replace(/^(Plantilla|Template):[^.]*\.\s*/, '');

/** A new form (an urna virtual) copied from a template under a new id and title; stored as version 1. */
export function createFromTemplate(template: FormDefinition, id: string, titleEs: string) {
  const { version: _version, template: _template, ...rest } = template;
  const body = {
    ...rest,
    id,
    title: { es: titleEs.trim() || template.title.es, en: template.title.en },
    intro: { es: withoutTemplateNote(template.intro.es), en: withoutTemplateNote(template.intro.en) },
  };
  return api<{ form: FormDefinition }>('POST', '/api/v1/forms', body);
}
