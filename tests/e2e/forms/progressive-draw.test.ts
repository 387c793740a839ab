import { describe, expect, it } from 'vitest';
import { newPhonePage } from '../../support/browser';
import { makeLink, submitForm, waitForForm } from './forms-page';
import { serverAndBrowser } from '../support/server-and-browser';
import { PUBLIC_READS } from '../../../src/core/forms/public-reads';

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

  it('shows a section with its first question, never ahead of it (a heading drawn early is pushed down: a layout shift)', async () => {
    const link = await makeLink(live.server, 'escuchadero', 'audiencia-dibujo-2026');
    const phone = await newPhonePage(live.browser);
    // Every change to the page, as it happens: a section on the page with none of its questions drawn yet.
    await phone.addInitScript(() => {
      const early: string[] = [];
      (window as unknown as { earlySections: string[] }).earlySections = early;
      new MutationObserver(() => {
        for (const section of document.querySelectorAll('section.qsection')) {
          const heading = section.getAttribute('aria-labelledby') ?? '';
          if (!section.querySelector('[data-field]') && !early.includes(heading)) early.push(heading);
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await phone.goto(live.server.url + link.path);
    await waitForForm(phone, ESCUCHADERO);
    await phone.locator('form.qform:not([aria-busy])').waitFor();
    expect(await phone.locator('section.qsection').count()).toBe(2);
    expect(await phone.evaluate(() => (window as unknown as { earlySections: string[] }).earlySections)).toEqual([]);
  });

  it('names the form\'s code and its public reads in the page itself: each fetched once, none missing', async () => {
    const link = await makeLink(live.server, 'escuchadero', 'audiencia-dibujo-2026');
    const html = await (await fetch(live.server.url + link.path)).text();
    const preloaded = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]!);
    expect(preloaded.length).toBeGreaterThan(3);
    for (const href of preloaded) {
      const response = await fetch(live.server.url + href);
      expect(response.status, href).toBe(200);
      expect(response.headers.get('content-type'), href).toContain('javascript');
    }
    // A staff page gets the plain shell: none of the form's own files (the shell's are preloaded by index.html itself).
    const staffPage = await (await fetch(`${live.server.url}/eventos`)).text();
    for (const href of preloaded.filter((h) => /\/assets\/citizen-(core|form-route)-/.test(h))) expect(staffPage).not.toContain(href);
    expect(preloaded.some((h) => h.includes('/assets/citizen-core-'))).toBe(true);

    const phone = await newPhonePage(live.browser);
    const asked = new Map<string, number>();
    const failed: string[] = [];
    phone.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      asked.set(path, (asked.get(path) ?? 0) + 1);
    });
    phone.on('requestfailed', (request) => failed.push(request.url()));
    phone.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') failed.push(message.text());
    });
    await phone.goto(live.server.url + link.path);
    await waitForForm(phone, ESCUCHADERO);
    await phone.locator('form.qform:not([aria-busy])').waitFor();
    // The form's chunks are the ones named in the page, and the page's fetch() takes the preloaded answers.
    for (const href of preloaded) expect(asked.get(href), href).toBe(1);
    for (const path of PUBLIC_READS) expect(asked.get(path), path).toBe(1);
    expect(failed).toEqual([]);
  });
});
