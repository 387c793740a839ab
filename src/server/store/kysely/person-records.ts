import type { Kysely } from 'kysely';
import type { StoreDatabase } from '../schema';
import type { AuthStore, PersonRecord } from '../auth-store';

// Document numbers are normalised to [A-Z0-9-] before they get here, so the LIKE patterns need no escaping
// (SQLite and PostgreSQL disagree on LIKE's default escape character).
const SAFE_NUMBER = /^[A-Z0-9-]{3,20}$/;

const carries = (payload: Record<string, unknown>, documentNumber: string): boolean => {
  const document = payload.document as { number?: unknown } | undefined;
  return document?.number === documentNumber || payload.documentNumber === documentNumber;
};

/**
 * Habeas data: finds a person's records among the generic records by a portable text prefilter on the
 * stored JSON (payloads are stored as JSON.stringify wrote them), then checks each payload exactly.
 */
export function personRecordStatements(db: Kysely<StoreDatabase>): Pick<AuthStore, 'personRecords' | 'replacePayloads'> {
  return {
    personRecords: async (documentNumber) => {
      if (!SAFE_NUMBER.test(documentNumber)) return [];
      const rows = await db
        .selectFrom('records')
        .select(['id', 'kind', 'event_id', 'received_at', 'payload'])
        .where((eb) =>
          eb.or([eb('payload', 'like', `%"number":"${documentNumber}"%`), eb('payload', 'like', `%"documentNumber":"${documentNumber}"%`)]),
        )
        .orderBy('received_at')
        .orderBy('id')
        .execute();
      return rows
        .map((row): PersonRecord => ({ id: row.id, kind: row.kind, eventId: row.event_id, receivedAt: row.received_at, payload: JSON.parse(row.payload) as Record<string, unknown> }))
        .filter((record) => carries(record.payload, documentNumber));
    },
    replacePayloads: async (updates) => {
      for (const update of updates) {
        await db.updateTable('records').set({ payload: JSON.stringify(update.payload) }).where('id', '=', update.id).execute();
      }
    },
  };
}
