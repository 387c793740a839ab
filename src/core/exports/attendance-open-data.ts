import { DIMENSIONS } from '../indicators/dimensions';
import type { AttendanceSummary } from '../indicators/event-attendance';
import type { EventFacts } from '../indicators/facts';
import { isSuppressed, type PublicationPolicy, type PublishedBreakdown } from '../indicators/publish-breakdown';
import { publishAttendance } from '../indicators/publish-summary';
import { MIN_PUBLISHED_COUNT } from '../indicators/small-cells';
import { problem } from '../problems/problem';
import { fail, ok, type Result } from '../result';
import type { CsvValue } from './csv-cell';
import { eventColumns, openDataCategory, openDataVariable } from './open-data-names';
import type { OpenDataTable } from './open-data-table';
import { BOGOTA_OFFSET_MINUTES, dateAtOffset } from '../time';

export interface EventAttendanceInput {
  event: EventFacts;
  attendance: AttendanceSummary;
}

/**
 * Characterisation of attendees per event, long format (one row per event, variable and category).
 * Takes exact summaries and suppresses them itself, so unprotected counts have no way in; sensitive
 * variables are published per event only (see publishAttendance on why not also per period).
 */
export function attendanceOpenData(
  inputs: Iterable<EventAttendanceInput>,
  policy: PublicationPolicy = {},
  offsetMinutes = BOGOTA_OFFSET_MINUTES,
): Result<OpenDataTable> {
  const threshold = policy.threshold ?? MIN_PUBLISHED_COUNT;
  const rows: CsvValue[][] = [];
  for (const { event, attendance } of inputs) {
    // Open data is public whatever the caller asked for.
    const published = publishAttendance(attendance, { ...policy, audience: 'public' });
    const head = [event.eventId, dateAtOffset(event.startsAt, offsetMinutes), event.type, event.murcStage, event.territory];
    for (const d of DIMENSIONS) {
      const breakdown = published.breakdowns[d];
      if (!looksProtected(breakdown, threshold)) {
        return fail(problem('export.not_anonymised', { eventId: event.eventId, variable: openDataVariable[d] }));
      }
      for (const cell of breakdown.cells) {
        const hidden = isSuppressed(cell.value);
        rows.push([
          ...head,
          openDataVariable[d],
          breakdown.multiValued,
          openDataCategory(cell.key),
          hidden ? null : (cell.value as number),
          hidden,
          breakdown.base,
        ]);
      }
    }
  }
  return ok({
    name: 'caracterizacion_asistentes_rendicion_cuentas',
    title: {
      es: 'Caracterización de asistentes a eventos de rendición de cuentas',
      en: 'Characterisation of attendees at accountability events',
    },
    description: {
      es: 'Conteos agregados y anonimizados por evento. Celdas sensibles con menos de 5 personas, y las necesarias para que no se deduzcan por resta, aparecen reservadas. Solo se caracteriza a quien autorizó el tratamiento de sus datos (Ley 1581 de 2012).',
      en: 'Aggregated, anonymised counts per event. Sensitive cells with fewer than 5 people, and those needed so they cannot be worked out by subtraction, are suppressed. Only attendees who consented to data processing are characterised (Ley 1581 of 2012).',
    },
    columns: [
      ...eventColumns,
      { name: 'variable', type: 'text', description: { es: 'Variable poblacional, diferencial o territorial', en: 'Population, differential or territorial variable' } },
      { name: 'multirrespuesta', type: 'boolean', description: { es: 'true si una persona puede estar en varias categorías (las filas no suman el total)', en: 'true if a person may be in several categories (rows do not add up to the base)' } },
      { name: 'categoria', type: 'text', description: { es: 'Código de la categoría; sin_respuesta y ninguno son categorías propias', en: 'Category code; sin_respuesta (no answer) and ninguno (none) are categories of their own' } },
      { name: 'personas', type: 'integer', description: { es: 'Personas en la categoría; vacío si reservado', en: 'People in the category; empty when suppressed' } },
      { name: 'reservado', type: 'boolean', description: { es: 'true si el conteo se reservó para proteger a las personas', en: 'true if the count was suppressed to protect people' } },
      { name: 'personas_caracterizadas', type: 'integer', description: { es: 'Asistentes que autorizaron el tratamiento de datos (base de la variable)', en: 'Attendees who consented to data processing (base of the variable)' } },
    ],
    rows,
  });
}

// Defence in depth, should publishing ever change: a sensitive table shows no count of 1–4 and
// never exactly one hidden cell.
function looksProtected(breakdown: PublishedBreakdown, threshold: number): boolean {
  if (!breakdown.sensitive || breakdown.withheld) return true;
  const values = breakdown.cells.map((c) => c.value);
  const hidden = values.filter(isSuppressed).length;
  const smallShown = values.some((v) => !isSuppressed(v) && v > 0 && v < threshold);
  return !smallShown && hidden !== 1;
}
