import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { EventDocument, EventStatus } from '../../../core/events';
import type { StoreDatabase } from '../schema';
import type { ChangeHeads, EventHead, PullPlan, PullSnapshot, PullStore } from '../pull-store';
import { eventRecordsStatement, listedRecordOf } from './event-record-statements';

interface HeadRow {
  id: string;
  status: string;
  seq: number;
  listed_seq: number | null;
}

const headOf = (row: HeadRow): EventHead => ({ id: row.id, status: row.status as EventStatus, seq: row.seq, listedSeq: row.listed_seq });
const inJsonArray = sql<string>`(select value from json_each(${''}))`;

/**
 * The whole pull is read synchronously inside one transaction on the one connection: nothing can be
 * written between the heads and the rows, which is what makes the cursor exact.
 */
export function sqlitePullStore(database: Database.Database, db: Kysely<StoreDatabase>): PullStore {
  const maxEventSeq = database.prepare<[], number>(db.selectFrom('events').select(sql<number>`coalesce(max(seq), 0)`.as('n')).compile().sql).pluck();
  const maxRecordSeq = database
    .prepare<[], number>(db.selectFrom('records').select(sql<number>`coalesce(max(rowid), 0)`.as('n')).compile().sql)
    .pluck();
  const heads = db.selectFrom('events').select(['id', 'status', 'seq', 'listed_seq']).orderBy('seq');
  const allHeads = database.prepare<[], HeadRow>(heads.compile().sql);
  const headsIn = database.prepare<[string], HeadRow>(heads.where('id', 'in', inJsonArray).compile().sql);
  const documentsIn = database
    .prepare<[string], string>(db.selectFrom('events').select('document').where('id', 'in', inJsonArray).orderBy('seq').compile().sql)
    .pluck();
  const eventRecords = eventRecordsStatement(database, db);

  const read = database.transaction(
    (eventIds: readonly string[] | undefined, kinds: readonly string[], plan: (h: ChangeHeads, e: readonly EventHead[]) => PullPlan): PullSnapshot => {
      const at: ChangeHeads = { eventSeq: maxEventSeq.get()!, recordSeq: maxRecordSeq.get()! };
      const rows = eventIds === undefined ? allHeads.all() : headsIn.all(JSON.stringify(eventIds));
      const chosen = plan(at, rows.map(headOf));
      const events = chosen.documents.length === 0 ? [] : documentsIn.all(JSON.stringify(chosen.documents)).map((d) => JSON.parse(d) as EventDocument);
      const kindsJson = JSON.stringify(kinds);
      const records = chosen.lists
        .flatMap((list) => eventRecords.all(list.eventId, kindsJson, list.afterRecordSeq, at.recordSeq).map(listedRecordOf))
        .sort((a, b) => a.seq - b.seq);
      return { heads: at, events, records };
    },
  );

  return { read: async (eventIds, kinds, plan) => read(eventIds, kinds, plan) };
}
