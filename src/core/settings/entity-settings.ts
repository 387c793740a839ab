import * as z from 'zod/mini';
import { catalogueEntrySchema, catalogueSchema } from '../catalogues/catalogue';
import { privacyNoticesSchema } from '../attendance/privacy-notice';
import { citizenMessage, citizenText } from '../problems/citizen-field-messages';

/**
 * Who runs this Cabildo and the lists it speaks in: any municipality (Medellín, Cartagena, a small town) is data
 * here, never code. Records keep the catalogue version they were captured with, so renaming a comuna later does not
 * rewrite history.
 */
const twoLevelEntrySchema = z.looseObject({ ...catalogueEntrySchema.shape, parent: z.optional(z.string().check(z.minLength(1), z.maxLength(32))) });
const twoLevelCatalogueSchema = z.extend(catalogueSchema, { entries: z.array(twoLevelEntrySchema).check(z.minLength(1)) }).check(
  z.superRefine((catalogue, ctx) => {
    const byCode = new Map(catalogue.entries.map((entry) => [entry.code, entry]));
    if (byCode.size !== catalogue.entries.length) ctx.addIssue({ code: 'custom', path: ['entries'], message: citizenText('settings.code_repeated') });
    catalogue.entries.forEach((entry, i) => {
      if (entry.parent === undefined) return;
      const parent = byCode.get(entry.parent);
      if (!parent || parent.parent !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'parent'], message: citizenText('settings.parent', { parent: entry.parent }) });
      }
    });
  }),
);

export const entitySettingsSchema = z.object({
  /** As printed on listados, memorias and posters: "Alcaldía de Medellín". */
  entityName: z.string().check(z.trim(), z.minLength(3, { error: citizenMessage('settings.entity_name') }), z.maxLength(160)),
  municipality: z.string().check(z.trim(), z.minLength(2, { error: citizenMessage('settings.municipality') }), z.maxLength(120)),
  /** DANE's DIVIPOLA code of the municipality: 5 digits (2 of the department, 3 of the municipality). */
  divipola: z.optional(z.string().check(z.regex(/^\d{5}$/, { error: citizenMessage('settings.divipola') }))),
  nit: z.optional(z.string().check(z.regex(/^\d{9}-\d$/, { error: citizenMessage('settings.nit') }))),
  /** A small image inlined as a data URL so prints work offline. */
  logo: z.optional(z.string().check(
    z.maxLength(300_000, { error: citizenMessage('settings.logo_size') }),
    z.regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/, { error: citizenMessage('settings.logo_type') }),
  )),
  territories: twoLevelCatalogueSchema,
  /** The development plan events and questions are tagged with (pillars → programmes, or lines → components). */
  topics: twoLevelCatalogueSchema,
  offices: catalogueSchema,
  privacyNotices: privacyNoticesSchema,
});

export type EntitySettings = z.infer<typeof entitySettingsSchema>;
