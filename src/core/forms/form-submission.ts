import * as z from 'zod/mini';
import { fail, ok, type Result } from '../result';
import { problem, type Language } from '../problems/problem';
import { fieldIssuesFrom, parseIn } from '../problems/field-issues';
import { readingLanguage } from '../problems/field-message';
import type { RecordKind } from '../records/kind-registry';
import { trackingCodeSchema } from '../escuchadero/tracking-code';
import { isPlainObject, type Answers } from './answers';
import { answersSchema, type AnswersSchema } from './answers-schema';
import type { FormCatalogues } from './form-catalogues';
import { formIdSchema, type FormDefinition } from './form-definition';
import type { FormDefinitionLookup } from './definition-lookup';
import { SIGNATURE_PATTERN } from './form-links';
import { EVENT_ID_PATTERN } from '../events/event-id';
import { citizenMessage, citizenText } from '../problems/citizen-field-messages';

export const FORM_SUBMISSION_KIND = 'form.submission';

/**
 * What every submission carries, whatever the form. The answers are judged separately by the
 * schema derived from the named form version.
 */
export const formSubmissionPayloadSchema = z.strictObject({
  formId: formIdSchema,
  formVersion: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000)),
  eventId: z.string().check(z.regex(EVENT_ID_PATTERN, { error: citizenMessage('submission.event_id') })),
  /** Present when the form was opened from a signed poster link for this event. */
  link: z.optional(z.strictObject({ signature: z.string().check(z.regex(SIGNATURE_PATTERN, { error: citizenMessage('submission.link_signature') })) })),
  answers: z.custom<Record<string, unknown>>(isPlainObject, { error: citizenMessage('submission.answers_object') }),
  /** Links the submission to a person already on the attendance list, when the person allows it. */
  personKey: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  /** Escuchadero: the code the person keeps to follow the answer (made on the device, shown at once). */
  trackingCode: z.optional(trackingCodeSchema),
});

export type FormSubmissionEnvelopePayload = z.infer<typeof formSubmissionPayloadSchema>;
export type FormSubmission = Omit<FormSubmissionEnvelopePayload, 'answers'> & { answers: Answers };

/** The full payload schema: generic shape, then the answers schema of the named form version. */
export function formSubmissionSchema<C>(lookup: FormDefinitionLookup, catalogues: FormCatalogues<C>) {
  const schemas = new WeakMap<FormDefinition, AnswersSchema>();
  const schemaOf = (definition: FormDefinition) => {
    const cached = schemas.get(definition) ?? answersSchema(definition, catalogues);
    schemas.set(definition, cached);
    return cached;
  };
  // zod/mini's transform context has no addIssue: issues are pushed as they are.
  return z.pipe(
    formSubmissionPayloadSchema,
    z.transform((payload: FormSubmissionEnvelopePayload, ctx): FormSubmission => {
      const definition = lookup(payload.formId, payload.formVersion);
      if (!definition) {
        ctx.issues.push({ code: 'custom', path: ['formVersion'], message: citizenText('submission.form_version_unknown'), input: payload.formVersion, params: { problem: 'form.unknown' } });
        return z.NEVER;
      }
      const answers = parseIn(readingLanguage(), schemaOf(definition), payload.answers);
      if (answers.success) return { ...payload, answers: answers.data };
      for (const issue of answers.error.issues) {
        ctx.issues.push({ code: 'custom', path: ['answers', ...issue.path], message: issue.message, input: payload.answers });
      }
      return z.NEVER;
    }),
  );
}

/** The record kind the registry registers: validateRecord then judges the answers too. */
export function formSubmissionKind<C>(lookup: FormDefinitionLookup, catalogues: FormCatalogues<C>): RecordKind {
  return { kind: FORM_SUBMISSION_KIND, currentVersion: 1, versions: { 1: formSubmissionSchema(lookup, catalogues) } };
}

/** Device before saving, server before storing. An unknown form version is 'form.unknown', not a bad answer. */
export function validateSubmission<C>(
  lookup: FormDefinitionLookup,
  payload: unknown,
  catalogues: FormCatalogues<C>,
  language: Language = 'es',
): Result<FormSubmission> {
  const generic = parseIn(language, formSubmissionPayloadSchema, payload);
  if (!generic.success) return fail(problem('record.invalid', { fields: fieldIssuesFrom(generic.error) }));
  if (!lookup(generic.data.formId, generic.data.formVersion)) {
    return fail(problem('form.unknown', { formId: generic.data.formId, formVersion: generic.data.formVersion }));
  }
  const full = parseIn(language, formSubmissionSchema(lookup, catalogues), payload);
  return full.success ? ok(full.data) : fail(problem('record.invalid', { fields: fieldIssuesFrom(full.error) }));
}
