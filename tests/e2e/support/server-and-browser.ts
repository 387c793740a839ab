import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../support/browser';
import { startServerProcess, type ServerProcess } from '../../support/server-process';

export interface LiveServerAndBrowser {
  readonly server: ServerProcess;
  readonly browser: Browser;
  /** The server's DATA_DIR (its SQLite file is there). */
  readonly dataDir: string;
}

/**
 * The usual e2e setting of a test file: the real server on its own fresh data directory, and one Chromium.
 * Registers beforeAll/afterAll in the calling describe; the getters fail loudly if read outside a test.
 */
export function serverAndBrowser(name: string): LiveServerAndBrowser {
  let dataDir: string | undefined;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), `cabildo-e2e-${name}-`));
    server = await startServerProcess({ dataDir });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} not started: read it inside a test`);
    return value;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get dataDir() {
      return started(dataDir, 'dataDir');
    },
  };
}
