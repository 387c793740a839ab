import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
