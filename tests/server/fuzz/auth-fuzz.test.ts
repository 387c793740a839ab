import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectServerUnharmed, startFuzzServer, stopFuzzServer, type FuzzServer } from './support/fuzz-server';
import { wrongValue, hostileText } from './support/hostile-values';
import { jsonText } from './support/json-text';
import { expectJsonAnswer, expectProblemResponse } from './support/response-checks';
import { readStoredRows } from '../support/sqlite-file';

let fuzz: FuzzServer;
beforeAll(async () => {
  fuzz = await startFuzzServer();
});
afterAll(() => stopFuzzServer(fuzz));

const count = (table: 'users' | 'devices' | 'sessions') => readStoredRows<{ n: number }>(fuzz.server.dataDir, `select count(*) as n from ${table}`)[0]!.n;

/** A body shaped like the endpoint's, with any field replaced, dropped, or joined by a stray one. */
const hostileBody = (shape: Record<string, unknown>) =>
  fc.oneof(
    fc.record(Object.fromEntries(Object.keys(shape).map((key) => [key, fc.oneof(fc.constant(shape[key]), wrongValue)]))),
    fc.dictionary(fc.constantFrom(...Object.keys(shape), '__proto__', 'role', 'isAdmin'), wrongValue, { maxKeys: 5 }),
    wrongValue,
  );

// Printable header text (anything else never leaves a well-behaved HTTP client).
const headerText = fc.string({ unit: fc.constantFrom(...'abcXYZ019.-_=+/ ;,"\'<>()%$'.split('')), maxLength: 120 });
const credentialLike = fc.oneof(
  headerText,
  fc.tuple(fc.constantFrom('cbd1', 'cbd2', 'CBD1', ''), fc.constantFrom('', 'x', 'dispositivo-fuzz', "'; drop table devices; --", 'a'.repeat(65)), headerText).map((parts) => parts.join('.')),
  fc.constantFrom('', 'Bearer', 'Bearer ', 'Basic YWRtaW46YWRtaW4=', `Bearer cbd1.x.${'A'.repeat(43)}`, `Bearer cbd1.x.${'A'.repeat(20000)}`),
);

describe('setup, sign-in, enrollment and credentials under hostile input', () => {
  it('answers hostile setup, sign-in and enrollment bodies with problems, creating nothing', async () => {
    const before = { users: count('users'), devices: count('devices'), sessions: count('sessions') };
    const endpoints = [
      ['/api/v1/setup', { token: 'x'.repeat(43), email: 'a@b.co', name: 'Ana', password: '0123456789' }],
      ['/api/v1/session', { email: fuzz.server.admin.email, password: 'no-es-la-clave' }],
      ['/api/v1/devices/enroll', { token: 'x'.repeat(43), deviceId: 'dispositivo-fuzz' }],
    ] as const;
    for (const [path, shape] of endpoints) {
      await fc.assert(
        fc.asyncProperty(hostileBody(shape), async (body) => {
          fuzz.tally.payloads++;
          const response = await fuzz.client.send('POST', path, jsonText(body));
          expectProblemResponse(response, ['request.invalid', 'request.malformed_json', 'request.too_large', 'auth.invalid_credentials', 'setup.already_done', 'device.enrollment_invalid']);
        }),
        { numRuns: path === '/api/v1/session' ? 60 : 300, seed: 5 },
      );
    }
    expect({ users: count('users'), devices: count('devices'), sessions: count('sessions') }).toEqual(before);
  });

  it('treats any forged Authorization header or session cookie as no credential, never as someone', async () => {
    await fc.assert(
      fc.asyncProperty(credentialLike, headerText, async (authorization, cookie) => {
        fuzz.tally.payloads += 2;
        const bearer = await fuzz.client.send('GET', '/api/v1/users', undefined, { authorization });
        // A 20 kB header is over Node's header limit: refused before it reaches the app.
        expectProblemResponse(bearer, ['auth.invalid_credentials', 'auth.required', 'request.too_large']);
        const session = await fuzz.client.send('GET', '/api/v1/users', undefined, { cookie: `cabildo_session=${cookie}` });
        expectProblemResponse(session, ['auth.required']);
      }),
      { numRuns: 400, seed: 6 },
    );
  });

  it('refuses anonymous pushes that are not only signed-link form submissions, whatever they hold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(wrongValue, fc.record({ kind: fc.oneof(fc.constant('form.submission'), hostileText), payload: wrongValue })), { minLength: 1, maxLength: 5 }), async (records) => {
        fuzz.tally.payloads += records.length;
        const response = await fuzz.client.send('POST', '/api/v1/sync', jsonText({ deviceId: 'celular-ciudadano', records }), { authorization: '' });
        const answer = expectJsonAnswer(response);
        if (response.status === 200) {
          // Only submissions that name a link get this far, and each was judged (none stored without one).
          for (const result of (answer as { results: { status: string }[] }).results) expect(result.status).toBe('rejected');
        } else expectProblemResponse(response, ['auth.required', 'auth.invalid_credentials', 'request.invalid', 'request.malformed_json', 'sync.batch_too_large', 'request.too_large']);
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('leaves a server that still answers and no polluted prototype', async () => {
    await expectServerUnharmed(fuzz, 'auth', 1_500);
  });
});
