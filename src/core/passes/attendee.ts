import * as z from 'zod/mini';
import { attendeeIdSchema, eventIdSchema } from '../attendance/check-in';
import { joinNames } from '../attendance/person-name';
import type { ValidRecord } from '../records/envelope';
import { PASS_PREFIX } from './pass-code';
import type { RegistrationV1 } from './registration';
import { doorMessage } from '../problems/door-field-messages';

/** A pass as the server issued it: kept with the attendee so it can be sent again, never re-signed. */
export const issuedPassSchema = z.strictObject({
  attendeeId: attendeeIdSchema,
  eventId: eventIdSchema,
  issuedAt: z.number().check(z.int(), z.minimum(0)),
  code: z.string().check(z.regex(new RegExp(`^${PASS_PREFIX}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$`), { error: doorMessage('pass.code_format') })),
});
export type IssuedPass = z.infer<typeof issuedPassSchema>;

/**
 * One row of an event's attendee list as a door device downloads it: just enough to greet the person and
 * plan accessibility, no document number or sensitive data.
 */
export const attendeeSchema = z.strictObject({
  attendeeId: attendeeIdSchema,
  eventId: eventIdSchema,
  displayName: z.string().check(z.minLength(1), z.maxLength(250)),
  registeredAt: z.iso.datetime({ offset: true }),
  accessibilityNeeds: z.array(z.string().check(z.minLength(1), z.maxLength(32))).check(z.maxLength(20)),
});
export type Attendee = z.infer<typeof attendeeSchema>;

/** The attendee-list row of a validated pre-registration record. */
export function attendeeOfRegistration(record: ValidRecord<RegistrationV1>): Attendee {
  const p = record.payload;
  return {
    attendeeId: record.id,
    eventId: p.eventId,
    displayName: p.fullName ?? joinNames(p.firstNames, p.surnames),
    registeredAt: p.registeredAt,
    accessibilityNeeds: p.accessibilityNeeds ?? [],
  };
}
