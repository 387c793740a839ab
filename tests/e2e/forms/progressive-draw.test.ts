import { describe, expect, it } from 'vitest';
import { newPhonePage } from '../../support/browser';
import { makeLink, submitForm, waitForForm } from './forms-page';
import { serverAndBrowser } from '../support/server-and-browser';

const ESCUCHADERO = 'Escuchadero de rendición de cuentas';

/** What the page saw when it answered a question the moment that question was drawn. */
interface EarlyAnswers {
  /** The form was still marked busy (questions left to draw) when the first question was answered. */
  busyAtFirst?: boolean;
  questionsAtFirst?: number;
  messageTyped?: boolean;
}

describe('a citizen form drawn a few questions at a time', () => {
  const live = serverAndBrowser('progressive-draw');

  it('keeps what the person answered while the rest of the questions were still being drawn', async () => {
    const link = await makeLink(live.server, 'escuchadero', 'audiencia-dibujo-2026');
    const phone = await newPhonePage(live.browser);
    // Answers each question in the very task that draws it (a MutationObserver's callback runs before the page
    // yields): the first question while the others are not on the page yet, the message before the form is done.
    await phone.addInitScript(() => {
      const seen: EarlyAnswers = {};
      (window as unknown as { earlyAnswers: EarlyAnswers }).earlyAnswers = seen;
      new MutationObserver(() => {
        const first = document.querySelector<HTMLInputElement>('#q-tipo-0');
        if (first && seen.busyAtFirst === undefined) {
          first.click();
          seen.busyAtFirst = document.querySelector('form.qform[aria-busy="true"]') !== null;
          seen.questionsAtFirst = document.querySelectorAll('[data-field]').length;
        }
        const message = document.querySelector<HTMLTextAreaElement>('#q-mensaje');
        if (message && !seen.messageTyped) {
          message.value = 'Escrito antes de que apareciera todo el formulario.';
          message.dispatchEvent(new Event('input', { bubbles: true }));
          seen.messageTyped = true;
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await phone.goto(live.server.url + link.path);
    await waitForForm(phone, ESCUCHADERO);
    await phone.locator('form.qform:not([aria-busy])').waitFor();

    const early = await phone.evaluate(() => (window as unknown as { earlyAnswers: EarlyAnswers }).earlyAnswers);
    expect(early.busyAtFirst).toBe(true);
    expect(early.questionsAtFirst).toBeLessThan(6);
    expect(early.messageTyped).toBe(true);
    // Every question is there now, in the definition's order, and the early answers are still on screen.
    expect(await phone.locator('[data-field]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-field')))).toEqual([
      'q-tipo',
      'q-tema',
      'q-territorio',
      'q-mensaje',
      'q-publicar',
      'q-forma_respuesta',
    ]);
    expect(await phone.getByRole('radio', { name: 'Hacer una pregunta' }).isChecked()).toBe(true);
    expect(await phone.getByLabel(/Escriba su mensaje/).inputValue()).toBe('Escrito antes de que apareciera todo el formulario.');
    expect(await phone.getByTestId('length-counter').textContent()).toBe('51 de 2.000 caracteres');

    // The first answer is required and never touched again: the form sends only because it was kept.
    await phone.getByLabel('¿Sobre qué tema?').selectOption('3.4');
    await phone.getByLabel(/¿A qué comuna o corregimiento se refiere\?/).selectOption('03');
    await phone.getByRole('radio', { name: /Sin dar mis datos/ }).check();
    await submitForm(phone);
  });
});
