import { describe, expect, it } from 'vitest';
import { commitmentOf, clientId, updateOf } from '../../../support/commitment-fixtures';
import { RECEIVED_AT, uniqueId, type StoreContext } from '../support/store-context';

export function commitmentsContract(ctx: StoreContext): void {
  describe('commitments', () => {
    it('creates by client id once: the same content again is a duplicate, other content a conflict', async () => {
      const store = ctx.stores().commitments;
      const commitment = commitmentOf({ eventId: uniqueId('evento') });
      expect(await store.create(commitment, RECEIVED_AT)).toBe('created');
      expect(await store.create({ ...commitment }, RECEIVED_AT)).toBe('duplicate');
      expect(await store.create({ ...commitment, title: 'Otro compromiso distinto' }, RECEIVED_AT)).toBe('conflict');
      expect(await store.commitment(commitment.id)).toEqual(commitment);
      expect(await store.commitment(clientId())).toBeUndefined();
    });

    it('filters by event, office, territory, topic and originating entry, ordered by due date', async () => {
      const store = ctx.stores().commitments;
      const eventId = uniqueId('evento');
      const entryId = clientId();
      const late = commitmentOf({ eventId, dueDate: '2027-12-31', office: 'salud', territory: 'urbano', topic: 'salud' });
      const early = commitmentOf({ eventId, dueDate: '2027-01-31', origin: { kind: 'escuchadero', entryId } });
      const elsewhere = commitmentOf({ eventId: uniqueId('otro') });
      for (const c of [late, early, elsewhere]) await store.create(c, RECEIVED_AT);

      const ids = async (filter: Parameters<typeof store.list>[0]) => (await store.list(filter)).map((c) => c.id);
      expect(await ids({ eventIds: [eventId] })).toEqual([early.id, late.id]);
      expect(await ids({ eventIds: [eventId, elsewhere.eventId] })).toHaveLength(3);
      expect(await ids({ eventIds: [eventId], office: 'salud' })).toEqual([late.id]);
      expect(await ids({ eventIds: [eventId], territory: 'rural' })).toEqual([early.id]);
      expect(await ids({ eventIds: [eventId], topic: 'salud' })).toEqual([late.id]);
      expect(await ids({ originEntryIds: [entryId] })).toEqual([early.id]);
      expect(await ids({ eventIds: [] })).toEqual([]);
    });

    it('appends updates in order of entry, idempotent by id, and refuses them for a missing commitment', async () => {
      const store = ctx.stores().commitments;
      const commitment = commitmentOf({ eventId: uniqueId('evento') });
      await store.create(commitment, RECEIVED_AT);
      const first = updateOf(commitment.id, { date: '2026-12-01', percent: 30 });
      const second = updateOf(commitment.id, { date: '2026-12-01', percent: 60 });
      expect(await store.addUpdate(first, RECEIVED_AT)).toBe('created');
      expect(await store.addUpdate(second, RECEIVED_AT)).toBe('created');
      expect(await store.addUpdate(first, RECEIVED_AT)).toBe('duplicate');
      expect(await store.addUpdate({ ...first, percent: 99 }, RECEIVED_AT)).toBe('conflict');
      expect(await store.addUpdate(updateOf(clientId()), RECEIVED_AT)).toBe('missing');
      expect(await store.updates([commitment.id])).toEqual([first, second]);
      expect(await store.updates([])).toEqual([]);
    });
  });
}
