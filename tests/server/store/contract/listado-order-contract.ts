import { describe, expect, it } from 'vitest';
import { checkInTime, identityKey, resolveAttendance, type CheckIn } from '../../../../src/core/attendance';
import { LISTADO_NO_TIME, type ListadoCursor, type ListadoEntry, type OrderedListadoEntry } from '../../../../src/server/store/listado-order-store';
import type { StoreContext } from '../support/store-context';

const EVENT = 'evento-listado';
const at = (minute: number) => `2026-11-21T09:${String(minute).padStart(2, '0')}:00-05:00`;
// Ids that a locale collation orders differently from JavaScript's code units (case, '-' and '_' ignored or not).
const checkIns: (CheckIn & { undone?: boolean })[] = [
  { id: 'b-1', deviceId: 'd', eventId: EVENT, checkedInAt: at(5), attendeeId: 'ana' },
  { id: 'B_1', deviceId: 'd', eventId: EVENT, checkedInAt: at(5), attendeeId: 'ana' },
  { id: 'a2', deviceId: 'd', eventId: EVENT, checkedInAt: at(5) },
  { id: 'A-2', deviceId: 'd', eventId: EVENT, checkedInAt: at(1), attendeeId: 'luis' },
  { id: 'a_3', deviceId: 'd', eventId: EVENT, checkedInAt: 'sin hora', attendeeId: 'ana' },
  { id: 'Z', deviceId: 'd', eventId: EVENT, checkedInAt: 'sin hora' },
  { id: 'c', deviceId: 'd', eventId: EVENT, checkedInAt: at(0), attendeeId: 'luis', undone: true },
  { id: 'C', deviceId: 'd', eventId: EVENT, checkedInAt: at(9), attendeeId: 'luis' },
  { id: 'd-9', deviceId: 'd', eventId: EVENT, checkedInAt: at(3), attendeeId: 'ana', undone: true },
  { id: 'D', deviceId: 'd', eventId: EVENT, checkedInAt: '2026-11-21T14:04:59.999Z', attendeeId: 'ana' },
];

const entryOf = (c: (typeof checkIns)[number]): ListadoEntry => {
  const ms = checkInTime(c);
  return { id: c.id, undone: c.undone === true, atMs: Number.isFinite(ms) ? ms : LISTADO_NO_TIME, identity: identityKey(c) ?? null };
};

/** What resolveAttendance says: counted check-ins in order with their verdicts, then the undone ones in order. */
function expected(): [string, string | undefined][] {
  const counted = resolveAttendance(checkIns.filter((c) => !c.undone)).checkIns.map((r): [string, string | undefined] => [r.id, r.attendanceId]);
  const undone = resolveAttendance(checkIns.filter((c) => c.undone)).checkIns.map((r): [string, string | undefined] => [r.id, undefined]);
  return [...counted, ...undone];
}

export function listadoOrderContract(ctx: StoreContext): void {
  describe('listado order', () => {
    it("walks the check-ins in the duplicate rule's order, page by page, each with its person's first counted check-in", async () => {
      const reports = ctx.stores().reports;
      const [mine, other] = [Math.floor(Math.random() * 2 ** 47), Math.floor(Math.random() * 2 ** 47)];
      await reports.addListadoEntries(mine, '2026-11-21T15:00:00.000Z', checkIns.slice(0, 4).map(entryOf));
      await reports.addListadoEntries(mine, '2026-11-21T15:00:00.000Z', checkIns.slice(4).map(entryOf));
      await reports.addListadoEntries(other, '2026-11-21T15:00:00.000Z', [{ id: 'ajeno', undone: false, atMs: 0, identity: 'attendee:ana' }]);
      await reports.addListadoEntries(mine, '2026-11-21T15:00:00.000Z', []);

      const walked: OrderedListadoEntry[] = [];
      let after: ListadoCursor | undefined;
      for (;;) {
        const page = await reports.listadoPage(mine, after, 3);
        expect(page.length).toBeLessThanOrEqual(3);
        if (page.length === 0) break;
        walked.push(...page);
        after = page.at(-1);
      }
      const verdicts = walked.map((e): [string, string | undefined] => [e.id, e.undone || e.firstId === null || e.firstId === e.id ? undefined : e.firstId]);
      expect(verdicts).toEqual(expected());
      expect(walked.filter((e) => e.undone).map((e) => e.id)).toEqual(['c', 'd-9']);
      expect(walked.find((e) => e.id === 'Z')?.atMs).toBe(LISTADO_NO_TIME);

      // Dropped a page at a time, only this export's rows.
      const dropped = [];
      for (let n = 3; n === 3; ) dropped.push((n = await reports.dropListadoEntries(mine, 3)));
      expect(dropped).toEqual([3, 3, 3, 1]);
      expect(await reports.listadoPage(mine, undefined, 10)).toEqual([]);
      expect((await reports.listadoPage(other, undefined, 10)).map((e) => e.id)).toEqual(['ajeno']);
    });

    it('sweeps what exports started before a time left behind, and nothing newer', async () => {
      const reports = ctx.stores().reports;
      const [old, recent] = [Math.floor(Math.random() * 2 ** 47), Math.floor(Math.random() * 2 ** 47)];
      await reports.addListadoEntries(old, '2026-11-20T15:00:00.000Z', [{ id: 'viejo', undone: false, atMs: 1, identity: null }]);
      await reports.addListadoEntries(recent, '2026-11-21T15:00:00.000Z', [{ id: 'nuevo', undone: false, atMs: 1, identity: null }]);
      await reports.sweepListadoEntries('2026-11-21T00:00:00.000Z');
      expect(await reports.listadoPage(old, undefined, 10)).toEqual([]);
      expect((await reports.listadoPage(recent, undefined, 10)).map((e) => e.id)).toEqual(['nuevo']);
      expect(await reports.dropListadoEntries(recent, 10)).toBe(1);
    });
  });
}
