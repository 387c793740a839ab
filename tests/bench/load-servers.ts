import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { createTestDatabase, pgUnavailableReason } from '../support/pg-database';
import { report } from './report';

/** The two engines every load bench runs on; the suffix of each figure's name. */
export type LoadEngine = 'sqlite' | 'pg';

export interface LoadTarget {
  engine: LoadEngine;
  server: ServerProcess;
  pid: number;
  /** Rows in the records table, read straight from the database (not through the server). */
  countRecords(): Promise<number>;
}

/**
 * Runs `work` against a fresh server on SQLite, then on a fresh PostgreSQL database, one after the other (they
 * would measure each other side by side). CABILDO_LOAD_ONLY=sqlite|postgres runs one half; an unreachable
 * PostgreSQL skips its half with the reason printed (a bench, not a test).
 */
export async function onEachEngine(env: Record<string, string>, work: (target: LoadTarget) => Promise<void>): Promise<void> {
  const only = process.env.CABILDO_LOAD_ONLY;
  const nodeOptions: Record<string, string> = process.env.CABILDO_LOAD_NODE_OPTIONS ? { NODE_OPTIONS: process.env.CABILDO_LOAD_NODE_OPTIONS } : {};
  const root = await mkdtemp(join(tmpdir(), 'cabildo-load-'));
  const run = async (engine: LoadEngine, dataDir: string, extra: Record<string, string>, countRecords: () => Promise<number>) => {
    const server = await startServerProcess({ dataDir, staticDir: join(dataDir, 'no-static'), env: { ...env, ...extra, ...nodeOptions } });
    try {
      await work({ engine, server, pid: server.process.pid!, countRecords });
    } finally {
      await server.stop();
    }
  };
  try {
    if (only !== 'postgres') {
      const dataDir = join(root, 'sqlite');
      await run('sqlite', dataDir, {}, async () => {
        const db = new Database(join(dataDir, 'cabildo.sqlite'), { readonly: true });
        try {
          return (db.prepare('select count(*) as n from records').get() as { n: number }).n;
        } finally {
          db.close();
        }
      });
    }
    const skip = only === 'sqlite' ? 'CABILDO_LOAD_ONLY=sqlite' : await pgUnavailableReason();
    if (skip !== undefined) {
      console.error(`PostgreSQL omitido: ${skip}`);
      return;
    }
    const database = await createTestDatabase();
    try {
      await run('pg', join(root, 'pg'), { DATABASE_URL: database.url }, async () => {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          const { rows } = await client.query<{ n: string }>('select count(*) as n from records');
          return Number(rows[0]!.n);
        } finally {
          await client.end();
        }
      });
    } finally {
      await database.drop();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Resident memory now (VmRSS) or at its peak (VmHWM), in MB, from /proc/<pid>/status. */
export async function rssMb(pid: number, which: 'VmRSS' | 'VmHWM' = 'VmRSS'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${which}:\\s+(\\d+) kB`).exec(status)![1]) / 1024;
}

/** CPU seconds the process has used (user + system), from /proc/<pid>/stat (clock ticks of 1/100 s). */
export async function cpuSeconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))] ?? Number.NaN;
}

/** The machine is shared: every run prints the 1-minute load average beside its figures. */
export function reportLoadAverage(name: string): void {
  report(name, loadavg()[0]!, 'load');
}
