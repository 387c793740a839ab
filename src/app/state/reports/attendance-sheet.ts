import { parseCsv, withoutFormulaGuard } from '../../../core/exports/csv-parse';

/** One attendee of the printable listado de asistencia. */
export interface SheetRow {
  number: number;
  name: string;
  anonymous: boolean;
  document: string;
  territory: string;
  arrivedAt: string;
  consent: string;
  noticeVersion: string;
}

export interface AttendanceSheet {
  rows: SheetRow[];
  /** Second check-ins of someone already admitted (two devices offline): counted once, not printed. */
  duplicates: number;
}

// Column names of the server's listado (src/server/reports/attendance-list.ts): a renamed column fails loudly.
const COLUMNS = {
  status: 'Estado',
  arrivedAt: 'Hora de llegada (hora de Colombia)',
  name: 'Nombre',
  documentType: 'Tipo de documento',
  documentNumber: 'Número de documento',
  territory: 'Comuna o corregimiento',
  consent: 'Autorización de tratamiento de datos',
  noticeVersion: 'Versión del aviso de privacidad',
} as const;

const ADMITTED = 'Admitido';
const ANONYMOUS_CONSENT = 'No: conteo anónimo';

/** The server's attendance CSV as one row per person admitted, numbered in order of arrival. */
export function attendanceSheet(csv: string): AttendanceSheet | undefined {
  const [header, ...body] = parseCsv(csv);
  if (!header) return undefined;
  const index = {} as Record<keyof typeof COLUMNS, number>;
  for (const [key, name] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    const at = header.indexOf(name);
    if (at < 0) return undefined;
    index[key] = at;
  }
  const cell = (row: string[], key: keyof typeof COLUMNS) => withoutFormulaGuard(row[index[key]] ?? '');
  const admitted = body.filter((row) => cell(row, 'status') === ADMITTED);
  return {
    duplicates: body.length - admitted.length,
    rows: admitted.map((row, i) => ({
      number: i + 1,
      name: cell(row, 'name'),
      anonymous: cell(row, 'consent') === ANONYMOUS_CONSENT,
      document: [cell(row, 'documentType'), cell(row, 'documentNumber')].filter((p) => p !== '').join(' '),
      territory: cell(row, 'territory'),
      arrivedAt: cell(row, 'arrivedAt').slice(11, 16),
      consent: cell(row, 'consent'),
      noticeVersion: cell(row, 'noticeVersion'),
    })),
  };
}
