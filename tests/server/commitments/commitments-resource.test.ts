import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentDetail, CommitmentItem } from '../../../src/core/commitments';
import { createStaff } from '../../support/auth-bootstrap';
import { clientId, commitmentOf, updateOf } from '../../support/commitment-fixtures';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { call, type ProblemBody } from '../forms/fixtures';

// Tuesday 2026-12-01, 10:00 in Bogotá.
const clock = new Date('2026-12-01T15:00:00Z');
let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer({ now: () => clock });
});
afterAll(() => server.dispose());

type List = { today: string; items: CommitmentItem[] };
const list = (query: string) => call<List & ProblemBody>(server.url, 'GET', `/api/v1/commitments${query}`);
const create = (body: unknown) => call<CommitmentItem & ProblemBody>(server.url, 'POST', '/api/v1/commitments', body);
const report = (id: string, body: unknown) => call<ProblemBody>(server.url, 'POST', `/api/v1/commitments/${id}/updates`, body);
const detail = (id: string) => call<CommitmentDetail & ProblemBody>(server.url, 'GET', `/api/v1/commitments/${id}`);

describe('commitments resource', () => {
  it('creates once by client id: a replay answers 200, other content under that id 409', async () => {
    const commitment = commitmentOf({ eventId: 'compromisos-idempotencia' });
    const first = await create(commitment);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: commitment.id, standing: { status: 'pendiente', percent: 0 } });
    expect((await create(commitment)).status).toBe(200);
    const other = await create({ ...commitment, title: 'Un compromiso diferente' });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('commitment.id_taken');
    expect((await list('?event=compromisos-idempotencia')).body.items.map((i) => i.id)).toEqual([commitment.id]);
  });

  it('refuses invalid commitments with the field named, and offices outside the catalogue', async () => {
    const bad = await create({ ...commitmentOf(), title: 'x', office: 'no-existe', dueDate: '2027-02-30' });
    expect(bad.status).toBe(400);
    expect((bad.body.details?.fields ?? []).map((f) => f.path).sort()).toEqual(['dueDate', 'office', 'title']);
  });

  it('appends progress, derives the status with Bogotá’s date, and flags overdue ones', async () => {
    const eventId = 'compromisos-estado';
    const onTrack = commitmentOf({ eventId, dueDate: '2026-12-31', });
    const late = commitmentOf({ eventId, dueDate: '2026-11-30', office: 'hacienda', territory: 'urbano', topic: 'impuestos' });
    for (const c of [onTrack, late]) expect((await create(c)).status).toBe(201);

    const progress = updateOf(onTrack.id, { date: '2026-12-01', percent: 50 });
    const { commitmentId: _omitted, ...withoutId } = progress;
    expect((await report(onTrack.id, withoutId)).status).toBe(201);
    expect((await report(onTrack.id, withoutId)).status).toBe(200);
    expect((await report(onTrack.id, { ...withoutId, percent: 70 })).status).toBe(409);
    const nowhere = clientId();
    expect((await report(nowhere, updateOf(nowhere))).status).toBe(404);
    const elsewhere = await report(onTrack.id, updateOf(late.id));
    expect(elsewhere.status).toBe(400);
    expect((await report(onTrack.id, { ...updateOf(onTrack.id), state: 'cumplido', percent: 80 })).status).toBe(400);

    const shown = await detail(onTrack.id);
    expect(shown.status).toBe(200);
    expect(shown.body.updates).toEqual([progress]);
    expect(shown.body.item.standing).toMatchObject({ status: 'en_curso', percent: 50 });
    expect((await detail(clientId())).status).toBe(404);

    const all = await list(`?event=${eventId}`);
    expect(all.body.today).toBe('2026-12-01');
    expect(all.body.items.map((i) => [i.id, i.standing.status])).toEqual([
      [late.id, 'vencido'],
      [onTrack.id, 'en_curso'],
    ]);
    expect((await list(`?event=${eventId}&status=vencido`)).body.items.map((i) => i.id)).toEqual([late.id]);
    expect((await list(`?event=${eventId}&office=hacienda&territory=urbano&topic=impuestos`)).body.items.map((i) => i.id)).toEqual([late.id]);
    expect((await list('?status=olvidado')).status).toBe(400);

    // Fulfilled after its date: cumplido, but not on time.
    expect((await report(late.id, updateOf(late.id, { date: '2026-12-01', state: 'cumplido', percent: 100 }))).status).toBe(201);
    expect((await detail(late.id)).body.item.standing).toMatchObject({ status: 'cumplido', fulfilledOnTime: false });
  });

  it('lets consulta read but not write, and audits each new write with ids only', async () => {
    const reader = await createStaff(server.url, server.admin, 'consulta');
    const asReader = (method: string, path: string, body?: unknown) =>
      fetch(`${server.url}${path}`, { method, headers: reader.headers(), ...(body ? { body: JSON.stringify(body) } : {}) });
    const commitment = commitmentOf({ eventId: 'compromisos-auditoria', title: 'Arreglar el parque de la señora Ofelia' });
    expect((await asReader('POST', '/api/v1/commitments', commitment)).status).toBe(403);
    expect((await create(commitment)).status).toBe(201);
    expect((await create(commitment)).status).toBe(200);
    const update = updateOf(commitment.id);
    expect((await report(commitment.id, update)).status).toBe(201);
    expect((await asReader('GET', '/api/v1/commitments?event=compromisos-auditoria')).status).toBe(200);

    const audit = await fetch(`${server.url}/api/v1/audit`, { headers: server.admin.headers() });
    const entries = ((await audit.json()) as { entries: { action: string; target: string; details: unknown }[] }).entries.filter((e) => e.action.startsWith('commitment.'));
    const mine = entries.filter((e) => e.target === commitment.id);
    expect(mine.map((e) => e.action).sort()).toEqual(['commitment.create', 'commitment.update']);
    expect(mine.find((e) => e.action === 'commitment.update')?.details).toMatchObject({ updateId: update.id });
    expect(JSON.stringify(entries)).not.toContain('Ofelia');
  });
});
