import type { PublicationStore } from '../publication-store';
import type { Engine } from './engine';

/** The publications table: a row is a published event or answer; no row, not public. */
export function kyselyPublicationStore(engine: Engine): PublicationStore {
  return {
    publish: async (kind, id, at) => {
      await engine
        .db()
        .insertInto('publications')
        .values({ target_kind: kind, target_id: id, published_at: at })
        .onConflict((oc) => oc.columns(['target_kind', 'target_id']).doNothing())
        .execute();
    },
    unpublish: async (kind, id) => {
      await engine.db().deleteFrom('publications').where('target_kind', '=', kind).where('target_id', '=', id).execute();
    },
    isPublished: async (kind, id) =>
      (await engine.db().selectFrom('publications').select('target_id').where('target_kind', '=', kind).where('target_id', '=', id).executeTakeFirst()) !== undefined,
    publishedIds: async (kind) => {
      const rows = await engine.db().selectFrom('publications').select('target_id').where('target_kind', '=', kind).execute();
      return new Set(rows.map((row) => row.target_id));
    },
  };
}
