import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentHistoryEntry } from '../../../src/core/commitments';
import { createStaff } from '../../support/auth-bootstrap';
import { clientId, commitmentOf, updateOf } from '../../support/commitment-fixtures';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';

const clock = new Date('2026-12-01T15:00:00Z');
let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer({ now: () => clock });
});
afterAll(() => server.dispose());

describe('a commitment’s history', () => {
  it('says who created it and who reported each step, by name, oldest first, for every reader', async () => {
    const planner = await createStaff(server.url, server.admin, 'planeacion');
    const reader = await createStaff(server.url, server.admin, 'consulta');
    const as = (session: typeof planner) => (method: string, path: string, body?: unknown) =>
      fetch(`${server.url}${path}`, { method, headers: session.headers(), ...(body ? { body: JSON.stringify(body) } : {}) });
    const commitment = commitmentOf({ eventId: 'compromisos-historia' });
    const other = commitmentOf({ eventId: 'compromisos-historia' });
    expect((await as(server.admin)('POST', '/api/v1/commitments', commitment)).status).toBe(201);
    expect((await as(planner)('POST', '/api/v1/commitments', other)).status).toBe(201);
    const step = updateOf(commitment.id, { percent: 60 });
    expect((await as(planner)('POST', `/api/v1/commitments/${commitment.id}/updates`, step)).status).toBe(201);
    // A replay is not a change: it is not audited again and the history does not grow.
    expect((await as(planner)('POST', `/api/v1/commitments/${commitment.id}/updates`, step)).status).toBe(200);

    const response = await as(reader)('GET', `/api/v1/commitments/${commitment.id}/history`);
    expect(response.status).toBe(200);
    const { entries } = (await response.json()) as { entries: CommitmentHistoryEntry[] };
    expect(entries).toEqual([
      { at: clock.toISOString(), change: 'created', actor: 'Administración de pruebas' },
      { at: clock.toISOString(), change: 'progress', actor: 'Persona planeacion', state: 'en_curso', percent: 60 },
    ]);
    // Names only: no account ids leave the server in the history.
    expect(JSON.stringify(entries)).not.toContain(planner.userId);
  });

  it('answers 404 for a commitment that does not exist', async () => {
    const response = await fetch(`${server.url}/api/v1/commitments/${clientId()}/history`, { headers: server.admin.headers() });
    expect(response.status).toBe(404);
  });
});
