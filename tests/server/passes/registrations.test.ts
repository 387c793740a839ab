import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { decodeBase64Url, encodeBase64Url, verifyPass } from '../../../src/core/passes';
import { pullResponseSchema } from '../../../src/core/sync/pull';
import { countRows } from '../support/sqlite-file';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { authedFetch } from '../support/authed-fetch';
import { createEvent, editEvent, newId, postRegistration, pushAccepted, registrationPayload, registrationRecord } from '../events/fixtures';

let server: AuthedServer;
let publicKey: CryptoKey;
beforeAll(async () => {
  server = await startAuthedServer();
  const response = await authedFetch(`${server.url}/api/v1/keys/signing`);
  const key = (await response.json()) as { algorithm: string; publicKey: string };
  expect(key.algorithm).toBe('Ed25519');
  publicKey = await crypto.subtle.importKey('raw', Buffer.from(key.publicKey, 'base64url'), { name: 'Ed25519' }, false, ['verify']);
});
afterAll(() => server.dispose());

/** What a door device does offline: WebCrypto with the downloaded public key, nothing else. */
const webCryptoVerify = (bytes: Uint8Array, signature: Uint8Array) =>
  crypto.subtle.verify('Ed25519', publicKey, new Uint8Array(signature), new Uint8Array(bytes));

type PassBody = { attendeeId: string; pass: string };
type ProblemBody = { code: string; details?: { fields?: { path: string; message: string }[] } };

async function register(eventId: string, body: Record<string, unknown>) {
  const response = await postRegistration(server.url, eventId, body);
  expect(response.status).toBe(201);
  return (await response.json()) as PassBody;
}

describe('the signing key', () => {
  it('is published as a raw 32-byte Ed25519 key, never cached', async () => {
    const response = await authedFetch(`${server.url}/api/v1/keys/signing`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { publicKey: text } = (await response.json()) as { publicKey: string };
    expect(decodeBase64Url(text)?.length).toBe(32);
  });
});

describe('POST /api/v1/events/:id/registrations', () => {
  it('issues a CAB1 pass that a device verifies offline with WebCrypto; a tampered pass fails', async () => {
    const event = await createEvent(server.url, { status: 'planned' });
    const attendeeId = newId();
    const { pass, attendeeId: echoed } = await register(event.id, { attendeeId, ...registrationPayload(event.id) });
    expect(echoed).toBe(attendeeId);

    const verified = await verifyPass(pass, { expectedEventId: event.id, verify: webCryptoVerify });
    expect(verified.ok && verified.value).toMatchObject({ attendeeId, eventId: event.id });

    // Claims rewritten to another attendee, signature kept: the signature no longer matches.
    const [prefix, claims, signature] = pass.split('.');
    const forgedClaims = JSON.parse(Buffer.from(claims!, 'base64url').toString('utf8')) as { a: string };
    forgedClaims.a = newId();
    const forged = [prefix, encodeBase64Url(new TextEncoder().encode(JSON.stringify(forgedClaims))), signature].join('.');
    const result = await verifyPass(forged, { expectedEventId: event.id, verify: webCryptoVerify });
    expect(result.ok ? 'aceptado' : result.problem.code).toBe('pass.forged');
    // One flipped signature character is enough too.
    const flipped = `${pass.slice(0, -2)}${pass.at(-2) === 'A' ? 'B' : 'A'}${pass.at(-1)}`;
    expect(((await verifyPass(flipped, { expectedEventId: event.id, verify: webCryptoVerify })) as { ok: boolean }).ok).toBe(false);
  });

  it('is idempotent: the same registration twice gets the same pass and is stored once', async () => {
    const event = await createEvent(server.url);
    const body = { attendeeId: newId(), ...registrationPayload(event.id) };
    const first = await register(event.id, body);
    const second = await register(event.id, body);
    expect(second).toEqual(first);
    expect(countRows(server.dataDir, 'records', 'id = ?', body.attendeeId)).toBe(1);

    // Even after the event closed, a retry still gets its pass.
    await editEvent(server.url, event.id, { status: 'closed' });
    expect(await register(event.id, body)).toEqual(first);
  });

  it('refuses other data under a taken attendeeId (kept for review), and a closed or unknown event', async () => {
    const event = await createEvent(server.url);
    const attendeeId = newId();
    const first = await register(event.id, { attendeeId, ...registrationPayload(event.id) });
    const clash = await postRegistration(server.url, event.id, { attendeeId, ...registrationPayload(event.id, { fullName: 'Otra Persona' }) });
    expect(clash.status).toBe(409);
    expect(((await clash.json()) as ProblemBody).code).toBe('record.conflict');
    expect(countRows(server.dataDir, 'record_conflicts', 'record_id = ?', attendeeId)).toBe(1);
    expect(await register(event.id, { attendeeId, ...registrationPayload(event.id) })).toEqual(first);

    const closed = await createEvent(server.url, { status: 'closed' });
    const late = await postRegistration(server.url, closed.id, { attendeeId: newId(), ...registrationPayload(closed.id) });
    expect(late.status).toBe(409);
    expect(((await late.json()) as ProblemBody).code).toBe('event.closed');
    const unknown = await postRegistration(server.url, 'no-existe', { attendeeId: newId(), ...registrationPayload('no-existe') });
    expect(unknown.status).toBe(404);
  });

  it('explains invalid fields with the body’s own paths and stores nothing', async () => {
    const event = await createEvent(server.url);
    const attendeeId = newId();
    const response = await postRegistration(server.url, event.id, {
      attendeeId,
      ...registrationPayload('otro-evento', { territory: '99', bloodType: 'O+' }),
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as ProblemBody;
    expect(body.code).toBe('registration.invalid');
    const paths = Object.fromEntries((body.details?.fields ?? []).map((f) => [f.path, f.message]));
    expect(paths).toMatchObject({
      territory: 'Elija una comuna o corregimiento de la lista.',
      '': 'Campos no previstos en la inscripción: bloodType.',
    });
    const badId = await postRegistration(server.url, event.id, { attendeeId: 'abc', ...registrationPayload(event.id) });
    expect(((await badId.json()) as ProblemBody).details?.fields?.map((f) => f.path)).toEqual(['attendeeId']);
    const wrongEvent = await postRegistration(server.url, event.id, { attendeeId, ...registrationPayload('otro-evento') });
    expect(((await wrongEvent.json()) as ProblemBody).details?.fields).toEqual([
      { path: 'eventId', code: 'custom', message: 'La inscripción es de otro evento que el de la dirección.' },
    ]);
    expect(countRows(server.dataDir, 'records', 'id = ?', attendeeId)).toBe(0);
  });
});

describe('registrations pushed through /api/v1/sync', () => {
  it('get a pass on pull, the same text on every pull and from the registration endpoint', async () => {
    const event = await createEvent(server.url);
    const record = registrationRecord(event.id);
    await pushAccepted(server.url, [record]);
    const schema = pullResponseSchema(defaultCatalogues);
    const pull = async () => schema.parse(await (await authedFetch(`${server.url}/api/v1/pull?events=${event.id}`)).json());

    const first = await pull();
    expect(first.attendees).toHaveLength(1);
    const [attendee] = first.attendees;
    expect(attendee).toMatchObject({ attendeeId: record.id, eventId: event.id, displayName: 'Luis Ángel Mosquera', accessibilityNeeds: ['interprete_lsc'] });
    expect((await verifyPass(attendee!.pass, { expectedEventId: event.id, verify: webCryptoVerify })).ok).toBe(true);
    expect((await pull()).attendees[0]!.pass).toBe(attendee!.pass);
    expect(countRows(server.dataDir, 'records', "kind = 'attendance.registration' and id = ?", record.id)).toBe(1);

    // The citizen's phone asks the endpoint for the same registration with its own device id: same pass.
    const again = await register(event.id, { attendeeId: record.id, deviceId: record.deviceId, ...record.payload });
    expect(again.pass).toBe(attendee!.pass);
  });
});
