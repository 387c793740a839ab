import * as z from 'zod/mini';
import { UUID_V7_PATTERN } from '../ids/uuidv7';
import { CHECK_IN_METHODS, eventIdSchema } from './check-in';

/**
 * The one shape of a check-in outside its record: what a door device pulls of other devices' check-ins,
 * what its door keeps of them, and (widened) each row of the planning office's attendance list.
 * identityKey is duplicates.ts's key: the attendee, or the per-event document digest, never a number.
 */
export const checkInRowSchema = z.object({
  id: z.string().check(z.regex(UUID_V7_PATTERN)),
  eventId: eventIdSchema,
  identityKey: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  checkedInAt: z.iso.datetime({ offset: true }),
  deviceId: z.string().check(z.minLength(1), z.maxLength(64)),
  displayName: z.optional(z.string().check(z.minLength(1), z.maxLength(250))),
  method: z.enum(CHECK_IN_METHODS),
  /** Present on the row of an undo (admission-undo.ts): the check-in it cancels. */
  undoes: z.optional(z.string().check(z.regex(UUID_V7_PATTERN))),
});
export type CheckInRow = z.infer<typeof checkInRowSchema>;

export type AttendanceRowStatus = 'admitted' | 'duplicate_admitted_offline' | 'undone';

/** One row of GET /events/:id/attendance: a check-in row, resolved against the others. */
export interface AttendanceRow extends Omit<CheckInRow, 'undoes'> {
  status: AttendanceRowStatus;
  /** For a duplicate: the check-in that counts as this person's attendance. */
  attendanceId?: string;
  anonymous: boolean;
  /** Server clock when the record arrived. */
  receivedAt: string;
  /** The enrolled device's name ("Puerta norte"), when the device was enrolled by QR. */
  deviceLabel?: string;
}

export interface AttendanceReport {
  rows: AttendanceRow[];
  /** admitted + duplicates = counted; undone check-ins are listed but counted nowhere. */
  counts: { admitted: number; duplicates: number; anonymous: number; undone: number; total: number };
  interpreterDemand: { lsc: number; guide: number; people: number; threshold: number; thresholdReached: boolean };
}
