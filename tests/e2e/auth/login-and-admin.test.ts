import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPhonePage } from '../../support/browser';
import { setupTokenOf } from '../../support/auth-bootstrap';
import { expectNoAxeViolations } from '../forms/forms-page';
import { serverAndBrowser } from '../support/server-and-browser';

const ADMIN = { name: 'María Fernanda Ríos', email: 'mfrios@alcaldia.test', password: 'rendicion-2026-segura' };

async function deskPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'es-CO', serviceWorkers: 'allow' });
  return context.newPage();
}

describe('first-run setup, sign-in and the administration screens', () => {
  const live = serverAndBrowser('login');

  it('creates the first administrator from the printed link, signs out and in, enrolls and revokes a device, creates a user', async () => {
    const desk = await deskPage(live.browser);
    const setupLink = `${live.server.url}/configuracion-inicial#token=${setupTokenOf(live.server.output())}`;
    await desk.goto(setupLink);
    await desk.getByRole('heading', { level: 1, name: 'Configuración inicial' }).waitFor();
    expect(new URL(desk.url()).hash).toBe(''); // the one-time token leaves the address bar at once
    await desk.getByLabel('Nombre completo').fill(ADMIN.name);
    await desk.getByLabel('Correo electrónico').fill(ADMIN.email);
    await desk.getByLabel('Contraseña').fill('corta');
    await desk.getByRole('button', { name: 'Crear administrador' }).click();
    await desk.getByTestId('auth-problem').getByText(/al menos 10 caracteres/).waitFor();
    await desk.getByLabel('Contraseña').fill(ADMIN.password);
    await desk.getByRole('button', { name: 'Crear administrador' }).click();
    await desk.getByTestId('setup-done').getByText(`Listo: ${ADMIN.name} es administrador y ya inició sesión.`).waitFor();
    await desk.getByTestId('signed-in-as').getByText(`Sesión: ${ADMIN.name} · Administrador`).waitFor();
    const cookies = await desk.context().cookies();
    expect(cookies.find((c) => c.name === 'cabildo_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });

    // The link works once.
    const again = await deskPage(live.browser);
    await again.goto(setupLink);
    await again.getByRole('button', { name: 'Crear administrador' }).waitFor();
    await again.getByLabel('Nombre completo').fill('Otra persona');
    await again.getByLabel('Correo electrónico').fill('otra@alcaldia.test');
    await again.getByLabel('Contraseña').fill('otra-clave-larga-1');
    await again.getByRole('button', { name: 'Crear administrador' }).click();
    await again.getByTestId('auth-problem').getByText('Cabildo ya tiene un administrador. Inicie sesión con su cuenta.').waitFor();

    // Sign out, then a wrong password, then the right one.
    await desk.getByRole('button', { name: 'Cerrar sesión' }).click();
    await desk.getByTestId('account-status').getByRole('link', { name: 'Iniciar sesión' }).click();
    await desk.getByRole('heading', { level: 1, name: 'Iniciar sesión' }).waitFor();
    await expectNoAxeViolations(desk, '/ingresar');
    await desk.getByLabel('Correo electrónico').fill(ADMIN.email);
    await desk.getByLabel('Contraseña').fill('no-es-la-clave');
    await desk.getByRole('button', { name: 'Ingresar' }).click();
    await desk.getByTestId('auth-problem').getByText('El correo o la contraseña no son correctos.').waitFor();
    await expectNoAxeViolations(desk, '/ingresar con error');
    await desk.getByLabel('Contraseña').fill(ADMIN.password);
    await desk.getByRole('button', { name: 'Ingresar' }).click();
    await desk.getByTestId('login-done').getByText(`Sesión iniciada: ${ADMIN.name} (Administrador).`).waitFor();

    // An enrollment QR with its countdown; a phone opens its link and becomes a device.
    await desk.goto(`${live.server.url}/administracion/dispositivos`);
    await desk.getByLabel('Nombre del dispositivo').fill('Quiosco de la entrada');
    await desk.getByRole('button', { name: 'Mostrar el código QR' }).click();
    const qr = desk.getByTestId('enrollment-qr');
    await qr.getByRole('img', { name: 'Código QR para enrolar el dispositivo Quiosco de la entrada' }).waitFor();
    await qr.getByTestId('enrollment-countdown').getByText(/^Vence en (10:00|9:\d\d)\.$/).waitFor();
    await expectNoAxeViolations(desk, '/administracion/dispositivos con QR');
    const enrollUrl = (await qr.getByTestId('enrollment-url').textContent()) ?? '';
    expect(enrollUrl).toMatch(new RegExp(`^${live.server.url}/enrolar#token=[A-Za-z0-9_-]{43}$`));

    const phone = await newPhonePage(live.browser);
    await phone.goto(enrollUrl);
    await phone.getByTestId('enroll-done').getByText('Dispositivo enrolado: Quiosco de la entrada. Sus registros se envían con esta credencial.').waitFor();
    expect(new URL(phone.url()).hash).toBe('');
    await phone.getByTestId('account-status').getByText('Dispositivo enrolado: Quiosco de la entrada').waitFor();

    await qr.getByRole('button', { name: 'Ocultar el código' }).click();
    await desk.getByRole('button', { name: 'Actualizar la lista' }).click();
    const device = desk.locator('[data-testid="device"]').filter({ hasText: 'Quiosco de la entrada' });
    await device.waitFor();
    await expectNoAxeViolations(desk, '/administracion/dispositivos con la lista');
    // Revoking asks first; "Cancelar" changes nothing.
    await device.getByRole('button', { name: 'Revocar Quiosco de la entrada' }).click();
    await device.getByText(/^¿Revocar «Quiosco de la entrada»\?/).waitFor();
    await expectNoAxeViolations(desk, '/administracion/dispositivos confirmando');
    await device.getByRole('button', { name: 'Cancelar' }).click();
    expect(await device.getAttribute('data-revoked')).toBe('false');
    await device.getByRole('button', { name: 'Revocar Quiosco de la entrada' }).click();
    await device.getByRole('button', { name: 'Sí, revocar' }).click();
    await device.getByText(/^Revocado: /).waitFor();
    expect(await device.getAttribute('data-revoked')).toBe('true');

    // A consulta account, then disabled.
    await desk.getByRole('navigation', { name: 'Secciones de administración' }).getByRole('link', { name: 'Usuarios' }).click();
    await desk.getByRole('heading', { level: 1, name: 'Usuarios' }).waitFor();
    await desk.getByLabel('Nombre completo').fill('Veeduría ciudadana');
    await desk.getByLabel('Correo electrónico').fill('veeduria@alcaldia.test');
    await desk.getByLabel('Contraseña').fill('solo-cifras-2026');
    await desk.getByLabel('Rol').selectOption('consulta');
    await desk.getByRole('button', { name: 'Crear la cuenta' }).click();
    await desk.getByText('Cuenta creada: veeduria@alcaldia.test.').waitFor();
    const user = desk.locator('[data-testid="user"][data-email="veeduria@alcaldia.test"]');
    await user.getByText('Consulta · Activa').waitFor();
    await expectNoAxeViolations(desk, '/administracion/usuarios');
    await user.getByRole('button', { name: 'Deshabilitar la cuenta de Veeduría ciudadana' }).click();
    await user.getByText('Consulta · Deshabilitada').waitFor();
    const login = await fetch(`${live.server.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'veeduria@alcaldia.test', password: 'solo-cifras-2026' }),
    });
    expect(login.status).toBe(401);
  });
});
