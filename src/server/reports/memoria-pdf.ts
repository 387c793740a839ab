import { access, constants } from 'node:fs/promises';
import { problem } from '../../core/problems/problem';
import { fail, ok, type Result } from '../../core/result';

/**
 * The memoria as a PDF, printed by the server from the same page staff print from their browser (same
 * layout, one source). Debian's Chromium, driven with playwright-core; the page is loaded with the caller's
 * own credentials, so the PDF shows exactly what that caller may see. Without Chromium on the machine the
 * answer is the problem 'report.pdf_unavailable' (503), and the UI offers the browser's own print.
 */
export interface MemoriaPdfRequest {
  /** Where this server answers the caller (the request's origin). */
  origin: string;
  eventId: string;
  /** The caller's Cookie and Authorization headers, passed on to every request of the page. */
  credentials: Record<string, string>;
}

export type MemoriaPdfPrinter = (request: MemoriaPdfRequest) => Promise<Result<Uint8Array>>;

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// A memoria of a big event draws dozens of charts: generous, but a hung page must not hold the request forever.
const PAGE_TIMEOUT_MS = 60_000;

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The printer of this machine; `chromiumPath` defaults to CABILDO_CHROMIUM or /usr/bin/chromium. */
export function chromiumMemoriaPrinter(chromiumPath = process.env.CABILDO_CHROMIUM ?? '/usr/bin/chromium'): MemoriaPdfPrinter {
  // One print at a time: each is a whole browser, and the machine serves the doors and the citizens too.
  let previous: Promise<unknown> = Promise.resolve();
  return (request) => {
    const turn = previous.then(() => printOnce(chromiumPath, request));
    previous = turn.catch(() => undefined);
    return turn;
  };
}

async function printOnce(chromiumPath: string, { origin, eventId, credentials }: MemoriaPdfRequest): Promise<Result<Uint8Array>> {
  const unavailable = (reason: string) => fail(problem('report.pdf_unavailable', { reason }));
  if (!(await executable(chromiumPath))) return unavailable('chromium not found');
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    return unavailable('playwright-core not installed');
  }
  const browser = await playwright.chromium.launch({ executablePath: chromiumPath, args: FLAGS }).catch(() => undefined);
  if (!browser) return unavailable('chromium did not start');
  try {
    // No service worker: the page must read the server's data now, not a cached shell's.
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'es-CO', extraHTTPHeaders: credentials });
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${origin}/eventos/${encodeURIComponent(eventId)}/memoria`);
    // The memoria says when its data has arrived (memoria-route.tsx), or shows why it cannot.
    await page.locator('[data-testid="memoria"][data-ready="true"], [data-testid="report-failure"]').first().waitFor({ state: 'attached' });
    if ((await page.getByTestId('report-failure').count()) > 0) return fail(problem('server.error', { reason: 'memoria page failed' }));
    // Charts draw after the data arrives (chart-canvas.tsx marks each one drawn).
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-testid="report-chart"]')].every((c) => c.dataset.drawn === 'true'));
    await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    return ok(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  } finally {
    await browser.close();
  }
}
