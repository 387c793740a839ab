import type { IssuedPass } from '../../core/passes';
import type { StoredRecord } from './stored-record';

export interface PassStore {
  /** The record stored under this id, whatever its kind. */
  record(id: string): Promise<StoredRecord | undefined>;
  pass(attendeeId: string): Promise<IssuedPass | undefined>;
  /** Stores the pass unless one is already stored for the attendee; answers the stored one (first wins). */
  keepPass(pass: IssuedPass): Promise<IssuedPass>;
}
