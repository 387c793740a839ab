import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentDigest } from '../../../src/core/attendance/document-digest';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { pullResponseSchema, pullSearch } from '../../../src/core/sync/pull';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { authedFetch } from '../support/authed-fetch';
import { createEvent, pushAccepted, registrationRecord } from '../events/fixtures';

let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer();
});
afterAll(() => server.dispose());

describe('GET /api/v1/pull: pre-registered documents', () => {
  it('sends each attendee the digest of their document and never the number itself', async () => {
    const event = await createEvent(server.url);
    const cedula = registrationRecord(event.id, { document: { type: 'CC', number: '1.020.304.050' } });
    const passport = registrationRecord(event.id, { fullName: 'Marie Dubois', document: { type: 'PA', number: 'XK4471902' } });
    const undocumented = registrationRecord(event.id, { fullName: 'Rosa Caicedo', document: { type: 'SD' } });
    await pushAccepted(server.url, [cedula, passport, undocumented]);

    const response = await authedFetch(`${server.url}/api/v1/pull${pullSearch({ events: [event.id] })}`);
    expect(response.status).toBe(200);
    const raw = await response.text();
    for (const number of ['1020304050', '1.020.304.050', 'XK4471902']) expect(raw).not.toContain(number);

    const page = pullResponseSchema(defaultCatalogues).parse(JSON.parse(raw));
    const digestOf = new Map(page.attendees.map((a) => [a.attendeeId, a.documentDigest]));
    expect(digestOf.get(cedula.id)).toBe(documentDigest(event.id, 'CC', '1020304050'));
    expect(digestOf.get(passport.id)).toBe(documentDigest(event.id, 'PA', 'XK4471902'));
    expect(digestOf.has(undocumented.id)).toBe(true);
    expect(digestOf.get(undocumented.id)).toBeUndefined();
  });
});
