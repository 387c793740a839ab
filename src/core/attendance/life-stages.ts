import { z } from 'zod';
import { catalogueEntrySchema, catalogueSchema } from '../catalogues/catalogue';

/** Life stages are a catalogue whose entries also carry their age range (maxAge absent = no upper bound). */
export const lifeStageCatalogueSchema = catalogueSchema.extend({
  entries: z
    .array(
      catalogueEntrySchema.extend({
        minAge: z.number().int().min(0).max(150),
        maxAge: z.number().int().min(0).max(150).optional(),
      }),
    )
    .min(1),
});

export type LifeStageCatalogue = z.infer<typeof lifeStageCatalogueSchema>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const daysInMonth = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth[month - 1]!;
}

/** Completed years between two YYYY-MM-DD dates; undefined when either is not a date or birth is after `on`. */
export function ageOn(birthDate: string, on: string): number | undefined {
  if (!isIsoDate(birthDate) || !isIsoDate(on) || birthDate > on) return undefined;
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // Someone born on 29 February turns a year older on 1 March in common years: the string comparison does that.
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** The life stage a person born on `birthDate` is in on `today` (both YYYY-MM-DD; today is injected). */
export function lifeStageFor(catalogue: LifeStageCatalogue, birthDate: string, today: string): string | undefined {
  const age = ageOn(birthDate, today);
  if (age === undefined) return undefined;
  return catalogue.entries.find((e) => age >= e.minAge && (e.maxAge === undefined || age <= e.maxAge))?.code;
}
