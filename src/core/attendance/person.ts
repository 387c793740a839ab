import * as z from 'zod/mini';
import type { Catalogues } from '../catalogues';
import { choiceOf, choicesOf } from './choices';
import { consentV2 } from './consent';
import { identityDocumentSchema } from './document-number';
import { defaultPrivacyNotices, type PrivacyNotices } from './privacy-notice';
import { isCalendarDate } from '../time';

const nameText = (min: number, what: string) =>
  z.string({ error: `Escriba ${what}.` }).check(
    z.trim(),
    z.minLength(min, { error: `Escriba ${what} (mínimo ${min} letras).` }),
    z.maxLength(120, { error: `${what[0]!.toUpperCase()}${what.slice(1)}: máximo 120 caracteres.` }),
    z.regex(/^[\p{L}\p{M}' .-]+$/u, { error: `Escriba ${what} solo con letras.` }),
  );

/**
 * The "variables poblacionales, diferenciales y territoriales" of one person, shared by the full attendance
 * record and the pre-registration. Sensitive variables are optional and accept "prefiero no responder".
 */
export const personShape = (c: Catalogues, notices: PrivacyNotices = defaultPrivacyNotices) => ({
  document: z.optional(identityDocumentSchema(c)),
  fullName: z.optional(nameText(3, 'el nombre completo')),
  firstNames: z.optional(nameText(2, 'los nombres')),
  surnames: z.optional(nameText(2, 'los apellidos')),
  sexAtBirth: z.optional(choiceOf(c.sexesAtBirth, 'Elija el sexo al nacer de la lista.')),
  genderIdentity: z.optional(choiceOf(c.genderIdentities, 'Elija una identidad de género de la lista.', { sensitive: true })),
  sexualOrientation: z.optional(choiceOf(c.sexualOrientations, 'Elija una orientación sexual de la lista.', { sensitive: true })),
  birthDate: z.optional(z.string({ error: 'La fecha de nacimiento debe ser AAAA-MM-DD.' }).check(
    z.refine(isCalendarDate, { error: 'La fecha de nacimiento debe ser una fecha real (AAAA-MM-DD).' }),
  )),
  lifeStage: z.optional(choiceOf(c.lifeStages, 'Elija un momento de curso de vida de la lista.')),
  ethnicity: z.optional(choiceOf(c.ethnicGroups, 'Elija un autorreconocimiento étnico de la lista.', { sensitive: true })),
  disabilities: z.optional(choicesOf(c.disabilities, 'Elija las discapacidades de la lista.', { sensitive: true })),
  differentialGroups: z.optional(choicesOf(c.differentialGroups, 'Elija los grupos de la lista.', { sensitive: true })),
  territory: choiceOf(c.territories, 'Elija una comuna o corregimiento de la lista.'),
  neighbourhood: z.optional(z.string({ error: 'El barrio o vereda debe ser texto.' }).check(
    z.trim(),
    z.minLength(2, { error: 'Escriba el barrio o la vereda (mínimo 2 letras).' }),
    z.maxLength(120, { error: 'El barrio o vereda: máximo 120 caracteres.' }),
  )),
  organisation: z.optional(z.object({
      type: choiceOf(c.organisationTypes, 'Elija el tipo de organización de la lista.', { sensitive: true }),
      name: z.optional(z.string({ error: 'El nombre de la organización debe ser texto.' }).check(
        z.trim(),
        z.minLength(2, { error: 'Escriba el nombre de la organización (mínimo 2 letras).' }),
        z.maxLength(200, { error: 'El nombre de la organización: máximo 200 caracteres.' }),
      )),
    })),
  contact: z.optional(z.object({
      phone: z.optional(z.string({ error: 'El teléfono debe ser texto.' }).check(
        z.trim(),
        z.regex(/^\+?[\d ()-]{7,20}$/, { error: 'Escriba un teléfono de 7 a 15 dígitos (puede empezar por +).' }),
      )),
      email: z.optional(z.pipe(z.string({ error: 'El correo debe ser texto.' }).check(
        z.trim(),
        z.maxLength(254, { error: 'El correo es demasiado largo.' }),
      ), z.email({ error: 'Escriba un correo electrónico válido, por ejemplo nombre@dominio.co.' }))),
    })),
  accessibilityNeeds: z.optional(choicesOf(c.accessibilityNeeds, 'Elija las necesidades de accesibilidad de la lista.')),
  accessibilityOther: z.optional(z.string({ error: 'La necesidad de accesibilidad debe ser texto.' }).check(
    z.trim(),
    z.minLength(2, { error: 'Describa la necesidad de accesibilidad.' }),
    z.maxLength(300, { error: 'La necesidad de accesibilidad: máximo 300 caracteres.' }),
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
