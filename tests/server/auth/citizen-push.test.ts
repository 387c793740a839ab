import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../../support/auth-bootstrap';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { attendanceRecord, pushBody } from '../support/attendance-records';
import { readStoredRows } from '../support/sqlite-file';
import { evaluation, evaluationAnswers } from '../forms/fixtures';

const EVENT = 'citizen-push-2026';
const json = { 'content-type': 'application/json' };

describe('POST /api/v1/sync without a credential (citizens’ phones)', () => {
  let server: AuthedServer;
  let signature: string;
  beforeAll(async () => {
    server = await startAuthedServer();
    const link = await fetch(`${server.url}/api/v1/forms/evaluacion-audiencia/links`, { method: 'POST', headers: server.admin.headers(), body: JSON.stringify({ eventId: EVENT }) });
    expect(link.status).toBe(200);
    signature = ((await link.json()) as { signature: string }).signature;
  });
  afterAll(() => server.dispose());

  const anonymousPush = (records: unknown[]) => fetch(`${server.url}/api/v1/sync`, { method: 'POST', headers: json, body: pushBody(records, 'celular-ciudadano') });
  const storedIds = () => readStoredRows<{ id: string }>(server.dataDir, 'select id from records').map((r) => r.id);

  it('accepts form submissions opened from a signed link, each link verified', async () => {
    const genuine = evaluation(evaluationAnswers(), { eventId: EVENT, link: { signature } });
    const movedToAnotherEvent = evaluation(evaluationAnswers(), { eventId: 'otro-evento', link: { signature } });
    const response = await anonymousPush([genuine, movedToAnotherEvent]);
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: { status: string; problem?: { code: string } }[] };
    expect(results.map((r) => [r.status, r.problem?.code])).toEqual([
      ['accepted', undefined],
      ['rejected', 'form.link_invalid'],
    ]);
    expect(storedIds()).toContain(genuine.id);
  });

  it('refuses the whole batch when any record is not a signed-link submission, storing nothing', async () => {
    const before = storedIds().length;
    const linked = evaluation(evaluationAnswers(), { eventId: EVENT, link: { signature } });
    for (const intruder of [attendanceRecord({}, { eventId: EVENT }), evaluation(evaluationAnswers(), { eventId: EVENT })]) {
      const response = await anonymousPush([linked, intruder]);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'auth.required' });
    }
    expect(storedIds()).toHaveLength(before);
  });

  it('refuses a citizen claiming a kiosk turn (only a kiosk, a device or a staff session, counts turns)', async () => {
    const turn = evaluation(evaluationAnswers(), { eventId: EVENT, link: { signature }, personKey: 'kiosk:turno-falso' });
    const response = await anonymousPush([turn]);
    expect(response.status).toBe(401);
    expect(storedIds()).not.toContain(turn.id);
  });

  it('refuses any push from a consulta session, and takes anything valid from a writer', async () => {
    const consulta = await createStaff(server.url, server.admin, 'consulta');
    const refused = await fetch(`${server.url}/api/v1/sync`, { method: 'POST', headers: consulta.headers(), body: pushBody([attendanceRecord()]) });
    expect(refused.status).toBe(403);
    const campo = await createStaff(server.url, server.admin, 'campo');
    const accepted = await fetch(`${server.url}/api/v1/sync`, { method: 'POST', headers: campo.headers(), body: pushBody([attendanceRecord()]) });
    expect(accepted.status).toBe(200);
  });
});
