import { lifeStageFor } from '../../../core/attendance/life-stages';
import type { Catalogues } from '../../../core/catalogues';
import type { FieldIssue, Problem } from '../../../core/problems/problem';
import type { FormPrefill } from './door-outcome';

/** The attendance form as typed: text, choices and ticks; personPayload() turns it into a record payload. */
export interface PersonDraft {
  documentType: string;
  documentNumber: string;
  firstNames: string;
  surnames: string;
  sexAtBirth: string;
  birthDate: string;
  lifeStage: string;
  territory: string;
  neighbourhood: string;
  phone: string;
  email: string;
  accessibilityNeeds: string[];
  accessibilityOther: string;
  genderIdentity: string;
  sexualOrientation: string;
  ethnicity: string;
  disabilities: string[];
  differentialGroups: string[];
  organisationType: string;
  organisationName: string;
  consent: boolean;
  sensitiveConsent: boolean;
}

export type PersonField = keyof PersonDraft;

export const emptyPersonDraft = (): PersonDraft => ({
  documentType: 'CC',
  documentNumber: '',
  firstNames: '',
  surnames: '',
  sexAtBirth: '',
  birthDate: '',
  lifeStage: '',
  territory: '',
  neighbourhood: '',
  phone: '',
  email: '',
  accessibilityNeeds: [],
  accessibilityOther: '',
  genderIdentity: '',
  sexualOrientation: '',
  ethnicity: '',
  disabilities: [],
  differentialGroups: [],
  organisationType: '',
  organisationName: '',
  consent: false,
  sensitiveConsent: false,
});

/** A full name alone (a pulled attendee's) is split at the first space only as a starting point to correct. */
function splitName(fullName: string): { firstNames: string; surnames: string } {
  const words = fullName.trim().split(/\s+/);
  if (words.length < 2) return { firstNames: fullName.trim(), surnames: '' };
  const half = Math.ceil(words.length / 2);
  return { firstNames: words.slice(0, half).join(' '), surnames: words.slice(half).join(' ') };
}

export function draftFromPrefill(prefill: FormPrefill): PersonDraft {
  const draft = emptyPersonDraft();
  const names = prefill.firstNames || prefill.surnames ? { firstNames: prefill.firstNames ?? '', surnames: prefill.surnames ?? '' } : splitName(prefill.fullName ?? '');
  return {
    ...draft,
    ...names,
    documentType: prefill.document?.type ?? draft.documentType,
    documentNumber: prefill.document?.number ?? '',
    sexAtBirth: prefill.sexAtBirth ?? '',
    birthDate: prefill.birthDate ?? '',
    lifeStage: prefill.lifeStage ?? '',
    accessibilityNeeds: prefill.accessibilityNeeds ?? [],
  };
}

/** The life stage follows the birth date when there is one (the schema checks they agree). */
export const lifeStageOf = (catalogues: Catalogues, birthDate: string, today: string): string | undefined =>
  birthDate ? lifeStageFor(catalogues.lifeStages, birthDate, today) : undefined;

const filled = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** The person part of an attendance or registration payload; blanks are left out, never sent as "". */
export function personPayload(d: PersonDraft, noticeVersion: string): Record<string, unknown> {
  const number = filled(d.documentNumber);
  const phone = filled(d.phone);
  const email = filled(d.email);
  const organisationName = filled(d.organisationName);
  const entries: [string, unknown][] = [
    // No number typed: no document (it is optional), except an explicit "Sin documento".
    ['document', d.documentType === 'SD' ? { type: 'SD' } : number ? { type: d.documentType, number } : undefined],
    ['firstNames', filled(d.firstNames)],
    ['surnames', filled(d.surnames)],
    ['sexAtBirth', filled(d.sexAtBirth)],
    ['birthDate', filled(d.birthDate)],
    ['lifeStage', filled(d.lifeStage)],
    ['territory', d.territory],
    ['neighbourhood', filled(d.neighbourhood)],
    ['contact', phone || email ? { ...(phone ? { phone } : {}), ...(email ? { email } : {}) } : undefined],
    ['accessibilityNeeds', d.accessibilityNeeds.length > 0 ? d.accessibilityNeeds : undefined],
    ['accessibilityOther', filled(d.accessibilityOther)],
    ['genderIdentity', filled(d.genderIdentity)],
    ['sexualOrientation', filled(d.sexualOrientation)],
    ['ethnicity', filled(d.ethnicity)],
    ['disabilities', d.disabilities.length > 0 ? d.disabilities : undefined],
    ['differentialGroups', d.differentialGroups.length > 0 ? d.differentialGroups : undefined],
    ['organisation', d.organisationType ? { type: d.organisationType, ...(organisationName ? { name: organisationName } : {}) } : undefined],
    ['consent', { accepted: d.consent, textVersion: noticeVersion, ...(d.sensitiveConsent ? { sensitiveData: true } : {}) }],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

// Validation paths (after "payload.") → the input that shows the message.
const FIELD_OF_PATH: Record<string, PersonField> = {
  document: 'documentType',
  'document.type': 'documentType',
  'document.number': 'documentNumber',
  fullName: 'firstNames',
  contact: 'phone',
  'contact.phone': 'phone',
  'contact.email': 'email',
  organisation: 'organisationType',
  'organisation.type': 'organisationType',
  'organisation.name': 'organisationName',
  consent: 'consent',
  'consent.accepted': 'consent',
  'consent.textVersion': 'consent',
  'consent.sensitiveData': 'sensitiveConsent',
};

/** Field problems of a refused save, one message per input (the first one). */
export function personErrorsOf(problem: Problem): Partial<Record<PersonField, string>> | undefined {
  const fields = problem.details?.fields as FieldIssue[] | undefined;
  if (!Array.isArray(fields)) return undefined;
  const errors: Partial<Record<PersonField, string>> = {};
  const draftKeys = new Set(Object.keys(emptyPersonDraft()));
  for (const issue of fields) {
    const path = issue.path.replace(/^payload\.?/, '');
    const first = path.split('.')[0] ?? '';
    const field = FIELD_OF_PATH[path] ?? FIELD_OF_PATH[first] ?? (draftKeys.has(first) ? (first as PersonField) : undefined);
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
}
