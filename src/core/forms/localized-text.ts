import * as z from 'zod/mini';

/** Text shown to people: Spanish first, English second; both are required so no screen is left half-translated. */
export const localizedTextSchema = z.strictObject({
  es: z.string().check(z.minLength(1, { error: 'Falta el texto en español.' }), z.maxLength(4000)),
  en: z.string().check(z.minLength(1, { error: 'Falta el texto en inglés.' }), z.maxLength(4000)),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
