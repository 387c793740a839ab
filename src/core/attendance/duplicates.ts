import { documentDigestOfText, documentDigestText } from './document-digest';

/**
 * What duplicate rules need to know about one check-in, whatever record it came from. A check-in pulled by
 * a door device knows the document only as its digest (document-digest.ts), never the number.
 */
export interface CheckIn {
  id: string;
  deviceId: string;
  eventId: string;
  checkedInAt: string;
  attendeeId?: string | undefined;
  document?: { type: string; number?: string | undefined } | undefined;
  documentDigest?: string | undefined;
}

const DOCUMENT_KEY_PREFIX = 'document:';

/**
 * Who a check-in is about: the pre-registered attendee, else the document as its per-event digest (so the
 * key can leave the server: Ley 1581); an undocumented walk-in (or an anonymous count) has no identity and
 * can never be a duplicate.
 */
export function identityKey(checkIn: IdentityFields): string | undefined {
  return identityWith(checkIn, (text) => `${DOCUMENT_KEY_PREFIX}${documentDigestOfText(text)}`);
}

/**
 * Equal for two check-ins exactly when their identityKeys are equal, without hashing a document: for grouping
 * a year of check-ins read from records, which carry the document itself (one that carries only its digest
 * matches only others that carry the digest).
 */
export function identityText(checkIn: IdentityFields): string | undefined {
  return identityWith(checkIn, (text) => `document-text:${text}`);
}

type IdentityFields = Pick<CheckIn, 'eventId' | 'attendeeId' | 'document' | 'documentDigest'>;

// One rule for both: the attendee, else the digest carried, else the document itself as `ofDocument` names it.
function identityWith(checkIn: IdentityFields, ofDocument: (digestText: string) => string): string | undefined {
  if (checkIn.attendeeId) return `attendee:${checkIn.attendeeId}`;
  if (checkIn.documentDigest) return `${DOCUMENT_KEY_PREFIX}${checkIn.documentDigest}`;
  const doc = checkIn.document;
  const text = doc && documentDigestText(checkIn.eventId, doc.type, doc.number);
  return text ? ofDocument(text) : undefined;
}

/** The identity fields an identity key stands for (a pulled check-in carries only the key). */
export function identityOfKey(key: string | undefined): Pick<CheckIn, 'attendeeId' | 'documentDigest'> {
  if (key?.startsWith('attendee:')) return { attendeeId: key.slice('attendee:'.length) };
  if (key?.startsWith(DOCUMENT_KEY_PREFIX)) return { documentDigest: key.slice(DOCUMENT_KEY_PREFIX.length) };
  return {};
}

/** A check-in's place in time (ms): one that does not parse goes after every time. */
export const checkInTime = (checkIn: Pick<CheckIn, 'checkedInAt'>): number => {
  const ms = Date.parse(checkIn.checkedInAt);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
};

/** Earlier device time first; equal times by id, so every device and the server agree on "first". */
export const compareCheckIns = (a: CheckIn, b: CheckIn): number =>
  checkInTime(a) - checkInTime(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export type CheckInVerdict =
  | { verdict: 'admitted' }
  | { verdict: 'already_checked_in'; at: string; deviceId: string; checkInId: string };

/** On one device, before saving: is this person already on this event's list? (pretix's yellow screen) */
export function checkInVerdict(existing: readonly CheckIn[], candidate: CheckIn): CheckInVerdict {
  const key = identityKey(candidate);
  if (key === undefined) return { verdict: 'admitted' };
  let first: CheckIn | undefined;
  for (const other of existing) {
    if (other.id === candidate.id || other.eventId !== candidate.eventId || identityKey(other) !== key) continue;
    if (!first || compareCheckIns(other, first) < 0) first = other;
  }
  return first ? { verdict: 'already_checked_in', at: first.checkedInAt, deviceId: first.deviceId, checkInId: first.id } : { verdict: 'admitted' };
}

export type AttendanceStatus = 'attendance' | 'duplicate_admitted_offline';

export interface ResolvedCheckIn {
  id: string;
  eventId: string;
  identity: string | null;
  status: AttendanceStatus;
  /** For a duplicate: the check-in that counts as this person's attendance. */
  attendanceId?: string;
}

export interface AttendanceResolution {
  checkIns: ResolvedCheckIn[];
  attendances: number;
  duplicates: number;
}

/**
 * On the server, over every check-in (several devices, some offline): per event and identity the first
 * check-in by device time is the attendance; the others are kept and marked, never deleted.
 * The result is in (time, id) order, so it does not depend on the order of the input.
 */
export function resolveAttendance(checkIns: readonly CheckIn[]): AttendanceResolution {
  const firstByIdentity = new Map<string, string>();
  // Each time parsed once, not at every comparison: a city's audiencia has 100,000 check-ins to sort.
  const ordered = checkIns
    .map((checkIn) => ({ checkIn, at: checkInTime(checkIn) }))
    .sort((a, b) => a.at - b.at || (a.checkIn.id < b.checkIn.id ? -1 : a.checkIn.id > b.checkIn.id ? 1 : 0))
    .map((entry) => entry.checkIn);
  const resolved = ordered.map((checkIn): ResolvedCheckIn => {
    const identity = identityKey(checkIn) ?? null;
    if (identity === null) return { id: checkIn.id, eventId: checkIn.eventId, identity, status: 'attendance' };
    const slot = `${checkIn.eventId}\u0000${identity}`;
    const attendanceId = firstByIdentity.get(slot);
    if (attendanceId === undefined) {
      firstByIdentity.set(slot, checkIn.id);
      return { id: checkIn.id, eventId: checkIn.eventId, identity, status: 'attendance' };
    }
    return { id: checkIn.id, eventId: checkIn.eventId, identity, status: 'duplicate_admitted_offline', attendanceId };
  });
  const duplicates = resolved.filter((r) => r.status === 'duplicate_admitted_offline').length;
  return { checkIns: resolved, attendances: resolved.length - duplicates, duplicates };
}
