import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs the real server (src/server/main.ts) as a child process on an ephemeral port,
 * for tests that need a process they can kill. Shared by integration and e2e tests.
 *
 * The child is `node --import tsx src/server/main.ts` rather than the `tsx` binary:
 * the binary is a wrapper process, so a SIGKILL sent to it would orphan the real
 * server, still holding its port and SQLite file.
 */
export interface ServerProcessOptions {
  dataDir: string;
  /** Defaults to the server's own default (./dist). */
  staticDir?: string;
  /** Extra environment, e.g. { CABILDO_FAULT: 'kill-after-commit' }. */
  env?: Record<string, string>;
  /** Extra node flags, e.g. ['--cpu-prof'] (not allowed in NODE_OPTIONS). */
  nodeArgs?: string[];
  /** How long to wait for the "escuchando" line. */
  startTimeoutMs?: number;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  url: string;
  process: ChildProcess;
  /** Resolves when the process has exited, however it ended. */
  exited: Promise<ExitInfo>;
  /** Everything the server wrote to stdout and stderr so far (for failure messages). */
  output(): string;
  /** SIGTERM (graceful shutdown), then SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<ExitInfo>;
  kill(signal: NodeJS.Signals): Promise<ExitInfo>;
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LISTENING_LINE = /Cabildo escuchando en (http:\/\/\S+)/;

export function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', 'src/server/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      DATA_DIR: options.dataDir,
      ...(options.staticDir === undefined ? {} : { STATIC_DIR: options.staticDir }),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  const exited = new Promise<ExitInfo>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const kill = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  const stop = async (graceMs = 10_000) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    try {
      return await kill('SIGTERM');
    } finally {
      clearTimeout(timer);
    }
  };

  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`El servidor no arrancó a tiempo.\n${log}`));
    }, options.startTimeoutMs ?? 30_000);
    const onData = () => {
      const match = LISTENING_LINE.exec(log);
      if (!match) return;
      clearTimeout(timeout);
      child.stdout.off('data', onData);
      resolve({ url: match[1]!, process: child, exited, output: () => log, stop, kill });
    };
    child.stdout.on('data', onData);
    void exited.then((info) => {
      clearTimeout(timeout);
      reject(new Error(`El servidor terminó antes de escuchar (${info.code ?? info.signal}).\n${log}`));
    });
  });
}
