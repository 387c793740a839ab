import { describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { createApp } from '../../src/server/app';
import { signingKeyFrom } from '../../src/server/keys/signing-key';
import type { Stores } from '../../src/server/store/stores';
import type { SyncStore } from '../../src/server/store/sync-store';
import { attendanceRecord, pushBody } from './support/attendance-records';

const brokenStore: SyncStore = {
  writeBatch: () => Promise.reject(new Error('disco lleno en /var/lib/secreto')),
  atomically: (work) => work(),
  ping: () => Promise.reject(new Error('base de datos caída')),
};

describe('unexpected failures', () => {
  const logged: unknown[] = [];
  // Only the sync and health routes are exercised here, so only their store needs to fail.
  const stores = { sync: brokenStore, ping: brokenStore.ping, close: () => Promise.resolve() } as unknown as Stores;
  const signingKey = signingKeyFrom(generateKeyPairSync('ed25519').privateKey);
  const app = createApp({ stores, signingKey, staticDir: '/nonexistent', version: '0.0.0', logError: (e) => logged.push(e) });

  it('answer a 500 server.error problem without leaking the error, and log it on the server', async () => {
    const response = await app.request('/api/v1/sync', { method: 'POST', body: pushBody([attendanceRecord()]) });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ code: 'server.error' });
    expect(text).not.toContain('secreto');
    expect(text).not.toContain('at ');
    expect(logged).toHaveLength(1);
  });

  it('make health fail when the database does not answer', async () => {
    const response = await app.request('/api/v1/health');
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 'server.error' });
  });
});
