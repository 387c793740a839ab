import { describe, expect, it } from 'vitest';
import { newPhonePage } from '../../support/browser';
import { builtinFormDefinitions } from '../../../src/core/forms/builtin-definitions';
import { makeLink } from './forms-page';
import { serverAndBrowser } from '../support/server-and-browser';

const escuchadero = builtinFormDefinitions.filter((d) => d.id === 'escuchadero').at(-1)!;
const label = (id: string) => escuchadero.fields.find((f) => f.id === id)!.label.en;

describe("the citizen's form in English", () => {
  const live = serverAndBrowser('citizen-english');

  it("explains an unanswered question in English, naming it as the person read it", async () => {
    const link = await makeLink(live.server, 'escuchadero', 'audiencia-ingles-2026');
    const phone = await newPhonePage(live.browser);
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.addInitScript(() => localStorage.setItem('cabildo.language', 'en'));
    await phone.goto(live.server.url + link.path);
    await phone.getByRole('heading', { level: 1, name: escuchadero.title.en }).waitFor();

    await phone.getByRole('button', { name: 'Send', exact: true }).click();
    const message = phone.getByText(`Answer “${label('tipo')}”.`);
    await message.first().waitFor();
    expect(await phone.getByText(/Responda «/).count()).toBe(0);
    await message.first().scrollIntoViewIfNeeded();
    await phone.screenshot({ path: '/work/shots/c-english-citizen-form-error.png' });
  });
});
