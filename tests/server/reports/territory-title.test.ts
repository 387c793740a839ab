import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presets } from '../../../src/core/settings/presets';
import { parseCsv } from '../../core/exports/csv-parse';
import { call } from '../forms/fixtures';
import { authedFetch } from '../support/authed-fetch';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { checkInRecord, createEvent, pushAccepted } from '../events/fixtures';
import { getBytes } from './fixtures';

// An entity whose territories are localidades and unidades comunales de gobierno (Cartagena), not comunas.
let server: AuthedServer;
let eventId: string;
beforeAll(async () => {
  server = await startAuthedServer();
  expect((await call(server.url, 'PUT', '/api/v1/settings', presets.cartagena)).status).toBe(201);
  eventId = (await createEvent(server.url)).id;
  await pushAccepted(server.url, [checkInRecord(eventId, 'tableta-puerta-1', '2026-11-21T10:00:00-05:00', { territory: 'UCG03', catalogueVersion: 2 })]);
});
afterAll(() => server.dispose());

describe('territory titles of a Cartagena entity', () => {
  it('the listado titles its territory column "Localidad o unidad comunal de gobierno", with the name under it', async () => {
    const response = await authedFetch(`${server.url}/api/v1/events/${eventId}/attendance.csv`);
    expect(response.status).toBe(200);
    const [header, row] = parseCsv(await response.text());
    expect(header).not.toContain('Comuna o corregimiento');
    const column = header!.indexOf('Localidad o unidad comunal de gobierno');
    expect(column).toBeGreaterThan(0);
    expect(row![column]).toBe('Unidad Comunal de Gobierno 3');
  });

  it('the period workbook titles its territory columns the same way', async () => {
    const { status, bytes } = await getBytes(`${server.url}/api/v1/reports/period.xlsx?from=2026-01-01&to=2026-12-31`);
    expect(status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    for (const name of ['Eventos', 'Territorios']) {
      const header = (workbook.getWorksheet(name)!.getRow(1).values as unknown[]).slice(1);
      expect(header, name).toContain('Localidad o unidad comunal de gobierno');
      expect(header, name).not.toContain('Comuna o corregimiento');
    }
  });

  it("the form results and the event report (the memoria) ask Cartagena's question: {territorio} in its words", async () => {
    const asked = { es: '¿En qué localidad o unidad comunal de gobierno vive?', en: 'Which localidad or unidad comunal de gobierno do you live in?' };
    type Questions = { questions: { fieldId: string; label: unknown }[] };
    const territoryLabel = (form: Questions | null | undefined) => form?.questions.find((q) => q.fieldId === 'territorio')?.label;
    const results = await call<Questions>(server.url, 'GET', `/api/v1/forms/evaluacion-audiencia/results?event=${eventId}`);
    expect(territoryLabel(results.body)).toEqual(asked);
    const report = await call<{ forms: { evaluation: Questions | null; prioritisation: Questions | null } }>(server.url, 'GET', `/api/v1/reports/events/${eventId}`);
    expect(report.status).toBe(200);
    expect(territoryLabel(report.body.forms.evaluation)).toEqual(asked);
    expect(territoryLabel(report.body.forms.prioritisation)).toEqual(asked);
  });

  it('the public page names the territory filter the same way, in Spanish and English', async () => {
    const es = await (await fetch(`${server.url}/rendicion`)).text();
    expect(es).toContain('<label for="f-territorio">Localidad o unidad comunal de gobierno</label>');
    const en = await (await fetch(`${server.url}/rendicion?lang=en`)).text();
    expect(en).toContain('<label for="f-territorio">Localidad or unidad comunal de gobierno</label>');
  });
});
