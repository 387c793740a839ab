import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH_RECORDS, MAX_SYNC_BODY_BYTES } from '../../src/core/sync/protocol';
import { attendanceRecord, pushBody } from './support/attendance-records';
import { postSync, push } from './support/http';
import { countRows } from './support/sqlite-file';
import { startAuthedServer, type AuthedServer } from './support/authed-server';
import { authedFetch } from './support/authed-fetch';

let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer();
});
afterAll(() => server.dispose());

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as { code: string; message: string; details?: Record<string, unknown> };
  expect(body.code).toBe(code);
  expect(body.message.length).toBeGreaterThan(0);
  return body;
}

describe('POST /api/v1/sync: validation', () => {
  it('stores the valid records of a mixed batch and rejects the others field by field, in Spanish', async () => {
    const good = attendanceRecord();
    const badPayload = attendanceRecord({}, { fullName: 'A', territory: '99', consent: { accepted: false, textVersion: '2026-1' } });
    const badEnvelope = attendanceRecord({ id: 'no-es-un-uuid', createdAt: 'ayer' });
    const unknownKind = attendanceRecord({ kind: 'encuesta.desconocida' });

    const response = await push(server.url, [badPayload, good, badEnvelope, 'texto suelto', unknownKind]);

    expect(response.results.map((r) => r.status)).toEqual(['rejected', 'accepted', 'rejected', 'rejected', 'rejected']);
    expect(response.results.map((r) => r.id)).toEqual([badPayload.id, good.id, 'no-es-un-uuid', '', unknownKind.id]);
    const fields = (i: number) =>
      Object.fromEntries(
        ((response.results[i]!.problem?.details?.fields ?? []) as { path: string; message: string }[]).map((f) => [f.path, f.message]),
      );
    expect(response.results[0]!.problem?.code).toBe('record.invalid');
    expect(fields(0)).toMatchObject({
      'payload.fullName': 'Escriba el nombre completo (mínimo 3 letras).',
      'payload.territory': 'Elija una comuna o corregimiento de la lista.',
      'payload.consent.accepted': 'Sin la autorización de tratamiento de datos no se pueden guardar datos personales.',
    });
    expect(fields(2)).toMatchObject({ id: 'Debe ser un UUIDv7 en minúsculas.' });
    expect(fields(2).createdAt).toMatch(/fecha|inválid/i);
    expect(response.results[4]!.problem?.code).toBe('record.unknown_kind');

    expect(countRows(server.dataDir, 'records', 'id = ?', good.id)).toBe(1);
    expect(countRows(server.dataDir, 'records', 'id in (?, ?)', badPayload.id, unknownKind.id)).toBe(0);
  });

  it('refuses a body larger than the limit with a 413 problem', async () => {
    const response = await postSync(server.url, `{"deviceId":"d","records":[],"relleno":"${'x'.repeat(MAX_SYNC_BODY_BYTES)}"}`);
    const body = await expectProblem(response, 413, 'request.too_large');
    expect(body.details?.maxBytes).toBe(MAX_SYNC_BODY_BYTES);
  });

  it('refuses a batch with more records than allowed with a 413 problem, storing none', async () => {
    const records = Array.from({ length: MAX_BATCH_RECORDS + 1 }, () => attendanceRecord());
    const response = await postSync(server.url, pushBody(records));
    await expectProblem(response, 413, 'sync.batch_too_large');
    expect(countRows(server.dataDir, 'records', 'id = ?', records[0]!.id)).toBe(0);
  });

  it('answers malformed JSON with a 400 problem', async () => {
    await expectProblem(await postSync(server.url, '{"deviceId": "d", "records": [}'), 400, 'request.malformed_json');
    await expectProblem(await postSync(server.url, ''), 400, 'request.malformed_json');
  });

  it.each([
    ['an array', '[]'],
    ['a string', '"x"'],
    ['an empty object', '{}'],
    ['records that are not a list', '{"deviceId":"d","records":{}}'],
  ])('answers %s with a 400 request.invalid problem that names the fields', async (_, text) => {
    const body = await expectProblem(await postSync(server.url, text), 400, 'request.invalid');
    expect(Array.isArray(body.details?.fields)).toBe(true);
    expect((body.details?.fields as unknown[]).length).toBeGreaterThan(0);
  });
});

// authedFetch pushes with a staff session, whose writes must say they are JSON (CSRF defence).
const JSON_TYPE = { 'content-type': 'application/json' };

describe('POST /api/v1/sync: a streamed body with no Content-Length', () => {
  it('is cut off with a 413 problem once it passes the limit', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(1024 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ === 0) controller.enqueue(new TextEncoder().encode('{"deviceId":"d","records":[],"relleno":"'));
        else if (sent > 12) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await authedFetch(`${server.url}/api/v1/sync`, { method: 'POST', headers: JSON_TYPE, body, duplex: 'half' } as RequestInit);
    await expectProblem(response, 413, 'request.too_large');
  });

  it('is accepted when it stays under the limit', async () => {
    const record = attendanceRecord();
    const bytes = new TextEncoder().encode(pushBody([record]));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 50));
        controller.enqueue(bytes.subarray(50));
        controller.close();
      },
    });
    const response = await authedFetch(`${server.url}/api/v1/sync`, { method: 'POST', headers: JSON_TYPE, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ results: [{ id: record.id, status: 'accepted' }] });
  });
});
