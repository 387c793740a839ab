import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { pullResponseSchema, pullSearch, type PullResponse } from '../../../src/core/sync/pull';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { authedFetch } from '../support/authed-fetch';
import { anonymousRecord, checkInRecord, createEvent, pushAccepted, registrationRecord } from '../events/fixtures';
import { createTestDatabase, pgUnavailableReason, type TestDatabase } from '../../support/pg-database';

const PAGE_SIZE = 700;
const pgSkipReason = await pgUnavailableReason();
let server: AuthedServer;

const schema = pullResponseSchema(defaultCatalogues);
async function pull(options: { cursor?: string; events?: string[] }): Promise<PullResponse> {
  const response = await authedFetch(`${server.url}/api/v1/pull${pullSearch(options)}`);
  if (response.status !== 200) throw new Error(`pull ${response.status}: ${await response.text()}`);
  return schema.parse(await response.json());
}
const rowIds = (page: PullResponse) => [...page.attendees.map((a) => a.attendeeId), ...page.checkIns.map((c) => c.id)];

/** Pulls page after page until `more` is false: every row id in arrival order, the pages, the final cursor. */
async function run(events: string[], cursor?: string) {
  const pages: PullResponse[] = [];
  let at = cursor;
  for (;;) {
    const page = await pull({ cursor: at, events });
    pages.push(page);
    at = page.cursor;
    if (!page.more) break;
    if (pages.length > 100) throw new Error('the run never ends');
  }
  return { pages, ids: pages.flatMap(rowIds), cursor: at!, documents: pages.flatMap((p) => p.events.map((e) => e.id)) };
}

let minute = 0;
const at = () => `2026-11-21T${String(8 + Math.floor(minute / 60) % 10).padStart(2, '0')}:${String(minute++ % 60).padStart(2, '0')}:00-05:00`;

async function pushMany(records: { id: string }[]) {
  for (let i = 0; i < records.length; i += 500) await pushAccepted(server.url, records.slice(i, i + 500));
}

for (const engine of ['sqlite', 'postgresql'] as const) {
  const skip = engine === 'postgresql' && pgSkipReason !== undefined;
  describe.skipIf(skip)(`GET /api/v1/pull in pages (${engine}${skip ? `, omitido: ${pgSkipReason}` : ''})`, () => {
    let database: TestDatabase | undefined;
    beforeAll(async () => {
      database = engine === 'postgresql' ? await createTestDatabase() : undefined;
      server = await startAuthedServer({ pullPageSize: PAGE_SIZE, ...(database ? { databaseUrl: database.url } : {}) });
    });
    afterAll(async () => {
      await server?.dispose();
      await database?.drop();
    });

    it('brings 5,000 records in bounded pages that together equal the whole list: none twice, none missing', async () => {
      const a = await createEvent(server.url);
      const b = await createEvent(server.url);
      const written: { id: string }[] = [];
      for (let i = 0; i < 5000; i++) {
        const eventId = i % 5 < 3 ? a.id : b.id;
        written.push(i % 4 === 0 ? registrationRecord(eventId) : i % 4 === 1 ? anonymousRecord(eventId, 'puerta-1', at()) : checkInRecord(eventId, `puerta-${i % 7}`, at(), { document: { type: 'CC', number: String(10_000_000 + i) } }));
      }
      await pushMany(written);

      const whole = await run([a.id, b.id]);
      expect(whole.pages.length).toBe(Math.ceil(5000 / PAGE_SIZE));
      for (const page of whole.pages) expect(rowIds(page).length).toBeLessThanOrEqual(PAGE_SIZE);
      expect(whole.pages.slice(0, -1).every((p) => p.more === true)).toBe(true);
      expect(whole.pages.at(-1)!.more).toBe(false);
      expect(whole.ids).toHaveLength(5000);
      expect(new Set(whole.ids)).toEqual(new Set(written.map((r) => r.id)));
      // The documents come once, with the first page.
      expect(whole.documents.sort()).toEqual([a.id, b.id].sort());
      expect(whole.pages.slice(1).every((p) => p.events.length === 0)).toBe(true);

      // Nothing since: an empty answer, no more, same position.
      const quiet = await pull({ cursor: whole.cursor, events: [a.id, b.id] });
      expect({ rows: rowIds(quiet).length, more: quiet.more }).toEqual({ rows: 0, more: false });
    });

    it('resumes an interrupted run from its last cursor; writes made during the run come in the next one', async () => {
      const a = await createEvent(server.url);
      const first = Array.from({ length: 2000 }, () => checkInRecord(a.id, 'puerta-1', at()));
      await pushMany(first);

      const page1 = await pull({ events: [a.id] });
      expect(page1.more).toBe(true);
      // Written while the run is under way: not in this run (its end is fixed), in the next.
      const during = Array.from({ length: 300 }, () => anonymousRecord(a.id, 'puerta-2', at()));
      await pushMany(during);
      const page2 = await pull({ cursor: page1.cursor, events: [a.id] });
      // The device died before applying page 2: it asks again from page 1's cursor and gets the same page.
      const page2Again = await pull({ cursor: page1.cursor, events: [a.id] });
      expect(rowIds(page2Again)).toEqual(rowIds(page2));
      const rest = await run([a.id], page2Again.cursor);

      const thisRun = [...rowIds(page1), ...rowIds(page2Again), ...rest.ids];
      expect(thisRun).toHaveLength(first.length);
      expect(new Set(thisRun)).toEqual(new Set(first.map((r) => r.id)));

      const next = await run([a.id], rest.cursor);
      expect(next.ids.sort()).toEqual(during.map((r) => r.id).sort());
    });

    it('pages an event added to the filter whole and the known one from the cursor, exactly', async () => {
      const a = await createEvent(server.url);
      const b = await createEvent(server.url);
      const oldA = Array.from({ length: 900 }, () => checkInRecord(a.id, 'puerta-1', at()));
      const inB = Array.from({ length: 1200 }, () => registrationRecord(b.id));
      await pushMany([...oldA, ...inB]);
      const onlyA = await run([a.id]);
      expect(new Set(onlyA.ids)).toEqual(new Set(oldA.map((r) => r.id)));

      const newA = Array.from({ length: 800 }, () => anonymousRecord(a.id, 'puerta-3', at()));
      await pushMany(newA);
      const both = await run([b.id, a.id].sort(), onlyA.cursor);
      expect(both.ids).toHaveLength(inB.length + newA.length);
      expect(new Set(both.ids)).toEqual(new Set([...inB, ...newA].map((r) => r.id)));
    });

    it('starts an unfinished run over when the events asked for change, losing nothing', async () => {
      const a = await createEvent(server.url);
      const b = await createEvent(server.url);
      const inA = Array.from({ length: 1000 }, () => checkInRecord(a.id, 'puerta-1', at()));
      const inB = Array.from({ length: 100 }, () => anonymousRecord(b.id, 'puerta-1', at()));
      await pushMany([...inA, ...inB]);
      const page1 = await pull({ events: [a.id] });
      expect(page1.more).toBe(true);
      const both = await run([a.id, b.id].sort(), page1.cursor);
      expect(new Set([...rowIds(page1), ...both.ids])).toEqual(new Set([...inA, ...inB].map((r) => r.id)));
    });
  });
}
