import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formLinkBytes, verifyFormLink } from '../../../src/core/forms';
import { encodeBase64Url } from '../../../src/core/passes/base64url';
import { problemCatalogue } from '../../../src/core/problems/catalogue';
import { push, statuses } from '../support/http';
import { countRows, readStoredRows } from '../support/sqlite-file';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { call, escuchadero, EVENT, evaluation, evaluationAnswers, fieldPaths, type ProblemBody } from './fixtures';

let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer();
});
afterAll(() => server.dispose());

interface LinkBody {
  formId: string;
  formVersion: number;
  eventId: string;
  signature: string;
  path: string;
  qrText: string;
  answerLimit: string;
}

const makeLink = (formId: string, body: unknown) => call<LinkBody & ProblemBody>(server.url, 'POST', `/api/v1/forms/${formId}/links`, body);
const problemOf = (response: Awaited<ReturnType<typeof push>>, i: number) => response.results[i]!.problem as ProblemBody;

describe('form submissions through POST /api/v1/sync', () => {
  it('accepts a valid submission once; its replay is a duplicate', async () => {
    const record = evaluation(evaluationAnswers({ comentarios: '  Muy bien organizada.  ' }));
    expect(statuses(await push(server.url, [record]))).toEqual(['accepted']);
    expect(statuses(await push(server.url, [record]))).toEqual(['duplicate']);
    expect(countRows(server.dataDir, 'records', 'id = ?', record.id)).toBe(1);
    const [stored] = readStoredRows<{ payload: string; event_id: string }>(server.dataDir, 'select payload, event_id from records where id = ?', record.id);
    expect(JSON.parse(stored!.payload).answers.comentarios).toBe('Muy bien organizada.');
    expect(stored!.event_id).toBe(EVENT);
  });

  it('rejects invalid answers field by field, hidden-but-answered questions and unknown versions', async () => {
    const invalid = evaluation(evaluationAnswers({ calificacion: 9, explicacion_procedimiento: 'regular', otra_cosa: 1 }));
    const hidden = evaluation(evaluationAnswers({ por_que_inadecuada: 'No hubo micrófono.' }));
    const unknownVersion = evaluation(evaluationAnswers(), { formVersion: 99 });
    const unknownForm = evaluation(evaluationAnswers(), { formId: 'no-existe' });

    const response = await push(server.url, [invalid, hidden, unknownVersion, unknownForm]);

    expect(statuses(response)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    expect(response.results.map((r) => r.problem?.code)).toEqual(['record.invalid', 'record.invalid', 'form.unknown', 'form.unknown']);
    expect(fieldPaths(problemOf(response, 0))).toEqual(['payload.answers.calificacion', 'payload.answers.explicacion_procedimiento', 'payload.answers.otra_cosa']);
    expect(problemOf(response, 0).details?.fields?.find((f) => f.path.endsWith('calificacion'))?.message).toMatch(/de 1 a 5/);
    expect(fieldPaths(problemOf(response, 1))).toEqual(['payload.answers.por_que_inadecuada']);
    expect(fieldPaths(problemOf(response, 2))).toEqual(['payload.formVersion']);
    expect(fieldPaths(problemOf(response, 3))).toEqual(['payload.formVersion']);
    expect(countRows(server.dataDir, 'records', 'id in (?, ?, ?, ?)', invalid.id, hidden.id, unknownVersion.id, unknownForm.id)).toBe(0);
  });

  it('requires a tracking code on escuchadero entries', async () => {
    const withoutCode = escuchadero(undefined, { trackingCode: undefined });
    const response = await push(server.url, [withoutCode, escuchadero()]);
    expect(statuses(response)).toEqual(['rejected', 'accepted']);
    expect(fieldPaths(problemOf(response, 0))).toEqual(['payload.trackingCode']);
  });

  it('signs poster links that devices verify offline with the public key, and refuses a link moved to another event', async () => {
    const link = await makeLink('evaluacion-audiencia', { eventId: 'atril-comuna-3-2026' });
    expect(link.status).toBe(200);
    // Not set by the office: a counted form takes one answer per person.
    expect(link.body).toMatchObject({ formId: 'evaluacion-audiencia', eventId: 'atril-comuna-3-2026', answerLimit: 'perPerson' });
    expect(link.body.path).toBe(`/f/evaluacion-audiencia?e=atril-comuna-3-2026&s=${link.body.signature}`);
    expect(link.body.qrText).toBe(`${server.url}${link.body.path}`);
    expect(link.body.signature).toMatch(/^[A-Za-z0-9_-]{86}$/);

    // A device: the public key from the keys endpoint, WebCrypto, no call to the server.
    const { publicKey } = (await call<{ publicKey: string }>(server.url, 'GET', '/api/v1/keys/signing')).body;
    const key = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: publicKey }, { name: 'Ed25519' }, false, ['verify']);
    const verify = (bytes: Uint8Array, signature: Uint8Array) => crypto.subtle.verify('Ed25519', key, new Uint8Array(signature), new Uint8Array(bytes));
    expect((await verifyFormLink(link.body.qrText, verify)).ok).toBe(true);
    const moved = link.body.path.replace('atril-comuna-3-2026', 'feria-2026');
    expect(await verifyFormLink(moved, verify)).toMatchObject({ ok: false, problem: { code: 'form.link_invalid' } });

    const signature = { signature: link.body.signature };
    const genuine = evaluation(evaluationAnswers(), { eventId: 'atril-comuna-3-2026', link: signature });
    const tampered = evaluation(evaluationAnswers(), { eventId: 'feria-2026', link: signature });
    const otherKey = generateKeyPairSync('ed25519').privateKey;
    const forged = evaluation(evaluationAnswers(), {
      eventId: 'feria-2026',
      link: { signature: encodeBase64Url(sign(null, formLinkBytes({ formId: 'evaluacion-audiencia', eventId: 'feria-2026' }), otherKey)) },
    });

    const response = await push(server.url, [genuine, tampered, forged]);
    expect(statuses(response)).toEqual(['accepted', 'rejected', 'rejected']);
    for (const i of [1, 2]) {
      expect(problemOf(response, i).code).toBe('form.link_invalid');
      expect(fieldPaths(problemOf(response, i))).toEqual(['payload.link.signature']);
      expect(problemOf(response, i).details?.fields?.[0]?.message).toBe(problemCatalogue['form.link_invalid'].es);
    }
  });

  it('makes links only for existing, non-template forms and well-formed events', async () => {
    expect((await makeLink('no-existe', { eventId: EVENT })).status).toBe(404);
    const template = await makeLink('urna-virtual', { eventId: EVENT });
    expect([template.status, template.body.code]).toEqual([422, 'form.template_not_linkable']);
    const bad = await makeLink('escuchadero', { eventId: 'Con Espacios', answerLimit: 'perCat' });
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(['answerLimit', 'eventId']);
    const limited = await makeLink('escuchadero', { eventId: EVENT, answerLimit: 'perDevice' });
    expect(limited.body.answerLimit).toBe('perDevice');
    // Asking again without a limit keeps the stored one and gives the same (deterministic) signature.
    const again = await makeLink('escuchadero', { eventId: EVENT });
    expect([again.body.answerLimit, again.body.signature]).toEqual(['perDevice', limited.body.signature]);
  });
});
