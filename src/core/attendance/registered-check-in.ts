import * as z from 'zod/mini';
import { attendeeIdSchema, checkInShape } from './check-in';
import { doorText } from '../problems/door-field-messages';

export const ATTENDANCE_REGISTERED_KIND = 'attendance.registered';

/**
 * A pre-registered person admitted at the door (their pass, their cédula or their name on the list): only
 * the check-in and the registration it refers to. The person's answers and consent are the registration's,
 * joined where the list and the reports are built (attendance-view.ts), so the door phone never needs them.
 */
export const registeredCheckInV1 = z.strictObject(
  { ...checkInShape, attendeeId: attendeeIdSchema },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? doorText('check_in.registered_fields', { keys: issue.keys.join(', ') })
        : undefined,
  },
);

export type RegisteredCheckInV1 = z.infer<typeof registeredCheckInV1>;
