import { describe, expect, it } from 'vitest';
import { newPhonePage } from '../../support/browser';
import { signInPage } from '../support/enroll-page';
import { serverAndBrowser } from '../support/server-and-browser';

describe('the event form in English', () => {
  const live = serverAndBrowser('event-english');

  it("shows the server's field-by-field refusal in English: the app asks in the screen's language", async () => {
    const page = await newPhonePage(live.browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(() => localStorage.setItem('cabildo.language', 'en'));
    await signInPage(page.context(), live.server, 'planeacion');
    await page.goto(`${live.server.url}/eventos/nuevo`);
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.locator('#event-name').fill('Atril de prueba en inglés');
    // A day without its hour: sent as typed, the server's schema says what is wrong with it.
    await page.locator('#event-starts').fill('2026-12-10');
    await page.locator('#event-ends').fill('2026-12-10');
    await page.locator('#event-ends-time').fill('12:00');
    await page.getByRole('button', { name: 'Save event' }).click();

    await page.getByText('Check the start date and time: pick the day on the calendar and the time.').waitFor();
    await page.getByText('Choose the type of event from the list.').waitFor();
    expect(await page.getByText(/^(Revise|Elija|Escriba) /).count()).toBe(0);

    await page.getByRole('heading', { level: 1 }).evaluate((title) => title.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: '/work/shots/lang-event-form-en-top.png' });
    await page.locator('#event-starts-group').evaluate((dates) => dates.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: '/work/shots/lang-event-form-en-dates.png' });
  });
});
