import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dimension } from '../../../src/core/indicators/dimensions';
import type { PublishedBreakdown } from '../../../src/core/indicators/publish-breakdown';
import type { EventReport } from '../../../src/server/reports/event-report';
import type { PeriodDashboard } from '../../../src/server/reports/period-dashboard';
import { parseCsv } from '../../core/exports/csv-parse';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { createEvent, newId, pushAccepted, registrationRecord } from '../events/fixtures';
import { getBytes, getJson } from './fixtures';

/**
 * Issue #9: people who pre-registered and were admitted with their pass (a check-in that refers to the
 * registration, no answers on the door phone) must appear with EVERY answer they gave in the listado (CSV
 * and XLSX), the event report and the period dashboard. Five alike, so the suppressed sensitive tables
 * publish their cells (MIN_PUBLISHED_COUNT); a sixth is admitted and then undone at the door.
 */
const ANSWERS = {
  firstNames: 'Carmen Elisa',
  surnames: 'Hernández Ríos',
  sexAtBirth: 'hombre',
  genderIdentity: 'hombre_trans',
  sexualOrientation: 'gay',
  birthDate: '1990-05-17',
  lifeStage: 'adultez',
  ethnicity: 'negro_afro',
  disabilities: ['auditiva'],
  differentialGroups: ['victima'],
  territory: '08',
  neighbourhood: 'Villa Hermosa',
  organisation: { type: 'jac', name: 'JAC La Mansión' },
  contact: { phone: '300 123 4567', email: 'carmen@example.co' },
  accessibilityNeeds: ['interprete_lsc', 'otra'],
  accessibilityOther: 'Silla cerca del escenario',
  consent: { accepted: true, textVersion: '2026-1', sensitiveData: true },
};
const PEOPLE = 5;
const PERIOD = 'from=2026-11-01&to=2026-11-30';

let server: AuthedServer;
let eventId: string;
let checkInIds: string[];
let undoneId: string;
let lscEventId: string;

const admitted = (registrationId: string, minute: number, deviceId = 'puerta-1') => {
  const checkedInAt = `2026-11-21T09:${String(minute).padStart(2, '0')}:00-05:00`;
  return {
    id: newId(Date.parse(checkedInAt)),
    kind: 'attendance.registered',
    schemaVersion: 1,
    deviceId,
    createdAt: checkedInAt,
    payload: { eventId, method: 'pass', checkedInAt, attendeeId: registrationId },
  };
};

beforeAll(async () => {
  server = await startAuthedServer();
  eventId = (await createEvent(server.url)).id;
  const registrations = Array.from({ length: PEOPLE + 1 }, (_, i) =>
    registrationRecord(eventId, { ...ANSWERS, fullName: undefined, document: { type: 'CC', number: String(70_100_200 + i) } }),
  );
  const checkIns = registrations.map((r, i) => admitted(r.id, i + 1));
  const undo = {
    id: newId(),
    kind: 'attendance.undo',
    schemaVersion: 1,
    deviceId: 'puerta-1',
    createdAt: '2026-11-21T09:10:05-05:00',
    payload: { eventId, checkInId: checkIns[PEOPLE]!.id, undoneAt: '2026-11-21T09:10:05-05:00' },
  };
  await pushAccepted(server.url, [...registrations, ...checkIns, undo]);
  checkInIds = checkIns.slice(0, PEOPLE).map((c) => c.id);
  // Another event where ten people asked for an LSC interpreter when registering (Ley 982).
  lscEventId = (await createEvent(server.url, { name: 'Audiencia con intérprete' })).id;
  await pushAccepted(
    server.url,
    Array.from({ length: 10 }, (_, i) => registrationRecord(lscEventId, { document: { type: 'CC', number: String(80_100_200 + i) }, accessibilityNeeds: ['interprete_lsc'] })),
  );
  undoneId = checkIns[PEOPLE]!.id;
});
afterAll(() => server.dispose());

/** Every answer as the listado spells it (catalogue names). */
const LISTED: Record<string, string> = {
  Nombre: 'Carmen Elisa Hernández Ríos',
  'Tipo de documento': 'CC',
  'Comuna o corregimiento': 'Villa Hermosa',
  'Barrio o vereda': 'Villa Hermosa',
  Teléfono: '300 123 4567',
  'Correo electrónico': 'carmen@example.co',
  'Ajustes de accesibilidad solicitados': 'Intérprete de Lengua de Señas Colombiana (LSC), Otra necesidad de accesibilidad, Silla cerca del escenario',
  'Autorización de tratamiento de datos': 'Sí',
  'Versión del aviso de privacidad': '2026-1',
  'Autorización de datos sensibles': 'Sí',
  'Forma de registro': 'Pase QR',
  'Sexo al nacer': 'Hombre',
  'Fecha de nacimiento': '1990-05-17',
  'Momento de curso de vida': expect.stringMatching(/^Adultez/) as unknown as string,
  'Identidad de género': 'Hombre trans',
  'Orientación sexual': 'Gay',
  'Autorreconocimiento étnico': expect.stringMatching(/Negro|Afro/) as unknown as string,
  Discapacidad: 'Auditiva',
  'Grupos poblacionales': 'Víctima del conflicto armado',
  'Tipo de organización': 'Junta de Acción Comunal (JAC)',
  'Nombre de la organización': 'JAC La Mansión',
};

/** Every coded answer as the indicator tables count it: five people in the cell of their answer. */
const COUNTED: [Dimension, string][] = [
  ['territory', '08'],
  ['sex', 'hombre'],
  ['genderIdentity', 'hombre_trans'],
  ['sexualOrientation', 'gay'],
  ['lifeStage', 'adultez'],
  ['ethnicGroup', 'negro_afro'],
  ['organisationType', 'jac'],
  ['disability', 'auditiva'],
  ['differentialGroup', 'victima'],
  ['accessibilityNeed', 'interprete_lsc'],
];
const cellOf = (breakdowns: Record<Dimension, PublishedBreakdown>, d: Dimension, key: string) => breakdowns[d].cells.find((c) => c.key === key)?.value;

describe('a registered person admitted with their pass keeps every registration answer', () => {
  it('in the listado CSV, with the number, phone and consent; the undone admission listed but not counted', async () => {
    const { status, bytes } = await getBytes(`${server.url}/api/v1/events/${eventId}/attendance.csv`);
    expect(status).toBe(200);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), ';');
    const col = (name: string) => header!.indexOf(name);
    const byId = new Map(rows.map((r) => [r[col('Id del registro')], r]));
    for (const [i, id] of checkInIds.entries()) {
      const row = byId.get(id)!;
      expect(row, id).toBeDefined();
      expect(row[col('Estado')]).toBe('Admitido');
      expect(row[col('Número de documento')]).toBe(String(70_100_200 + i));
      const listed = Object.fromEntries(Object.keys(LISTED).map((name) => [name, row[col(name)]]));
      expect(listed).toEqual(LISTED);
    }
    expect(byId.get(undoneId)![col('Estado')]).toBe('Deshecho en la puerta: no cuenta');
  });

  it('in the listado XLSX', async () => {
    const { status, bytes } = await getBytes(`${server.url}/api/v1/events/${eventId}/attendance.xlsx`);
    expect(status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const row = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2)).find((r) => r.getCell(col('Id del registro')).value === checkInIds[0])!;
    const listed = Object.fromEntries(Object.keys(LISTED).map((name) => [name, row.getCell(col(name)).value]));
    expect(listed).toEqual(LISTED);
  });

  it('in the attendance list JSON: named, admitted, the undone one apart', async () => {
    const { body } = await getJson<{ rows: { id: string; status: string; displayName?: string }[]; counts: Record<string, number> }>(
      `${server.url}/api/v1/events/${eventId}/attendance`,
    );
    expect(body.counts).toEqual({ admitted: PEOPLE, duplicates: 0, anonymous: 0, undone: 1, total: PEOPLE + 1 });
    expect(body.rows.find((r) => r.id === checkInIds[0])).toMatchObject({ status: 'admitted', displayName: 'Carmen Elisa Hernández Ríos' });
    expect(body.rows.find((r) => r.id === undoneId)).toMatchObject({ status: 'undone' });
  });

  it('in the event report: every variable counted in its cell, none "sin respuesta"', async () => {
    const { status, body } = await getJson<EventReport>(`${server.url}/api/v1/reports/events/${eventId}`);
    expect(status).toBe(200);
    expect(body.attendance.total).toBe(PEOPLE);
    expect(body.attendance.consented).toBe(PEOPLE);
    for (const [d, key] of COUNTED) expect(cellOf(body.attendance.breakdowns, d, key), d).toBe(PEOPLE);
  });

  it('in the period dashboard', async () => {
    const { status, body } = await getJson<PeriodDashboard>(`${server.url}/api/v1/reports/period?${PERIOD}`);
    expect(status).toBe(200);
    for (const [d, key] of COUNTED) expect(cellOf(body.attendance.breakdowns, d, key), d).toBe(PEOPLE);
    // Ley 982 where staff look: the event with ten interpreter requests, not the one with five.
    expect(body.interpreterAlerts).toEqual([{ eventId: lscEventId, name: 'Audiencia con intérprete', people: 10, booked: false }]);
  });
});
