import * as z from 'zod/mini';
import type { Catalogues } from '../catalogues';
import { builtinFormDefinitions } from '../forms/builtin-definitions';
import { definitionLookup, type FormDefinitionLookup } from '../forms/definition-lookup';
import { FORM_SUBMISSION_KIND, formSubmissionSchema, type FormSubmission } from '../forms/form-submission';
import { formLinkBytes } from '../forms/form-links';
import { ESCUCHADERO_FORM_ID } from '../forms/answer-limit';
import { decodeBase64Url } from '../passes/base64url';
import { citizenProblems } from '../problems/citizen-problems';
import { readingLanguage } from '../problems/field-message';
import type { RecordKind } from './kind-registry';
import { citizenText } from '../problems/citizen-field-messages';

/** Synchronous, because validateRecord is: the server passes node:crypto's Ed25519 verify. */
export type SyncLinkVerifier = (bytes: Uint8Array, signature: Uint8Array) => boolean;

export interface FormKindOptions {
  /** The form versions a submission may name; default: the built-in definitions. */
  lookup?: FormDefinitionLookup;
  /**
   * When given, a submission's link signature must verify for its (formId, eventId). Devices leave it
   * out: they check the link with WebCrypto (asynchronous) when the form opens.
   */
  verifyLink?: SyncLinkVerifier;
}

/**
 * Answers judged by the named form version; plus what needs the whole submission: tracking code, link signature.
 * Its own module so a device that only sends form answers (a citizen's form) loads no attendance schemas;
 * registry.ts composes it with the other kinds.
 */
export function formSubmissionRegistryKind(catalogues: Catalogues, { lookup, verifyLink }: FormKindOptions): RecordKind {
  const schema = formSubmissionSchema(lookup ?? definitionLookup(builtinFormDefinitions), catalogues).check(
    z.superRefine((submission: FormSubmission, ctx) => {
      if (submission.formId === ESCUCHADERO_FORM_ID && submission.trackingCode === undefined) {
        ctx.addIssue({ code: 'custom', path: ['trackingCode'], message: citizenText('submission.tracking_code_missing') });
      }
      const signature = submission.link === undefined ? undefined : decodeBase64Url(submission.link.signature);
      if (verifyLink && submission.link && !(signature && verifyLink(formLinkBytes(submission), signature))) {
        ctx.addIssue({ code: 'custom', path: ['link', 'signature'], message: citizenProblems['form.link_invalid'][readingLanguage()], params: { problem: 'form.link_invalid' } });
      }
    }),
  );
  return { kind: FORM_SUBMISSION_KIND, currentVersion: 1, versions: { 1: schema } };
}
