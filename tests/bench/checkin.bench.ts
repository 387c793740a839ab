import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { uuidV7 } from '../../src/core/ids/uuidv7';
import { launchBrowser, newPhonePage } from '../support/browser';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { EVENT_ID, register, seedEvent } from '../e2e/door/door-helpers';
import { adminOf, enrollPage } from '../e2e/support/enroll-page';
import { buildApp, openDoor, percentile } from './door-bench-setup';
import { report } from './report';

/**
 * One check-in at the door with 5,000 registered attendees on the device (pulled from the real server into
 * IndexedDB): from the decoded pass arriving (typed into the door by a "barcode reader", the same path as a
 * camera result) to the green screen painted, the record and its outbox entry committed in between.
 * Offline, as at a door with no signal; 200 different passes, p50 and p95.
 *
 * The server's attendee rows carry the name but not the registration's answers (territory, consent), so a
 * pass would open the form; the bench adds those answers to the pulled rows (as the `person` field the door
 * reads) to time the one-step path the door takes when they are there.
 */
const ATTENDEES = Number(process.env.CHECKIN_BENCH_ATTENDEES ?? 5_000);
const CHECK_INS = 200;
const CONCURRENCY = 16;

const dir = await mkdtemp(join(tmpdir(), 'cabildo-bench-checkin-'));
let server: ServerProcess | undefined;
let browser: Browser | undefined;

const person = {
  registeredAt: '2026-11-20T18:00:00-05:00',
  firstNames: 'Persona',
  surnames: 'De Prueba',
  territory: '03',
  consent: { accepted: true, textVersion: '2026-1' },
};

// Plain text for the page (tsx would wrap inner functions in a helper the page does not have).
const ADD_ANSWERS = `new Promise((resolve, reject) => {
  const open = indexedDB.open('cabildo');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction('attendees', 'readwrite');
    let n = 0;
    tx.objectStore('attendees').openCursor().onsuccess = (e) => {
      const cursor = e.target.result;
      if (!cursor) return;
      cursor.update({ ...cursor.value, person: { ...PERSON, eventId: cursor.value.eventId } });
      n++;
      cursor.continue();
    };
    tx.oncomplete = () => { db.close(); resolve(n); };
    tx.onerror = () => reject(tx.error);
  };
})`;

const CHECK_IN_ONE = `(async (code) => {
  const input = document.getElementById('door-search-input');
  const start = performance.now();
  const painted = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const result = document.querySelector('[data-testid="door-result"]');
      if (!result) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve({ ms: performance.now() - start, colour: result.getAttribute('data-colour') }));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    setTimeout(() => resolve({ ms: -1, colour: 'none (no result screen in 10 s)' }), 10000);
  });
  input.value = code;
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  const outcome = await painted;
  document.querySelector('[data-testid="door-result"]')?.click();
  return outcome;
})`;

try {
  const staticDir = join(dir, 'dist');
  await buildApp(staticDir, 'bench-checkin');
  // 5,000 registrations from one staff session in a minute: the per-account limit is for people, not for this.
  server = await startServerProcess({ dataDir: join(dir, 'data'), staticDir, env: { RATE_LIMIT_FACTOR: '100' } });
  const admin = await adminOf(server);
  await seedEvent(server.url, admin);
  const passes: string[] = [];
  let next = 0;
  const base = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < ATTENDEES) {
        const i = next++;
        const random = new Uint8Array(10);
        new DataView(random.buffer).setUint32(0, i);
        const pass = await register(server!.url, admin, uuidV7(base + i, random), { firstNames: `Persona ${i}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!), surnames: 'De Prueba' });
        if (i < CHECK_INS) passes[i] = pass;
      }
    }),
  );

  browser = await launchBrowser();
  const page = await newPhonePage(browser);
  await enrollPage(page, server, { eventIds: [EVENT_ID] }); // a door phone, before its first pull
  await openDoor(page, server.url, EVENT_ID, ATTENDEES);
  const updated = await page.evaluate(ADD_ANSWERS.replace('PERSON', JSON.stringify(person)));
  if (updated !== ATTENDEES) throw new Error(`only ${String(updated)} attendee rows on the device`);
  await page.context().setOffline(true);
  await page.reload(); // the door reads the list again, now offline
  await page.locator('[data-testid="door"][data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('[data-testid="count-this-device"]')?.textContent === '0');

  const times: number[] = [];
  for (const pass of passes) {
    const outcome = (await page.evaluate(`${CHECK_IN_ONE}(${JSON.stringify(pass)})`)) as { ms: number; colour: string };
    if (outcome.colour !== 'green') throw new Error(`check-in ${times.length} was ${outcome.colour}`);
    times.push(outcome.ms);
    await page.getByTestId('door-result').waitFor({ state: 'detached' });
  }
  const saved = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('cabildo');
        open.onsuccess = () => {
          const count = open.result.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  if (saved !== CHECK_INS) throw new Error(`${saved} records queued, expected ${CHECK_INS}`);

  report('checkin_p50_ms', percentile(times, 50), 'ms', '<=50');
  report('checkin_p95_ms', percentile(times, 95), 'ms', '<=50');
} finally {
  await browser?.close();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
}
