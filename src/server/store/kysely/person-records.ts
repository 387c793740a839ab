import type { AuthStore, PersonConflict, PersonRecord } from '../auth-store';
import { ATTENDANCE_REGISTRATION_KIND } from '../../../core/passes/registration';
import { personColumnsOf } from '../person-columns';
import type { Engine } from './engine';

const byReceipt = (a: PersonRecord, b: PersonRecord) => a.receivedAt.localeCompare(b.receivedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Habeas data: a person's records are those carrying their document number, and those linked to one of their
 * registrations (pass check-ins, linked form answers); both are indexed columns (migration 0300) kept in step
 * with the payload at ingest and at every rewrite here.
 */
export function personRecordStatements(engine: Engine): Pick<AuthStore, 'personRecords' | 'replacePayloads' | 'personConflicts' | 'replaceConflictContents'> {
  const { dialect } = engine;
  const records = () => engine.db().selectFrom('records').select(['id', 'kind', 'event_id', 'received_at', 'payload']);
  const recordOf = (row: { id: string; kind: string; event_id: string | null; received_at: string; payload: string }): PersonRecord => ({
    id: row.id,
    kind: row.kind,
    eventId: row.event_id,
    receivedAt: row.received_at,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
  });

  return {
    personRecords: async (documentNumber) => {
      const direct = (await records().where('document_number', '=', documentNumber).execute()).map(recordOf);
      const attendeeIds = direct.filter((r) => r.kind === ATTENDANCE_REGISTRATION_KIND).map((r) => r.id);
      const linked = attendeeIds.length === 0 ? [] : (await records().where(dialect.oneOf('attendee_link', attendeeIds)).execute()).map(recordOf);
      return [...new Map([...direct, ...linked].map((r) => [r.id, r])).values()].sort(byReceipt);
    },
    replacePayloads: async (updates) => {
      for (const { id, payload } of updates) {
        const { documentNumber, attendeeLink } = personColumnsOf(payload);
        await engine.db().updateTable('records').set({ payload: JSON.stringify(payload), document_number: documentNumber, attendee_link: attendeeLink }).where('id', '=', id).execute();
      }
    },
    personConflicts: async (documentNumber, recordIds) => {
      const rows = await engine
        .db()
        .selectFrom('record_conflicts')
        .select(['seq', 'record_id', 'received_at', 'content'])
        .where((eb) => eb.or([eb('document_number', '=', documentNumber), dialect.oneOf('attendee_link', recordIds), dialect.oneOf('record_id', recordIds)]))
        .orderBy('seq')
        .execute();
      return rows.map((row): PersonConflict => ({ seq: Number(row.seq), recordId: row.record_id, receivedAt: row.received_at, version: JSON.parse(row.content) as PersonConflict['version'] }));
    },
    replaceConflictContents: async (updates) => {
      for (const { seq, content } of updates) {
        const { documentNumber, attendeeLink } = personColumnsOf((JSON.parse(content) as { payload?: unknown }).payload);
        await engine.db().updateTable('record_conflicts').set({ content, document_number: documentNumber, attendee_link: attendeeLink }).where('seq', '=', seq).execute();
      }
    },
  };
}
