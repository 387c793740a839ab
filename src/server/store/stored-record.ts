/** A record as stored, payload parsed; `seq` is its place in the record change sequence. */
export interface StoredRecord {
  seq: number;
  id: string;
  kind: string;
  schemaVersion: number;
  deviceId: string;
  createdAt: string;
  /** Server clock when the record arrived. */
  receivedAt: string;
  payload: unknown;
}
