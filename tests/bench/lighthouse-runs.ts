import { writeFile } from 'node:fs/promises';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/browser';

type LighthouseRun = (
  url: string,
  flags: Record<string, unknown>,
) => Promise<{ lhr: { categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }> } } | undefined>;

/** Category scores (0–100) and total blocking time of each run. */
export interface LighthouseFigures {
  scores: Record<string, number[]>;
  tbt: number[];
}

/** The median of the runs that gave a figure (a run whose trace Lighthouse could not read gives none). */
export const median = (values: number[]): number => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * Lighthouse with its default mobile emulation and simulated throttling, against Debian's Chromium, `runs`
 * times, each in a fresh browser (a phone's first visit, no warm cache or service worker). Undefined when the
 * `lighthouse` package is not installed.
 */
export async function lighthouseRuns(url: string, categories: readonly string[], runs: number): Promise<LighthouseFigures | undefined> {
  let lighthouse: LighthouseRun;
  let launch: (options: { chromePath: string; chromeFlags: string[] }) => Promise<{ port: number; kill(): void | Promise<void> }>;
  try {
    // Optional packages: named through variables so type checking does not require them.
    const lighthouseModule = 'lighthouse';
    const launcherModule = 'chrome-launcher';
    lighthouse = ((await import(lighthouseModule)) as { default: LighthouseRun }).default;
    launch = ((await import(launcherModule)) as { launch: typeof launch }).launch;
  } catch {
    return undefined;
  }
  const figures: LighthouseFigures = { scores: Object.fromEntries(categories.map((c) => [c, []])), tbt: [] };
  for (let i = 0; i < runs; i++) {
    const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      // LIGHTHOUSE_REPORT=file.json keeps the last run's whole report, to see what blocked the main thread.
      if (process.env.LIGHTHOUSE_REPORT && result) await writeFile(process.env.LIGHTHOUSE_REPORT, JSON.stringify(result.lhr));
      for (const category of categories) figures.scores[category]!.push(Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
      figures.tbt.push(result?.lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN);
    } finally {
      await chrome.kill();
    }
  }
  return figures;
}
