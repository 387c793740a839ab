import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemoriaPdfRequest } from '../../../src/server/reports/memoria-pdf';
import { credentialHeaders } from '../support/authed-fetch';
import { chromiumMemoriaPrinter } from '../../../src/server/reports/memoria-pdf';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { createEvent } from '../events/fixtures';
import { getJson } from './fixtures';

describe('the memoria as PDF from the server', () => {
  let server: AuthedServer;
  const before = process.env.CABILDO_CHROMIUM;
  beforeAll(async () => {
    // A machine without Chromium: the route answers a problem instead of failing.
    process.env.CABILDO_CHROMIUM = '/no/existe/chromium';
    server = await startAuthedServer();
  });
  afterAll(async () => {
    if (before === undefined) delete process.env.CABILDO_CHROMIUM;
    else process.env.CABILDO_CHROMIUM = before;
    await server.dispose();
  });

  it('answers report.pdf_unavailable (503), in Spanish, when there is no Chromium to print with', async () => {
    const event = await createEvent(server.url);
    const answer = await getJson<{ code: string; message: string }>(`${server.url}/api/v1/reports/events/${event.id}/memoria.pdf`);
    expect(answer.status).toBe(503);
    expect(answer.body.code).toBe('report.pdf_unavailable');
    expect(answer.body.message).toMatch(/^Este servidor no puede generar el PDF ahora/);
  });

  it('answers 404 for an event that does not exist, before starting any browser', async () => {
    const answer = await getJson<{ code: string }>(`${server.url}/api/v1/reports/events/no-existe/memoria.pdf`);
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('resource.not_found');
  });

  it('the printer itself says why it cannot print, as a result (not a throw)', async () => {
    const printed = await chromiumMemoriaPrinter('/no/existe/chromium')({ origin: 'http://127.0.0.1:1', eventId: 'x', credentials: {} });
    expect(printed.ok).toBe(false);
    if (!printed.ok) expect(printed.problem).toMatchObject({ code: 'report.pdf_unavailable', details: { reason: 'chromium not found' } });
  });
});

describe("the server's browser goes to the server itself", () => {
  const asked: MemoriaPdfRequest[] = [];
  let server: AuthedServer;
  beforeAll(async () => {
    server = await startAuthedServer({
      printMemoria: async (printRequest) => {
        asked.push(printRequest);
        return { ok: true, value: new TextEncoder().encode('%PDF-1.4 fake') };
      },
    });
  });
  afterAll(() => server.dispose());

  it('from the socket the request came in on, never the Host header the caller wrote; with the caller cookie', async () => {
    const event = await createEvent(server.url);
    const url = new URL(`${server.url}/api/v1/reports/events/${event.id}/memoria.pdf`);
    // node:http lets a test write any Host header, as a hostile client would.
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = request(url, { headers: { ...credentialHeaders(url.href), host: 'intranet.example:8080' } }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      });
      outgoing.on('error', reject);
      outgoing.end();
    });
    expect(status).toBe(200);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.origin).toBe(`http://127.0.0.1:${url.port}`);
    expect(asked[0]!.eventId).toBe(event.id);
    expect(asked[0]!.credentials.cookie).toMatch(/^cabildo_session=/);
  });
});
