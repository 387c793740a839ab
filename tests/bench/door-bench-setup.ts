import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';

const run = promisify(execFile);

/** A fresh production build of the current source (the benches never measure a stale ./dist). */
export async function buildApp(outDir: string, buildId: string): Promise<void> {
  await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, CABILDO_BUILD_ID: buildId },
  });
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** Opens the event page online (pulls the list and the signing key), then the door. */
export async function openDoor(page: Page, base: string, eventId: string, registered: number): Promise<void> {
  await page.goto(`${base}/eventos/${eventId}`);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 30_000 });
  await page.getByTestId('count-registered').getByText(new Intl.NumberFormat('es-CO').format(registered), { exact: true }).waitFor({ timeout: 120_000 });
  await page.goto(`${base}/eventos/${eventId}/puerta`);
  await page.getByText(/aún no tiene la clave/).waitFor({ state: 'detached' });
}
