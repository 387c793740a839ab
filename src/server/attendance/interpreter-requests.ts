import { identityKey, type AccessibilityRequest } from '../../core/attendance';
import type { StoredRecord } from '../store/stored-record';
import type { StoredCheckIn } from './stored-check-in';

type Loose = Record<string, unknown>;
const needsOf = (payload: unknown): string[] | undefined => {
  const needs = (payload as Loose | null)?.accessibilityNeeds;
  return Array.isArray(needs) ? needs.filter((n): n is string => typeof n === 'string') : undefined;
};
const documentOf = (payload: unknown) => (payload as { document?: { type: string; number?: string } } | null)?.document;
const eventOf = (payload: unknown) => String((payload as { eventId?: unknown } | null)?.eventId ?? '');

/**
 * Who asked for an interpreter, from pre-registrations and door check-ins. One person asking at both counts
 * once: a registration is keyed by the person's document when given, else by the attendee, and a check-in
 * made with a pass takes the key of its registration.
 */
export function interpreterRequests(registrations: readonly StoredRecord[], checkIns: readonly StoredCheckIn[]): AccessibilityRequest[] {
  const keyOfAttendee = new Map<string, string>();
  const requests: AccessibilityRequest[] = registrations.map((registration) => {
    const personKey = identityKey({ eventId: eventOf(registration.payload), document: documentOf(registration.payload) }) ?? `attendee:${registration.id}`;
    keyOfAttendee.set(registration.id, personKey);
    return { personKey, accessibilityNeeds: needsOf(registration.payload) };
  });
  for (const { checkIn, record } of checkIns) {
    const byPass = checkIn.attendeeId === undefined ? undefined : keyOfAttendee.get(checkIn.attendeeId);
    requests.push({ personKey: byPass ?? identityKey(checkIn), accessibilityNeeds: needsOf(record.payload) });
  }
  return requests;
}
