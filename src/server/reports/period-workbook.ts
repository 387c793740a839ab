import { entryName, territoryTitle, type Catalogue, type Catalogues } from '../../core/catalogues';
import type { CsvColumn, CsvValue } from '../../core/exports/csv-cell';
import { dimensionCatalogue } from '../../core/indicators/adapters';
import { DIMENSIONS, dimensionLabels, NO_ANSWER, NONE_OF_THESE } from '../../core/indicators/dimensions';
import { isSuppressed } from '../../core/indicators/publish-breakdown';
import type { PeriodDashboard } from './period-dashboard';
import type { Sheet } from './xlsx-workbook';

const int = (name: string): CsvColumn => ({ name, type: 'integer' });
const txt = (name: string): CsvColumn => ({ name, type: 'text' });
const mean = (name: string): CsvColumn => ({ name, type: 'decimal', fractionDigits: 2 });

const nameOf = (catalogue: Catalogue, code: string | undefined): string | undefined =>
  code === undefined ? undefined : (entryName(catalogue, code) ?? code);

function categoryName(catalogue: Catalogue, key: string): string {
  if (key === NO_ANSWER) return 'Sin respuesta';
  if (key === NONE_OF_THESE) return 'Ninguna de las opciones';
  return entryName(catalogue, key) ?? key;
}

function summarySheet(d: PeriodDashboard): Sheet {
  const rows: [string, number | null][] = [
    ['Eventos', d.events.count],
    ['Asistentes (personas admitidas, sin duplicados)', d.attendance.total],
    ['Asistentes que autorizaron el tratamiento de datos', d.attendance.consented],
    ['Asistentes anónimos (sin autorización)', d.attendance.anonymous],
    ['Registros duplicados admitidos sin conexión', d.attendance.duplicatesOfflineAdmitted],
    ['Escuchadero: mensajes recibidos', d.escuchadero.received],
    ['Escuchadero: respondidos', d.escuchadero.answered],
    ['Escuchadero: respondidos después del plazo', d.escuchadero.answeredLate],
    ['Escuchadero: pendientes dentro del plazo', d.escuchadero.pending],
    ['Escuchadero: vencidos sin respuesta', d.escuchadero.overdue],
    ['Evaluaciones con calificación', d.satisfaction.responses],
    ['Satisfacción promedio (1 a 5)', d.satisfaction.mean],
  ];
  return { name: 'Resumen', columns: [txt(`Indicador (${d.period.from} a ${d.period.to})`), mean('Valor')], rows };
}

function eventsSheet(d: PeriodDashboard, c: Catalogues, territoryColumn: string): Sheet {
  return {
    name: 'Eventos',
    columns: [
      txt('Id del evento'), txt('Nombre'), { name: 'Inicio (hora de Colombia)', type: 'datetime' }, txt('Tipo de evento'), txt('Etapa MURC'),
      txt(territoryColumn), int('Asistentes'), int('Caracterizados'), int('Anónimos'), int('Duplicados sin conexión'),
      int('Escuchadero recibidos'), int('Escuchadero respondidos'), int('Escuchadero vencidos'), int('Evaluaciones'), mean('Satisfacción promedio'),
    ],
    rows: d.perEvent.map((e): CsvValue[] => [
      e.eventId, e.name, e.startsAt, nameOf(c.eventTypes, e.type), nameOf(c.murcStages, e.murcStage), nameOf(c.territories, e.territory),
      e.attendance.total, e.attendance.consented, e.attendance.anonymous, e.attendance.duplicatesOfflineAdmitted,
      e.escuchadero.received, e.escuchadero.answered, e.escuchadero.overdue, e.satisfaction.responses, e.satisfaction.mean,
    ]),
  };
}

/**
 * Suppressed cells: empty count and Reservado = true, so the count column stays numeric. The office's
 * workbook has exact counts instead, with No publicable = true where a public table would hide them.
 */
function characterisationSheet(d: PeriodDashboard, c: Catalogues, territoryColumn: string): Sheet {
  const rows: CsvValue[][] = [];
  for (const dim of DIMENSIONS) {
    const breakdown = d.attendance.breakdowns[dim];
    for (const cell of breakdown.cells) {
      const hidden = isSuppressed(cell.value);
      rows.push([
        dim === 'territory' ? territoryColumn : dimensionLabels[dim].es, categoryName(dimensionCatalogue(c, dim), cell.key), cell.key,
        hidden ? null : (cell.value as number), hidden, cell.notPublishable === true, breakdown.base,
      ]);
    }
  }
  return {
    name: 'Caracterización',
    columns: [
      txt('Variable'), txt('Categoría'), txt('Código'), int('Personas'), { name: 'Reservado', type: 'boolean' },
      { name: 'No publicable', type: 'boolean' }, int('Personas caracterizadas (base)'),
    ],
    rows,
  };
}

function territoriesSheet(d: PeriodDashboard, c: Catalogues, territoryColumn: string): Sheet {
  return {
    name: 'Territorios',
    columns: [
      txt(territoryColumn), int('Eventos realizados allí'), int('Asistentes a esos eventos'), int('Asistentes que viven allí'),
      { name: 'Residentes: reservado', type: 'boolean' }, { name: 'Residentes: no publicable', type: 'boolean' },
      int('Escuchadero recibidos'), int('Escuchadero vencidos'), mean('Satisfacción promedio'),
    ],
    rows: d.territories.map((t): CsvValue[] => [
      categoryName(c.territories, t.territory), t.events, t.attendance,
      isSuppressed(t.residentAttendees) ? null : t.residentAttendees, isSuppressed(t.residentAttendees), t.residentsNotPublishable === true,
      t.escuchadero.received, t.escuchadero.overdue, t.satisfaction.mean,
    ]),
  };
}

/**
 * The period's dashboard as a workbook: the same figures, sensitive cells suppressed the same way. `territories`:
 * the entity's current list, whose kinds title the territory columns (territoryTitle).
 */
export function periodSheets(d: PeriodDashboard, c: Catalogues, territories: Pick<Catalogue, 'entries'>): Sheet[] {
  const territoryColumn = territoryTitle(territories).es;
  return [summarySheet(d), eventsSheet(d, c, territoryColumn), characterisationSheet(d, c, territoryColumn), territoriesSheet(d, c, territoryColumn)];
}
