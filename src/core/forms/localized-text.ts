import * as z from 'zod/mini';
import { citizenMessage } from '../problems/citizen-field-messages';

/** Text shown to people: Spanish first, English second; both are required so no screen is left half-translated. */
export const localizedTextSchema = z.strictObject({
  es: z.string().check(z.minLength(1, { error: citizenMessage('definition.text_es_missing') }), z.maxLength(4000)),
  en: z.string().check(z.minLength(1, { error: citizenMessage('definition.text_en_missing') }), z.maxLength(4000)),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
