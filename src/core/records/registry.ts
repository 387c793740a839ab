import type { Catalogues } from '../catalogues';
import type { PrivacyNotices } from '../attendance/privacy-notice';
import { ATTENDANCE_ANONYMOUS_KIND, anonymousCheckInV1 } from '../attendance/anonymous-check-in';
import { ATTENDANCE_ENTRY_KIND, attendanceEntryV1 } from '../attendance/attendance-entry';
import { attendanceEntryV2 } from '../attendance/attendance-entry-v2';
import { ATTENDANCE_UNDO_KIND, admissionUndoV1 } from '../attendance/admission-undo';
import { ATTENDANCE_REGISTERED_KIND, registeredCheckInV1 } from '../attendance/registered-check-in';
import { ATTENDANCE_REGISTRATION_KIND, registrationV1 } from '../passes/registration';
import { builtinFormDefinitions } from '../forms/builtin-definitions';
import { definitionLookup, type FormDefinitionLookup } from '../forms/definition-lookup';
import { FORM_SUBMISSION_KIND, formSubmissionSchema } from '../forms/form-submission';
import { formLinkBytes } from '../forms/form-links';
import { ESCUCHADERO_FORM_ID } from '../forms/answer-limit';
import { decodeBase64Url } from '../passes/base64url';
import { problemCatalogue } from '../problems/catalogue';
import { createKindRegistry, type KindRegistry, type RecordKind } from './kind-registry';

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

export { ESCUCHADERO_FORM_ID };

/**
 * Every record kind this build understands. Adding a kind of record starts here. `notices`: the habeas-data notice
 * versions a consent may name (the entity's settings; default: the built-in ones).
 */
export function recordKinds(catalogues: Catalogues, forms: FormKindOptions = {}, notices?: PrivacyNotices): KindRegistry {
  return createKindRegistry([
    {
      kind: ATTENDANCE_ENTRY_KIND,
      currentVersion: 2,
      // Version 1 stays: devices with an older build may still hold v1 entries in their outbox.
      versions: { 1: attendanceEntryV1(catalogues), 2: attendanceEntryV2(catalogues, notices) },
    },
    { kind: ATTENDANCE_ANONYMOUS_KIND, currentVersion: 1, versions: { 1: anonymousCheckInV1(catalogues) } },
    { kind: ATTENDANCE_REGISTERED_KIND, currentVersion: 1, versions: { 1: registeredCheckInV1 } },
    { kind: ATTENDANCE_UNDO_KIND, currentVersion: 1, versions: { 1: admissionUndoV1 } },
    { kind: ATTENDANCE_REGISTRATION_KIND, currentVersion: 1, versions: { 1: registrationV1(catalogues, notices) } },
    formSubmissionRegistryKind(catalogues, forms),
  ]);
}

/**
 * Answers judged by the named form version; plus what needs the whole submission: tracking code, link signature.
 * Exported alone for a device that only sends form answers (a citizen's form builds no attendance schemas).
 */
export function formSubmissionRegistryKind(catalogues: Catalogues, { lookup, verifyLink }: FormKindOptions): RecordKind {
  const schema = formSubmissionSchema(lookup ?? definitionLookup(builtinFormDefinitions), catalogues).superRefine((submission, ctx) => {
    if (submission.formId === ESCUCHADERO_FORM_ID && submission.trackingCode === undefined) {
      ctx.addIssue({ code: 'custom', path: ['trackingCode'], message: 'Un mensaje del escuchadero necesita su código de seguimiento.' });
    }
    const signature = submission.link === undefined ? undefined : decodeBase64Url(submission.link.signature);
    if (verifyLink && submission.link && !(signature && verifyLink(formLinkBytes(submission), signature))) {
      ctx.addIssue({ code: 'custom', path: ['link', 'signature'], message: problemCatalogue['form.link_invalid'].es, params: { problem: 'form.link_invalid' } });
    }
  });
  return { kind: FORM_SUBMISSION_KIND, currentVersion: 1, versions: { 1: schema } };
}
