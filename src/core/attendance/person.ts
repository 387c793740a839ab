import { z } from 'zod';
import type { Catalogues } from '../catalogues';
import { choiceOf, choicesOf } from './choices';
import { consentV2 } from './consent';
import { identityDocumentSchema } from './document-number';
import { defaultPrivacyNotices, type PrivacyNotices } from './privacy-notice';
import { isCalendarDate } from '../time';

const nameText = (min: number, what: string) =>
  z
    .string({ error: `Escriba ${what}.` })
    .trim()
    .min(min, { error: `Escriba ${what} (mínimo ${min} letras).` })
    .max(120, { error: `${what[0]!.toUpperCase()}${what.slice(1)}: máximo 120 caracteres.` })
    .regex(/^[\p{L}\p{M}' .-]+$/u, { error: `Escriba ${what} solo con letras.` });

/**
 * The "variables poblacionales, diferenciales y territoriales" of one person, shared by the full attendance
 * record and the pre-registration. Sensitive variables are optional and accept "prefiero no responder".
 */
export const personShape = (c: Catalogues, notices: PrivacyNotices = defaultPrivacyNotices) => ({
  document: identityDocumentSchema(c).optional(),
  fullName: nameText(3, 'el nombre completo').optional(),
  firstNames: nameText(2, 'los nombres').optional(),
  surnames: nameText(2, 'los apellidos').optional(),
  sexAtBirth: choiceOf(c.sexesAtBirth, 'Elija el sexo al nacer de la lista.').optional(),
  genderIdentity: choiceOf(c.genderIdentities, 'Elija una identidad de género de la lista.', { sensitive: true }).optional(),
  sexualOrientation: choiceOf(c.sexualOrientations, 'Elija una orientación sexual de la lista.', { sensitive: true }).optional(),
  birthDate: z
    .string({ error: 'La fecha de nacimiento debe ser AAAA-MM-DD.' })
    .refine(isCalendarDate, { error: 'La fecha de nacimiento debe ser una fecha real (AAAA-MM-DD).' })
    .optional(),
  lifeStage: choiceOf(c.lifeStages, 'Elija un momento de curso de vida de la lista.').optional(),
  ethnicity: choiceOf(c.ethnicGroups, 'Elija un autorreconocimiento étnico de la lista.', { sensitive: true }).optional(),
  disabilities: choicesOf(c.disabilities, 'Elija las discapacidades de la lista.', { sensitive: true }).optional(),
  differentialGroups: choicesOf(c.differentialGroups, 'Elija los grupos de la lista.', { sensitive: true }).optional(),
  territory: choiceOf(c.territories, 'Elija una comuna o corregimiento de la lista.'),
  neighbourhood: z
    .string({ error: 'El barrio o vereda debe ser texto.' })
    .trim()
    .min(2, { error: 'Escriba el barrio o la vereda (mínimo 2 letras).' })
    .max(120, { error: 'El barrio o vereda: máximo 120 caracteres.' })
    .optional(),
  organisation: z
    .object({
      type: choiceOf(c.organisationTypes, 'Elija el tipo de organización de la lista.', { sensitive: true }),
      name: z
        .string({ error: 'El nombre de la organización debe ser texto.' })
        .trim()
        .min(2, { error: 'Escriba el nombre de la organización (mínimo 2 letras).' })
        .max(200, { error: 'El nombre de la organización: máximo 200 caracteres.' })
        .optional(),
    })
    .optional(),
  contact: z
    .object({
      phone: z
        .string({ error: 'El teléfono debe ser texto.' })
        .trim()
        .regex(/^\+?[\d ()-]{7,20}$/, { error: 'Escriba un teléfono de 7 a 15 dígitos (puede empezar por +).' })
        .optional(),
      email: z
        .string({ error: 'El correo debe ser texto.' })
        .trim()
        .max(254, { error: 'El correo es demasiado largo.' })
        .pipe(z.email({ error: 'Escriba un correo electrónico válido, por ejemplo nombre@dominio.co.' }))
        .optional(),
    })
    .optional(),
  accessibilityNeeds: choicesOf(c.accessibilityNeeds, 'Elija las necesidades de accesibilidad de la lista.').optional(),
  accessibilityOther: z
    .string({ error: 'La necesidad de accesibilidad debe ser texto.' })
    .trim()
    .min(2, { error: 'Describa la necesidad de accesibilidad.' })
    .max(300, { error: 'La necesidad de accesibilidad: máximo 300 caracteres.' })
    .optional(),
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
