import * as z from 'zod/mini';
import { fail, ok, type Result } from '../result';
import { citizenProblem } from '../problems/citizen-problems';
import { fieldIssuesFrom, parseIn } from '../problems/field-issues';
import { readingIn } from '../problems/field-message';
import type { Language } from '../problems/problem';
import { localizedTextSchema } from './localized-text';
import { formFieldSchema } from './field-definition';
import { definitionIssues } from './definition-checks';
import { catalogueIssues } from './definition-catalogue-checks';
import { placeholderIssues } from './territory-placeholders';
import { citizenMessage } from '../problems/citizen-field-messages';

/** Form ids appear in links (/f/<id>) and record payloads. */
export const FORM_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const formIdSchema = z.string().check(z.regex(FORM_ID_PATTERN, { error: citizenMessage('definition.form_id') }));

export const sectionSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(48)),
  title: localizedTextSchema,
  intro: z.optional(localizedTextSchema),
});

/**
 * A form is data: a versioned definition. A published version never changes; editing a form
 * means a new version, so every stored submission can be read with the definition it was filled in.
 */
export const formDefinitionSchema = z.strictObject({
  id: formIdSchema,
  version: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000)),
  title: localizedTextSchema,
  intro: localizedTextSchema,
  /** A starting point the planning office copies and edits (urna virtual), not a form to publish as is. */
  template: z.optional(z.boolean()),
  sections: z.array(sectionSchema).check(z.maxLength(50)),
  fields: z.array(formFieldSchema).check(z.minLength(1, { error: citizenMessage('definition.no_fields') }), z.maxLength(300)),
}).check(
  z.superRefine((definition, ctx) => {
    for (const issue of definitionIssues(definition)) ctx.addIssue({ code: 'custom', ...issue });
  }),
);

export type FormDefinition = z.infer<typeof formDefinitionSchema>;

/**
 * Parses a definition (from JSON, an editor or the server). With catalogues, it also checks that
 * every catalogue a field names exists and offers enough options. Field messages in `language` (Spanish, the wire's, by default).
 */
export function parseFormDefinition(input: unknown, catalogues?: object, language: Language = 'es'): Result<FormDefinition> {
  const parsed = parseIn(language, formDefinitionSchema, input);
  if (!parsed.success) return fail(citizenProblem('form.definition_invalid', { fields: fieldIssuesFrom(parsed.error) }));
  const missing = catalogues ? readingIn(language, () => catalogueIssues(parsed.data, catalogues)) : [];
  if (missing.length > 0) return fail(citizenProblem('form.definition_invalid', { fields: missing }));
  return ok(parsed.data);
}

/**
 * What a definition being written (a new form, a new version, a built-in one) must pass beyond parsing: its
 * placeholders from the closed set, in their places. Not part of the schema that every reader runs, so a form
 * stored before the set existed, with a word in braces in a question, still opens on a phone (shown as written).
 */
export function checkWrittenDefinition(definition: FormDefinition, language: Language = 'es'): Result<FormDefinition> {
  const issues = readingIn(language, () => placeholderIssues(definition));
  if (issues.length === 0) return ok(definition);
  return fail(citizenProblem('form.definition_invalid', { fields: issues.map((i) => ({ path: i.path.join('.'), code: 'custom', message: i.message })) }));
}
