import * as z from 'zod/mini';
import { catalogueEntrySchema, catalogueSchema } from '../catalogues/catalogue';
import { isCalendarDate } from '../time';

/** Life stages are a catalogue whose entries also carry their age range (maxAge absent = no upper bound). */
export const lifeStageCatalogueSchema = z.extend(catalogueSchema, {
  entries: z
    .array(
      z.extend(catalogueEntrySchema, {
        minAge: z.number().check(z.int(), z.minimum(0), z.maximum(150)),
        maxAge: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(150))),
      }),
    )
    .check(z.minLength(1)),
});

export type LifeStageCatalogue = z.infer<typeof lifeStageCatalogueSchema>;

/** Completed years between two YYYY-MM-DD dates; undefined when either is not a date or birth is after `on`. */
export function ageOn(birthDate: string, on: string): number | undefined {
  if (!isCalendarDate(birthDate) || !isCalendarDate(on) || birthDate > on) return undefined;
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
