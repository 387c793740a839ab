import { describe, expect, it } from 'vitest';
import { newPhonePage } from '../../support/browser';
import { countRows } from '../../server/support/sqlite-file';
import { fillEscuchadero, makeLink, newDeskPage, shownTrackingCode, submitForm, waitForForm } from '../forms/forms-page';
import { serverAndBrowser } from '../support/server-and-browser';

const EVENT = 'audiencia-xss-2026';
// What a hostile citizen types into the escuchadero: markup that would run if any screen injected it as HTML.
const HOSTILE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> ¿Y el <b>parque</b>? <svg onload="window.__xss=3">';

describe('output is safe: what a citizen types shows as text in the planning office', () => {
  const live = serverAndBrowser('xss');

  it('an XSS payload sent from a signed escuchadero link renders as inert text in the inbox', async () => {
    const link = await makeLink(live.server, 'escuchadero', EVENT);
    const citizen = await newPhonePage(live.browser); // a citizen's own phone: no credential, no session
    await citizen.goto(live.server.url + link.path);
    await waitForForm(citizen, 'Escuchadero de rendición de cuentas');
    await fillEscuchadero(citizen, HOSTILE);
    await submitForm(citizen);
    const code = await shownTrackingCode(citizen);
    await citizen.getByTestId('record-sync').and(citizen.locator('[data-state="synced"]')).waitFor({ timeout: 30_000 });
    expect(countRows(live.dataDir, 'records', "kind = 'form.submission'")).toBe(1);
    expect(await citizen.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();

    const desk = await newDeskPage(live.browser, live.server);
    const dialogs: string[] = [];
    desk.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await desk.goto(`${live.server.url}/escuchadero`);
    const item = desk.locator(`[data-testid="inbox-item"][data-code="${code}"]`);
    await item.getByText(HOSTILE, { exact: true }).waitFor();
    // Characters, not elements: nothing from the message became markup, nothing ran.
    expect(await item.locator('img, script, svg, b').count()).toBe(0);
    expect(await desk.locator('main img, main script').count()).toBe(0);
    expect(await desk.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // The citizen's own follow-up screen shows it the same way.
    await citizen.goto(`${live.server.url}/seguimiento`);
    await citizen.locator(`[data-testid="tracked-code"][data-code="${code}"]`).waitFor();
    expect(await citizen.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  });
});
