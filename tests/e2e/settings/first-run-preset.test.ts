import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SettingsVersion } from '../../../src/core/settings/settings-version';
import { createEnrollmentUrl, setupTokenOf, signIn, type StaffSession } from '../../support/auth-bootstrap';
import { axeViolations, launchBrowser, waitForServiceWorkerControl } from '../../support/browser';
import { startServerProcess, type ServerProcess } from '../../support/server-process';
import { eventBody, localRecords } from '../door/door-helpers';

const SHOTS = '/work/shots/settings';
const EVENT_ID = 'atril-localidad-1-e2e';
const ADMIN = { name: 'Ana Administradora', email: 'admin@cartagena.test', password: 'contraseña-segura-1' };
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const CARTAGENA_LOCALIDADES = ['Localidad Histórica y del Caribe Norte', 'Localidad De la Virgen y Turística', 'Localidad Industrial y de la Bahía'];

/** The phone size the screenshots are taken at (390×844), in a fresh profile. */
async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'es-CO', serviceWorkers: 'allow' });
  return context.newPage();
}

describe('first run with the Cartagena preset, and the settings screen', () => {
  let dir: string;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let admin: StaffSession;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cabildo-e2e-settings-'));
    server = await startServerProcess({ dataDir: join(dir, 'data') });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const settingsNow = async () => (await (await fetch(`${server!.url}/api/v1/settings`)).json()) as SettingsVersion;

  it('first-run chooses Cartagena; the door, offline, lists Cartagena\'s localidades and records carry the catalogue version', async () => {
    const setup = await phone(browser!);
    await setup.goto(`${server!.url}/configuracion-inicial#token=${setupTokenOf(server!.output())}`);
    await setup.getByLabel('Nombre completo').fill(ADMIN.name);
    await setup.getByLabel('Correo electrónico').fill(ADMIN.email);
    await setup.getByLabel('Contraseña', { exact: true }).fill(ADMIN.password);
    await setup.getByRole('radio', { name: /Cartagena de Indias/ }).check();
    expect(await setup.getByLabel('Nombre de la entidad').inputValue()).toBe('Alcaldía Mayor de Cartagena de Indias');
    await setup.screenshot({ path: `${SHOTS}/01-setup-preset.png`, fullPage: true });
    expect(await axeViolations(setup)).toEqual([]);
    await setup.getByRole('button', { name: 'Crear administrador' }).click();
    await setup.getByTestId('setup-done').waitFor();
    const saved = await settingsNow();
    expect(saved).toMatchObject({ version: 2, settings: { entityName: 'Alcaldía Mayor de Cartagena de Indias', divipola: '13001' } });

    admin = await signIn(server!.url, ADMIN.email, ADMIN.password, 'administrador');
    const created = await fetch(`${server!.url}/api/v1/events`, {
      method: 'POST',
      headers: admin.headers(),
      body: JSON.stringify({ ...eventBody, id: EVENT_ID, name: 'Atril en la Localidad 1', place: 'Plaza de la Aduana', territory: 'L1' }),
    });
    expect(created.status).toBe(201);

    // A door phone: enrolled, opened once online (events, list, key and settings), then without signal.
    const door = await phone(browser!);
    await door.goto(await createEnrollmentUrl(server!.url, admin, { label: 'Puerta Aduana', eventIds: [EVENT_ID] }));
    await door.getByTestId('enroll-done').waitFor({ timeout: 30_000 });
    await door.goto(`${server!.url}/eventos/${EVENT_ID}`);
    await waitForServiceWorkerControl(door);
    await door.getByRole('link', { name: /Abrir la puerta/ }).click();
    await door.getByText(/aún no tiene la clave/).waitFor({ state: 'detached' });
    await door.context().setOffline(true);
    await door.reload();
    await door.locator('[data-testid="door"][data-ready="true"]').waitFor();
    await door.getByTestId('door-search').fill('1047222333');
    await door.getByTestId('door-search').press('Enter');
    await door.getByTestId('door-form').waitFor();

    // The door asks in Cartagena's own words, not Medellín's "comuna o corregimiento".
    const territory = door.getByLabel('Localidad o unidad comunal de gobierno donde vive', { exact: true });
    const options = await territory.locator('option').allTextContents();
    for (const localidad of CARTAGENA_LOCALIDADES) expect(options).toContain(localidad);
    expect(options).toContain('Unidad Comunal de Gobierno 1');
    expect(options.join(' ')).not.toMatch(/Popular|Robledo|Comunas/);
    await territory.selectOption('L1');
    await territory.scrollIntoViewIfNeeded();
    await door.screenshot({ path: `${SHOTS}/02-door-offline-cartagena.png` });

    await door.getByLabel('Nombres', { exact: true }).fill('Rosa Elena');
    await door.getByLabel('Apellidos').fill('Julio Barrios');
    // The notice shown is Cartagena's, naming the entity responsible for the data.
    expect(await door.getByTestId('door-form').innerText()).toMatch(/Alcaldía Mayor de Cartagena de Indias es responsable/);
    await door.getByRole('checkbox', { name: /Autorizo el tratamiento de mis datos personales/ }).check();
    await door.getByRole('button', { name: 'Guardar asistencia' }).click();
    await door.locator('[data-testid="door-result"]').first().waitFor();
    const records = await localRecords(door);
    expect(records).toHaveLength(1);
    expect(records[0]!.payload).toMatchObject({ territory: 'L1', catalogueVersion: 2 });
    await door.context().close();
    await setup.context().close();
  });

  it("the escuchadero from a poster asks Cartagena's citizen about its localidades, in Spanish and in English", async () => {
    const link = await fetch(`${server!.url}/api/v1/forms/escuchadero/links`, { method: 'POST', headers: admin.headers(), body: JSON.stringify({ eventId: EVENT_ID, answerLimit: 'none' }) });
    expect(link.status).toBe(200);
    const citizen = await phone(browser!);
    await citizen.goto(server!.url + ((await link.json()) as { path: string }).path);
    await citizen.getByRole('heading', { level: 1, name: 'Escuchadero de rendición de cuentas' }).waitFor();

    // The built-in question says {territorio}: the citizen reads Cartagena's divisions and picks one of them.
    const question = citizen.getByLabel(/^¿A qué localidad o unidad comunal de gobierno se refiere\?/);
    const options = await question.locator('option').allTextContents();
    for (const localidad of CARTAGENA_LOCALIDADES) expect(options).toContain(localidad);
    const page = await citizen.locator('main, body').first().innerText();
    expect(page).not.toMatch(/comuna o corregimiento|\{territorio\}/);
    await question.evaluate((select) => select.scrollIntoView({ block: 'center' }));
    await citizen.screenshot({ path: '/work/shots/label-cartagena-territory-es.png' });

    // Unanswered, the message names the question in the same words.
    await citizen.getByRole('button', { name: 'Enviar', exact: true }).click();
    await citizen.getByText('Responda «¿A qué localidad o unidad comunal de gobierno se refiere?».').waitFor();

    await citizen.getByRole('button', { name: 'English' }).click();
    const english = citizen.getByLabel(/^Which localidad or unidad comunal de gobierno is it about\?/);
    await english.waitFor();
    await citizen.getByRole('button', { name: 'Send', exact: true }).click();
    await citizen.getByText('Answer “Which localidad or unidad comunal de gobierno is it about?”.').waitFor();
    await english.evaluate((select) => select.scrollIntoView({ block: 'center' }));
    await citizen.screenshot({ path: '/work/shots/label-cartagena-territory-en.png' });
    expect(await axeViolations(citizen)).toEqual([]);
    await citizen.context().close();

    // The memoria's form tables, computed in the server's report worker, ask the evaluation's question the same way.
    const report = await fetch(`${server!.url}/api/v1/reports/events/${EVENT_ID}`, { headers: admin.headers() });
    const forms = ((await report.json()) as { forms: { evaluation: { questions: { fieldId: string; label: { es: string } }[] } } }).forms;
    expect(forms.evaluation.questions.find((q) => q.fieldId === 'territorio')?.label.es).toBe('¿En qué localidad o unidad comunal de gobierno vive?');
  });

  it('a CSV with bad rows is refused line by line and nothing changes; a good one is saved as a new version', async () => {
    const page = await phone(browser!);
    await page.context().addCookies([{ name: 'cabildo_session', value: admin.cookie.split('=').slice(1).join('='), url: server!.url }]);
    await page.goto(`${server!.url}/administracion/configuracion`);
    const count = page.getByTestId('settings-territories-count');
    // Cartagena's preset: 3 localidades, 15 unidades comunales, 3 rural areas and "another municipality".
    await count.getByText('22 entradas').waitFor();
    await page.getByRole('heading', { name: 'Entidad', exact: true }).evaluate((h) => h.scrollIntoView());
    await page.screenshot({ path: `${SHOTS}/03-settings-entity.png` });
    await page.getByRole('heading', { name: 'Territorios', exact: true }).evaluate((h) => h.scrollIntoView());
    await page.screenshot({ path: `${SHOTS}/03b-settings-territories.png` });
    expect(await axeViolations(page)).toEqual([]);

    const bad = ['codigo;nombre;tipo;padre', 'L1;Localidad Histórica;localidad;', 'B01;Barrio sin padre;barrio;L9', 'B02;;barrio;L1'].join('\n');
    await page.locator('#settings-territories-csv').setInputFiles({ name: 'territorios.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const errors = page.getByTestId('settings-territories-import-errors');
    await errors.waitFor();
    const text = await errors.innerText();
    expect(text).toMatch(/Línea 3: el padre «L9» no es el código de ninguna fila/);
    expect(text).toMatch(/Línea 4: falta el nombre/);
    expect(text).not.toMatch(/Línea 2/);
    expect(await count.innerText()).toBe('22 entradas');
    await errors.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/04-settings-csv-refused.png` });
    expect((await settingsNow()).version).toBe(2);

    const good = ['codigo;nombre;tipo;padre', 'L1;Localidad Histórica y del Caribe Norte;localidad;', 'L2;Localidad De la Virgen y Turística;localidad;', 'B01;Getsemaní;barrio;L1'].join('\n');
    await page.locator('#settings-territories-csv').setInputFiles({ name: 'territorios.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await count.getByText('3 entradas').waitFor();
    // A small logo, kept inside the settings as a data URL (prints work offline).
    await page.locator('#settings-logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(ONE_PIXEL_PNG, 'base64') });
    await page.getByRole('img', { name: 'Logo de la entidad' }).waitFor();
    await expect(errors.count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Guardar configuración' }).click();
    await page.getByTestId('settings-saved').getByText('Guardado: versión 3 del catálogo.').waitFor();
    const now = await settingsNow();
    expect(now.version).toBe(3);
    expect(now.settings.territories.entries.map((e) => e.code)).toEqual(['L1', 'L2', 'B01']);
    expect(now.settings.logo).toBe(`data:image/png;base64,${ONE_PIXEL_PNG}`);
    await page.screenshot({ path: `${SHOTS}/05-settings-saved.png` });
    await page.context().close();
  });
});
