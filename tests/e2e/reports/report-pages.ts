import type { Browser, Page } from 'playwright-core';
import type { StaffAccess } from './sign-in';

/** A desktop page of the planning office, signed in when the server has sessions. */
export async function newOfficePage(browser: Browser, access: StaffAccess): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'es-CO', timezoneId: 'America/Bogota', serviceWorkers: 'allow' });
  await access.signInBrowser(context);
  return context.newPage();
}

/** Resolves when every chart on the page has been painted by chart.js (and there is at least one). */
export async function waitForCharts(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll('[data-testid="report-chart"]')];
      return charts.length > 0 && charts.every((c) => (c as HTMLCanvasElement).dataset.drawn === 'true');
    },
    undefined,
    { timeout },
  );
}

/** For each chart canvas: how many pixels are not transparent (0 would be a blank chart). */
export function paintedPixels(page: Page): Promise<number[]> {
  return page.$$eval('canvas[data-testid="report-chart"]', (canvases) =>
    (canvases as HTMLCanvasElement[]).map((canvas) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      return painted;
    }),
  );
}
