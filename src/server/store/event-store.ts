import type { EventDocument } from '../../core/events';

/** An event as stored: its current document and the hash of the request that created it. */
export interface StoredEvent {
  event: EventDocument;
  creationHash: string;
}

export interface EventStore {
  /** Every event, in no particular order. */
  list(): Promise<EventDocument[]>;
  get(id: string): Promise<StoredEvent | undefined>;
  /**
   * Stores revision 1 unless the id is taken. Either way answers what is stored under the id afterwards,
   * so the caller can tell a replayed create (same creationHash) from a clash.
   */
  create(event: EventDocument, creationHash: string): Promise<{ created: boolean; stored: StoredEvent }>;
  /**
   * Replaces the event only if its stored revision is still `baseRevision` (compare-and-swap), giving it the
   * next place in the change sequence. False when someone saved in between.
   */
  replace(next: EventDocument, baseRevision: number): Promise<boolean>;
}
