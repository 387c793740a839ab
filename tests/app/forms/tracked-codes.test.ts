import { afterEach, describe, expect, it } from 'vitest';
import type { CabildoDatabase } from '../../../src/app/storage/database';
import { applyStatuses, keepCode, markAnswersSeen, observeTrackedCodes, readTrackedCodes, type TrackedRow } from '../../../src/app/storage/tracked-codes';
import { keepDefinitions, readLatestDefinition } from '../../../src/app/storage/forms-definitions';
import { clearKioskLock, readKioskLock, writeKioskLock } from '../../../src/app/storage/kiosk-lock-store';
import { pullTrackingStatuses, STATUS_BATCH } from '../../../src/app/sync/forms-tracking-pull';
import { pullDefinitions } from '../../../src/app/sync/forms-definitions-pull';
import { hashPin } from '../../../src/app/state/forms/kiosk-lock';
import { builtinFormCatalogues, currentBuiltinDefinition } from '../../../src/core/forms';
import { freshDatabase } from '../fixtures';

let db: CabildoDatabase | undefined;
afterEach(() => db?.close());

const at = (minute: number) => new Date(Date.UTC(2026, 10, 21, 15, minute));
const status = (code: string, extra: object = {}) => ({ trackingCode: code, status: 'received' as const, dueDate: '2026-12-14', ...extra });

describe('tracked codes ("Mis preguntas")', () => {
  it('keeps a code once; a typed code later found among the sent ones becomes sent, keeping its first date', async () => {
    db = freshDatabase('tracked');
    await keepCode(db, { code: 'ACDEFHJK', origin: 'typed' }, at(1));
    await keepCode(db, { code: 'ACDEFHJK', origin: 'sent', recordId: 'r1', eventId: 'e1' }, at(2));
    await keepCode(db, { code: 'ACDEFHJK', origin: 'typed' }, at(3));
    expect(await readTrackedCodes(db)).toEqual([{ code: 'ACDEFHJK', origin: 'sent', recordId: 'r1', eventId: 'e1', keptAt: at(1).toISOString() }]);
  });

  it('applies statuses, flags a new answer as unseen once, and ignores codes it does not follow', async () => {
    db = freshDatabase('statuses');
    await keepCode(db, { code: 'ACDEFHJK', origin: 'sent', recordId: 'r1' }, at(1));
    expect(await applyStatuses(db, [status('ACDEFHJK'), status('MNPRTWXY')], at(2))).toBe(0);
    const answered = status('ACDEFHJK', { status: 'answered', answer: 'El parque se arregla en marzo.', answeredAt: '2026-11-25T10:00:00.000Z' });
    expect(await applyStatuses(db, [answered], at(3))).toBe(1);
    let [row] = await readTrackedCodes(db);
    expect(row).toMatchObject({ status: 'answered', answer: 'El parque se arregla en marzo.', answerUnseen: true, checkedAt: at(3).toISOString() });
    await markAnswersSeen(db, ['ACDEFHJK']);
    expect(await applyStatuses(db, [answered], at(4))).toBe(0);
    [row] = await readTrackedCodes(db);
    expect(row?.answerUnseen).toBe(false);
    expect(await db.trackedCodes.get('MNPRTWXY')).toBeUndefined();
  });

  it('tells the list whether a sent message is still only on this device', async () => {
    db = freshDatabase('live');
    await db.records.add({ id: 'r1', kind: 'form.submission', schemaVersion: 1, deviceId: 'd', createdAt: '2026-11-21T10:00:00.000-05:00', payload: {}, syncState: 'pending' });
    await keepCode(db, { code: 'ACDEFHJK', origin: 'sent', recordId: 'r1' }, at(1));
    const seen: TrackedRow[][] = [];
    const stop = observeTrackedCodes(db, (rows) => seen.push(rows));
    await expect.poll(() => seen.at(-1)?.[0]?.localState).toBe('pending');
    await db.records.update('r1', { syncState: 'synced' });
    await expect.poll(() => seen.at(-1)?.[0]?.localState).toBe('synced');
    stop();
  });

  it('asks the server for every followed code in batches and keeps the answers', async () => {
    db = freshDatabase('pull');
    const codes = Array.from({ length: STATUS_BATCH + 3 }, (_, i) => `ACDEFH${'3479ACDEFHJKMNPRTWXY'[Math.floor(i / 20)]}${'3479ACDEFHJKMNPRTWXY'[i % 20]}`);
    for (const code of codes) await keepCode(db, { code, origin: 'typed' }, at(1));
    const bodies: string[][] = [];
    const fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
      const asked = (JSON.parse(String(init?.body)) as { codes: string[] }).codes;
      bodies.push(asked);
      return Response.json({ items: asked.slice(0, 1).map((code) => status(code, { status: 'answered', answer: 'Respuesta', answeredAt: '2026-11-25T10:00:00Z' })) });
    }) as typeof globalThis.fetch;
    expect(await pullTrackingStatuses({ db, fetch, now: () => at(5) })).toEqual({ kind: 'pulled', newAnswers: 2 });
    expect(bodies.map((b) => b.length)).toEqual([STATUS_BATCH, 3]);
    expect((await readTrackedCodes(db)).filter((r) => r.answer === 'Respuesta')).toHaveLength(2);
  });

  it('keeps the commitments a question produced, and keeps them when an older server says nothing of them', async () => {
    db = freshDatabase('commitments');
    await keepCode(db, { code: 'ACDEFHJK', origin: 'sent', recordId: 'r1' }, at(1));
    const commitment = { title: 'Pavimentar la calle 71', office: 'infraestructura', officeName: 'Secretaría de Infraestructura Física', dueDate: '2027-06-30', status: 'en_curso', percent: 40 };
    const answered = status('ACDEFHJK', { status: 'answered', answer: 'Se pavimenta en junio.', answeredAt: '2026-11-25T10:00:00Z' });
    const fetch = (async () => Response.json({ items: [{ ...answered, commitments: [commitment] }] })) as typeof globalThis.fetch;
    expect(await pullTrackingStatuses({ db, fetch, now: () => at(2) })).toEqual({ kind: 'pulled', newAnswers: 1 });
    expect((await readTrackedCodes(db))[0]?.commitments).toEqual([commitment]);
    await applyStatuses(db, [answered], at(3));
    expect((await readTrackedCodes(db))[0]?.commitments).toEqual([commitment]);
  });

  it('reports offline without touching what it keeps', async () => {
    db = freshDatabase('offline');
    await keepCode(db, { code: 'ACDEFHJK', origin: 'typed' }, at(1));
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    expect(await pullTrackingStatuses({ db, fetch })).toEqual({ kind: 'offline' });
    expect((await readTrackedCodes(db))[0]?.status).toBeUndefined();
  });
});

describe('pulled definitions', () => {
  it('keeps the versions the server serves and skips one this build cannot read', async () => {
    db = freshDatabase('definitions');
    const escuchadero = currentBuiltinDefinition('escuchadero')!;
    const newer = { ...escuchadero, version: escuchadero.version + 1, title: { es: 'Escuchadero 2027', en: 'Listening post 2027' } };
    const fetch = (async () => Response.json({ forms: [newer, { ...escuchadero, id: 'futuro', fields: [{ id: 'x', kind: 'hologram' }] }] })) as typeof globalThis.fetch;
    const pulled = await pullDefinitions({ db, fetch, catalogues: builtinFormCatalogues, now: () => at(1) });
    expect(pulled.kind === 'pulled' && pulled.forms.map((f) => `${f.id}@${f.version}`)).toEqual([`escuchadero@${newer.version}`]);
    await keepDefinitions(db, [escuchadero], at(2));
    expect((await readLatestDefinition(db, 'escuchadero'))?.title.es).toBe('Escuchadero 2027');
    expect(await readLatestDefinition(db, 'futuro')).toBeUndefined();
  });
});

describe('kiosk lock', () => {
  it('stores a salted hash that only the same PIN reproduces, never the PIN', async () => {
    db = freshDatabase('kiosk');
    const salt = new Uint8Array(16).fill(7);
    const hash = await hashPin('2468', salt, 1000);
    expect(await hashPin('2468', salt, 1000)).toBe(hash);
    expect(await hashPin('2469', salt, 1000)).not.toBe(hash);
    expect(await hashPin('2468', new Uint8Array(16).fill(8), 1000)).not.toBe(hash);
    await writeKioskLock(db, { path: '/kiosco/escuchadero?e=a&s=b', salt: 'BwcHBwcHBwcHBwcHBwcHBw', hash, iterations: 1000, lockedAt: at(1).toISOString() });
    expect(JSON.stringify(await db.meta.toArray())).not.toContain('2468');
    expect((await readKioskLock(db))?.hash).toBe(hash);
    await clearKioskLock(db);
    expect(await readKioskLock(db)).toBeUndefined();
  });
});
