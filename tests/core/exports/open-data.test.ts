import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attendanceOpenData } from '../../../src/core/exports/attendance-open-data';
import { eventIndicatorsOpenData } from '../../../src/core/exports/event-indicators-open-data';
import { dataDictionary, FIELD_NAME, openDataFiles, type OpenDataTable } from '../../../src/core/exports/open-data-table';
import { aggregateAttendanceByEvent } from '../../../src/core/indicators/event-attendance';
import type { AttendanceFacts, EventFacts } from '../../../src/core/indicators/facts';
import { periodReport } from '../../../src/core/indicators/period-report';
import { attendanceRow } from '../indicators/attendance-arbitrary';
import { parseCsv } from './csv-parse';

const events: EventFacts[] = [
  { eventId: 'ev-1', startsAt: '2024-01-01T20:00:00-05:00', type: 'audiencia_publica', murcStage: 'ejecucion', territory: '01' },
  { eventId: 'ev-2', startsAt: '2024-01-02T09:00:00-05:00', type: 'atril_comunas', murcStage: 'ejecucion' },
];
const SENSITIVE = new Set(['identidad_genero', 'orientacion_sexual', 'grupo_etnico', 'tipo_organizacion', 'discapacidad', 'grupo_diferencial', 'ajuste_accesibilidad']);

function tableFor(rows: AttendanceFacts[]): OpenDataTable {
  const byEvent = aggregateAttendanceByEvent(rows);
  const table = attendanceOpenData(events.flatMap((event) => {
    const attendance = byEvent.get(event.eventId);
    return attendance === undefined ? [] : [{ event, attendance }];
  }));
  if (!table.ok) throw new Error(table.problem.code);
  return table.value;
}

describe('open-data attendance table', () => {
  it('publishes only protected counts: no sensitive count of 1–4, reserved cells empty', () => {
    fc.assert(
      fc.property(fc.array(attendanceRow(), { maxLength: 150 }), (rows) => {
        const table = tableFor(rows);
        const col = (name: string) => table.columns.findIndex((c) => c.name === name);
        for (const row of table.rows) {
          const people = row[col('personas')];
          const reserved = row[col('reservado')];
          if (reserved === true) expect(people).toBeNull();
          else if (SENSITIVE.has(row[col('variable')] as string)) expect(people === 0 || (people as number) >= 5).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('writes the event date on the Bogotá calendar and names reserved categories in Spanish', () => {
    const table = tableFor([{ eventId: 'ev-1', checkedInAt: '2024-01-02T01:00:00Z', consented: true, ethnicGroup: 'indigena' }]);
    const files = openDataFiles(table);
    if (!files.ok) throw new Error(files.problem.code);
    const [header, ...rows] = parseCsv(files.value.data, ',');
    const get = (row: string[], name: string) => row[header!.indexOf(name)];
    const ethnic = rows.filter((r) => get(r, 'variable') === 'grupo_etnico');
    expect(ethnic.map((r) => [get(r, 'categoria'), get(r, 'personas'), get(r, 'reservado')])).toEqual([
      ['indigena', '', 'true'],
      ['sin_respuesta', '', 'true'],
    ]);
    expect(get(rows[0]!, 'fecha_evento')).toBe('2024-01-01');
    expect(files.value.data.startsWith('\uFEFFid_evento,fecha_evento,')).toBe(true);
  });

  it('comes with a data dictionary: every column, its types, Spanish and English descriptions', () => {
    const table = tableFor([]);
    const files = openDataFiles(table);
    if (!files.ok) throw new Error(files.problem.code);
    const [header, ...rows] = parseCsv(files.value.dictionary, ',');
    expect(header).toEqual(['campo', 'tipo', 'tipo_datos_gov_co', 'descripcion', 'description_en']);
    expect(rows.map((r) => r[0])).toEqual(table.columns.map((c) => c.name));
    for (const [name, type, socrata, es, en] of rows as string[][]) {
      expect(name).toMatch(FIELD_NAME);
      expect(['text', 'integer', 'decimal', 'date', 'datetime', 'boolean']).toContain(type);
      expect(['text', 'number', 'calendar_date', 'checkbox']).toContain(socrata);
      expect(es!.length).toBeGreaterThan(5);
      expect(en!.length).toBeGreaterThan(5);
      expect(es).not.toBe(en);
    }
    expect(dataDictionary(table).name).toBe(`${table.name}_diccionario`);
  });

  it('refuses column names datos.gov.co cannot use as API fields', () => {
    const table = tableFor([]);
    const bad = openDataFiles({ ...table, columns: [{ ...table.columns[0]!, name: 'Año del evento' }, ...table.columns.slice(1)] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem.code).toBe('export.invalid_cell');
  });
});

describe('open-data event indicators table', () => {
  it('has one row per event with attendance, escuchadero and satisfaction, mean to two decimals', () => {
    const report = periodReport(
      {
        events,
        attendance: [{ eventId: 'ev-1', checkedInAt: '2024-01-01T20:05:00-05:00', consented: false }],
        escuchadero: [{ eventId: 'ev-1', receivedAt: '2024-01-01T20:10:00-05:00', dueAt: '2024-01-20T00:00:00-05:00' }],
        evaluations: [{ eventId: 'ev-1', overallRating: 5 }, { eventId: 'ev-1', overallRating: 4 }, { eventId: 'ev-1', overallRating: 4 }],
      },
      { period: { from: '2024-01-01T00:00:00-05:00', to: '2024-02-01T00:00:00-05:00' }, asOf: '2024-01-31T00:00:00-05:00' },
    );
    if (!report.ok) throw new Error(report.problem.code);
    const files = openDataFiles(eventIndicatorsOpenData(report.value.perEvent));
    if (!files.ok) throw new Error(files.problem.code);
    const [header, first, second] = parseCsv(files.value.data, ',') as string[][];
    const get = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(get(first!, 'asistentes')).toBe('1');
    expect(get(first!, 'asistentes_anonimos')).toBe('1');
    expect(get(first!, 'escuchadero_vencidos')).toBe('1');
    expect(get(first!, 'satisfaccion_promedio')).toBe('4.33');
    expect(get(first!, 'calificacion_4')).toBe('2');
    expect(get(second!, 'satisfaccion_promedio')).toBe('');
    expect(get(second!, 'territorio_evento')).toBe('');
  });
});
