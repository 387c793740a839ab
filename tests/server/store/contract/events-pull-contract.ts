import { describe, expect, it } from 'vitest';
import type { EventDocument } from '../../../../src/core/events';
import type { ChangeHeads, EventHead, PullPlan } from '../../../../src/server/store/pull-store';
import type { Stores } from '../../../../src/server/store/stores';
import { planPage } from '../../../../src/server/pull/pull-plan';
import type { PullCursor } from '../../../../src/server/pull/pull-cursor';
import { eventDraft } from '../../events/fixtures';
import { incoming, RECEIVED_AT, uniqueId, type StoreContext } from '../support/store-context';

const eventDocument = (id: string, revision: number, status = 'open'): EventDocument =>
  ({ ...eventDraft({ status }), id, revision, updatedAt: '2026-11-21T15:00:00.000Z' }) as unknown as EventDocument;

/** Pulls one event's attendance with a cursor, as the pull resource does. */
async function pullEvent(stores: Stores, eventId: string, cursor: PullCursor | undefined) {
  const plan = (heads: ChangeHeads, events: readonly EventHead[]): PullPlan => planPage(cursor, heads, events, Number.MAX_SAFE_INTEGER - 1);
  const snapshot = await stores.pull.read([eventId], ['attendance.entry'], plan);
  return { ...snapshot, cursor: { eventSeq: snapshot.heads.eventSeq, recordSeq: snapshot.heads.recordSeq, events: [eventId] } as PullCursor };
}

export function eventsAndPullContract(ctx: StoreContext): void {
  describe('events', () => {
    it('creates once (a replay answers what is stored), replaces by compare-and-swap, and each write takes the next seq', async () => {
      const id = uniqueId('evento');
      const before = (await pullEvent(ctx.stores(), id, undefined)).heads.eventSeq;
      expect(await ctx.stores().events.create(eventDocument(id, 1), 'hash-1')).toMatchObject({ created: true, stored: { creationHash: 'hash-1' } });
      const replay = await ctx.stores().events.create(eventDocument(id, 1, 'planned'), 'hash-2');
      expect(replay).toMatchObject({ created: false, stored: { creationHash: 'hash-1', event: { status: 'open' } } });
      const afterCreate = (await pullEvent(ctx.stores(), id, undefined)).heads.eventSeq;
      expect(afterCreate).toBeGreaterThan(before);

      expect(await ctx.stores().events.replace(eventDocument(id, 2, 'closed'), 1)).toBe(true);
      expect(await ctx.stores().events.replace(eventDocument(id, 2, 'open'), 1)).toBe(false);
      expect((await ctx.stores().events.get(id))?.event).toMatchObject({ revision: 2, status: 'closed' });
      expect((await pullEvent(ctx.stores(), id, undefined)).heads.eventSeq).toBeGreaterThan(afterCreate);
      expect((await ctx.stores().events.list()).some((e) => e.id === id)).toBe(true);
      expect(await ctx.stores().events.get(uniqueId('nadie'))).toBeUndefined();
    });

    it('lets exactly one of two processes win a compare-and-swap on the same revision', async () => {
      const second = await ctx.openAnother();
      const id = uniqueId('evento');
      await ctx.stores().events.create(eventDocument(id, 1), 'h');
      const wins = await Promise.all([ctx.stores(), second, ctx.stores(), second].map((s) => s.events.replace(eventDocument(id, 2), 1)));
      expect(wins.filter(Boolean)).toHaveLength(1);
    });
  });

  describe('pull', () => {
    it('sends a list whole first, then only what came after the cursor; a closed event stops its list', async () => {
      const id = uniqueId('evento');
      await ctx.stores().events.create(eventDocument(id, 1), 'h');
      const first = [incoming({ eventId: id, n: 1 }), incoming({ eventId: id, n: 2 })];
      await ctx.stores().sync.writeBatch(first, RECEIVED_AT);
      const one = await pullEvent(ctx.stores(), id, undefined);
      expect(one.events.map((e) => e.id)).toEqual([id]);
      expect(one.records.map((r) => r.id)).toEqual(first.map((r) => r.id));

      const later = incoming({ eventId: id, n: 3 });
      await ctx.stores().sync.writeBatch([later, incoming({ eventId: uniqueId('otro') })], RECEIVED_AT);
      const two = await pullEvent(ctx.stores(), id, one.cursor);
      expect(two.events).toEqual([]);
      expect(two.records.map((r) => r.id)).toEqual([later.id]);
      expect(two.heads.recordSeq).toBeGreaterThanOrEqual(two.records[0]!.seq);

      await ctx.stores().events.replace(eventDocument(id, 2, 'closed'), 1);
      const three = await pullEvent(ctx.stores(), id, two.cursor);
      expect(three.events.map((e) => e.revision)).toEqual([2]);
      expect(three.records).toEqual([]);
    });

    it('misses nothing and repeats nothing while two processes write and a third pulls', async () => {
      const [writer, puller] = [await ctx.openAnother(), await ctx.openAnother()];
      const id = uniqueId('evento');
      await ctx.stores().events.create(eventDocument(id, 1), 'h');
      const written: string[] = [];
      const writes = Promise.all(
        [ctx.stores(), writer].map(async (stores) => {
          for (let i = 0; i < 15; i++) {
            const batch = Array.from({ length: 20 }, () => incoming({ eventId: id }));
            await stores.sync.writeBatch(batch, RECEIVED_AT);
            written.push(...batch.map((r) => r.id));
          }
        }),
      );
      const pulled: string[] = [];
      let cursor: PullCursor | undefined;
      let done = false;
      void writes.then(() => (done = true));
      while (!done) {
        const page = await pullEvent(puller, id, cursor);
        pulled.push(...page.records.map((r) => r.id));
        cursor = page.cursor;
      }
      pulled.push(...(await pullEvent(puller, id, cursor)).records.map((r) => r.id));
      expect(pulled).toHaveLength(600);
      expect(new Set(pulled)).toEqual(new Set(written));
    });
  });
}
