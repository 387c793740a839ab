import { ATTENDANCE_REGISTRATION_KIND } from '../../core/passes/registration';
import { personColumnsOf } from './person-columns';
import type { Engine } from './kysely/engine';
import { camelCased } from './kysely/row-keys';
import type { StoreDatabase } from './schema';

/** A record holding a person's data, for habeas data export and erasure. */
const recordOf = (row: Pick<StoreDatabase['records'], 'id' | 'kind' | 'event_id' | 'received_at' | 'payload'>) => ({
  ...camelCased(row),
  payload: JSON.parse(row.payload) as Record<string, unknown>,
});
type PersonRecord = ReturnType<typeof recordOf>;

/** A conflicting version (record_conflicts) of one of a person's records, or one carrying their data. */
interface PersonConflict {
  seq: number;
  recordId: string;
  receivedAt: string;
  /** The version as it arrived (recordContent's fields). */
  version: { kind: string; schemaVersion: number; deviceId: string; createdAt: string; payload: Record<string, unknown> };
}

const byReceipt = (a: PersonRecord, b: PersonRecord) => a.receivedAt.localeCompare(b.receivedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Habeas data (part of the AuthStore): a person's records are those carrying their document number, and those
 * linked to one of their registrations (pass check-ins, linked form answers); both are indexed columns
 * (migration 0300) kept in step with the payload at ingest and at every rewrite here.
 */
export function personRecordStatements(engine: Engine) {
  const { dialect } = engine;
  const records = () => engine.db().selectFrom('records').select(['id', 'kind', 'event_id', 'received_at', 'payload']);

  return {
    /** Records whose payload carries this document number (payload.document.number or payload.documentNumber). */
    personRecords: async (documentNumber: string): Promise<PersonRecord[]> => {
      const direct = (await records().where('document_number', '=', documentNumber).execute()).map(recordOf);
      const attendeeIds = direct.filter((r) => r.kind === ATTENDANCE_REGISTRATION_KIND).map((r) => r.id);
      const linked = attendeeIds.length === 0 ? [] : (await records().where(dialect.oneOf('attendee_link', attendeeIds)).execute()).map(recordOf);
      return [...new Map([...direct, ...linked].map((r) => [r.id, r])).values()].sort(byReceipt);
    },
    replacePayloads: async (updates: { id: string; payload: Record<string, unknown> }[]): Promise<void> => {
      for (const { id, payload } of updates) {
        const { documentNumber, attendeeLink } = personColumnsOf(payload);
        await engine.db().updateTable('records').set({ payload: JSON.stringify(payload), document_number: documentNumber, attendee_link: attendeeLink }).where('id', '=', id).execute();
      }
    },
    /** Conflicting versions of these records (a person's), or carrying this document number or a link to them. */
    personConflicts: async (documentNumber: string, recordIds: readonly string[]): Promise<PersonConflict[]> => {
      const rows = await engine
        .db()
        .selectFrom('record_conflicts')
        .select(['seq', 'record_id', 'received_at', 'content'])
        .where((eb) => eb.or([eb('document_number', '=', documentNumber), dialect.oneOf('attendee_link', recordIds), dialect.oneOf('record_id', recordIds)]))
        .orderBy('seq')
        .execute();
      return rows.map((row) => ({ seq: Number(row.seq), recordId: row.record_id, receivedAt: row.received_at, version: JSON.parse(row.content) as PersonConflict['version'] }));
    },
    /**
     * Rewrites stored conflicting versions by seq. Their content_hash stays: a replay of the original version is
     * still recognised as already kept, and its personal data is not stored again.
     */
    replaceConflictContents: async (updates: { seq: number; content: string }[]): Promise<void> => {
      for (const { seq, content } of updates) {
        const { documentNumber, attendeeLink } = personColumnsOf((JSON.parse(content) as { payload?: unknown }).payload);
        await engine.db().updateTable('record_conflicts').set({ content, document_number: documentNumber, attendee_link: attendeeLink }).where('seq', '=', seq).execute();
      }
    },
  };
}
