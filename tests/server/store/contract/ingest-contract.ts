import { describe, expect, it } from 'vitest';
import { pushRecords } from '../../../../src/server/sync/push-records';
import { recordKinds } from '../../../../src/core/records/registry';
import { defaultCatalogues } from '../../../../src/core/catalogues';
import { attendanceRecord } from '../../support/attendance-records';
import { incoming, RECEIVED_AT, uniqueId, type StoreContext } from '../support/store-context';

export function ingestContract(ctx: StoreContext): void {
  describe('sync ingest', () => {
    it('accepts new ids, calls a replay a duplicate and different content a conflict, keeping the first version', async () => {
      const eventId = uniqueId('evento');
      const first = incoming({ eventId, fullName: 'Ana' });
      const other = incoming({ eventId, fullName: 'Beto' });
      expect(await ctx.stores().sync.writeBatch([first, other, first], RECEIVED_AT)).toEqual(['accepted', 'accepted', 'duplicate']);

      const changed = incoming({ eventId, fullName: 'Ana Distinta' }, { id: first.id });
      expect(await ctx.stores().sync.writeBatch([changed, first, changed], RECEIVED_AT)).toEqual(['conflict', 'duplicate', 'conflict']);
      expect((await ctx.stores().passes.record(first.id))?.payload).toEqual({ eventId, fullName: 'Ana' });
      expect(await ctx.stores().sync.writeBatch([], RECEIVED_AT)).toEqual([]);
    });

    it('decides a batch repeating a new id as if the copies came one after another', async () => {
      const record = incoming({ eventId: uniqueId('evento') });
      const variant = incoming({ eventId: 'otro' }, { id: record.id });
      expect(await ctx.stores().sync.writeBatch([record, variant, record], RECEIVED_AT)).toEqual(['accepted', 'conflict', 'duplicate']);
    });

    it('tells the new ids from the stored ones when one statement inserts only some of its rows', async () => {
      const eventId = uniqueId('evento');
      const stored = incoming({ eventId, fullName: 'Ana' });
      const changed = incoming({ eventId, fullName: 'Ana Distinta' }, { id: stored.id });
      expect(await ctx.stores().sync.writeBatch([stored], RECEIVED_AT)).toEqual(['accepted']);
      const fresh = [incoming({ eventId, n: 1 }), incoming({ eventId, n: 2 })];
      expect(await ctx.stores().sync.writeBatch([fresh[0]!, stored, fresh[1]!, changed], RECEIVED_AT)).toEqual(['accepted', 'duplicate', 'accepted', 'conflict']);
      expect((await ctx.stores().passes.record(fresh[1]!.id))?.payload).toEqual({ eventId, n: 2 });
    });

    it('stores a batch bigger than one statement can bind', async () => {
      const eventId = uniqueId('evento');
      const batch = Array.from({ length: 9_000 }, (_, i) => incoming({ eventId, n: i }));
      const outcomes = await ctx.stores().sync.writeBatch(batch, RECEIVED_AT);
      expect(outcomes.every((o) => o === 'accepted')).toBe(true);
      expect(await ctx.stores().attendance.eventRecords(eventId, ['attendance.entry'])).toHaveLength(9_000);
    });

    it('through pushRecords: rejects an invalid record and stores the valid ones around it', async () => {
      const registry = recordKinds(defaultCatalogues);
      const valid = attendanceRecord();
      const results = await pushRecords({ store: ctx.stores().sync, registry }, [{ id: 'x', kind: 'nada' }, valid], RECEIVED_AT);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'accepted']);
      expect(results[0]!.problem?.code).toBeTypeOf('string');
      expect(await ctx.stores().passes.record(valid.id)).toMatchObject({ id: valid.id, kind: 'attendance.entry', receivedAt: RECEIVED_AT });
      expect(await ctx.stores().passes.record('x')).toBeUndefined();
    });

    it('keeps every record and gives each its own seq when two server processes write at once', async () => {
      const second = await ctx.openAnother();
      const eventId = uniqueId('evento');
      const batches = Array.from({ length: 24 }, () => Array.from({ length: 25 }, () => incoming({ eventId })));
      const results = await Promise.all(batches.map((batch, i) => (i % 2 === 0 ? ctx.stores() : second).sync.writeBatch(batch, RECEIVED_AT)));
      expect(results.flat().every((o) => o === 'accepted')).toBe(true);
      const stored = await ctx.stores().attendance.eventRecords(eventId, ['attendance.entry']);
      expect(stored).toHaveLength(600);
      expect(new Set(stored.map((r) => r.seq)).size).toBe(600);
      expect(stored.map((r) => r.seq)).toEqual([...stored.map((r) => r.seq)].sort((a, b) => a - b));
    });
  });
}
