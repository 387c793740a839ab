import { sql, type RawBuilder } from 'kysely';
import type { ListadoCursor, ListadoOrderStore } from '../listado-order-store';
import type { Engine } from './engine';

/**
 * The listado's order on both databases: pages walk the index listado_rows_order by keyset, and each row's
 * first check-in of the same person is one lookup in listado_rows_identity.
 */
export function kyselyListadoOrder(engine: Engine): ListadoOrderStore {
  // A page of entries travels as one JSON parameter: a statement of 6,000 parameters cost more to build than to run.
  const entriesOf = (json: string): RawBuilder<unknown> =>
    engine.dialect.name === 'postgres'
      ? sql`select value ->> 0 as id, (value ->> 1)::int as undone, (value ->> 2)::bigint as at_ms, value ->> 3 as identity from json_array_elements(${json}::json)`
      : sql`select value ->> 0 as id, value ->> 1 as undone, value ->> 2 as at_ms, value ->> 3 as identity from json_each(${json})`;
  // Ranges of the order, as keyset comparisons the index listado_rows_order serves.
  const place = (cursor: ListadoCursor) => sql`(${cursor.undone ? 1 : 0}, ${cursor.atMs}, ${cursor.id})`;
  const after = (exportId: number, cursor: ListadoCursor) => sql<boolean>`export_id = ${exportId} and (undone, at_ms, id) > ${place(cursor)}`;

  return {
    addListadoEntries: async (exportId, startedAt, entries) => {
      if (entries.length === 0) return;
      const json = JSON.stringify(entries.map((e) => [e.id, e.undone ? 1 : 0, e.atMs, e.identity]));
      await sql`
        insert into listado_rows (export_id, id, undone, at_ms, identity, started_at)
        select ${exportId}, e.id, e.undone, e.at_ms, e.identity, ${startedAt} from (${entriesOf(json)}) as e`.execute(engine.db());
    },
    listadoPage: async (exportId, cursor, limit) => {
      // The first page starts before every row: undone -1 is below both 0 and 1.
      const from = cursor === undefined ? sql<boolean>`export_id = ${exportId} and undone > -1` : after(exportId, cursor);
      const { rows } = await sql<{ id: string; undone: number; at_ms: number | string; identity: string | null; first_id: string | null }>`
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
      return rows.map((r) => ({ id: r.id, undone: Number(r.undone) === 1, atMs: Number(r.at_ms), identity: r.identity, firstId: r.first_id }));
    },
    dropListadoEntries: async (exportId, limit) => {
      const db = engine.db();
      // The limit-th row in order, then a delete of the range up to it: both walk listado_rows_order.
      const last = await db
        .selectFrom('listado_rows')
        .select(['undone', 'at_ms', 'id'])
        .where('export_id', '=', exportId)
        .orderBy('undone')
        .orderBy('at_ms')
        .orderBy('id')
        .limit(1)
        .offset(limit - 1)
        .executeTakeFirst();
      const range = last && sql<boolean>`(undone, at_ms, id) <= ${place({ undone: Number(last.undone) === 1, atMs: Number(last.at_ms), id: last.id })}`;
      const deleted = await db
        .deleteFrom('listado_rows')
        .where('export_id', '=', exportId)
        .$if(range !== undefined, (q) => q.where(range!))
        .executeTakeFirst();
      return Number(deleted.numDeletedRows);
    },
    sweepListadoEntries: async (startedBefore) => {
      await engine.db().deleteFrom('listado_rows').where('started_at', '<', startedBefore).execute();
    },
  };
}
