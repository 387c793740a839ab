import type { Dialect } from './dialect';
import type { StoreDatabase } from './schema';

/** The columns of a stored record as selected from `records as r`, seq being the record change sequence. */
export const storedRecordColumns = (dialect: Dialect) =>
  [dialect.recordSeq('r').as('seq'), 'r.id', 'r.kind', 'r.schema_version', 'r.device_id', 'r.created_at', 'r.received_at', 'r.payload'] as const;

type StoredRecordRow = Pick<StoreDatabase['records'], 'id' | 'kind' | 'schema_version' | 'device_id' | 'created_at' | 'received_at' | 'payload'> & { seq: number };

/** A record as stored (schema.ts), payload parsed; `seq` is its place in the record change sequence. */
export const storedRecordOf = (row: StoredRecordRow) => ({
  seq: row.seq,
  id: row.id,
  kind: row.kind,
  schemaVersion: row.schema_version,
  deviceId: row.device_id,
  createdAt: row.created_at,
  receivedAt: row.received_at,
  payload: JSON.parse(row.payload) as unknown,
});

export type StoredRecord = ReturnType<typeof storedRecordOf>;
