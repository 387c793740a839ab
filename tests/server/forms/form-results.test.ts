import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormResults, QuestionResult } from '../../../src/server/forms/form-results';
import { push, statuses } from '../support/http';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { call, evaluation, evaluationAnswers, submission, type ProblemBody } from './fixtures';

let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer();
  const records = [
    evaluation(evaluationAnswers({ calificacion: 5, como_se_entero: ['redes-sociales'] }), { eventId: 'audiencia-a' }),
    evaluation(evaluationAnswers({ calificacion: 4, temas_interes: false }), { eventId: 'audiencia-a' }),
    evaluation(evaluationAnswers({ calificacion: 2, oportunidad_intervenir: 'inadecuada', por_que_inadecuada: 'Poco tiempo.' }), { eventId: 'audiencia-a' }),
    evaluation(evaluationAnswers({ calificacion: 1 }), { eventId: 'audiencia-b' }),
    ...[['3.1.2', '3.2.1', '3.1.1'], ['3.2.1', '3.1.2'], ['3.2.1']].map((temas) =>
      submission({ formId: 'priorizacion-temas', formVersion: 1, eventId: 'audiencia-a', answers: { temas } }),
    ),
  ];
  expect(statuses(await push(server.url, records)).every((s) => s === 'accepted')).toBe(true);
});
afterAll(() => server.dispose());

const results = (path: string) => call<FormResults & ProblemBody>(server.url, 'GET', `/api/v1/forms/${path}`);
const question = (r: FormResults, id: string) => r.questions.find((q) => q.fieldId === id) as QuestionResult & Record<string, unknown>;

describe('GET /api/v1/forms/:id/results', () => {
  it('counts choices, yes/no and ratings of one event', async () => {
    const { status, body } = await results('evaluacion-audiencia/results?event=audiencia-a');
    expect(status).toBe(200);
    expect(body).toMatchObject({ formId: 'evaluacion-audiencia', eventId: 'audiencia-a', latestVersion: 2, submissions: 3 });
    expect(question(body, 'calificacion')).toMatchObject({
      kind: 'rating',
      answered: 3,
      mean: 3.67,
      distribution: [
        { value: 1, count: 0 },
        { value: 2, count: 1 },
        { value: 3, count: 0 },
        { value: 4, count: 1 },
        { value: 5, count: 1 },
      ],
    });
    const heard = question(body, 'como_se_entero') as { options: { value: string; count: number }[] };
    expect(heard.options.map((o) => [o.value, o.count])).toEqual([
      ['aviso-publico', 0],
      ['prensa-radio', 0],
      ['pagina-web', 0],
      ['redes-sociales', 3],
      ['invitacion-directa', 0],
      ['comunidad', 2],
    ]);
    expect(question(body, 'temas_interes')).toMatchObject({ kind: 'yes-no', answered: 3, yes: 2, no: 1 });
    expect(question(body, 'oportunidad_intervenir')).toMatchObject({ options: [{ value: 'adecuada', count: 2 }, { value: 'inadecuada', count: 1 }] });
    expect(question(body, 'por_que_inadecuada')).toEqual({ fieldId: 'por_que_inadecuada', kind: 'long-text', label: expect.anything(), answered: 1 });
    expect(question(body, 'comentarios')).toMatchObject({ answered: 0 });
  });

  it('counts every event without the filter', async () => {
    const { body } = await results('evaluacion-audiencia/results');
    expect(body).toMatchObject({ eventId: null, submissions: 4 });
    expect(question(body, 'calificacion')).toMatchObject({ answered: 4, mean: 3 });
  });

  it('ranks prioritised topics by points (first of five picks earns 5), then first choices', async () => {
    const { body } = await results('priorizacion-temas/results?event=audiencia-a');
    const ranked = question(body, 'temas') as { maxCount: number; options: { value: string; points: number; firstChoices: number; mentions: number }[] };
    expect(ranked.maxCount).toBe(5);
    expect(ranked.options.slice(0, 3)).toEqual([
      expect.objectContaining({ value: '3.2.1', points: 4 + 5 + 5, firstChoices: 2, mentions: 3 }),
      expect.objectContaining({ value: '3.1.2', points: 5 + 4, firstChoices: 1, mentions: 2 }),
      expect.objectContaining({ value: '3.1.1', points: 3, firstChoices: 0, mentions: 1 }),
    ]);
    expect(ranked.options.slice(3).every((o) => o.points === 0)).toBe(true);
  });

  it("names the territory question in the entity's words: Medellín's, as before (Cartagena's: reports/territory-title.test.ts)", async () => {
    const { body } = await results('evaluacion-audiencia/results?event=audiencia-a');
    expect(question(body, 'territorio').label).toEqual({ es: '¿En qué comuna o corregimiento vive?', en: 'Which comuna or corregimiento do you live in?' });
  });

  it('answers 404 for an unknown form and 400 for a malformed event', async () => {
    expect((await results('no-existe/results')).status).toBe(404);
    const bad = await results('evaluacion-audiencia/results?event=No%20V%C3%A1lido');
    expect([bad.status, bad.body.code]).toEqual([400, 'request.invalid']);
  });
});
