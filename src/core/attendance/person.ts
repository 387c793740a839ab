import * as z from 'zod/mini';
import type { Catalogues } from '../catalogues';
import { choiceOf, choicesOf } from './choices';
import { consentV2 } from './consent';
import { identityDocumentSchema } from './document-number';
import { defaultPrivacyNotices, type PrivacyNotices } from './privacy-notice';
import { isCalendarDate } from '../time';
import { citizenMessage } from '../problems/citizen-field-messages';
import { doorMessage } from '../problems/door-field-messages';
import { territoryChoice } from '../catalogues/territory-title';

/** One of a person's name fields, as messages name it: lowercase inside a sentence, capitalised to start one. */
interface NameField {
  es: string;
  en: string;
}
const capitalised = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

const nameText = (min: number, name: NameField) => {
  const Name = { es: capitalised(name.es), en: capitalised(name.en) };
  return z.string({ error: doorMessage('person.name_missing', { name }) }).check(
    z.trim(),
    z.minLength(min, { error: doorMessage('person.name_short', { name, min }) }),
    z.maxLength(120, { error: doorMessage('person.name_long', { Name }) }),
    z.regex(/^[\p{L}\p{M}' .-]+$/u, { error: doorMessage('person.name_letters', { name }) }),
  );
};

/**
 * The "variables poblacionales, diferenciales y territoriales" of one person, shared by the full attendance
 * record and the pre-registration. Sensitive variables are optional and accept "prefiero no responder".
 */
export const personShape = (c: Catalogues, notices: PrivacyNotices = defaultPrivacyNotices) => ({
  document: z.optional(identityDocumentSchema(c)),
  fullName: z.optional(nameText(3, { es: 'el nombre completo', en: 'the full name' })),
  firstNames: z.optional(nameText(2, { es: 'los nombres', en: 'the first names' })),
  surnames: z.optional(nameText(2, { es: 'los apellidos', en: 'the surnames' })),
  sexAtBirth: z.optional(choiceOf(c.sexesAtBirth, doorMessage('person.sex_at_birth'))),
  genderIdentity: z.optional(choiceOf(c.genderIdentities, doorMessage('person.gender_identity'), { sensitive: true })),
  sexualOrientation: z.optional(choiceOf(c.sexualOrientations, doorMessage('person.sexual_orientation'), { sensitive: true })),
  birthDate: z.optional(z.string({ error: doorMessage('person.birth_date_format') }).check(
    z.refine(isCalendarDate, { error: doorMessage('person.birth_date_real') }),
  )),
  lifeStage: z.optional(choiceOf(c.lifeStages, doorMessage('person.life_stage'))),
  ethnicity: z.optional(choiceOf(c.ethnicGroups, doorMessage('person.ethnicity'), { sensitive: true })),
  disabilities: z.optional(choicesOf(c.disabilities, doorMessage('person.disabilities'), { sensitive: true })),
  differentialGroups: z.optional(choicesOf(c.differentialGroups, doorMessage('person.differential_groups'), { sensitive: true })),
  territory: choiceOf(c.territories, citizenMessage('territory.choice', { territory: territoryChoice(c.territories) })),
  neighbourhood: z.optional(z.string({ error: doorMessage('person.neighbourhood_text') }).check(
    z.trim(),
    z.minLength(2, { error: doorMessage('person.neighbourhood_short') }),
    z.maxLength(120, { error: doorMessage('person.neighbourhood_long') }),
  )),
  organisation: z.optional(z.object({
      type: choiceOf(c.organisationTypes, doorMessage('person.organisation_type'), { sensitive: true }),
      name: z.optional(z.string({ error: doorMessage('person.organisation_name_text') }).check(
        z.trim(),
        z.minLength(2, { error: doorMessage('person.organisation_name_short') }),
        z.maxLength(200, { error: doorMessage('person.organisation_name_long') }),
      )),
    })),
  contact: z.optional(z.object({
      phone: z.optional(z.string({ error: doorMessage('person.phone_text') }).check(
        z.trim(),
        z.regex(/^\+?[\d ()-]{7,20}$/, { error: doorMessage('person.phone') }),
      )),
      email: z.optional(z.pipe(z.string({ error: doorMessage('person.email_text') }).check(
        z.trim(),
        z.maxLength(254, { error: doorMessage('person.email_long') }),
      ), z.email({ error: doorMessage('person.email') }))),
    })),
  accessibilityNeeds: z.optional(choicesOf(c.accessibilityNeeds, doorMessage('person.accessibility_needs'))),
  accessibilityOther: z.optional(z.string({ error: doorMessage('person.accessibility_other_text') }).check(
    z.trim(),
    z.minLength(2, { error: doorMessage('person.accessibility_other_short') }),
    z.maxLength(300, { error: doorMessage('person.accessibility_other_long') }),
  )),
  consent: consentV2(notices),
});

/** The fields that hold sensitive data (Ley 1581, art. 5): each needs consent.sensitiveData to be kept. */
export const SENSITIVE_FIELDS = [
  'genderIdentity',
  'sexualOrientation',
  'ethnicity',
  'disabilities',
  'differentialGroups',
  'organisation',
] as const;
