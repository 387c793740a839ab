import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import type { FormDefinition } from '../../../../src/core/forms';
import { builtinFormDefinitions } from '../../../../src/core/forms/builtin-definitions';
import type { ValidRecord } from '../../../../src/core/records/envelope';
import { answerLimitAdmission } from '../../../../src/server/forms/answer-admission';
import { incomingRecordOf } from '../../../../src/server/sync/push-records';
import type { Stores } from '../../../../src/server/store/stores';
import { RECEIVED_AT, uniqueId, type StoreContext } from '../support/store-context';

const formVersion = (id: string, version: number): FormDefinition => ({ ...builtinFormDefinitions[1]!, id, version }) as FormDefinition;

export const submission = (formId: string, eventId: string, deviceId: string, extra: Record<string, unknown> = {}): ValidRecord =>
  ({
    id: uniqueId('resp'),
    kind: 'form.submission',
    schemaVersion: 1,
    deviceId,
    createdAt: '2026-11-21T10:00:00-05:00',
    payload: { formId, formVersion: 1, eventId, answers: { calificacion: 5 }, ...extra },
  }) as ValidRecord;

/** One sync batch's admission and write, inside the store's atomic section, as push-records.ts does. */
const admitAndWrite = (stores: Stores, records: ValidRecord[]) =>
  stores.sync.atomically(async () => {
    const refusals = await answerLimitAdmission(stores.forms, stores.submissions)(records);
    const admitted = records.filter((_, i) => refusals[i] === undefined);
    await stores.sync.writeBatch(admitted.map(incomingRecordOf), RECEIVED_AT);
    return refusals.map((p) => p?.code ?? 'admitted');
  });

export function formsContract(ctx: StoreContext): void {
  describe('forms and submissions', () => {
    it('stores the built-in forms at open and each version once; the stored one wins', async () => {
      expect(ctx.stores().forms.latest().map((f) => f.id)).toEqual(expect.arrayContaining(['escuchadero', 'evaluacion-audiencia']));
      const id = uniqueId('formulario');
      expect(await ctx.stores().forms.saveVersion(formVersion(id, 1), RECEIVED_AT)).toMatchObject({ saved: true, stored: { id, version: 1 } });
      const again = await ctx.stores().forms.saveVersion({ ...formVersion(id, 1), title: { es: 'Otro', en: 'Other' } }, RECEIVED_AT);
      expect(again.saved).toBe(false);
      expect(again.stored).toEqual(formVersion(id, 1));
      await ctx.stores().forms.saveVersion(formVersion(id, 2), RECEIVED_AT);
      expect(ctx.stores().forms.versionsOf(id)).toEqual([1, 2]);
      expect(ctx.stores().forms.latestOf(id)?.version).toBe(2);
      expect(ctx.stores().forms.lookup(id, 1)).toEqual(formVersion(id, 1));
    });

    it('remembers form links per event and closes one: its new answers are refused, a replay of a stored one passes', async () => {
      const forms = ctx.stores().forms;
      const eventId = uniqueId('evento');
      await forms.recordLink('evaluacion-audiencia', eventId, '2026-11-21T14:00:00.000Z');
      await forms.recordLink('escuchadero', eventId, '2026-11-21T14:05:00.000Z');
      await forms.recordLink('evaluacion-audiencia', eventId, '2026-11-21T15:00:00.000Z'); // made again: keeps its date
      await forms.setAnswerLimit('evaluacion-audiencia', eventId, 'perDevice', RECEIVED_AT);
      expect(await forms.linksOf(eventId)).toEqual([
        { formId: 'evaluacion-audiencia', eventId, createdAt: '2026-11-21T14:00:00.000Z', answerLimit: 'perDevice' },
        { formId: 'escuchadero', eventId, createdAt: '2026-11-21T14:05:00.000Z' },
      ]);
      const stored = submission('evaluacion-audiencia', eventId, 'tel-antes');
      expect(await admitAndWrite(ctx.stores(), [stored])).toEqual(['admitted']);

      expect(await forms.closeLink('evaluacion-audiencia', eventId, '2026-11-21T16:00:00.000Z')).toBe(true);
      expect(await forms.closeLink('evaluacion-audiencia', eventId, '2026-11-21T17:00:00.000Z')).toBe(true);
      expect(await forms.closeLink('priorizacion-temas', eventId, '2026-11-21T17:00:00.000Z')).toBe(false);
      expect((await forms.linksOf(eventId))[0]?.closedAt).toBe('2026-11-21T16:00:00.000Z');
      expect(await forms.linkClosed('evaluacion-audiencia', eventId)).toBe(true);
      expect(await forms.linkClosed('escuchadero', eventId)).toBe(false);
      expect(await admitAndWrite(ctx.stores(), [submission('evaluacion-audiencia', eventId, 'tel-despues'), stored])).toEqual(['form.link_closed', 'admitted']);
      expect(await admitAndWrite(ctx.stores(), [submission('escuchadero', eventId, 'tel-despues')])).toEqual(['admitted']);
    });

    it('keeps answer limits per form and event', async () => {
      const eventId = uniqueId('evento');
      expect(await ctx.stores().forms.answerLimit('evaluacion-audiencia', eventId)).toBeUndefined(); // not set: the caller's default applies
      await ctx.stores().forms.setAnswerLimit('evaluacion-audiencia', eventId, 'perPerson', RECEIVED_AT);
      await ctx.stores().forms.setAnswerLimit('evaluacion-audiencia', eventId, 'perDevice', RECEIVED_AT);
      expect(await ctx.stores().forms.answerLimit('evaluacion-audiencia', eventId)).toBe('perDevice');
    });

    it('finds submissions by form and event, and the answerers near a device or person', async () => {
      const eventId = uniqueId('evento');
      const [a, b, c] = [
        submission('evaluacion-audiencia', eventId, 'tableta-1', { personKey: 'ana' }),
        submission('evaluacion-audiencia', eventId, 'tableta-2'),
        submission('priorizacion-temas', eventId, 'tableta-1'),
      ];
      await ctx.stores().sync.writeBatch([a, b, c].map(incomingRecordOf), RECEIVED_AT);
      expect((await ctx.stores().submissions.submissions('evaluacion-audiencia', eventId)).map((s) => s.recordId)).toEqual([a.id, b.id]);
      expect((await ctx.stores().submissions.submissions('priorizacion-temas')).map((s) => s.recordId)).toContain(c.id);
      const near = await ctx.stores().submissions.answerersNear('evaluacion-audiencia', eventId, { deviceId: 'tableta-3', personKey: 'ana' });
      expect(near).toEqual([{ recordId: a.id, deviceId: 'tableta-1', personKey: 'ana' }]);
      expect(await ctx.stores().submissions.answerersNear('evaluacion-audiencia', eventId, { deviceId: 'tableta-2' })).toEqual([{ recordId: b.id, deviceId: 'tableta-2' }]);
    });

    // SQLite serves one process (its queue is per process); PostgreSQL must hold across processes.
    it('admits one answer per person when devices sync the same person at once', async () => {
      const second = ctx.adapter.sharedByProcesses ? await ctx.openAnother() : ctx.stores();
      const eventId = uniqueId('evento');
      await ctx.stores().forms.setAnswerLimit('evaluacion-audiencia', eventId, 'perPerson', RECEIVED_AT);
      const attempts = Array.from({ length: 8 }, (_, i) => `tableta-${i}`).map((device, i) =>
        admitAndWrite(i % 2 === 0 ? ctx.stores() : second, [submission('evaluacion-audiencia', eventId, device, { personKey: 'beto' })]),
      );
      expect((await Promise.all(attempts)).flat().sort()).toEqual(['admitted', ...Array<string>(7).fill('form.already_answered')]);
      expect(await ctx.stores().submissions.submissions('evaluacion-audiencia', eventId)).toHaveLength(1);
    });

    // Skipped on SQLite, by design: a SQLite database serves one process, whose form cache is the only one.
    it.runIf(ctx.adapter.sharedByProcesses)('makes a version saved by one process known to the others', async () => {
      const second = await ctx.openAnother();
      const id = uniqueId('formulario');
      await ctx.stores().forms.saveVersion(formVersion(id, 1), RECEIVED_AT);
      await vi.waitFor(() => expect(second.forms.lookup(id, 1)).toEqual(formVersion(id, 1)), { timeout: 5_000, interval: 20 });
      expect(second.forms.latest().map((f) => f.id)).toContain(id);

      // The listening connections die (a database restart, a proxy timeout): each process reconnects and rereads.
      const admin = new pg.Client({ connectionString: ctx.url() });
      await admin.connect();
      const { rowCount } = await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'LISTEN%'`);
      await admin.end();
      expect(rowCount).toBeGreaterThanOrEqual(2);
      const later = uniqueId('formulario');
      await vi.waitFor(
        async () => {
          await ctx.stores().forms.saveVersion(formVersion(later, 1), RECEIVED_AT);
          expect(second.forms.lookup(later, 1)).toBeDefined();
        },
        { timeout: 10_000, interval: 200 },
      );
    });
  });
}
