import { z } from 'zod';

/**
 * Catalogues are data a municipality can replace without touching code:
 * a list of coded entries with a display name (Spanish first).
 */
export const catalogueEntrySchema = z.object({
  code: z.string().min(1).max(32),
  name: z.string().min(1).max(200),
  nameEn: z.string().max(200).optional(),
  kind: z.string().max(32).optional(),
});

export const catalogueSchema = z.object({
  id: z.string().min(1).max(64),
  version: z.number().int().min(1),
  municipality: z.string().optional(),
  entries: z.array(catalogueEntrySchema).min(1),
});

export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;

export const catalogueCodes = (catalogue: Catalogue): [string, ...string[]] => {
  const [first, ...rest] = catalogue.entries.map((e) => e.code);
  return [first!, ...rest];
};

export const entryName = (catalogue: Catalogue, code: string): string | undefined =>
  catalogue.entries.find((e) => e.code === code)?.name;
