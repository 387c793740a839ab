/**
 * Habeas data (Ley 1581) erasure of one record's payload: what identifies or profiles the person goes,
 * what counts attendance stays (event, kind, territory, life stage, sex at birth, consent evidence).
 * Names become a marker so lists still show that someone was there; optional fields are removed, which
 * every payload schema accepts (absent = not answered).
 */
export const ERASED_MARKER = '[suprimido]';

const MARKED = ['fullName', 'firstNames', 'surnames'] as const;
const REMOVED = [
  'document',
  'documentNumber',
  'birthDate',
  'contact',
  'neighbourhood',
  'organisation',
  'genderIdentity',
  'sexualOrientation',
  'ethnicity',
  'disabilities',
  'differentialGroups',
  'accessibilityNeeds',
  'accessibilityOther',
  'personKey',
] as const;

export function erasePersonalFields(payload: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const erased: Record<string, unknown> = { ...payload };
  for (const key of REMOVED) delete erased[key];
  for (const key of MARKED) if (key in erased) erased[key] = ERASED_MARKER;
  const person = payload.person;
  if (typeof person === 'object' && person !== null && !Array.isArray(person)) {
    erased.person = erasePersonalFields(person as Record<string, unknown>);
  }
  return erased;
}
