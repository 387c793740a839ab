import { afterEach, describe, expect, it } from 'vitest';
import { ERASED_MARKER } from '../../../src/core/auth/habeas-data';
import type { CabildoDatabase } from '../../../src/app/storage/database';
import type { LocalRecord } from '../../../src/app/storage/local-record';
import { applyRetention, DEFAULT_RETENTION_DAYS, readRetentionDays, RETENTION_META_KEYS, writeRetentionDays, type RetainedRecord } from '../../../src/app/storage/retention';
import { deviceFor, freshDatabase, queueAttendance } from '../fixtures';

const NOW = new Date('2026-11-21T15:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const dbs: CabildoDatabase[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

/** Eight records: 2 synced 40 days ago, 2 synced 10 days ago, 2 pending, 2 rejected (attention) from long ago. */
async function device(): Promise<{ db: CabildoDatabase; records: LocalRecord[] }> {
  const db = freshDatabase('retention');
  dbs.push(db);
  const records = await queueAttendance(db, await deviceFor(db), 8);
  const set = (r: LocalRecord, patch: Partial<LocalRecord>) => db.records.put({ ...r, ...patch });
  await set(records[0]!, { syncState: 'synced', syncedAt: daysAgo(40) });
  await set(records[1]!, { syncState: 'synced', syncedAt: daysAgo(31) });
  await set(records[2]!, { syncState: 'synced', syncedAt: daysAgo(10) });
  await set(records[3]!, { syncState: 'synced', syncedAt: daysAgo(29) });
  await set(records[6]!, { syncState: 'attention', serverStatus: 'rejected', problem: { code: 'record.invalid', message: 'x' } });
  await set(records[7]!, { syncState: 'attention', serverStatus: 'conflict', problem: { code: 'record.conflict', message: 'x' } });
  await db.outbox.bulkDelete([0, 1, 2, 3, 6, 7].map((i) => records[i]!.id));
  return { db, records: await db.records.orderBy(':id').toArray() };
}

const payloadOf = async (db: CabildoDatabase, id: string) => (await db.records.get(id))!.payload as Record<string, unknown>;

describe('retention of personal data on a field device (Ley 1581)', () => {
  it('erases names and documents of records synced more than 30 days ago, and only those; counts stay', async () => {
    const { db, records } = await device();
    const before = await Promise.all(records.map((r) => payloadOf(db, r.id)));
    const run = await applyRetention(db, NOW);
    expect(run.erased).toBe(2);

    for (const i of [0, 1]) {
      const payload = await payloadOf(db, records[i]!.id);
      expect(payload.fullName).toBe(ERASED_MARKER);
      expect(payload.document).toBeUndefined();
      expect(payload).toMatchObject({ eventId: 'evento-1', territory: '03', consent: { accepted: true } });
      expect(((await db.records.get(records[i]!.id)) as RetainedRecord).personalDataErasedAt).toBe(NOW.toISOString());
    }
    // Synced recently, pending, and under attention: untouched, byte for byte.
    for (const i of [2, 3, 4, 5, 6, 7]) expect(await payloadOf(db, records[i]!.id)).toEqual(before[i]);
    // Nothing deleted, no state changed: the counts per event are the same.
    expect(await db.records.where('eventId').equals('evento-1').count()).toBe(8);
    expect(await db.records.where('syncState').equals('pending').count()).toBe(2);
    expect(await db.outbox.count()).toBe(2);
    expect((await db.meta.get(RETENTION_META_KEYS.erasedTotal))?.value).toBe(2);
  });

  it('running again changes nothing more; a shorter setting reaches more synced records', async () => {
    const { db, records } = await device();
    await applyRetention(db, NOW);
    expect((await applyRetention(db, NOW)).erased).toBe(0);
    expect(await readRetentionDays(db)).toBe(DEFAULT_RETENTION_DAYS);
    expect(await writeRetentionDays(db, 0)).toBe(false);
    expect(await writeRetentionDays(db, 366)).toBe(false);
    expect(await writeRetentionDays(db, 7)).toBe(true);
    expect((await applyRetention(db, NOW)).erased).toBe(2);
    expect((await payloadOf(db, records[3]!.id)).fullName).toBe(ERASED_MARKER);
    expect((await payloadOf(db, records[4]!.id)).fullName).not.toBe(ERASED_MARKER); // pending stays whole
    expect((await db.meta.get(RETENTION_META_KEYS.erasedTotal))?.value).toBe(4);
  });

  it("a form submission keeps form, event and tracking code; its answers (free text) go", async () => {
    const db = freshDatabase('retention-forms');
    dbs.push(db);
    const record: LocalRecord = {
      id: '01900000-0000-7000-8000-000000000001',
      kind: 'form.submission',
      schemaVersion: 1,
      deviceId: 'd',
      createdAt: daysAgo(60),
      payload: { formId: 'escuchadero', formVersion: 1, eventId: 'evento-1', answers: { mensaje: 'Vivo en la calle 5 # 3-20', contacto: { telefono: '3001234567' } }, trackingCode: 'ABCD2345' },
      syncState: 'synced',
      syncedAt: daysAgo(45),
      eventId: 'evento-1',
    };
    await db.records.put(record);
    await applyRetention(db, NOW);
    const payload = await payloadOf(db, record.id);
    expect(payload).toMatchObject({ formId: 'escuchadero', formVersion: 1, eventId: 'evento-1', trackingCode: 'ABCD2345' });
    expect(JSON.stringify(payload)).not.toContain('calle 5');
    expect(JSON.stringify(payload)).not.toContain('3001234567');
  });
});
