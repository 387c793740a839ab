import { setTimeout as pause } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presets } from '../../../src/core/settings/presets';
import type { SettingsVersion } from '../../../src/core/settings/settings-version';
import { RECHECK_AFTER_MS } from '../../../src/server/settings/live-settings';
import { enrollDevice, type EnrolledDevice } from '../../support/auth-bootstrap';
import { pgUnavailableReason } from '../../support/pg-database';
import { checkInRecord, eventDraft, newEventId } from '../events/fixtures';
import { startPostgresPair, type PostgresPair } from '../support/postgres-pair';

/**
 * Settings saved through one PostgreSQL process are known to the others as soon as its announcement arrives,
 * not after their periodic re-check. Process `two` gets no request before the test's first read, so that read
 * starts its re-check clock: anything it shows before RECHECK_AFTER_MS has passed came from the announcement.
 */
const pgSkipReason = await pgUnavailableReason();
if (pgSkipReason !== undefined) console.warn(`Ajustes entre procesos omitidos: ${pgSkipReason}`);

const settingsVersion = async (url: string) => ((await (await fetch(`${url}/api/v1/settings`)).json()) as SettingsVersion).version;

describe.skipIf(pgSkipReason !== undefined)(`entity settings across two PostgreSQL processes${pgSkipReason ? ` (omitido: ${pgSkipReason})` : ''}`, () => {
  let pair: PostgresPair;
  let device: EnrolledDevice;
  const eventId = newEventId('ajustes');

  beforeAll(async () => {
    pair = await startPostgresPair('pg-settings');
    // Everything through `one`: see above.
    device = await enrollDevice(pair.one.url, pair.admin, { eventIds: [eventId] });
    const created = await fetch(`${pair.one.url}/api/v1/events`, { method: 'POST', headers: pair.admin.headers(), body: JSON.stringify({ id: eventId, ...eventDraft() }) });
    expect(created.status, await created.clone().text()).toBe(201);
  });
  afterAll(() => pair?.stop());

  const checkInThrough = async (url: string, payload: Record<string, unknown>) => {
    const record = checkInRecord(eventId, device.deviceId, '2026-11-21T10:00:00-05:00', payload);
    const response = await fetch(`${url}/api/v1/sync`, { method: 'POST', headers: device.headers(), body: JSON.stringify({ deviceId: device.deviceId, records: [record] }) });
    expect(response.status, await response.clone().text()).toBe(200);
    return ((await response.json()) as { results: { status: string }[] }).results[0]?.status;
  };

  it('a check-in with a territory saved through one process is accepted through the other at once', async () => {
    const firstRead = Date.now();
    expect(await settingsVersion(pair.two.url)).toBe(1);
    // Cartagena's localidad L1 is no territory of the built-in (Medellín) settings.
    expect(await checkInThrough(pair.two.url, { territory: 'L1' })).toBe('rejected');

    const saved = await fetch(`${pair.one.url}/api/v1/settings`, { method: 'PUT', headers: pair.admin.headers(), body: JSON.stringify(presets.cartagena) });
    expect(saved.status, await saved.clone().text()).toBe(201);

    // Until `two` shows it, bounded by the re-check that would have found it without any announcement.
    let seen = await settingsVersion(pair.two.url);
    while (seen !== 2 && Date.now() - firstRead < RECHECK_AFTER_MS) {
      await pause(20);
      seen = await settingsVersion(pair.two.url);
    }
    expect(seen).toBe(2);
    expect(Date.now() - firstRead).toBeLessThan(RECHECK_AFTER_MS);
    expect(await checkInThrough(pair.two.url, { territory: 'L1', catalogueVersion: 2 })).toBe('accepted');
  });
});
