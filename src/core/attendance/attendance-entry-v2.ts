import * as z from 'zod/mini';
import type { Catalogues } from '../catalogues';
import { attendeeIdSchema, checkInShape } from './check-in';
import { personShape } from './person';
import { defaultPrivacyNotices, type PrivacyNotices } from './privacy-notice';
import { checkPerson, whenObject } from './person-rules';
import { bogotaDateOf } from '../time';
import { doorText } from '../problems/door-field-messages';

/** Unknown fields are refused, not dropped: data the person was not asked for (blood type…) is kept nowhere. */
const unknownFieldsError = (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys' ? doorText('check_in.unknown_fields', { keys: (issue.keys ?? []).join(', ') }) : undefined;

/**
 * Version 2 of 'attendance.entry': the full attendance record with the population, differential and
 * territorial variables, check-in metadata and Ley 1581 consent. Version 1 stays accepted (see registry).
 */
export const attendanceEntryV2 = (catalogues: Catalogues, notices: PrivacyNotices = defaultPrivacyNotices) =>
  z.strictObject({ ...checkInShape, attendeeId: z.optional(attendeeIdSchema), ...personShape(catalogues, notices) }, { error: unknownFieldsError }).check(
    z.superRefine((value, ctx) => {
      if (value.method === 'pass' && value.attendeeId === undefined) {
        ctx.addIssue({ code: 'custom', path: ['attendeeId'], message: doorText('check_in.pass_needs_attendee') });
      }
      checkPerson(catalogues, value, bogotaDateOf(value.checkedInAt), ctx);
    }, whenObject),
  );

export type AttendanceEntryV2 = z.infer<ReturnType<typeof attendanceEntryV2>>;
