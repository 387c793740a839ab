import { normaliseDocumentNumber } from '../../../core/attendance/document-number';
import type { KnownCheckIn } from '../../storage/door-check-ins';
import { searchFold } from '../../storage/door-tables';
import type { DoorSession } from './door-session';

export type SearchHit =
  | { kind: 'attendee'; attendeeId: string; name: string; checkedIn?: KnownCheckIn | undefined }
  | { kind: 'checkIn'; checkIn: KnownCheckIn; name: string };

const LIMIT = 20;

/**
 * Finds people on the event's list by name (any order, accents ignored) or document number: registered
 * attendees (with whether they are in already; by number through the document digest, the whole number
 * only) and people checked in without a registration (by part of the number).
 */
export function searchDoor(session: DoorSession, query: string, checkIns: readonly KnownCheckIn[]): SearchHit[] {
  const words = searchFold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const digits = /^[\d.\s]+$/.test(query.trim()) ? normaliseDocumentNumber(query) : undefined;
  const byAttendee = new Map(checkIns.filter((c) => c.attendeeId).map((c) => [c.attendeeId!, c]));
  const hits: SearchHit[] = [];
  // A whole document number (letters allowed, for passports) finds the pre-registered person by digest.
  const documentLike = /\d/.test(query) && /^[A-Z0-9-]{3,20}$/.test(normaliseDocumentNumber(query));
  const byDocument = documentLike ? session.attendeesByDocument(query) : [];
  for (const attendee of byDocument) {
    hits.push({ kind: 'attendee', attendeeId: attendee.attendeeId, name: attendee.displayName, checkedIn: byAttendee.get(attendee.attendeeId) });
  }
  if (!digits) {
    for (const attendee of session.attendees().values()) {
      if (byDocument.includes(attendee) || !words.every((w) => attendee.search.includes(w))) continue;
      hits.push({ kind: 'attendee', attendeeId: attendee.attendeeId, name: attendee.displayName, checkedIn: byAttendee.get(attendee.attendeeId) });
      if (hits.length >= LIMIT) return hits;
    }
  }
  for (const checkIn of checkIns) {
    if (checkIn.attendeeId && session.attendees().has(checkIn.attendeeId)) continue; // listed above
    const matches = digits
      ? (checkIn.document?.number ?? '').includes(digits)
      : checkIn.name !== undefined && words.every((w) => searchFold(checkIn.name!).includes(w));
    if (matches) hits.push({ kind: 'checkIn', checkIn, name: checkIn.name ?? checkIn.document?.number ?? '—' });
    if (hits.length >= LIMIT) break;
  }
  return hits;
}
