import { ATTENDANCE_REGISTRATION_KIND } from '../../core/passes/registration';
import { personColumnsOf } from '../../core/records/person-columns';
import type { Engine } from './kysely/engine';
import type { StoreDatabase } from './schema';

/** A record holding a person's data, for habeas data export and erasure. */
const recordOf = (row: Pick<StoreDatabase['records'], 'id' | 'kind' | 'eventId' | 'receivedAt' | 'payload'>) => ({
  ...row,
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
  const records = () => engine.db().selectFrom('records').select(['id', 'kind', 'eventId', 'receivedAt', 'payload']);

  return {
    /** Records whose payload carries this document number (payload.document.number or payload.documentNumber). */
    personRecords: async (documentNumber: string): Promise<PersonRecord[]> => {
      const direct = (await records().where('documentNumber', '=', documentNumber).execute()).map(recordOf);
      const attendeeIds = direct.filter((r) => r.kind === ATTENDANCE_REGISTRATION_KIND).map((r) => r.id);
      const linked = attendeeIds.length === 0 ? [] : (await records().where(dialect.oneOf('attendeeLink', attendeeIds)).execute()).map(recordOf);
      return [...new Map([...direct, ...linked].map((r) => [r.id, r])).values()].sort(byReceipt);
    },
    replacePayloads: async (updates: { id: string; payload: Record<string, unknown> }[]): Promise<void> => {
      for (const { id, payload } of updates) {
        await engine.db().updateTable('records').set({ payload: JSON.stringify(payload), ...personColumnsOf(payload) }).where('id', '=', id).execute();
      }
    },
    /** Conflicting versions of these records (a person's), or carrying this document number or a link to them. */
    personConflicts: async (documentNumber: string, recordIds: readonly string[]): Promise<PersonConflict[]> => {
      const rows = await engine
        .db()
        .selectFrom('record_conflicts')
        .select(['seq', 'recordId', 'receivedAt', 'content'])
        .where((eb) => eb.or([eb('documentNumber', '=', documentNumber), dialect.oneOf('attendeeLink', recordIds), dialect.oneOf('recordId', recordIds)]))
        .orderBy('seq')
        .execute();
      return rows.map(({ content, ...row }) => ({ ...row, version: JSON.parse(content) as PersonConflict['version'] }));
    },
    /**
     * Rewrites stored conflicting versions by seq. Their content_hash stays: a replay of the original version is
     * still recognised as already kept, and its personal data is not stored again.
     */
    replaceConflictContents: async (updates: { seq: number; content: string }[]): Promise<void> => {
      for (const { seq, content } of updates) {
        const person = personColumnsOf((JSON.parse(content) as { payload?: unknown }).payload);
        await engine.db().updateTable('record_conflicts').set({ content, ...person }).where('seq', '=', seq).execute();
      }
    },
  };
}
