import { z } from 'zod';

/** Text shown to people: Spanish first, English second; both are required so no screen is left half-translated. */
export const localizedTextSchema = z.strictObject({
  es: z.string().min(1, { error: 'Falta el texto en español.' }).max(4000),
  en: z.string().min(1, { error: 'Falta el texto en inglés.' }).max(4000),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
