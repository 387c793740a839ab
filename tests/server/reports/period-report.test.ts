import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSuppressed } from '../../../src/core/indicators/publish-breakdown';
import type { PeriodDashboard } from '../../../src/server/reports/period-dashboard';
import { parseCsv } from '../../core/exports/csv-parse';
import { startAuthedServer, type AuthedServer } from '../support/authed-server';
import { createStaff, signIn, type StaffSession } from '../../support/auth-bootstrap';
import { anonymousRecord, createEvent, escuchaderoAt, evaluationAt, getBytes, getJson, PEOPLE, personCheckIn, pushAccepted, type Person } from './fixtures';

let clock = new Date('2027-03-11T12:00:00Z');
let server: AuthedServer;
const ev = { a: '', b: '', c: '', d: '', e: '' };
const PERIOD = 'from=2027-01-01&to=2027-12-31';
const MESSAGE = 'Solicito información del presupuesto participativo de la comuna';

const person = (label: string, i: number, territory: string, extra: Record<string, unknown> = {}): Person => ({
  firstNames: `${label}`,
  surnames: `Apellido ${'abcdefghij'[i]}`,
  document: `${label.length}${i}${'5'.repeat(7)}`,
  territory,
  extra,
});
const seeded: Person[] = [...PEOPLE];
const many = (label: string, n: number, territory: string, extra: (i: number) => Record<string, unknown> = () => ({})) =>
  Array.from({ length: n }, (_, i) => {
    const p = person(label, i, territory, extra(i));
    seeded.push(p);
    return p;
  });

beforeAll(async () => {
  server = await startAuthedServer({ now: () => clock });
  const create = async (startsAt: string, endsAt: string, over: Record<string, unknown>) => (await createEvent(server.url, { startsAt, endsAt, ...over })).id;
  ev.a = await create('2027-03-10T09:00:00-05:00', '2027-03-10T12:00:00-05:00', { type: 'audiencia_publica', territory: '03', murcStage: 'ejecucion' });
  ev.b = await create('2027-06-01T15:00:00-05:00', '2027-06-01T17:00:00-05:00', { type: 'atril_territorial', territory: '08', murcStage: 'ejecucion' });
  // 21:00 on 31 December in Bogotá, already 2028 in UTC: inside the period.
  ev.c = await create('2028-01-01T02:00:00Z', '2028-01-01T04:00:00Z', { type: 'feria_transparencia', territory: '03', murcStage: 'seguimiento' });
  ev.d = await create('2028-01-01T10:00:00-05:00', '2028-01-01T12:00:00-05:00', { territory: '03' });
  // 23:30 on 31 December 2026 in Bogotá, 2027 in UTC: outside.
  ev.e = await create('2026-12-31T23:30:00-05:00', '2027-01-01T01:00:00-05:00', { territory: '03' });

  const inA = [...PEOPLE, ...many('Vecina', 6, '03', (i) => ({ ethnicity: i < 2 ? 'negro_afro' : 'ninguno' }))];
  await pushAccepted(server.url, [
    ...inA.map((p, i) => personCheckIn(ev.a, p, `2027-03-10T09:${String(10 + i).padStart(2, '0')}:00-05:00`)),
    personCheckIn(ev.a, PEOPLE[0]!, '2027-03-10T10:30:00-05:00', 'puerta-2'),
    anonymousRecord(ev.a, 'puerta-2', '2027-03-10T09:15:00-05:00'),
    anonymousRecord(ev.a, 'puerta-2', '2027-03-10T09:16:00-05:00'),
    ...many('Joven', 4, '08').map((p) => personCheckIn(ev.b, p, '2027-06-01T15:05:00-05:00')),
    anonymousRecord(ev.b, 'puerta-3', '2027-06-01T15:06:00-05:00'),
    ...many('Feriante', 1, '14').map((p) => personCheckIn(ev.c, p, '2028-01-01T02:10:00Z')),
    ...many('Fuera', 5, '03').map((p) => personCheckIn(ev.d, p, '2028-01-01T10:05:00-05:00')),
    ...many('Antes', 2, '03').map((p) => personCheckIn(ev.e, p, '2026-12-31T23:40:00-05:00')),
    evaluationAt(ev.a, 5),
    evaluationAt(ev.a, 4),
    evaluationAt(ev.b, 3),
    evaluationAt(ev.d, 1),
    escuchaderoAt(ev.a, { tipo: 'pregunta', mensaje: MESSAGE }, '2027-03-10T10:00:00-05:00'),
  ]);
  clock = new Date('2028-02-01T15:00:00Z');
});
afterAll(() => server.dispose());

let consulta: StaffSession;
const asConsulta = async (path: string) => {
  // The clock has moved past the first sessions' 12 h: sign the administrator in again first.
  consulta ??= await createStaff(server.url, await signIn(server.url, server.admin.email, server.admin.password, 'administrador'), 'consulta');
  return fetch(`${server.url}${path}`, { headers: consulta.headers() });
};

describe('GET /api/v1/reports/period', () => {
  /** As the planning office (administrador) sees it: exact counts, small ones marked. */
  let dashboard: PeriodDashboard;
  /** As consulta sees it: small counts hidden. */
  let publicDashboard: PeriodDashboard;
  beforeAll(async () => {
    const response = await getJson<PeriodDashboard>(`${server.url}/api/v1/reports/period?${PERIOD}`);
    expect(response.status).toBe(200);
    dashboard = response.body;
    const asPublic = await asConsulta(`/api/v1/reports/period?${PERIOD}`);
    expect(asPublic.status).toBe(200);
    publicDashboard = (await asPublic.json()) as PeriodDashboard;
  });

  it('takes the events that start in the period on Bogotá time, in order', () => {
    expect(dashboard.period).toEqual({ from: '2027-01-01', to: '2027-12-31', timeZone: 'America/Bogota' });
    expect(dashboard.perEvent.map((e) => e.eventId)).toEqual([ev.a, ev.b, ev.c]);
    expect(dashboard.events.count).toBe(3);
    expect(dashboard.events.byType).toEqual([
      { key: 'audiencia_publica', count: 1 },
      { key: 'atril_territorial', count: 1 },
      { key: 'feria_transparencia', count: 1 },
    ]);
    expect(dashboard.events.byStage).toEqual([
      { key: 'ejecucion', count: 2 },
      { key: 'seguimiento', count: 1 },
    ]);
    expect(dashboard.events.byTerritory).toEqual([
      { key: '03', count: 2 },
      { key: '08', count: 1 },
    ]);
  });

  it('sums attendance over the events, duplicates apart and anonymous included, breakdowns adding up', () => {
    expect(dashboard.attendance).toMatchObject({ total: 17, consented: 14, anonymous: 3, duplicatesOfflineAdmitted: 1 });
    expect(dashboard.perEvent.map((e) => e.attendance.total)).toEqual([11, 5, 1]);
    const territory = dashboard.attendance.breakdowns.territory;
    expect(territory.cells.filter((c) => c.value !== 0).map((c) => [c.key, c.value])).toEqual([
      ['03', 8],
      ['08', 5],
      ['14', 1],
    ]);
    expect(territory.cells.find((c) => c.key === '14')!.notPublishable).toBe(true);
    for (const b of Object.values(dashboard.attendance.breakdowns)) {
      for (const c of b.cells) {
        if (c.notPublishable !== true) expect(c.value === 0 || (c.value as number) >= 5, `${b.dimension}.${c.key}`).toBe(true);
      }
    }
    expect(dashboard.attendance.breakdowns.ethnicGroup.cells.find((c) => c.key === 'negro_afro')!.notPublishable).toBe(true);
  });

  it('hides from consulta every count of people from 1 to 4 by characteristic or territory, plain totals kept', () => {
    expect(publicDashboard.attendance).toMatchObject({ total: 17, consented: 14, anonymous: 3 });
    for (const b of Object.values(publicDashboard.attendance.breakdowns)) {
      for (const c of b.cells) {
        expect(c.notPublishable, `${b.dimension}.${c.key}`).toBeUndefined();
        if (!isSuppressed(c.value)) expect(c.value === 0 || c.value >= 5, `${b.dimension}.${c.key} = ${c.value}`).toBe(true);
      }
    }
    const territory = publicDashboard.attendance.breakdowns.territory;
    expect(isSuppressed(territory.cells.find((c) => c.key === '14')!.value)).toBe(true);
    expect(territory.cells.filter((c) => isSuppressed(c.value)).length).toBeGreaterThanOrEqual(2);
    expect(isSuppressed(publicDashboard.attendance.breakdowns.ethnicGroup.cells.find((c) => c.key === 'negro_afro')!.value)).toBe(true);
    // Residents by territory are the same people counted the other way: hidden alike.
    const row14 = publicDashboard.territories.find((r) => r.territory === '14')!;
    expect(isSuppressed(row14.residentAttendees)).toBe(true);
    expect(row14.residentsNotPublishable).toBeUndefined();
  });

  it('compares territories and sums escuchadero and satisfaction as of the server clock', () => {
    const row = (t: string) => dashboard.territories.find((r) => r.territory === t);
    // Luis Ángel lives in 08 and attended in 03.
    expect(row('03')).toMatchObject({ events: 2, attendance: 12, residentAttendees: 8 });
    expect(row('08')).toMatchObject({ events: 1, attendance: 5, residentAttendees: 5 });
    expect(row('14')).toMatchObject({ events: 0, attendance: 0, residentAttendees: 1, residentsNotPublishable: true });
    expect(dashboard.escuchadero).toMatchObject({ received: 1, answered: 0, overdue: 1 });
    expect(dashboard.satisfaction).toMatchObject({ responses: 3, mean: 4 });
    expect(dashboard.asOf).toBe('2028-02-01T15:00:00.000Z');
  });

  it.each([
    ['from=2027-02-30&to=2027-12-31'],
    ['from=2027-12-31&to=2027-01-01'],
    ['from=2027-01-01'],
    ['from=2027-01-01T00:00:00-05:00&to=2027-12-31'],
  ])('refuses the period %s', async (query) => {
    const { status, body } = await getJson<{ code: string }>(`${server.url}/api/v1/reports/period?${query}`);
    expect([status, body.code]).toEqual([400, 'report.period_dates_invalid']);
  });
});

describe('GET /api/v1/reports/period.xlsx', () => {
  it('has the dashboard as typed sheets, sensitive cells empty and marked Reservado', async () => {
    const { status, bytes, headers } = await getBytes(`${server.url}/api/v1/reports/period.xlsx?${PERIOD}`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(headers.get('content-disposition')).toBe('attachment; filename="informe-periodo-2027-01-01-a-2027-12-31.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Resumen', 'Eventos', 'Caracterización', 'Territorios']);

    const events = workbook.getWorksheet('Eventos')!;
    const header = (events.getRow(1).values as unknown[]).slice(1);
    const a = events.getRow(2);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(a.getCell(col('Id del evento')).value).toBe(ev.a);
    expect(a.getCell(col('Inicio (hora de Colombia)')).value).toEqual(new Date('2027-03-10T09:00:00Z'));
    expect(a.getCell(col('Tipo de evento')).value).toBe('Audiencia pública');
    expect(a.getCell(col('Asistentes')).value).toBe(11);
    expect(a.getCell(col('Satisfacción promedio')).value).toBe(4.5);
    expect(events.getRow(4).getCell(col('Inicio (hora de Colombia)')).value).toEqual(new Date('2027-12-31T21:00:00Z'));

    const summary = workbook.getWorksheet('Resumen')!;
    const figures = new Map(Array.from({ length: summary.rowCount - 1 }, (_, i) => summary.getRow(i + 2)).map((r) => [r.getCell(1).value, r.getCell(2).value]));
    expect(figures.get('Asistentes (personas admitidas, sin duplicados)')).toBe(17);
    expect(figures.get('Escuchadero: vencidos sin respuesta')).toBe(1);

    const characterisation = workbook.getWorksheet('Caracterización')!;
    const rows = Array.from({ length: characterisation.rowCount - 1 }, (_, i) => (characterisation.getRow(i + 2).values as unknown[]).slice(1));
    // The office's workbook: exact, with "No publicable" where the public one says Reservado.
    const afro = rows.find((r) => r[0] === 'Autorreconocimiento étnico' && r[2] === 'negro_afro')!;
    expect(afro.slice(0, 3)).toEqual(['Autorreconocimiento étnico', 'Negro/a, mulato/a, afrodescendiente, afrocolombiano/a', 'negro_afro']);
    expect(afro[3]).toBeGreaterThan(0);
    expect(afro[3]).toBeLessThan(5);
    expect(afro.slice(4)).toEqual([false, true, 14]);
    expect(rows.find((r) => r[0] === 'Comuna o corregimiento' && r[2] === '14')).toEqual(['Comuna o corregimiento', 'El Poblado', '14', 1, false, true, 14]);
  });

  it('gives consulta the workbook with small cells empty and marked Reservado', async () => {
    const response = await asConsulta(`/api/v1/reports/period.xlsx?${PERIOD}`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const characterisation = workbook.getWorksheet('Caracterización')!;
    const rows = Array.from({ length: characterisation.rowCount - 1 }, (_, i) => (characterisation.getRow(i + 2).values as unknown[]).slice(1));
    expect(rows.find((r) => r[0] === 'Autorreconocimiento étnico' && r[2] === 'negro_afro')).toEqual([
      'Autorreconocimiento étnico',
      'Negro/a, mulato/a, afrodescendiente, afrocolombiano/a',
      'negro_afro',
      undefined,
      true,
      false,
      14,
    ]);
    expect(rows.find((r) => r[0] === 'Comuna o corregimiento' && r[2] === '14')).toEqual(['Comuna o corregimiento', 'El Poblado', '14', undefined, true, false, 14]);
    for (const r of rows) if (typeof r[3] === 'number') expect(r[3] === 0 || r[3] >= 5, `${r[0]} ${r[2]}`).toBe(true);
  });
});

describe('open data', () => {
  const names = () => seeded.flatMap((p) => [p.firstNames, p.surnames, `${p.firstNames} ${p.surnames}`, p.document]);

  it.each(['indicadores', 'caracterizacion'])('publishes %s as anonymised aggregates with no names, documents or texts', async (table) => {
    const { status, bytes, headers } = await getBytes(`${server.url}/api/v1/open-data/period.csv?${PERIOD}&table=${table}`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toBe(`attachment; filename="datos-abiertos-${table}-2027-01-01-a-2027-12-31.csv"`);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    for (const needle of [...names(), MESSAGE, 'Ana María']) expect(text, needle).not.toContain(needle);
    const [header, ...rows] = parseCsv(text, ',');
    expect(header![0]).toBe('id_evento');
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set([ev.a, ev.b, ev.c]));
    if (table === 'indicadores') {
      expect(rows.find((r) => r[0] === ev.a)![header!.indexOf('asistentes')]).toBe('11');
    } else {
      const at = (name: string) => header!.indexOf(name);
      const afro = rows.find((r) => r[0] === ev.a && r[at('variable')] === 'grupo_etnico' && r[at('categoria')] === 'negro_afro')!;
      expect([afro[at('personas')], afro[at('reservado')]]).toEqual(['', 'true']);
      // Every variable, territory included: no count of 1–4 people (the comuna "07" = 2).
      for (const r of rows) {
        if (r[at('personas')] !== '') expect(Number(r[at('personas')]) === 0 || Number(r[at('personas')]) >= 5, `${r[at('variable')]} ${r[at('categoria')]}`).toBe(true);
      }
      const feria = rows.find((r) => r[0] === ev.c && r[at('categoria')] === '14')!;
      expect([feria[at('personas')], feria[at('reservado')]]).toEqual(['', 'true']);
    }
  });

  it('describes each column in a dictionary; an unknown table is refused', async () => {
    const { status, bytes, headers } = await getBytes(`${server.url}/api/v1/open-data/dictionary.csv?table=caracterizacion`);
    expect(status).toBe(200);
    expect(headers.get('content-disposition')).toBe('attachment; filename="diccionario-caracterizacion.csv"');
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes), ',');
    expect(header).toEqual(['campo', 'tipo', 'tipo_datos_gov_co', 'descripcion', 'description_en']);
    expect(rows.map((r) => r[0])).toContain('reservado');
    const plain = await getBytes(`${server.url}/api/v1/open-data/dictionary.csv`);
    expect(new TextDecoder().decode(plain.bytes)).toContain('satisfaccion_promedio');
    expect((await getBytes(`${server.url}/api/v1/open-data/dictionary.csv?table=personas`)).status).toBe(400);
  });
});
