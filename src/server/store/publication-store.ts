import type { PublicationKind } from '../../core/publication';
import type { Engine } from './kysely/engine';

/** What the planning office chose to publish on /rendicion: a row is a published event or answer; no row, not public. */
export function publicationStore(engine: Engine) {
  const published = (kind: PublicationKind) => engine.db().selectFrom('publications').select('targetId').where('targetKind', '=', kind);
  return {
    /** Idempotent: publishing again keeps the first moment. */
    publish: async (kind: PublicationKind, id: string, at: string): Promise<void> => {
      await engine
        .db()
        .insertInto('publications')
        .values({ targetKind: kind, targetId: id, publishedAt: at })
        .onConflict((oc) => oc.columns(['targetKind', 'targetId']).doNothing())
        .execute();
    },
    /** Idempotent: unpublishing what is not published does nothing. */
    unpublish: async (kind: PublicationKind, id: string): Promise<void> => {
      await engine.db().deleteFrom('publications').where('targetKind', '=', kind).where('targetId', '=', id).execute();
    },
    isPublished: async (kind: PublicationKind, id: string): Promise<boolean> =>
      (await published(kind).where('targetId', '=', id).executeTakeFirst()) !== undefined,
    /** Every published id of the kind. */
    publishedIds: async (kind: PublicationKind): Promise<Set<string>> => new Set((await published(kind).execute()).map((row) => row.targetId)),
  };
}

export type PublicationStore = ReturnType<typeof publicationStore>;
