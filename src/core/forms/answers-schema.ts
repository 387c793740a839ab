import * as z from 'zod/mini';
import { parseIn } from '../problems/field-issues';
import { readingLanguage } from '../problems/field-message';
import { citizenMessage } from '../problems/citizen-field-messages';
import { answerOf, isPlainObject, type Answers } from './answers';
import { hasAnswer } from './answer-presence';
import { answerValueSchema } from './answer-value-schema';
import { fieldOptions, territoryEntries, type FormCatalogues } from './form-catalogues';
import { hiddenMessage, requiredMessage, unknownAnswerMessage } from './field-messages';
import type { FormDefinition } from './form-definition';
import { fieldVisibility } from './visibility';
import { definitionInWords, formTerritoryWords } from './territory-placeholders';

/**
 * The schema of a form's answers, derived from its definition. The same schema runs on the
 * device before saving and on the server before storing, so both say the same thing:
 * - a visible required field must be answered; a hidden field must have no answer;
 * - every present answer must fit its field; keys that are not fields are refused.
 * The output keeps only answered fields, normalised (text trimmed). Every issue's path starts with the field id.
 */
export function answersSchema<C>(stored: FormDefinition, catalogues: FormCatalogues<C>) {
  // Messages quote each question as the person read it, in the entity's territory words. (The server's catalogues
  // hold every settings version's territories: after a change of divisions its messages say "territorio".)
  const definition = definitionInWords(stored, formTerritoryWords(catalogues));
  const valueSchemas = new Map(definition.fields.map((f) => [f.id, answerValueSchema(f, fieldOptions(f, catalogues), { entries: territoryEntries(f, catalogues) })]));
  const plainObject = z.custom<Record<string, unknown>>(isPlainObject, { error: citizenMessage('answers.not_object') });
  return z.pipe(
    plainObject,
    z.transform((answers: Record<string, unknown>, ctx): Answers => {
      const output: Answers = {};
      let valid = true;
      const report = (path: PropertyKey[], message: string) => {
        valid = false;
        ctx.issues.push({ code: 'custom', path, message, input: answers });
      };
      for (const key of Object.keys(answers)) {
        if (!valueSchemas.has(key)) report([key], unknownAnswerMessage());
      }
      for (const { field, visible } of fieldVisibility(definition, answers)) {
        const answer = answerOf(answers, field.id);
        if (!hasAnswer(answer)) {
          if (visible && field.required) report([field.id], requiredMessage(field));
          continue;
        }
        if (!visible) {
          report([field.id], hiddenMessage(field));
          continue;
        }
        // A parse of its own does not inherit the caller's error map: it is given the caller's language itself.
        const parsed = parseIn(readingLanguage(), valueSchemas.get(field.id)!, answer);
        if (parsed.success) output[field.id] = parsed.data;
        else for (const issue of parsed.error.issues) report([field.id, ...issue.path], issue.message);
      }
      return valid ? output : z.NEVER;
    }),
  );
}

export type AnswersSchema = ReturnType<typeof answersSchema>;
