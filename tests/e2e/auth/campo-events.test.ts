import { describe, expect, it } from 'vitest';
import { newPhonePage } from '../../support/browser';
import { createStaff } from '../../support/auth-bootstrap';
import { createEvent } from '../../server/auth/authed-fixtures';
import { expectNoAxeViolations } from '../forms/forms-page';
import { adminOf, signInPage } from '../support/enroll-page';
import { serverAndBrowser } from '../support/server-and-browser';

describe('the office assigns a campo account its events on the users screen', () => {
  const live = serverAndBrowser('campo-events');

  it('ticks events for a campo account, saves them, and the account then pulls only those', async () => {
    const admin = await adminOf(live.server);
    await createEvent(live.server.url, admin, 'audiencia-comuna-4', { name: 'Audiencia pública comuna 4' });
    await createEvent(live.server.url, admin, 'feria-transparencia', { name: 'Feria de transparencia' });
    const campo = await createStaff(live.server.url, admin, 'campo');

    const page = await newPhonePage(live.browser);
    await signInPage(page.context(), live.server, 'administrador');
    await page.goto(`${live.server.url}/administracion/usuarios`);
    const card = page.locator('[data-testid="user"]').filter({ hasText: campo.email });
    await card.getByRole('button', { name: 'Eventos asignados a Persona campo' }).click();
    await card.getByTestId('event-picker-summary').getByText('Ningún evento asignado').waitFor();
    await card.getByLabel(/Audiencia pública comuna 4/).check();
    await card.getByRole('button', { name: 'Guardar los eventos asignados' }).click();
    await card.getByText('Guardado: 1 eventos asignados.').waitFor();
    await expectNoAxeViolations(page, '/administracion/usuarios con eventos asignados');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/work/shots/pull/users-campo-events.png' });

    const pulled = await fetch(`${live.server.url}/api/v1/pull`, { headers: campo.headers() });
    expect(pulled.status).toBe(200);
    expect(((await pulled.json()) as { events: { id: string }[] }).events.map((e) => e.id)).toEqual(['audiencia-comuna-4']);
  });

  it('tells a campo account with no events assigned whom to ask, instead of two empty lists', async () => {
    const admin = await adminOf(live.server);
    await createEvent(live.server.url, admin, 'cabildo-abierto-rural', { name: 'Cabildo abierto rural' });

    const page = await newPhonePage(live.browser);
    await signInPage(page.context(), live.server, 'campo');
    await page.goto(`${live.server.url}/`);
    const notice = page.getByTestId('home-no-assignment');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('todavía no le ha asignado eventos a esta cuenta');
    expect(await notice.textContent()).toContain('Administración › Usuarios');
    // The event exists (the office sees it); only this account has none: no empty "today"/"upcoming" lists.
    expect(await page.getByTestId('home-today-empty').count()).toBe(0);
    expect(await page.getByTestId('home-upcoming-empty').count()).toBe(0);
    await expectNoAxeViolations(page, '/ de una cuenta de campo sin eventos asignados');
    await page.screenshot({ path: '/work/shots/frame-campo-no-events.png' });
  });
});
