import type { Catalogues } from '../catalogues';
import type { PrivacyNotices } from '../attendance/privacy-notice';
import { ATTENDANCE_ANONYMOUS_KIND, anonymousCheckInV1 } from '../attendance/anonymous-check-in';
import { ATTENDANCE_ENTRY_KIND, attendanceEntryV1 } from '../attendance/attendance-entry';
import { attendanceEntryV2 } from '../attendance/attendance-entry-v2';
import { ATTENDANCE_UNDO_KIND, admissionUndoV1 } from '../attendance/admission-undo';
import { ATTENDANCE_REGISTERED_KIND, registeredCheckInV1 } from '../attendance/registered-check-in';
import { ATTENDANCE_REGISTRATION_KIND, registrationV1 } from '../passes/registration';
import { ESCUCHADERO_FORM_ID } from '../forms/answer-limit';
import { createKindRegistry, type KindRegistry } from './kind-registry';
import { formSubmissionRegistryKind, type FormKindOptions } from './form-submission-kind';

export { ESCUCHADERO_FORM_ID };
export { formSubmissionRegistryKind, type FormKindOptions, type SyncLinkVerifier } from './form-submission-kind';

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
