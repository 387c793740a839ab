import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer, type StartOptions } from '../../../src/server/start';

export interface TempServer extends RunningServer {
  dataDir: string;
  root: string;
  /** Closes the server and deletes its temporary directory. */
  dispose(): Promise<void>;
}

/** An in-process server on an ephemeral port with its own temp SQLite file. */
export async function startTempServer(options: Partial<StartOptions> = {}): Promise<TempServer> {
  const root = await mkdtemp(join(tmpdir(), 'cabildo-server-'));
  const dataDir = join(root, 'data');
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    staticDir: join(root, 'static'),
    ...options,
  });
  return {
    ...server,
    url: `http://127.0.0.1:${server.port}`,
    dataDir,
    root,
    dispose: async () => {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
