import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { readSyncBlock } from '../../../src/app/storage/device-credential';
import { enrollWithToken } from '../../../src/app/sync/device-enrollment';
import { pullOnce } from '../../../src/app/sync/pull';
import type { CabildoDatabase } from '../../../src/app/storage/database';
import { deviceFor, freshDatabase } from '../fixtures';
import { startAuthServer, type AuthServer } from './auth-server';

let auth: AuthServer;
const dbs: CabildoDatabase[] = [];

beforeAll(async () => {
  auth = await startAuthServer();
});
afterAll(() => auth.server.dispose());
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

/** Real fetch, counted: how many requests actually left the phone. */
function countingFetch() {
  let calls = 0;
  const fetcher: typeof fetch = (input, init) => {
    calls++;
    return globalThis.fetch(input, init);
  };
  return { fetcher, calls: () => calls };
}

async function phone() {
  const db = freshDatabase('pull-auth');
  dbs.push(db);
  const device = await deviceFor(db);
  const http = countingFetch();
  const deps = { db, fetch: http.fetcher, baseUrl: auth.server.url, catalogues: defaultCatalogues };
  const enroll = async () => enrollWithToken({ db, fetch: globalThis.fetch, baseUrl: auth.server.url, deviceId: device.deviceId }, await auth.enrollmentToken());
  return { db, device, http, deps, enroll };
}

describe('pull with the device credential', () => {
  it('a phone that never enrolled cannot pull lists, and is not told it was revoked', async () => {
    const p = await phone();
    const outcome = await pullOnce(p.deps);
    expect(outcome.kind === 'failed' && outcome.problem.code).toBe('auth.required');
    expect(await readSyncBlock(p.db)).toBeUndefined();
  });

  it('an enrolled phone pulls; once revoked it is refused, remembers it and stops asking until re-enrolled', async () => {
    const p = await phone();
    expect((await p.enroll()).ok).toBe(true);
    expect((await pullOnce(p.deps)).kind).toBe('pulled');

    await auth.revoke(p.device.deviceId);
    const refused = await pullOnce(p.deps);
    expect(refused.kind === 'failed' && refused.problem.code).toBe('device.revoked');
    expect((await readSyncBlock(p.db))?.problem.code).toBe('device.revoked');

    const calls = p.http.calls();
    const again = await pullOnce(p.deps);
    expect(again.kind === 'failed' && again.problem.code).toBe('device.revoked');
    expect(p.http.calls()).toBe(calls); // answered from the kept refusal, no request

    expect((await p.enroll()).ok).toBe(true);
    expect((await pullOnce(p.deps)).kind).toBe('pulled');
  });
});
