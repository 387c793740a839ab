import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrackedCommitment } from '../../../src/core/commitments';
import { commitmentOf, updateOf } from '../../support/commitment-fixtures';
import { push, statuses } from '../support/http';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { call, escuchadero, escuchaderoAnswers } from '../forms/fixtures';

const clock = new Date('2026-12-01T15:00:00Z');
let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer({ now: () => clock });
});
afterAll(() => server.dispose());

describe('tracking code shows the commitments of its question', () => {
  it('lists title, office, due date, status and percent, and nothing personal', async () => {
    const answers = escuchaderoAnswers({ forma_respuesta: 'contacto', nombre: 'Luz Dary Gómez', medio_contacto: 'correo', correo: 'luz@example.co', autorizacion: { accepted: true, textVersion: 'escuchadero-2026-1' } });
    const entry = escuchadero(answers, { eventId: 'seguimiento-compromisos' });
    expect(statuses(await push(server.url, [entry]))).toEqual(['accepted']);
    const code = entry.payload.trackingCode as string;

    const fromQuestion = commitmentOf({ eventId: 'seguimiento-compromisos', dueDate: '2027-03-31', origin: { kind: 'escuchadero', entryId: entry.id } });
    const unrelated = commitmentOf({ eventId: 'seguimiento-compromisos' });
    for (const c of [fromQuestion, unrelated]) expect((await call(server.url, 'POST', '/api/v1/commitments', c)).status).toBe(201);
    expect((await call(server.url, 'POST', `/api/v1/commitments/${fromQuestion.id}/updates`, updateOf(fromQuestion.id, { percent: 25 }))).status).toBe(201);

    // The citizen asks without any session.
    const response = await fetch(`${server.url}/api/v1/escuchadero/status/${code}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { commitments: TrackedCommitment[] };
    expect(body.commitments).toEqual([
      { title: fromQuestion.title, office: 'infraestructura', officeName: expect.stringMatching(/Infraestructura/), dueDate: '2027-03-31', status: 'en_curso', percent: 25 },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/Luz Dary|luz@example/);

    // A device following its codes (POST) gets the same commitments, so "Mis preguntas" can show them offline.
    const batch = await fetch(`${server.url}/api/v1/escuchadero/status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ codes: [code] }) });
    expect(batch.status).toBe(200);
    const items = ((await batch.json()) as { items: { trackingCode: string; commitments: TrackedCommitment[] }[] }).items;
    expect(items).toEqual([expect.objectContaining({ trackingCode: code, commitments: body.commitments })]);
  });
});
