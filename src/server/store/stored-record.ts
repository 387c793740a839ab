import type { Dialect } from './dialect';
import type { StoreDatabase } from './schema';

/** The columns of a stored record as selected from `records as r`, seq being the record change sequence. */
export const storedRecordColumns = (dialect: Dialect) =>
  [dialect.recordSeq('r').as('seq'), 'r.id', 'r.kind', 'r.schemaVersion', 'r.deviceId', 'r.createdAt', 'r.receivedAt', 'r.payload'] as const;

type StoredRecordRow = Pick<StoreDatabase['records'], 'id' | 'kind' | 'schemaVersion' | 'deviceId' | 'createdAt' | 'receivedAt' | 'payload'> & { seq: number };

/** A record as stored (schema.ts), payload parsed; `seq` is its place in the record change sequence. */
export type StoredRecord = Omit<StoredRecordRow, 'payload'> & { payload: unknown };

export const storedRecordOf = (row: StoredRecordRow): StoredRecord => ({ ...row, payload: JSON.parse(row.payload) as unknown });
