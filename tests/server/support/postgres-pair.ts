import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupAdmin, type StaffSession } from '../../support/auth-bootstrap';
import { createTestDatabase, type TestDatabase } from '../../support/pg-database';
import { startServerProcess, type ServerProcess } from '../../support/server-process';

export interface PostgresPair {
  database: TestDatabase;
  one: ServerProcess;
  two: ServerProcess;
  /** The first administrator, set up through `one`. */
  admin: StaffSession;
  /** Stops both processes, drops the database and deletes the data directory. */
  stop(): Promise<void>;
}

/**
 * The real server, twice, as two processes behind a load balancer would run: both on one fresh PostgreSQL
 * database (DATABASE_URL) and one DATA_DIR, so one signing key, as a deployment shares it. They start together
 * against the empty database: migrations and the key file must not race. PostgreSQL unreachable: this throws
 * (a test file that may skip checks pgUnavailableReason first).
 */
export async function startPostgresPair(name: string, env: Record<string, string> = {}): Promise<PostgresPair> {
  const database = await createTestDatabase();
  const root = await mkdtemp(join(tmpdir(), `cabildo-${name}-`));
  const started: ServerProcess[] = [];
  const stop = async () => {
    await Promise.all(started.map((server) => server.stop()));
    await database.drop();
    await rm(root, { recursive: true, force: true });
  };
  try {
    const options = { dataDir: join(root, 'data'), staticDir: join(root, 'static'), env: { ...env, DATABASE_URL: database.url } };
    const both = await Promise.allSettled([startServerProcess(options), startServerProcess(options)]);
    for (const result of both) if (result.status === 'fulfilled') started.push(result.value);
    const failed = both.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const [one, two] = started as [ServerProcess, ServerProcess];
    // Only one of them printed the first-run setup link: whichever made the token.
    const admin = await setupAdmin(one.url, one.output() + two.output());
    return { database, one, two, admin, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
