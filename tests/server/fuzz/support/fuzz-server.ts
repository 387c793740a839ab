import { expect } from 'vitest';
import type { KindRegistry } from '../../../../src/core/records/kind-registry';
import { startAuthedServer, type AuthedServer } from '../../support/authed-server';
import { eventDraft } from '../../events/fixtures';
import { fuzzClient, type FuzzClient } from './fuzz-client';
import { jsonText } from './json-text';
import { expectNoPollution, expectOnlyAcceptedValidRows, prototypeSnapshot, serverRegistry } from './stored-rows';
import type { Tally } from './sync-oracle';
import { FUZZ_DEVICE_ID, FUZZ_EVENT_ID } from './valid-records';
import { enrollDevice } from '../../../support/auth-bootstrap';

/** An event that exists but takes no more registrations. */
export const CLOSED_EVENT_ID = 'fuzz-evento-cerrado';

export interface FuzzServer {
  server: AuthedServer;
  client: FuzzClient;
  registry: KindRegistry;
  tally: Tally;
  /** What the server logged as unexpected (each would have been a 500). */
  serverErrors: unknown[];
  prototypesBefore: string[];
  startedAt: number;
}

/** One server per test file, on its own temp SQLite file, with the two events the fuzz aims at. */
export async function startFuzzServer(): Promise<FuzzServer> {
  const prototypesBefore = prototypeSnapshot();
  const serverErrors: unknown[] = [];
  const server = await startAuthedServer({ logError: (error) => serverErrors.push(error) });
  // Phones push and pull with their device credential; the public endpoints are fuzzed as citizens reach them.
  const { authorization } = (await enrollDevice(server.url, server.admin, { deviceId: FUZZ_DEVICE_ID })).headers();
  const deviceOnly = (path: string): Record<string, string> => (/^\/api\/v1\/(sync|pull)\b/.test(path) ? { authorization: authorization! } : {});
  const client = fuzzClient(server.url, undefined, deviceOnly);
  for (const [id, status] of [[FUZZ_EVENT_ID, 'open'], [CLOSED_EVENT_ID, 'closed']] as const) {
    const created = await client.send('POST', '/api/v1/events', jsonText({ id, ...eventDraft({ status }) }), server.admin.headers());
    expect(created.status, created.text).toBe(201);
    // The fuzz pushes many evaluations from one device: it tests hostile input, not the one-answer default.
    const link = await client.send('POST', '/api/v1/forms/evaluacion-audiencia/links', jsonText({ eventId: id, answerLimit: 'none' }), server.admin.headers());
    expect(link.status, link.text).toBe(200);
  }
  const registry = await serverRegistry(client);
  return { server, client, registry, tally: { acceptedIds: new Set(), payloads: 0 }, serverErrors, prototypesBefore, startedAt: Date.now() };
}

export async function stopFuzzServer(fuzz: FuzzServer | undefined): Promise<void> {
  fuzz?.client.close();
  await fuzz?.server.dispose();
}

/**
 * After the run: only valid rows the server said it stored, no polluted prototype, nothing logged as
 * unexpected, and a server that still answers. Prints one JSON line with the figures.
 */
export async function expectServerUnharmed(fuzz: FuzzServer, label: string, minPayloads: number): Promise<void> {
  const rows = expectOnlyAcceptedValidRows(fuzz.server.dataDir, fuzz.registry, fuzz.tally.acceptedIds);
  expectNoPollution(fuzz.prototypesBefore);
  const health = await fuzz.client.send('GET', '/api/v1/health');
  expect(health.status).toBe(200);
  expect(JSON.parse(health.text)).toMatchObject({ status: 'ok' });
  expect(fuzz.serverErrors).toEqual([]);
  expect(fuzz.tally.payloads).toBeGreaterThanOrEqual(minPayloads);
  console.log(JSON.stringify({ fuzz: label, payloads: fuzz.tally.payloads, requests: fuzz.client.sent, storedRows: rows, ms: Date.now() - fuzz.startedAt }));
}
