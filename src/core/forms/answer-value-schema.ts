import * as z from 'zod/mini';
import type { AnswerValue } from './answers';
import type { ChoiceOption } from './form-catalogues';
import type { Catalogue } from '../catalogues/catalogue';
import { effectiveMaxLength, RATING_MAX, RATING_MIN, type FieldOf, type FormField } from './field-definition';
import { citizenMessage } from '../problems/citizen-field-messages';
import type { MessageParam } from '../problems/field-message';
import { territoryChoice } from '../catalogues/territory-title';
import { questionOf, rangeKey } from './field-messages';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?\d[\d\s-]{5,18}\d$/;

/**
 * The schema of one PRESENT answer of a field. Presence, visibility and required-ness are the
 * form's business (answers-schema.ts); here only the value is judged, naming the question, in the language of
 * the parse (Spanish unless asked).
 */
export function answerValueSchema(field: FormField, options: ChoiceOption[] | undefined, territories: Pick<Catalogue, 'entries'> = { entries: [] }): z.ZodMiniType<AnswerValue> {
  const q = questionOf(field);
  switch (field.kind) {
    case 'short-text':
    case 'long-text':
      return textSchema(field);
    case 'number': {
      let schema = z.number({ error: citizenMessage('answers.number', { q }) });
      if (field.integer) schema = schema.check(z.int({ error: citizenMessage('answers.integer', { q }) }));
      const range = citizenMessage(rangeKey('number', field.min, field.max), bounds(q, field.min, field.max));
      if (field.min !== undefined) schema = schema.check(z.minimum(field.min, { error: range }));
      if (field.max !== undefined) schema = schema.check(z.maximum(field.max, { error: range }));
      return schema;
    }
    case 'date': {
      const { min, max } = field;
      return z.iso.date({ error: citizenMessage('answers.date', { q }) }).check(
        z.refine((d) => (min === undefined || d >= min) && (max === undefined || d <= max), { error: citizenMessage(rangeKey('date', min, max), bounds(q, min, max)) }),
      );
    }
    case 'single-choice':
    case 'territory': {
      const allowed = new Set((options ?? []).map((o) => o.value));
      const message = field.kind === 'territory'
        ? citizenMessage('answers.territory', { q, territory: territoryChoice(territories) })
        : citizenMessage('answers.choice', { q });
      return z.string({ error: message }).check(z.refine((v) => allowed.has(v), { error: message }));
    }
    case 'multiple-choice':
    case 'ranking':
      return picksSchema(field, options ?? []);
    case 'rating': {
      const message = citizenMessage('answers.rating', { q, min: RATING_MIN, max: RATING_MAX });
      return z.number({ error: message }).check(z.int({ error: message }), z.minimum(RATING_MIN, { error: message }), z.maximum(RATING_MAX, { error: message }));
    }
    case 'yes-no':
      return z.boolean({ error: citizenMessage('answers.yes_no', { q }) });
    case 'consent':
      return z.strictObject(
        {
          accepted: z.literal(true, { error: citizenMessage('answers.consent_not_accepted', { q }) }),
          textVersion: z.literal(field.textVersion, {
            error: citizenMessage('answers.consent_stale', { q }),
          }),
        },
        { error: citizenMessage('answers.consent_box', { q }) },
      );
  }
}

function textSchema(field: FieldOf<'short-text'> | FieldOf<'long-text'>): z.ZodMiniType<string> {
  const q = questionOf(field);
  const min = Math.max(1, field.minLength ?? 1);
  const max = effectiveMaxLength(field);
  const schema = z.string({ error: citizenMessage('answers.text', { q }) }).check(
    z.trim(),
    z.minLength(min, { error: min > 1 ? citizenMessage('answers.text_too_short', { q, min }) : citizenMessage('answers.required', { q }) }),
    z.maxLength(max, { error: citizenMessage('answers.text_too_long', { q, max }) }),
  );
  if (field.kind === 'short-text' && field.format === 'email') return schema.check(z.regex(EMAIL, { error: citizenMessage('answers.email', { q }) }));
  if (field.kind === 'short-text' && field.format === 'phone') return schema.check(z.regex(PHONE, { error: citizenMessage('answers.phone', { q }) }));
  return schema;
}

function picksSchema(field: FieldOf<'multiple-choice'> | FieldOf<'ranking'>, options: ChoiceOption[]): z.ZodMiniType<string[]> {
  const q = questionOf(field);
  const allowed = new Set(options.map((o) => o.value));
  const fromList = citizenMessage('answers.picks', { q });
  let schema = z.array(z.string({ error: fromList }), { error: fromList }).check(
    z.refine((picks) => picks.every((p) => allowed.has(p)), { error: fromList }),
    z.refine((picks) => new Set(picks).size === picks.length, { error: citizenMessage('answers.picks_repeated', { q }) }),
  );
  if (field.minCount !== undefined && field.minCount > 1) {
    schema = schema.check(z.refine((picks) => picks.length >= field.minCount!, { error: citizenMessage('answers.picks_at_least', { q, min: field.minCount }) }));
  }
  const maxCount = field.maxCount;
  if (maxCount !== undefined) {
    const atMost = maxCount === 1 ? citizenMessage('answers.picks_at_most_one', { q }) : citizenMessage('answers.picks_at_most', { q, max: maxCount });
    schema = schema.check(z.refine((picks) => picks.length <= maxCount, { error: atMost }));
  }
  return schema;
}

/** The question and whichever bounds its field has, for a range message. */
function bounds(q: MessageParam, min?: number | string, max?: number | string): Record<string, MessageParam> {
  return { q, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}
