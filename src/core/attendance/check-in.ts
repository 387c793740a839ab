import * as z from 'zod/mini';
import { UUID_V7_PATTERN } from '../ids/uuidv7';
import { isWellFormedText } from '../records/envelope';
import { doorMessage } from '../problems/door-field-messages';

/** How the person was found at the door: their pass QR, the cédula barcode (camera or hand reader), or typed. */
export const CHECK_IN_METHODS = ['pass', 'cedula', 'reader', 'manual'] as const;
export type CheckInMethod = (typeof CHECK_IN_METHODS)[number];

export const eventIdSchema = z.string({ error: doorMessage('check_in.event_missing') }).check(
  z.minLength(1, { error: doorMessage('check_in.event_missing') }),
  z.maxLength(64, { error: doorMessage('check_in.event_too_long') }),
  z.refine(isWellFormedText, { error: doorMessage('check_in.event_characters') }),
);

export const catalogueVersionSchema = z.number({ error: doorMessage('check_in.catalogue_version') }).check(z.int(), z.minimum(1), z.maximum(1_000_000));

/** The check-in part of every attendance payload, anonymous or not. checkedInAt is the device's clock. */
export const checkInShape = {
  eventId: eventIdSchema,
  method: z.enum(CHECK_IN_METHODS, { error: doorMessage('check_in.method') }),
  checkedInAt: z.iso.datetime({ offset: true, error: doorMessage('check_in.checked_in_at') }),
  /** The entity settings' version whose territory list the door showed; absent on older records, which read as 1. */
  catalogueVersion: z.optional(catalogueVersionSchema),
};

export const attendeeIdSchema = z.string().check(
  z.regex(UUID_V7_PATTERN, { error: doorMessage('check_in.attendee_id') }),
);

