import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../../support/browser';
import { adminOf, signInPage, type E2eServer } from '../support/enroll-page';

export interface SignedLink {
  path: string;
  signature: string;
  qrText: string;
}

/**
 * The planning office's poster link, straight from the API as the administrator (the staff screen is tested on
 * its own). answerLimit null leaves the form's default (one per person, except the escuchadero).
 */
export async function makeLink(server: E2eServer, formId: string, eventId: string, answerLimit: string | null = 'none'): Promise<SignedLink> {
  const admin = await adminOf(server);
  const response = await fetch(`${server.url}/api/v1/forms/${formId}/links`, {
    method: 'POST',
    headers: admin.headers(),
    body: JSON.stringify(answerLimit === null ? { eventId } : { eventId, answerLimit }),
  });
  if (!response.ok) throw new Error(`link for ${formId}: ${response.status} ${await response.text()}`);
  return (await response.json()) as SignedLink;
}

/** A desktop-sized page for the planning office, signed in with a planning account (its screens need one). */
export async function newDeskPage(browser: Browser, server: E2eServer): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'es-CO', serviceWorkers: 'allow' });
  await signInPage(context, server, 'planeacion');
  return context.newPage();
}

export async function waitForForm(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** An escuchadero question, anonymous, as a citizen fills it with a pointer. */
export async function fillEscuchadero(page: Page, message: string, territory = '03'): Promise<void> {
  await page.getByRole('radio', { name: 'Hacer una pregunta' }).check();
  await page.getByLabel('¿Sobre qué tema?').selectOption('3.4');
  await page.getByLabel(/¿A qué comuna o corregimiento se refiere\?/).selectOption(territory);
  await page.getByLabel(/Escriba su mensaje/).fill(message);
  await page.getByRole('radio', { name: /Sin dar mis datos/ }).check();
}

/** The evaluation of the audiencia, every required question answered. */
export async function fillEvaluation(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: 'Redes sociales' }).check();
  const group = (name: RegExp) => page.getByRole('group', { name });
  await group(/procedimiento de las intervenciones/).getByRole('radio', { name: 'Clara' }).check();
  await group(/oportunidad de los asistentes/).getByRole('radio', { name: 'Adecuada', exact: true }).check();
  await group(/tiempo dedicado/).getByRole('radio', { name: 'Adecuado', exact: true }).check();
  for (const name of [/temas tratados/, /resultados de la gestión/, /sigan realizando/]) await group(name).getByRole('radio', { name: 'Sí' }).check();
  await group(/cómo califica/).getByRole('radio', { name: '4' }).check();
}

export async function submitForm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Enviar', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /¡Gracias!/ }).waitFor();
  await page.getByText('Guardado en este dispositivo.').waitFor();
}

/** The code shown after an escuchadero message, without the dash. */
export async function shownTrackingCode(page: Page): Promise<string> {
  const text = (await page.getByTestId('tracking-code').locator('.qcode__value').textContent()) ?? '';
  return text.replace(/-/g, '');
}

export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) throw new Error(`axe (${where}): ${JSON.stringify(violations, null, 2)}`);
}
