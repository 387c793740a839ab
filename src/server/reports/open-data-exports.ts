import { attendanceOpenData } from '../../core/exports/attendance-open-data';
import { eventIndicatorsOpenData } from '../../core/exports/event-indicators-open-data';
import type { OpenDataTable } from '../../core/exports/open-data-table';
import type { PeriodReport } from '../../core/indicators/period-report';
import type { Result } from '../../core/result';

/** The two datasets for datos.gov.co; `?table=` picks one, indicadores by default. */
export const OPEN_DATA_TABLES = ['indicadores', 'caracterizacion'] as const;
export type OpenDataTableName = (typeof OPEN_DATA_TABLES)[number];

export const isOpenDataTable = (name: string): name is OpenDataTableName => (OPEN_DATA_TABLES as readonly string[]).includes(name);

/**
 * Anonymised aggregates only, built by the core tables: per event counts (indicadores) and the per event
 * characterisation with small-cell suppression (caracterizacion). No names, documents, contacts or texts
 * are in any input here.
 */
export function openDataTable(name: OpenDataTableName, report: Pick<PeriodReport, 'perEvent'>): Result<OpenDataTable> {
  if (name === 'indicadores') return { ok: true, value: eventIndicatorsOpenData(report.perEvent) };
  return attendanceOpenData(report.perEvent.map(({ event, attendance }) => ({ event, attendance })));
}
