import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { enrollPage } from './support/enroll-page';
import { axeViolations, launchBrowser, newPhonePage, waitForPending } from '../support/browser';
import { countRows } from '../server/support/sqlite-file';
import { localRecordCount, registerAttendee } from './attendance-page';

/** The error text shown for a field, found the way assistive technology finds it: aria-describedby. */
async function describedErrors(page: Page, fieldId: string): Promise<string> {
  return page.evaluate((id) => {
    const field = document.getElementById(id)!;
    const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((ref) => document.getElementById(ref)?.textContent ?? '').join(' | ');
  }, fieldId);
}

describe('attendance form: validation, accessibility and records that need attention', () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cabildo-e2e-form-'));
    server = await startServerProcess({ dataDir });
    browser = await launchBrowser();
    page = await newPhonePage(browser);
    await enrollPage(page, server); // the server only takes attendance from enrolled devices
    await page.goto(`${server.url}/asistencia`); // the v1 form, off the menu since issue 13
    await waitForPending(page, 0);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('has no axe violations on the main routes (WCAG 2.1 A/AA rules)', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es-CO');
    for (const path of ['/asistencia', '/atencion', '/acerca']) {
      await page.goto(`${server!.url}${path}`);
      await page.locator('h1').waitFor();
      await waitForPending(page, 0);
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
  });

  it('switches to English and back from /acerca, <html lang> included', async () => {
    await page.goto(`${server!.url}/acerca`);
    await page.getByLabel('English').check();
    await page.getByRole('heading', { name: 'About Cabildo' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload(); // the choice is remembered
    await page.getByRole('heading', { name: 'About Cabildo' }).waitFor();
    await page.getByLabel('Español').check();
    await page.getByRole('heading', { name: 'Acerca de Cabildo' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es-CO');
  });

  it('shows Spanish messages next to each invalid field and saves nothing', async () => {
    await page.goto(`${server!.url}/asistencia`);
    await waitForPending(page, 0);
    await page.getByLabel('Nombre completo').fill('Al');
    await page.getByLabel('Número de documento').fill('12 34');
    await page.getByRole('button', { name: 'Guardar asistencia' }).click();
    await page.getByTestId('save-status').getByText('Revise los campos marcados. No se guardó nada.').waitFor();

    expect(await page.getByLabel('Nombre completo').getAttribute('aria-invalid')).toBe('true');
    expect(await describedErrors(page, 'fullName')).toContain('Escriba el nombre completo (mínimo 3 letras).');
    expect(await describedErrors(page, 'documentNumber')).toContain(
      'El número de documento debe tener de 3 a 20 letras o números, sin espacios.',
    );
    expect(await describedErrors(page, 'territory')).toContain('Elija una comuna o corregimiento de la lista.');
    expect(await describedErrors(page, 'consent')).toContain('Sin la autorización de tratamiento de datos');
    expect(await page.getByLabel('Tipo de documento').getAttribute('aria-invalid')).toBeNull();
    // Focus goes to the first field to fix; what was typed stays.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fullName');
    expect(await page.getByLabel('Nombre completo').inputValue()).toBe('Al');

    expect(await localRecordCount(page)).toBe(0);
    await waitForPending(page, 0);
    expect(await axeViolations(page)).toEqual([]);

    // Fixing a field removes its message.
    await page.getByLabel('Nombre completo').fill('Alba Lucía');
    expect(await page.getByLabel('Nombre completo').getAttribute('aria-invalid')).toBeNull();
  });

  it('lists what the server rejected with its reason, and "Reintentar" sends it again', async () => {
    // The server of this test run answers "rejected" once, as a server with stricter rules would.
    const reject = async (route: Route) => {
      const body = route.request().postDataJSON() as { records: { id: string }[] };
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          serverTime: new Date().toISOString(),
          results: body.records.map((r) => ({
            id: r.id,
            status: 'rejected',
            problem: {
              code: 'record.invalid',
              message: 'El registro tiene datos inválidos.',
              details: { fields: [{ path: 'payload.territory', code: 'invalid_value', message: 'Comuna retirada del catálogo.' }] },
            },
          })),
        }),
      });
    };
    await page.context().route('**/api/v1/sync', reject);
    await page.goto(`${server!.url}/asistencia`);
    await page.getByRole('button', { name: 'Borrar' }).click();
    await registerAttendee(page, { fullName: 'Rosa Elvira Cárdenas', documentNumber: '32555666', territory: '90' });
    await page.getByRole('button', { name: 'Sincronizar ahora' }).click();

    const link = page.getByTestId('attention-link');
    await link.getByText('1 requiere atención').waitFor();
    await link.click();
    const list = page.getByTestId('attention-list');
    await list.getByText('Rosa Elvira Cárdenas').waitFor();
    expect(await list.textContent()).toContain('El registro tiene datos inválidos.');
    expect(await list.textContent()).toContain('Comuna retirada del catálogo.');
    expect(await axeViolations(page)).toEqual([]);

    await page.context().unroute('**/api/v1/sync', reject);
    await list.getByRole('button', { name: 'Reintentar el registro de Rosa Elvira Cárdenas' }).click();
    await page.getByTestId('attention-empty').waitFor();
    await waitForPending(page, 0);
    expect(countRows(dataDir, 'records', "kind = 'attendance.entry'")).toBe(1);
  });
});
