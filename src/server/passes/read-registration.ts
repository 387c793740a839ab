import { z } from 'zod';
import type { Catalogues } from '../../core/catalogues';
import type { PrivacyNotices } from '../../core/attendance/privacy-notice';
import { attendeeIdSchema } from '../../core/attendance';
import { registrationV1, type RegistrationV1 } from '../../core/passes';
import { isWellFormedText } from '../../core/records/envelope';
import { citizenMessage } from '../../core/problems/citizen-field-messages';
import { fieldIssuesFrom, parseIn } from '../../core/problems/field-issues';
import { officeMessage, officeTextIn } from '../../core/problems/office-field-messages';
import { problem, type FieldIssue, type Language } from '../../core/problems/problem';
import { fail, ok, type Result } from '../../core/result';
import { isPlainObject } from '../events/json-body';

/** A registration sent without a device of its own (a citizen's browser) is stored under this device id. */
export const ONLINE_DEVICE_ID = 'web';

export interface RegistrationRequest {
  attendeeId: string;
  deviceId: string;
  payload: RegistrationV1;
}

// As a record envelope's deviceId: stored as UTF-8, where a lone surrogate would come back changed.
const deviceIdSchema = z
  .string({ error: officeMessage('registration.device_text') })
  .min(1)
  .max(64)
  .refine(isWellFormedText, { error: citizenMessage('record.device_id') })
  .optional();

/**
 * Body: the registration payload (src/core/passes) plus `attendeeId` (client-generated UUIDv7, the record id)
 * and optionally `deviceId`. Field paths are the body's own, every problem at once, in `language`.
 */
export function readRegistration(
  language: Language,
  catalogues: Catalogues,
  eventId: string,
  body: unknown,
  notices?: PrivacyNotices,
): Result<RegistrationRequest> {
  if (!isPlainObject(body)) {
    return fail(problem('registration.invalid', { fields: [{ path: '', code: 'invalid_type', message: officeTextIn(language, 'registration.body_object') }] }));
  }
  const { attendeeId, deviceId, ...fields } = body;
  const issues: FieldIssue[] = [];
  const id = parseIn(language, attendeeIdSchema, attendeeId);
  if (!id.success) issues.push(...fieldIssuesFrom(id.error, 'attendeeId'));
  const device = parseIn(language, deviceIdSchema, deviceId);
  if (!device.success) issues.push(...fieldIssuesFrom(device.error, 'deviceId'));
  const payload = parseIn(language, registrationV1(catalogues, notices), fields);
  if (!payload.success) issues.push(...fieldIssuesFrom(payload.error));
  else if (payload.data.eventId !== eventId) {
    issues.push({ path: 'eventId', code: 'custom', message: officeTextIn(language, 'registration.event_mismatch') });
  }
  if (issues.length > 0 || !id.success || !device.success || !payload.success) return fail(problem('registration.invalid', { fields: issues }));
  return ok({ attendeeId: id.data, deviceId: device.data ?? ONLINE_DEVICE_ID, payload: payload.data });
}
