import * as z from 'zod/mini';

/**
 * Catalogues are data a municipality can replace without touching code:
 * a list of coded entries with a display name (Spanish first).
 */
export const catalogueEntrySchema = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(32)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  nameEn: z.optional(z.string().check(z.maxLength(200))),
  kind: z.optional(z.string().check(z.maxLength(32))),
});

export const catalogueSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  version: z.number().check(z.int(), z.minimum(1)),
  municipality: z.optional(z.string()),
  /** Where the list comes from (a development plan, a DANE table), for whoever keeps it up to date. */
  source: z.optional(z.string().check(z.maxLength(400))),
  entries: z.array(catalogueEntrySchema).check(z.minLength(1)),
});

export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;

export const catalogueCodes = (catalogue: Catalogue): [string, ...string[]] => {
  const [first, ...rest] = catalogue.entries.map((e) => e.code);
  return [first!, ...rest];
};

export const entryName = (catalogue: Catalogue, code: string): string | undefined =>
  catalogue.entries.find((e) => e.code === code)?.name;
