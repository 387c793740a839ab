import type { StoredRecord } from './stored-record';

export interface AttendanceStore {
  /** Every record of these kinds for the event, in the order they were stored. */
  eventRecords(eventId: string, kinds: readonly string[]): Promise<StoredRecord[]>;
}
