import * as z from 'zod/mini';
import { UUID_V7_PATTERN } from '../ids/uuidv7';
import { eventIdSchema } from './check-in';
import { doorMessage } from '../problems/door-field-messages';

export const ATTENDANCE_UNDO_KIND = 'attendance.undo';

/** How long the door offers to undo the admission it just made (a mistaken tap, the wrong person). */
export const UNDO_WINDOW_MS = 10_000;

/**
 * Cancels one check-in of this device. Nothing is deleted: the check-in stays stored and listed as
 * undone, and no count includes it (attendance-view.ts).
 */
export const admissionUndoV1 = z.strictObject({
  eventId: eventIdSchema,
  checkInId: z.string().check(z.regex(UUID_V7_PATTERN, { error: doorMessage('check_in.undo_id') })),
  undoneAt: z.iso.datetime({ offset: true, error: doorMessage('check_in.undone_at') }),
});

export type AdmissionUndoV1 = z.infer<typeof admissionUndoV1>;
