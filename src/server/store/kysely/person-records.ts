import type { Kysely } from 'kysely';
import type { StoreDatabase } from '../schema';
import type { AuthStore, PersonConflict, PersonRecord } from '../auth-store';
import { ATTENDANCE_REGISTRATION_KIND } from '../../../core/passes/registration';

// Document numbers are normalised to [A-Z0-9-] before they get here and record ids are UUIDs, so the LIKE
// patterns need no escaping (SQLite and PostgreSQL disagree on LIKE's default escape character).
const SAFE_NUMBER = /^[A-Z0-9-]{3,20}$/;
const SAFE_ID = /^[0-9a-f-]{1,64}$/;

const carries = (payload: Record<string, unknown>, documentNumber: string): boolean => {
  const document = payload.document as { number?: unknown } | undefined;
  return document?.number === documentNumber || payload.documentNumber === documentNumber;
};

// A pass check-in names the registration as attendeeId; a form answer linked to the person as personKey.
const linksTo = (payload: Record<string, unknown>, attendeeIds: ReadonlySet<string>): boolean =>
  (typeof payload.attendeeId === 'string' && attendeeIds.has(payload.attendeeId)) ||
  (typeof payload.personKey === 'string' && payload.personKey.startsWith('attendee:') && attendeeIds.has(payload.personKey.slice(9)));

const numberPatterns = (documentNumber: string) => [`%"number":"${documentNumber}"%`, `%"documentNumber":"${documentNumber}"%`];
const linkPatterns = (ids: readonly string[]) => ids.filter((id) => SAFE_ID.test(id)).flatMap((id) => [`%"attendeeId":"${id}"%`, `%"personKey":"attendee:${id}"%`]);

/**
 * Habeas data: finds a person's records among the generic records by a portable text prefilter on the
 * stored JSON (payloads are stored as JSON.stringify wrote them, conflicting versions as canonical JSON,
 * both without spaces), then checks each payload exactly. A person's records are those carrying the
 * document number, and those linked to one of their registrations (pass check-ins, linked form answers).
 */
export function personRecordStatements(
  db: Kysely<StoreDatabase>,
): Pick<AuthStore, 'personRecords' | 'replacePayloads' | 'personConflicts' | 'replaceConflictContents'> {
  const recordsLike = async (patterns: string[]): Promise<PersonRecord[]> => {
    if (patterns.length === 0) return [];
    const rows = await db
      .selectFrom('records')
      .select(['id', 'kind', 'event_id', 'received_at', 'payload'])
      .where((eb) => eb.or(patterns.map((pattern) => eb('payload', 'like', pattern))))
      .execute();
    return rows.map((row) => ({ id: row.id, kind: row.kind, eventId: row.event_id, receivedAt: row.received_at, payload: JSON.parse(row.payload) as Record<string, unknown> }));
  };

  return {
    personRecords: async (documentNumber) => {
      if (!SAFE_NUMBER.test(documentNumber)) return [];
      const direct = (await recordsLike(numberPatterns(documentNumber))).filter((r) => carries(r.payload, documentNumber));
      const attendeeIds = new Set(direct.filter((r) => r.kind === ATTENDANCE_REGISTRATION_KIND).map((r) => r.id));
      const linked = (await recordsLike(linkPatterns([...attendeeIds]))).filter((r) => linksTo(r.payload, attendeeIds));
      const byId = new Map([...direct, ...linked].map((r) => [r.id, r]));
      return [...byId.values()].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
    replacePayloads: async (updates) => {
      for (const update of updates) {
        await db.updateTable('records').set({ payload: JSON.stringify(update.payload) }).where('id', '=', update.id).execute();
      }
    },
    personConflicts: async (documentNumber, recordIds) => {
      if (!SAFE_NUMBER.test(documentNumber)) return [];
      const ids = new Set(recordIds);
      const rows = await db
        .selectFrom('record_conflicts')
        .select(['seq', 'record_id', 'received_at', 'content'])
        .where((eb) =>
          eb.or([
            ...[...numberPatterns(documentNumber), ...linkPatterns(recordIds)].map((pattern) => eb('content', 'like', pattern)),
            ...(recordIds.length > 0 ? [eb('record_id', 'in', [...recordIds])] : []),
          ]),
        )
        .orderBy('seq')
        .execute();
      return rows
        .map((row): PersonConflict => ({ seq: Number(row.seq), recordId: row.record_id, receivedAt: row.received_at, version: JSON.parse(row.content) as PersonConflict['version'] }))
        .filter((c) => ids.has(c.recordId) || carries(c.version.payload, documentNumber) || linksTo(c.version.payload, ids));
    },
    replaceConflictContents: async (updates) => {
      for (const update of updates) {
        await db.updateTable('record_conflicts').set({ content: update.content }).where('seq', '=', update.seq).execute();
      }
    },
  };
}
