import type { PublicationKind } from '../../core/publication';
import type { Engine } from './kysely/engine';

/** What the planning office chose to publish on /rendicion: a row is a published event or answer; no row, not public. */
export function publicationStore(engine: Engine) {
  const published = (kind: PublicationKind) => engine.db().selectFrom('publications').select('target_id').where('target_kind', '=', kind);
  return {
    /** Idempotent: publishing again keeps the first moment. */
    publish: async (kind: PublicationKind, id: string, at: string): Promise<void> => {
      await engine
        .db()
        .insertInto('publications')
        .values({ target_kind: kind, target_id: id, published_at: at })
        .onConflict((oc) => oc.columns(['target_kind', 'target_id']).doNothing())
        .execute();
    },
    /** Idempotent: unpublishing what is not published does nothing. */
    unpublish: async (kind: PublicationKind, id: string): Promise<void> => {
      await engine.db().deleteFrom('publications').where('target_kind', '=', kind).where('target_id', '=', id).execute();
    },
    isPublished: async (kind: PublicationKind, id: string): Promise<boolean> =>
      (await published(kind).where('target_id', '=', id).executeTakeFirst()) !== undefined,
    /** Every published id of the kind. */
    publishedIds: async (kind: PublicationKind): Promise<Set<string>> => new Set((await published(kind).execute()).map((row) => row.target_id)),
  };
}

export type PublicationStore = ReturnType<typeof publicationStore>;
