import type { PublicationKind } from '../../core/publication';

/** What the planning office chose to publish on /rendicion. */
export interface PublicationStore {
  /** Idempotent: publishing again keeps the first moment. */
  publish(kind: PublicationKind, id: string, at: string): Promise<void>;
  /** Idempotent: unpublishing what is not published does nothing. */
  unpublish(kind: PublicationKind, id: string): Promise<void>;
  isPublished(kind: PublicationKind, id: string): Promise<boolean>;
  /** Every published id of the kind. */
  publishedIds(kind: PublicationKind): Promise<Set<string>>;
}
