import { describe, expect, it } from 'vitest';
import type { EscuchaderoCase } from '../../../../src/core/escuchadero';
import { incomingRecordOf } from '../../../../src/server/sync/push-records';
import { incoming, RECEIVED_AT, uniqueId, type StoreContext } from '../support/store-context';
import { submission } from './forms-contract';

const assigned = { state: 'assigned', office: 'planeacion', at: '2026-11-22T10:00:00-05:00' } as unknown as EscuchaderoCase;
const answered = { ...assigned, state: 'answered', answer: 'Respondido' } as unknown as EscuchaderoCase;

export function escuchaderoAndReportsContract(ctx: StoreContext): void {
  describe('escuchadero', () => {
    it('filters entries, finds the first entry of a tracking code, and saves cases by compare-and-swap', async () => {
      const eventId = uniqueId('evento');
      const code = uniqueId('ESC').toUpperCase();
      const entry = submission('escuchadero', eventId, 'kiosco', { trackingCode: code, answers: { tipo: 'peticion' } });
      const shadow = submission('escuchadero', eventId, 'kiosco', { trackingCode: code, answers: { tipo: 'queja' } });
      await ctx.stores().sync.writeBatch([entry, shadow].map(incomingRecordOf), RECEIVED_AT);

      const byCode = await ctx.stores().escuchadero.byTrackingCodes('escuchadero', [code, 'NO-EXISTE']);
      expect(byCode.map((e) => e.recordId)).toEqual([entry.id]);
      expect(await ctx.stores().escuchadero.entries({ formId: 'escuchadero', eventId, answers: [{ fieldId: 'tipo', values: ['queja'] }] })).toMatchObject([
        { recordId: shadow.id, eventId, receivedAt: RECEIVED_AT },
      ]);

      expect(await ctx.stores().escuchadero.saveCase(entry.id, assigned, undefined, RECEIVED_AT)).toBe(true);
      expect(await ctx.stores().escuchadero.saveCase(entry.id, assigned, undefined, RECEIVED_AT)).toBe(false);
      expect(await ctx.stores().escuchadero.saveCase(entry.id, answered, 'received', RECEIVED_AT)).toBe(false);
      expect(await ctx.stores().escuchadero.saveCase(entry.id, answered, 'assigned', RECEIVED_AT)).toBe(true);
      expect((await ctx.stores().escuchadero.entry('escuchadero', entry.id))?.storedCase).toMatchObject({ state: 'answered' });
      const received = await ctx.stores().escuchadero.entries({ formId: 'escuchadero', eventId, state: 'received' });
      expect(received.map((e) => e.recordId)).toEqual([shadow.id]);
      expect(await ctx.stores().escuchadero.entry('evaluacion-audiencia', entry.id)).toBeUndefined();
    });
  });

  describe('reports and passes', () => {
    it('reads records, submissions and escuchadero entries of several events at once', async () => {
      const [one, two] = [uniqueId('evento'), uniqueId('evento')];
      const checkIns = [incoming({ eventId: one }), incoming({ eventId: two }), incoming({ eventId: uniqueId('fuera') })];
      const answers = [submission('evaluacion-audiencia', one, 't'), submission('priorizacion-temas', two, 't'), submission('escuchadero', two, 'k')];
      await ctx.stores().sync.writeBatch([...checkIns, ...answers.map(incomingRecordOf)], RECEIVED_AT);

      const records = await ctx.stores().reports.eventRecords([one, two], ['attendance.entry']);
      expect(records.map((r) => r.id).sort()).toEqual([checkIns[0]!.id, checkIns[1]!.id].sort());
      expect((await ctx.stores().reports.submissions([one, two])).map((s) => s.recordId)).toEqual(answers.map((a) => a.id));
      expect((await ctx.stores().reports.submissions([one, two], ['priorizacion-temas'])).map((s) => [s.recordId, s.formId, s.eventId])).toEqual([
        [answers[1]!.id, 'priorizacion-temas', two],
      ]);
      expect((await ctx.stores().reports.escuchaderoEntries('escuchadero', [one, two])).map((e) => e.recordId)).toEqual([answers[2]!.id]);
    });

    it('pages one event and kind in record order, and reads records back by id (streamed exports)', async () => {
      const eventId = uniqueId('evento');
      const checkIns = Array.from({ length: 5 }, () => incoming({ eventId }));
      const other = incoming({ eventId }, { kind: 'attendance.anonymous' });
      await ctx.stores().sync.writeBatch([...checkIns.slice(0, 3), other], RECEIVED_AT);
      await ctx.stores().sync.writeBatch(checkIns.slice(3), RECEIVED_AT);

      const reports = ctx.stores().reports;
      const first = await reports.eventRecordsPage(eventId, 'attendance.entry', 0, 2);
      const second = await reports.eventRecordsPage(eventId, 'attendance.entry', first.at(-1)!.seq, 2);
      const third = await reports.eventRecordsPage(eventId, 'attendance.entry', second.at(-1)!.seq, 2);
      expect([first.length, second.length, third.length]).toEqual([2, 2, 1]);
      expect([...first, ...second, ...third].map((r) => r.id)).toEqual(checkIns.map((r) => r.id));
      const seqs = [...first, ...second, ...third].map((r) => r.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(await reports.eventRecordsPage(eventId, 'attendance.entry', third.at(-1)!.seq, 2)).toEqual([]);
      expect((await reports.eventRecordsPage(eventId, 'attendance.anonymous', 0, 10)).map((r) => r.id)).toEqual([other.id]);

      const byId = await reports.recordsByIds([checkIns[4]!.id, other.id, 'no-existe']);
      expect(byId.map((r) => r.id).sort()).toEqual([checkIns[4]!.id, other.id].sort());
      expect(byId.find((r) => r.id === other.id)).toMatchObject({ kind: 'attendance.anonymous', payload: { eventId } });
      expect(await reports.recordsByIds([])).toEqual([]);
    });

    it('keeps the first pass issued to an attendee', async () => {
      const attendee = incoming({ eventId: uniqueId('evento') }, { kind: 'attendance.registration' });
      await ctx.stores().sync.writeBatch([attendee], RECEIVED_AT);
      const pass = { attendeeId: attendee.id, eventId: 'e', issuedAt: 4_102_444_800, code: 'PASE-1' };
      expect(await ctx.stores().passes.keepPass(pass)).toEqual(pass);
      expect(await ctx.stores().passes.keepPass({ ...pass, code: 'PASE-2' })).toEqual(pass);
      expect(await ctx.stores().passes.pass(attendee.id)).toEqual(pass);
      const listed = await ctx.stores().attendance.eventRecords((attendee.eventId ?? ''), ['attendance.registration']);
      expect(listed).toHaveLength(1);
    });
  });
}
