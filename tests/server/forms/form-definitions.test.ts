import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../src/core/forms';
import { push, statuses } from '../support/http';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { call, evaluation, evaluationAnswers, fieldPaths, type ProblemBody } from './fixtures';

let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer();
});
afterAll(() => server.dispose());

type FormBody = { form: FormDefinition };
const getForm = (path: string) => call<FormBody & ProblemBody>(server.url, 'GET', `/api/v1/forms${path}`);
const putForm = (id: string, body: unknown) => call<FormBody & ProblemBody>(server.url, 'PUT', `/api/v1/forms/${id}`, body);
const postForm = (body: unknown) => call<FormBody & ProblemBody>(server.url, 'POST', '/api/v1/forms', body);

const withComment = (form: FormDefinition): FormDefinition => ({
  ...form,
  fields: [...form.fields, { id: 'volveria', kind: 'yes-no', section: 'usted', required: false, label: { es: '¿Volvería a asistir?', en: 'Would you come again?' } }],
});

describe('form definitions', () => {
  it('serves the built-in forms, latest version of each, never cached', async () => {
    const list = await call<{ forms: FormDefinition[] }>(server.url, 'GET', '/api/v1/forms');
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('no-store');
    expect(list.body.forms.map((f) => [f.id, f.version])).toEqual([
      ['escuchadero', 3],
      ['evaluacion-audiencia', 2],
      ['priorizacion-temas', 2],
      ['urna-virtual', 2],
    ]);
    expect(list.body.forms.find((f) => f.id === 'urna-virtual')?.template).toBe(true);
    expect((await getForm('/no-existe')).status).toBe(404);
    expect((await getForm('/escuchadero/versions/7')).status).toBe(404);
  });

  it('stores an edit as a new version; the old one stays readable and still validates its submissions', async () => {
    // The built-in evaluation is at version 2 (its territory question in the entity's words); version 1 is still served.
    const v2 = (await getForm('/evaluacion-audiencia')).body.form;
    expect(v2.version).toBe(2);
    const edited = await putForm('evaluacion-audiencia', withComment(v2));
    expect(edited.status).toBe(201);
    expect(edited.body.form).toEqual({ ...withComment(v2), version: 3 });

    expect((await getForm('/evaluacion-audiencia')).body.form.version).toBe(3);
    expect((await getForm('/evaluacion-audiencia/versions/2')).body.form).toEqual(v2);
    expect((await call(server.url, 'GET', '/api/v1/forms/evaluacion-audiencia/versions')).body).toEqual({ formId: 'evaluacion-audiencia', versions: [1, 2, 3] });

    const old = evaluation();
    const current = evaluation(evaluationAnswers({ volveria: true }), { formVersion: 3 });
    const oldWithNewQuestion = evaluation(evaluationAnswers({ volveria: true }));
    const response = await push(server.url, [old, current, oldWithNewQuestion]);
    expect(statuses(response)).toEqual(['accepted', 'accepted', 'rejected']);
    expect(fieldPaths(response.results[2]!.problem as ProblemBody)).toEqual(['payload.answers.volveria']);
  });

  it('answers a repeated edit with the stored version, and refuses an edit based on an old version', async () => {
    const v3 = (await getForm('/evaluacion-audiencia')).body.form;
    // The same request again (based on v2, its response lost): nothing new is stored.
    const retry = await putForm('evaluacion-audiencia', { ...v3, version: 2 });
    expect(retry.status).toBe(200);
    expect(retry.body.form).toEqual(v3);

    const stale = await putForm('evaluacion-audiencia', { ...v3, version: 2, title: { es: 'Otra evaluación', en: 'Another evaluation' } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('form.version_stale');
    expect(stale.body.details).toMatchObject({ currentVersion: 3, baseVersion: 2 });
    expect((await call(server.url, 'GET', '/api/v1/forms/evaluacion-audiencia/versions')).body).toMatchObject({ versions: [1, 2, 3] });
  });

  it('refuses an invalid definition naming each field, and stores nothing', async () => {
    const form = (await getForm('/priorizacion-temas')).body.form;
    const [temas, otro, territorio] = form.fields as [FormDefinition['fields'][number], ...FormDefinition['fields']];
    const noLabel = await putForm('priorizacion-temas', { ...form, fields: [...form.fields, { id: 'nota', kind: 'rating', required: false }] });
    expect(noLabel.status).toBe(422);
    expect(noLabel.body.code).toBe('form.definition_invalid');
    expect(fieldPaths(noLabel.body)).toEqual(['fields.3.label']);

    const broken = {
      ...form,
      fields: [{ ...temas, minCount: 6 }, { ...otro, showIf: { field: 'territorio', answered: true } }, { ...territorio, id: 'temas' }],
    };
    const response = await putForm('priorizacion-temas', broken);
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('form.definition_invalid');
    expect(fieldPaths(response.body)).toEqual(['fields.0.minCount', 'fields.1.showIf', 'fields.2.id']);
    expect(response.body.details?.fields?.every((f) => f.message.length > 0)).toBe(true);

    const kindChanged = await putForm('priorizacion-temas', { ...form, fields: form.fields.map((f) => (f.id === 'otro_tema' ? { ...f, kind: 'long-text' } : f)) });
    expect(kindChanged.status).toBe(422);
    expect(fieldPaths(kindChanged.body)).toEqual(['fields.1.kind']);

    const escuchadero = (await getForm('/escuchadero')).body.form;
    const noMessage = await putForm('escuchadero', { ...escuchadero, fields: escuchadero.fields.filter((f) => f.id !== 'mensaje') });
    expect(noMessage.status).toBe(422);
    expect(noMessage.body.details?.fields?.[0]?.message).toMatch(/mensaje/);

    // A placeholder outside the closed set is refused at its text, before any citizen reads it.
    const typo = await putForm('priorizacion-temas', {
      ...form,
      fields: form.fields.map((f) => (f.id === 'territorio' ? { ...f, label: { es: '¿En qué {comuna} vive?', en: 'Which {territory} do you live in?' } } : f)),
    });
    expect(typo.status).toBe(422);
    expect(typo.body.details?.fields).toEqual([expect.objectContaining({ path: 'fields.2.label.es', message: expect.stringMatching(/^El marcador «\{comuna\}» no existe/) })]);

    expect((await putForm('priorizacion-temas', { ...form, id: 'otro' })).body.code).toBe('request.invalid');
    expect((await putForm('priorizacion-temas', '{"id":')).body.code).toBe('request.malformed_json');
    expect((await getForm('/priorizacion-temas')).body.form.version).toBe(2);
  });

  it('creates an urna virtual from the template under a new id, idempotently; the id is then taken', async () => {
    const { template: _template, ...template } = (await getForm('/urna-virtual')).body.form;
    const urna = { ...template, id: 'urna-feria-2026', title: { es: 'Urna virtual de la feria', en: 'Fair ballot box' } };

    const created = await postForm(urna);
    expect(created.status).toBe(201);
    expect(created.body.form).toEqual({ ...urna, version: 1 });
    const again = await postForm({ ...urna, version: 5 });
    expect(again.status).toBe(200);
    expect(again.body.form.version).toBe(1);

    const clash = await postForm({ ...urna, title: { es: 'Otra urna', en: 'Another one' } });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('form.id_taken');
    expect((await postForm({ ...urna, id: 'escuchadero' })).body.code).toBe('form.id_taken');
    expect((await postForm({ ...urna, id: 'urna-sin-preguntas', fields: [] })).body.code).toBe('form.definition_invalid');

    const ids = (await call<{ forms: FormDefinition[] }>(server.url, 'GET', '/api/v1/forms')).body.forms.map((f) => f.id);
    expect(ids).toContain('urna-feria-2026');
  });
});
