import { describe, expect, it } from 'vitest';
import { newPhonePage, waitForPending, waitForServiceWorkerControl } from '../../support/browser';
import { countRows } from '../../server/support/sqlite-file';
import { registerAttendee } from '../attendance-page';
import { adminOf, enrollPage } from '../support/enroll-page';
import { queueCounts } from './idb-counts';
import { serverAndBrowser } from '../support/server-and-browser';

const BANNER = 'Este dispositivo fue revocado. Sus 2 registros siguen guardados en este teléfono; pida a un administrador que lo vuelva a enrolar.';

describe('a revoked device cannot sync, keeps its records, and drains once enrolled again', () => {
  const live = serverAndBrowser('revoked');

  it('refuses the push, shows the banner with the count, keeps every record, and re-enrollment sends them', async () => {
    const attendance = () => countRows(live.dataDir, 'records', "kind = 'attendance.entry'");
    const phone = await newPhonePage(live.browser);
    const { deviceId } = await enrollPage(phone, live.server, { label: 'Puerta norte' });
    await phone.goto(`${live.server.url}/asistencia`); // the v1 form, off the menu since issue 13
    await waitForServiceWorkerControl(phone);
    await registerAttendee(phone, { fullName: 'Ana Lucía Pérez', documentNumber: '43555666', territory: '03' });
    await waitForPending(phone, 0);
    expect(attendance()).toBe(1);
    await phone.getByTestId('account-status').getByText('Dispositivo enrolado: Puerta norte').waitFor();

    // An administrator revokes the phone (lost, or handed to someone else).
    const admin = await adminOf(live.server);
    const revoked = await fetch(`${live.server.url}/api/v1/devices/${deviceId}/revoke`, { method: 'POST', headers: admin.headers() });
    expect(revoked.status).toBe(200);

    await registerAttendee(phone, { fullName: 'Bernardo Quintero', documentNumber: '70111222', territory: '05' });
    await registerAttendee(phone, { fullName: 'Carolina Mena', documentNumber: '1036444555', territory: '60' });
    await phone.getByRole('button', { name: 'Sincronizar ahora' }).click();
    const banner = phone.getByTestId('device-banner');
    await banner.getByText(BANNER).waitFor({ timeout: 30_000 });
    expect(await banner.getAttribute('role')).toBe('alert');

    // Nothing was lost or marked as rejected: both records and their outbox entries are on the phone.
    expect(await queueCounts(phone)).toEqual({ pending: 2, attention: 0, outbox: 2 });
    expect(attendance()).toBe(1);
    await waitForPending(phone, 2);

    // The refusal survives a reload (the banner shows before any request), and no retry loop runs meanwhile.
    let syncRequests = 0;
    phone.on('request', (request) => {
      if (request.url().endsWith('/api/v1/sync')) syncRequests++;
    });
    await phone.reload();
    await phone.getByTestId('device-banner').getByText(BANNER).waitFor();
    await registerAttendee(phone, { fullName: 'Daniel Arango', documentNumber: '98777888', territory: '07' });
    await phone.getByTestId('device-banner').getByText(/Sus 3 registros siguen guardados/).waitFor();
    await phone.waitForTimeout(3_000); // long enough for the app's normal 1.5 s debounce to have sent
    expect(syncRequests).toBe(0);
    expect(await queueCounts(phone)).toEqual({ pending: 3, attention: 0, outbox: 3 });

    // Someone with rights enrolls the same phone again: new credential, the queue drains, the banner goes.
    await enrollPage(phone, live.server, { label: 'Puerta norte (de nuevo)' });
    await phone.goto(`${live.server.url}/asistencia`); // the v1 form, off the menu since issue 13
    await waitForPending(phone, 0);
    expect(attendance()).toBe(4);
    expect(await phone.getByTestId('device-banner').count()).toBe(0);
    expect(await queueCounts(phone)).toEqual({ pending: 0, attention: 0, outbox: 0 });
  });
});
