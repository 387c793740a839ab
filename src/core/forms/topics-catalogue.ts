import * as z from 'zod/mini';
import { catalogueEntrySchema, catalogueSchema } from '../catalogues/catalogue';
import topicsJson from '../catalogues/defaults/topics.json';
import { citizenText } from '../problems/citizen-field-messages';

/**
 * The topics of the development plan (Medellín: Pilar 3, 4 components and 28 programmes) as a
 * catalogue whose programme entries name their component in `parent`. It is still a Catalogue,
 * so choice fields can take their options from it.
 */
export const topicEntrySchema = z.extend(catalogueEntrySchema, {
  kind: z.enum(['componente', 'programa']),
  parent: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
});

export const topicsCatalogueSchema = z.extend(catalogueSchema, { entries: z.array(topicEntrySchema).check(z.minLength(1)) }).check(
  z.superRefine((catalogue, ctx) => {
    const components = new Set(catalogue.entries.filter((e) => e.kind === 'componente').map((e) => e.code));
    const seen = new Set<string>();
    catalogue.entries.forEach((entry, index) => {
      if (seen.has(entry.code)) ctx.addIssue({ code: 'custom', path: ['entries', index, 'code'], message: citizenText('catalogue.topic_code_repeated', { code: entry.code }) });
      seen.add(entry.code);
      const parentOk = entry.kind === 'componente' ? entry.parent === undefined : components.has(entry.parent ?? '');
      if (!parentOk) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', index, 'parent'],
          message: citizenText('catalogue.topic_parent'),
        });
      }
    });
  }),
);

export type TopicsCatalogue = z.infer<typeof topicsCatalogueSchema>;

/**
 * As the JSON is, like the other default catalogues: tests/core/catalogues/built-in-data.test.ts checks the schema
 * yields exactly it (the JSON types `kind` as any string; the schema, checked there, narrows it).
 */
export const defaultTopics = topicsJson as TopicsCatalogue;

/** The programmes of one component, in catalogue order (for grouped pickers and reports). */
export const programmesOf = (topics: TopicsCatalogue, componentCode: string) =>
  topics.entries.filter((e) => e.kind === 'programa' && e.parent === componentCode);
