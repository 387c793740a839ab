import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { attendanceRecord } from './support/attendance-records';
import { statuses } from './support/http';
import { pushResponseSchema } from '../../src/core/sync/protocol';
import { enrollDevice, setupAdmin } from '../support/auth-bootstrap';
import { countRows } from './support/sqlite-file';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const track = (server: ServerProcess) => {
  cleanups.push(() => server.stop());
  return server;
};

describe('a server killed after commit, before it answers', () => {
  it('keeps the batch, and the client replay after restart stores nothing twice', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cabildo-crash-'));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const dataDir = join(root, 'data');
    const batch = [attendanceRecord(), attendanceRecord(), attendanceRecord()];
    const ids = batch.map((r) => r.id);

    const faulty = track(await startServerProcess({ dataDir, env: { CABILDO_FAULT: 'kill-after-commit' } }));
    // The device credential lives in the database: the restarted server accepts it too.
    const device = await enrollDevice(faulty.url, await setupAdmin(faulty.url, faulty.output()), { deviceId: 'tableta-puerta-1' });
    const body = JSON.stringify({ deviceId: 'tableta-puerta-1', records: batch });
    const postSync = (url: string) => fetch(`${url}/api/v1/sync`, { method: 'POST', headers: device.headers(), body });
    await expect(postSync(faulty.url)).rejects.toThrow();
    expect(await faulty.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(countRows(dataDir, 'records', `id in (?, ?, ?)`, ...ids)).toBe(3);

    const restarted = track(await startServerProcess({ dataDir }));
    const answer = await postSync(restarted.url);
    expect(answer.status).toBe(200);
    const replay = pushResponseSchema.parse(await answer.json());

    expect(statuses(replay)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(countRows(dataDir, 'records')).toBe(3);
    expect(await restarted.stop()).toEqual({ code: 0, signal: null });
  });
});
