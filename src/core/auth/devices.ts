import * as z from 'zod/mini';
import { EVENT_ID_PATTERN } from '../events/event';
import { officeMessage } from '../problems/office-field-messages';

export const MAX_ENROLLMENT_TTL_MINUTES = 60;
export const DEFAULT_ENROLLMENT_TTL_MINUTES = 10;

/** What an enrolled device may touch: its events (an empty list means every event). */
export interface DeviceView {
  deviceId: string;
  label: string;
  eventIds: string[];
  enrolledAt: string;
  lastSyncAt: string | null;
  revokedAt: string | null;
}

const label = z.string({ error: officeMessage('device.label_missing') }).check(z.trim(), z.minLength(1), z.maxLength(80, { error: officeMessage('device.label_long') }));
const eventIds = z.array(z.string().check(z.regex(EVENT_ID_PATTERN, { error: officeMessage('event.id_invalid') }))).check(z.maxLength(50));
/** Same bounds as the record envelope's deviceId, restricted to characters safe inside a credential. */
export const deviceIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: officeMessage('device.id') }));

export const enrollmentRequestSchema = z.strictObject({
  label,
  eventIds,
  ttlMinutes: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(MAX_ENROLLMENT_TTL_MINUTES, { error: officeMessage('device.ttl_max', { max: MAX_ENROLLMENT_TTL_MINUTES }) }))),
});
/** A device's new name, given by the office (the enrollment's label otherwise stays). */
export const deviceLabelSchema = z.strictObject({ label });
export const enrollRequestSchema = z.strictObject({ token: z.string().check(z.minLength(1), z.maxLength(200)), deviceId: deviceIdSchema, label: z.optional(label) });

/** Device credential on the wire: `cbd1.<deviceId>.<secret>` (secret: 32 random bytes, base64url). */
export const CREDENTIAL_PREFIX = 'cbd1';

export function formatDeviceCredential(deviceId: string, secret: string): string {
  return `${CREDENTIAL_PREFIX}.${deviceId}.${secret}`;
}

export function parseDeviceCredential(text: string): { deviceId: string; secret: string } | undefined {
  const match = /^cbd1\.([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/.exec(text);
  return match ? { deviceId: match[1]!, secret: match[2]! } : undefined;
}
