import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListedFormLink } from '../../../src/core/forms';
import { push, statuses } from '../support/http';
import { authedFetch } from '../support/authed-fetch';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { call, escuchadero, evaluation, evaluationAnswers, type ProblemBody } from './fixtures';

let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer();
});
afterAll(() => server.dispose());

const listOf = async (eventId: string) => (await call<{ links: ListedFormLink[] }>(server.url, 'GET', `/api/v1/form-links?event=${eventId}`)).body.links;

describe('durable form links (issue 13)', () => {
  it('lists the links made for an event on a later request, with poster address, limit and answers; another event has none', async () => {
    const eventId = 'audiencia-enlaces';
    const made = await call<{ path: string; signature: string }>(server.url, 'POST', '/api/v1/forms/evaluacion-audiencia/links', { eventId, answerLimit: 'perDevice' });
    expect(made.status).toBe(200);
    await call(server.url, 'POST', '/api/v1/forms/escuchadero/links', { eventId });
    expect(statuses(await push(server.url, [evaluation(evaluationAnswers(), { eventId }), escuchadero(undefined, { eventId }), escuchadero(undefined, { eventId })]))).toEqual(['accepted', 'accepted', 'accepted']);

    const links = await listOf(eventId);
    expect(links.map((l) => [l.formId, l.answerLimit, l.answers, l.closedAt])).toEqual([
      ['evaluacion-audiencia', 'perDevice', 1, undefined],
      ['escuchadero', 'none', 2, undefined],
    ]);
    expect(links[0]).toMatchObject({ path: made.body.path, signature: made.body.signature, title: { es: expect.stringContaining('valuación') } });
    expect(links[0]!.qrText).toBe(`${server.url}${made.body.path}`);
    expect(await listOf('otra-audiencia')).toEqual([]);
  });

  it('closing a link refuses new answers with a Spanish message; the other forms of the event keep taking them', async () => {
    const eventId = 'audiencia-cierre';
    await call(server.url, 'POST', '/api/v1/forms/evaluacion-audiencia/links', { eventId });
    await call(server.url, 'POST', '/api/v1/forms/escuchadero/links', { eventId });
    const closed = await authedFetch(`${server.url}/api/v1/forms/evaluacion-audiencia/links/${eventId}/close`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(closed.status).toBe(204);

    const response = await push(server.url, [evaluation(evaluationAnswers(), { eventId }), escuchadero(undefined, { eventId })]);
    expect(statuses(response)).toEqual(['rejected', 'accepted']);
    expect(response.results[0]!.problem).toMatchObject({ code: 'form.link_closed', message: expect.stringMatching(/^Este formulario ya se cerró para este evento/) });
    const state = async (formId: string) => (await fetch(`${server.url}/api/v1/form-links/${formId}/${eventId}/state`)).json();
    expect(await state('evaluacion-audiencia')).toEqual({ closed: true });
    expect(await state('escuchadero')).toEqual({ closed: false });
    const [evaluationLink] = await listOf(eventId);
    expect(evaluationLink).toMatchObject({ formId: 'evaluacion-audiencia', answers: 0, closedAt: expect.any(String) });

    const unknown = await call<ProblemBody>(server.url, 'POST', `/api/v1/forms/priorizacion-temas/links/${eventId}/close`, {});
    expect(unknown.status).toBe(404);
  });

  it('answers a problem for a missing or malformed event', async () => {
    const bad = await call<ProblemBody>(server.url, 'GET', '/api/v1/form-links?event=No%20Vale');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('request.invalid');
  });
});
