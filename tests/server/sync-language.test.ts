import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinFormDefinitions } from '../../src/core/forms/builtin-definitions';
import { pushResponseSchema, type PushResponse } from '../../src/core/sync/protocol';
import { languageOfHeader } from '../../src/server/http/request-language';
import { attendanceRecord, pushBody } from './support/attendance-records';
import { authedFetch } from './support/authed-fetch';
import { startAuthedServer, type AuthedServer } from './support/authed-server';
import { evaluation, evaluationAnswers } from './forms/fixtures';

let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer();
});
afterAll(() => server.dispose());

async function pushIn(records: unknown[], acceptLanguage?: string): Promise<PushResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) };
  const response = await authedFetch(`${server.url}/api/v1/sync`, { method: 'POST', headers, body: pushBody(records) });
  expect(response.status).toBe(200);
  return pushResponseSchema.parse(await response.json());
}

const fieldsOf = (response: PushResponse, i: number) =>
  Object.fromEntries(((response.results[i]!.problem?.details?.fields ?? []) as { path: string; message: string }[]).map((f) => [f.path, f.message]));

const rating = builtinFormDefinitions.find((d) => d.id === 'evaluacion-audiencia')!.fields.find((f) => f.id === 'calificacion')!;

describe('POST /api/v1/sync answers field messages in the language the request asks for', () => {
  it('writes English field messages for Accept-Language: en, the problem itself staying Spanish by code', async () => {
    const person = attendanceRecord({}, { fullName: 'A', territory: '99' });
    const answers = evaluation(evaluationAnswers({ calificacion: 9 }));
    const response = await pushIn([person, answers], 'en-US,en;q=0.9,es;q=0.5');

    expect(response.results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(fieldsOf(response, 0)).toMatchObject({
      'payload.fullName': 'Enter the full name (at least 3 letters).',
      'payload.territory': 'Choose a comuna or corregimiento from the list.',
    });
    expect(fieldsOf(response, 1)).toMatchObject({ 'payload.answers.calificacion': `In “${rating.label.en}”, choose a value from 1 to 5.` });
    expect(response.results[1]!.problem?.message).toBe('El registro tiene datos inválidos.');
  });

  it('stays in Spanish without the header, or when Spanish comes first', async () => {
    for (const header of [undefined, 'es-CO,en;q=0.8']) {
      const response = await pushIn([evaluation(evaluationAnswers({ calificacion: 9 }))], header);
      expect(fieldsOf(response, 0)).toMatchObject({ 'payload.answers.calificacion': `En «${rating.label.es}» elija un valor de 1 a 5.` });
    }
  });

  it('reads Accept-Language by preference, ignoring languages it does not speak', () => {
    expect(languageOfHeader('en')).toBe('en');
    expect(languageOfHeader('fr-FR, en;q=0.7, es;q=0.6')).toBe('en');
    expect(languageOfHeader('en;q=0.2, es-CO;q=0.9')).toBe('es');
    expect(languageOfHeader('en;q=0, de')).toBe('es');
    expect(languageOfHeader(undefined)).toBe('es');
  });
});
