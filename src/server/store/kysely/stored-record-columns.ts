import type { Dialect } from './dialect';
import type { StoredRecord } from '../stored-record';

/** The columns of a stored record as selected from `records as r`, seq being the record change sequence. */
export const storedRecordColumns = (dialect: Dialect) =>
  [dialect.recordSeq('r').as('seq'), 'r.id', 'r.kind', 'r.schema_version', 'r.device_id', 'r.created_at', 'r.received_at', 'r.payload'] as const;

export interface StoredRecordRow {
  seq: number;
  id: string;
  kind: string;
  schema_version: number;
  device_id: string;
  created_at: string;
  received_at: string;
  payload: string;
}

export const storedRecordOf = (row: StoredRecordRow): StoredRecord => ({
  seq: row.seq,
  id: row.id,
  kind: row.kind,
  schemaVersion: row.schema_version,
  deviceId: row.device_id,
  createdAt: row.created_at,
  receivedAt: row.received_at,
  payload: JSON.parse(row.payload) as unknown,
});
