import * as z from 'zod/mini';
import type { Catalogues } from '../catalogues';
import { catalogueVersionSchema, eventIdSchema } from '../attendance/check-in';
import { personShape } from '../attendance/person';
import { checkPerson, whenObject } from '../attendance/person-rules';
import { defaultPrivacyNotices, type PrivacyNotices } from '../attendance/privacy-notice';
import { bogotaDateOf } from '../time';
import { doorMessage, doorText } from '../problems/door-field-messages';

/**
 * A citizen's pre-registration for an event, made on their phone (maybe offline) and synced like any record.
 * The record's id becomes the attendeeId the server signs into the pass.
 */
export const ATTENDANCE_REGISTRATION_KIND = 'attendance.registration';

export const registrationV1 = (catalogues: Catalogues, notices: PrivacyNotices = defaultPrivacyNotices) =>
  z.strictObject(
    {
      eventId: eventIdSchema,
      registeredAt: z.iso.datetime({ offset: true, error: doorMessage('registration.registered_at') }),
      ...personShape(catalogues, notices),
      catalogueVersion: z.optional(catalogueVersionSchema),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? doorText('registration.unknown_fields', { keys: issue.keys.join(', ') }) : undefined,
    },
  ).check(
    z.superRefine((value, ctx) => checkPerson(catalogues, value, bogotaDateOf(value.registeredAt), ctx), whenObject),
  );

export type RegistrationV1 = z.infer<ReturnType<typeof registrationV1>>;
