import { sql, type RawBuilder } from 'kysely';
import type { Engine } from './kysely/engine';

/** Where a check-in with no readable time goes: after every real time, as Infinity does in compareCheckIns. */
export const LISTADO_NO_TIME = Number.MAX_SAFE_INTEGER;

/** One check-in as the first pass of the listado judges it (computed by the core rules, in JavaScript). */
export interface ListadoEntry {
  id: string;
  undone: boolean;
  atMs: number;
  identity: string | null;
}

/** A place in the listado's order: undone last, then time, then id. */
export type ListadoCursor = Pick<ListadoEntry, 'undone' | 'atMs' | 'id'>;

/**
 * A listado row in order, with its identity key as the first pass wrote it (so the page writer need not hash the
 * document again) and the first counted check-in of the same person (itself when it is that one).
 */
export interface OrderedListadoEntry extends ListadoCursor {
  identity: string | null;
  firstId: string | null;
}

/**
 * The listado's order and duplicates, kept by the database so that a 100,000-row export neither holds nor
 * sorts one entry per check-in in the server's heap. Rows (listado_rows) are scratch, written and deleted by one export.
 * Pages walk the index listado_rows_order by keyset, and each row's first check-in of the same person is one
 * lookup in listado_rows_identity.
 */
export function listadoOrderStore(engine: Engine) {
  // A page of entries travels as one JSON parameter: a statement of 6,000 parameters cost more to build than to run.
  const entriesOf = (json: string): RawBuilder<unknown> =>
    engine.dialect.name === 'postgres'
      ? sql`select value ->> 0 as id, (value ->> 1)::int as undone, (value ->> 2)::bigint as at_ms, value ->> 3 as identity from json_array_elements(${json}::json)`
      : sql`select value ->> 0 as id, value ->> 1 as undone, value ->> 2 as at_ms, value ->> 3 as identity from json_each(${json})`;
  // Ranges of the order, as keyset comparisons the index listado_rows_order serves.
  const place = (cursor: ListadoCursor) => sql`(${cursor.undone ? 1 : 0}, ${cursor.atMs}, ${cursor.id})`;
  const after = (exportId: number, cursor: ListadoCursor) => sql<boolean>`export_id = ${exportId} and (undone, at_ms, id) > ${place(cursor)}`;

  return {
    addListadoEntries: async (exportId: number, startedAt: string, entries: readonly ListadoEntry[]): Promise<void> => {
      if (entries.length === 0) return;
      const json = JSON.stringify(entries.map((e) => [e.id, e.undone ? 1 : 0, e.atMs, e.identity]));
      await sql`
        insert into listado_rows (export_id, id, undone, at_ms, identity, started_at)
        select ${exportId}, e.id, e.undone, e.at_ms, e.identity, ${startedAt} from (${entriesOf(json)}) as e`.execute(engine.db());
    },
    /** Up to `limit` rows after `after` (from the start when undefined), in the listado's order. */
    listadoPage: async (exportId: number, cursor: ListadoCursor | undefined, limit: number): Promise<OrderedListadoEntry[]> => {
      // The first page starts before every row: undone -1 is below both 0 and 1.
      const from = cursor === undefined ? sql<boolean>`export_id = ${exportId} and undone > -1` : after(exportId, cursor);
      const { rows } = await sql<{ id: string; undone: number; atMs: number | string; identity: string | null; firstId: string | null }>`
        select s.id, s.undone, s.at_ms, s.identity,
          case when s.undone = 0 and s.identity is not null then (
            select f.id from listado_rows f
            where f.export_id = s.export_id and f.identity = s.identity and f.undone = 0
            order by f.at_ms, f.id limit 1
          ) end as first_id
        from listado_rows s
        where ${from}
        order by s.undone, s.at_ms, s.id
        limit ${limit}`.execute(engine.db());
      // PostgreSQL answers bigint as text.
      return rows.map((r) => ({ ...r, undone: Number(r.undone) === 1, atMs: Number(r.atMs) }));
    },
    /**
     * Deletes the first `limit` of an export's rows in order, or all of them when fewer are left, and answers how
     * many: a page at a time, so no delete blocks long. Done when it answers less than `limit`.
     */
    dropListadoEntries: async (exportId: number, limit: number): Promise<number> => {
      const db = engine.db();
      // The limit-th row in order, then a delete of the range up to it: both walk listado_rows_order.
      const last = await db
        .selectFrom('listado_rows')
        .select(['undone', 'atMs', 'id'])
        .where('exportId', '=', exportId)
        .orderBy('undone')
        .orderBy('atMs')
        .orderBy('id')
        .limit(1)
        .offset(limit - 1)
        .executeTakeFirst();
      const range = last && sql<boolean>`(undone, at_ms, id) <= ${place({ ...last, undone: Number(last.undone) === 1, atMs: Number(last.atMs) })}`;
      const deleted = await db
        .deleteFrom('listado_rows')
        .where('exportId', '=', exportId)
        .$if(range !== undefined, (q) => q.where(range!))
        .executeTakeFirst();
      return Number(deleted.numDeletedRows);
    },
    /** Deletes what exports started before this time left behind (a crash interrupted them). */
    sweepListadoEntries: async (startedBefore: string): Promise<void> => {
      await engine.db().deleteFrom('listado_rows').where('startedAt', '<', startedBefore).execute();
    },
  };
}
