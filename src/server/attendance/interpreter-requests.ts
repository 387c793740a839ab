import { identityKey, type AccessibilityRequest, type CheckIn } from '../../core/attendance';
import type { StoredRecord } from '../store/stored-record';

type Loose = Record<string, unknown>;
const needsOf = (payload: unknown): string[] | undefined => {
  const needs = (payload as Loose | null)?.accessibilityNeeds;
  return Array.isArray(needs) ? needs.filter((n): n is string => typeof n === 'string') : undefined;
};
const documentOf = (payload: unknown) => (payload as { document?: { type: string; number?: string } } | null)?.document;
const eventOf = (payload: unknown) => String((payload as { eventId?: unknown } | null)?.eventId ?? '');

/** Whether a record (a registration, or a check-in joined with its registration) asks for any accessibility need. */
export function asksForAccessibility(record: StoredRecord): boolean {
  const needs = (record.payload as Loose | null)?.accessibilityNeeds;
  return Array.isArray(needs) && needs.length > 0;
}

// A registration is keyed by the person's document when given, else by the attendee.
const registrationKey = (registration: StoredRecord): string =>
  identityKey({ eventId: eventOf(registration.payload), document: documentOf(registration.payload) }) ?? `attendee:${registration.id}`;

/**
 * Who asked for an accessibility need, from pre-registrations and door check-ins; people who asked for none
 * are left out (they weigh nothing in interpreterDemand), so a year of check-ins is not keyed one by one.
 * One person asking at both counts once: a check-in made with a pass takes the key of its registration.
 */
export function interpreterRequests(registrations: readonly StoredRecord[], checkIns: readonly { checkIn: CheckIn; record: StoredRecord }[]): AccessibilityRequest[] {
  const registrationById = new Map(registrations.map((registration) => [registration.id, registration]));
  const requests: AccessibilityRequest[] = [];
  for (const registration of registrations) {
    const accessibilityNeeds = needsOf(registration.payload);
    if (accessibilityNeeds !== undefined && accessibilityNeeds.length > 0) requests.push({ personKey: registrationKey(registration), accessibilityNeeds });
  }
  for (const { checkIn, record } of checkIns) {
    const accessibilityNeeds = needsOf(record.payload);
    if (accessibilityNeeds === undefined || accessibilityNeeds.length === 0) continue;
    const registration = checkIn.attendeeId === undefined ? undefined : registrationById.get(checkIn.attendeeId);
    requests.push({ personKey: registration ? registrationKey(registration) : identityKey(checkIn), accessibilityNeeds });
  }
  return requests;
}
