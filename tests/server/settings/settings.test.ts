import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presets } from '../../../src/core/settings/presets';
import type { SettingsVersion } from '../../../src/core/settings/settings-version';
import { createStaff } from '../../support/auth-bootstrap';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { call, type ProblemBody } from '../forms/fixtures';
import { pushBody } from '../support/attendance-records';
import { postSync } from '../support/http';
import { authedFetch } from '../support/authed-fetch';
import { checkInRecord, createEvent } from '../events/fixtures';

let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer();
});
afterAll(() => server.dispose());

const read = () => fetch(`${server.url}/api/v1/settings`).then(async (r) => ({ status: r.status, body: (await r.json()) as SettingsVersion }));
const save = (body: unknown) => call<SettingsVersion & ProblemBody>(server.url, 'PUT', '/api/v1/settings', body);
const versions = () => fetch(`${server.url}/api/v1/settings/versions`).then(async (r) => ((await r.json()) as { versions: SettingsVersion[] }).versions);
let eventId = '';
const pushStatus = async (payload: Record<string, unknown>) => {
  const record = checkInRecord(eventId, 'tableta-puerta-1', '2026-11-21T10:00:00-05:00', payload);
  const response = await postSync(server.url, pushBody([record]));
  return ((await response.json()) as { results: { status: string }[] }).results[0]?.status;
};
const listado = async () => (await authedFetch(`${server.url}/api/v1/events/${eventId}/attendance.csv`)).text();

describe('entity settings', () => {
  it('before any save, reads publicly as version 1, the Medellín preset every older record was captured with', async () => {
    const { status, body } = await read();
    expect(status).toBe(200);
    expect(body.version).toBe(1);
    expect(body.settings.entityName).toBe('Alcaldía de Medellín');
    eventId = (await createEvent(server.url)).id;
    expect(await pushStatus({ territory: 'L1' })).toBe('rejected');
  });

  it('only an administrador saves; planeación is refused and nothing changes', async () => {
    const planning = await createStaff(server.url, server.admin, 'planeacion');
    const refused = await fetch(`${server.url}/api/v1/settings`, { method: 'PUT', headers: planning.headers(), body: JSON.stringify(presets.cartagena) });
    expect(refused.status).toBe(403);
    expect((await read()).body.version).toBe(1);
  });

  it('refuses invalid settings by field, in Spanish, and stores no version', async () => {
    const bad = await save({ ...presets.cartagena, divipola: '1300', entityName: '' });
    expect(bad.status).toBe(400);
    expect((bad.body.details?.fields ?? []).map((f) => f.path).sort()).toEqual(['divipola', 'entityName']);
    expect((await read()).body.version).toBe(1);
  });

  it('each save is a new version, kept; the door accepts the new territories at once and old codes still', async () => {
    const first = await save(presets.cartagena);
    expect(first.status).toBe(201);
    expect(first.body.version).toBe(2);
    expect((await read()).body.settings.territories.entries.map((e) => e.code)).toContain('UCG15');
    expect(await pushStatus({ territory: 'L1', catalogueVersion: 2 })).toBe('accepted');
    // A phone offline since before the change still holds Medellín's codes: they are not refused.
    expect(await pushStatus({ territory: '07' })).toBe('accepted');
    // The notice of the new settings is one a consent may name.
    expect(await pushStatus({ territory: 'L2', consent: { accepted: true, textVersion: presets.cartagena.privacyNotices.notices[0]!.version } })).toBe('accepted');

    const renamed = structuredClone(presets.cartagena);
    renamed.territories.entries[0]!.name = 'Localidad 1 (renombrada)';
    expect((await save(renamed)).body.version).toBe(3);
    const kept = await versions();
    expect(kept.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(kept[1]!.settings.territories.entries[0]!.name).toBe('Localidad Histórica y del Caribe Norte');
    expect(kept[2]!.settings.territories.entries[0]!.name).toBe('Localidad 1 (renombrada)');

    // A renamed localidad does not rewrite history: the listado names each record's territory as it was captured.
    expect(await pushStatus({ territory: 'L1', catalogueVersion: 3, document: { type: 'CC', number: '1017222333' } })).toBe('accepted');
    const csv = await listado();
    expect(csv).toContain('Localidad Histórica y del Caribe Norte');
    expect(csv).toContain('Localidad 1 (renombrada)');
    expect(csv).toContain('Robledo');
  });

  it('the audit log records each save by version, with no settings text', async () => {
    const audit = await call<{ entries: { action: string; target: string | null; details?: unknown }[] }>(server.url, 'GET', '/api/v1/audit');
    const saves = audit.body.entries.filter((i) => i.action === 'settings.update');
    expect(saves.map((i) => i.target).sort()).toEqual(['2', '3']);
    expect(JSON.stringify(saves)).not.toMatch(/Localidad/);
  });
});
