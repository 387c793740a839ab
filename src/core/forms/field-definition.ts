import * as z from 'zod/mini';
import { localizedTextSchema } from './localized-text';
import { conditionSchema } from './conditions';
import { citizenMessage } from '../problems/citizen-field-messages';

/** Ids become object keys of the answers and URL parts: short, lower case, nothing JavaScript treats specially. */
export const FIELD_ID_PATTERN = /^[a-z][a-z0-9_]{0,47}$/;
const fieldId = z.string().check(z.regex(FIELD_ID_PATTERN, { error: citizenMessage('definition.field_id') }));
const optionValue = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { error: citizenMessage('definition.option_value') }));
const catalogueName = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/));
const isoDate = z.iso.date({ error: citizenMessage('definition.date') });
const length = z.number().check(z.int(), z.minimum(1), z.maximum(10_000));
const count = z.number().check(z.int(), z.minimum(0), z.maximum(200));

export const optionSchema = z.strictObject({ value: optionValue, label: localizedTextSchema });

/** Options are written in the definition, or taken from a catalogue by its name ("topics"), optionally by entry kind. */
export const optionsSchema = z.union([
  z.array(optionSchema).check(z.minLength(1, { error: citizenMessage('definition.options_empty') }), z.maxLength(200)),
  z.strictObject({ catalogue: catalogueName, kinds: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(32))).check(z.minLength(1))) }),
]);

const common = {
  id: fieldId,
  label: localizedTextSchema,
  help: z.optional(localizedTextSchema),
  required: z.boolean(),
  section: z.optional(z.string().check(z.minLength(1), z.maxLength(48))),
  showIf: z.optional(conditionSchema),
};

/** Text limits when the definition gives none; the hard maximum keeps one answer from filling a device. */
export const TEXT_LIMITS = {
  'short-text': { defaultMax: 200, hardMax: 500 },
  'long-text': { defaultMax: 4000, hardMax: 10_000 },
} as const;

export const formFieldSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...common, kind: z.literal('short-text'), minLength: z.optional(length), maxLength: z.optional(length.check(z.maximum(TEXT_LIMITS['short-text'].hardMax))), format: z.optional(z.enum(['email', 'phone'])) }),
  z.strictObject({ ...common, kind: z.literal('long-text'), minLength: z.optional(length), maxLength: z.optional(length) }),
  z.strictObject({ ...common, kind: z.literal('number'), min: z.optional(z.number()), max: z.optional(z.number()), integer: z.optional(z.boolean()) }),
  z.strictObject({ ...common, kind: z.literal('date'), min: z.optional(isoDate), max: z.optional(isoDate) }),
  z.strictObject({ ...common, kind: z.literal('single-choice'), options: optionsSchema }),
  z.strictObject({ ...common, kind: z.literal('multiple-choice'), options: optionsSchema, minCount: z.optional(count), maxCount: z.optional(count.check(z.minimum(1))) }),
  z.strictObject({ ...common, kind: z.literal('rating'), lowLabel: z.optional(localizedTextSchema), highLabel: z.optional(localizedTextSchema) }),
  // `default` pre-selects an answer (e.g. "no" to a consent that must be given on purpose).
  z.strictObject({ ...common, kind: z.literal('yes-no'), default: z.optional(z.boolean()) }),
  // "Rank up to N": the answer is the ordered list of picks, first = most important.
  z.strictObject({ ...common, kind: z.literal('ranking'), options: optionsSchema, minCount: z.optional(count), maxCount: count.check(z.minimum(1)) }),
  z.strictObject({ ...common, kind: z.literal('territory'), catalogue: z.optional(catalogueName), kinds: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(32))).check(z.minLength(1))) }),
  // The notice's version is stored with the answer (Ley 1581 de 2012): a new text needs a new version.
  z.strictObject({ ...common, kind: z.literal('consent'), notice: localizedTextSchema, textVersion: z.string().check(z.minLength(1), z.maxLength(32)) }),
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
