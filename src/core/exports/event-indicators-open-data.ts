import type { EventIndicators } from '../indicators/period-report';
import { RATINGS } from '../indicators/satisfaction-tally';
import type { CsvValue } from './csv-cell';
import { eventColumns } from './open-data-names';
import type { OpenDataColumn, OpenDataTable } from './open-data-table';
import { BOGOTA_OFFSET_MINUTES, dateAtOffset } from '../time';

const count = (name: string, es: string, en: string): OpenDataColumn => ({ name, type: 'integer', description: { es, en } });

const columns: OpenDataColumn[] = [
  ...eventColumns,
  count('asistentes', 'Personas admitidas (sin duplicados)', 'People admitted (without duplicates)'),
  count('asistentes_caracterizados', 'Asistentes que autorizaron el tratamiento de sus datos', 'Attendees who consented to data processing'),
  count('asistentes_anonimos', 'Asistentes sin autorización: contados, no caracterizados', 'Attendees without consent: counted, not characterised'),
  count('escuchadero_recibidos', 'Mensajes del escuchadero recibidos', 'Listening-post messages received'),
  count('escuchadero_respondidos', 'Mensajes respondidos a la fecha de corte', 'Messages answered by the cut-off date'),
  count('escuchadero_respondidos_tarde', 'Respondidos después del plazo', 'Answered after the deadline'),
  count('escuchadero_vencidos', 'Sin respuesta y con el plazo vencido a la fecha de corte', 'Unanswered and past the deadline at the cut-off date'),
  count('evaluaciones', 'Evaluaciones con calificación general', 'Evaluations with an overall rating'),
  {
    name: 'satisfaccion_promedio',
    type: 'decimal',
    fractionDigits: 2,
    description: { es: 'Promedio de la calificación general (1 a 5); vacío sin evaluaciones', en: 'Mean overall rating (1 to 5); empty without evaluations' },
  },
  ...RATINGS.map((r) => count(`calificacion_${r}`, `Evaluaciones con calificación ${r}`, `Evaluations rating ${r}`)),
];

/** One row per event: counts only, none of them about a sensitive trait, so nothing is suppressed. */
export function eventIndicatorsOpenData(events: Iterable<EventIndicators>, offsetMinutes = BOGOTA_OFFSET_MINUTES): OpenDataTable {
  const rows: CsvValue[][] = [];
  for (const { event, attendance, escuchadero, satisfaction } of events) {
    rows.push([
      event.eventId,
      dateAtOffset(event.startsAt, offsetMinutes),
      event.type,
      event.murcStage,
      event.territory,
      attendance.total,
      attendance.consented,
      attendance.anonymous,
      escuchadero.received,
      escuchadero.answered,
      escuchadero.answeredLate,
      escuchadero.overdue,
      satisfaction.responses,
      satisfaction.mean,
      ...RATINGS.map((r) => satisfaction.distribution[r]),
    ]);
  }
  return {
    name: 'indicadores_eventos_rendicion_cuentas',
    title: { es: 'Indicadores de los eventos de rendición de cuentas', en: 'Indicators of accountability events' },
    description: {
      es: 'Asistencia, mensajes del escuchadero y satisfacción por evento, agregados y anonimizados.',
      en: 'Attendance, listening-post messages and satisfaction per event, aggregated and anonymised.',
    },
    columns,
    rows,
  };
}
