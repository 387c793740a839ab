import type { StoredRecordRow } from '../sqlite/stored-record-rows';

/** The columns of a stored record as selected from `records as r` (StoredRecordRow's shape). */
export const recordColumns = ['r.seq', 'r.id', 'r.kind', 'r.schema_version', 'r.device_id', 'r.created_at', 'r.received_at', 'r.payload'] as const;

export type { StoredRecordRow };
export { storedRecordOf } from '../sqlite/stored-record-rows';
