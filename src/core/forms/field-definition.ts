import { z } from 'zod';
import { localizedTextSchema } from './localized-text';
import { conditionSchema } from './conditions';

/** Ids become object keys of the answers and URL parts: short, lower case, nothing JavaScript treats specially. */
export const FIELD_ID_PATTERN = /^[a-z][a-z0-9_]{0,47}$/;
const fieldId = z.string().regex(FIELD_ID_PATTERN, { error: 'El identificador debe empezar por letra y tener solo minúsculas, números y «_».' });
const optionValue = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { error: 'El valor de la opción solo admite letras, números, «.», «_» y «-».' });
const catalogueName = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/);
const isoDate = z.iso.date({ error: 'Escriba la fecha como AAAA-MM-DD.' });
const length = z.number().int().min(1).max(10_000);
const count = z.number().int().min(0).max(200);

export const optionSchema = z.strictObject({ value: optionValue, label: localizedTextSchema });

/** Options are written in the definition, or taken from a catalogue by its name ("topics"), optionally by entry kind. */
export const optionsSchema = z.union([
  z.array(optionSchema).min(1, { error: 'Añada al menos una opción.' }).max(200),
  z.strictObject({ catalogue: catalogueName, kinds: z.array(z.string().min(1).max(32)).min(1).optional() }),
]);

const common = {
  id: fieldId,
  label: localizedTextSchema,
  help: localizedTextSchema.optional(),
  required: z.boolean(),
  section: z.string().min(1).max(48).optional(),
  showIf: conditionSchema.optional(),
};

/** Text limits when the definition gives none; the hard maximum keeps one answer from filling a device. */
export const TEXT_LIMITS = {
  'short-text': { defaultMax: 200, hardMax: 500 },
  'long-text': { defaultMax: 4000, hardMax: 10_000 },
} as const;

export const formFieldSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...common, kind: z.literal('short-text'), minLength: length.optional(), maxLength: length.max(TEXT_LIMITS['short-text'].hardMax).optional(), format: z.enum(['email', 'phone']).optional() }),
  z.strictObject({ ...common, kind: z.literal('long-text'), minLength: length.optional(), maxLength: length.optional() }),
  z.strictObject({ ...common, kind: z.literal('number'), min: z.number().optional(), max: z.number().optional(), integer: z.boolean().optional() }),
  z.strictObject({ ...common, kind: z.literal('date'), min: isoDate.optional(), max: isoDate.optional() }),
  z.strictObject({ ...common, kind: z.literal('single-choice'), options: optionsSchema }),
  z.strictObject({ ...common, kind: z.literal('multiple-choice'), options: optionsSchema, minCount: count.optional(), maxCount: count.min(1).optional() }),
  z.strictObject({ ...common, kind: z.literal('rating'), lowLabel: localizedTextSchema.optional(), highLabel: localizedTextSchema.optional() }),
  // `default` pre-selects an answer (e.g. "no" to a consent that must be given on purpose).
  z.strictObject({ ...common, kind: z.literal('yes-no'), default: z.boolean().optional() }),
  // "Rank up to N": the answer is the ordered list of picks, first = most important.
  z.strictObject({ ...common, kind: z.literal('ranking'), options: optionsSchema, minCount: count.optional(), maxCount: count.min(1) }),
  z.strictObject({ ...common, kind: z.literal('territory'), catalogue: catalogueName.optional(), kinds: z.array(z.string().min(1).max(32)).min(1).optional() }),
  // The notice's version is stored with the answer (Ley 1581 de 2012): a new text needs a new version.
  z.strictObject({ ...common, kind: z.literal('consent'), notice: localizedTextSchema, textVersion: z.string().min(1).max(32) }),
]);

export type FormField = z.infer<typeof formFieldSchema>;
export type FieldKind = FormField['kind'];
export type ChoiceField = Extract<FormField, { options: unknown }>;
export type FieldOf<K extends FieldKind> = Extract<FormField, { kind: K }>;

export const RATING_MIN = 1;
export const RATING_MAX = 5;
/** The territory picker reads this catalogue unless the field names another. */
export const DEFAULT_TERRITORY_CATALOGUE = 'territories';

export const effectiveMaxLength = (field: FieldOf<'short-text'> | FieldOf<'long-text'>): number =>
  field.maxLength ?? TEXT_LIMITS[field.kind].defaultMax;
