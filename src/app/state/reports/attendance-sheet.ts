import { territoryTitle, type Catalogue } from '../../../core/catalogues';
import { parseCsv, withoutFormulaGuard } from '../../../core/exports/csv-parse';
import { settingsCatalogues } from '../settings/entity-settings';

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
// The territory column is named by the entity's territories (territoryTitle), as the server names it.
const columnsFor = (territories: Pick<Catalogue, 'entries'>) => ({
  status: 'Estado',
  arrivedAt: 'Hora de llegada (hora de Colombia)',
  name: 'Nombre',
  documentType: 'Tipo de documento',
  documentNumber: 'Número de documento',
  territory: territoryTitle(territories).es,
  consent: 'Autorización de tratamiento de datos',
  noticeVersion: 'Versión del aviso de privacidad',
});
type ColumnKey = keyof ReturnType<typeof columnsFor>;

const ADMITTED = 'Admitido';
const ANONYMOUS_CONSENT = 'No: conteo anónimo';

/**
 * The server's attendance CSV as one row per person admitted, numbered in order of arrival. `territories`:
 * the entity's, whose kinds title the territory column (the settings this device holds).
 */
export function attendanceSheet(csv: string, territories: Pick<Catalogue, 'entries'> = settingsCatalogues().territories): AttendanceSheet | undefined {
  const [header, ...body] = parseCsv(csv);
  if (!header) return undefined;
  const index = {} as Record<ColumnKey, number>;
  for (const [key, name] of Object.entries(columnsFor(territories)) as [ColumnKey, string][]) {
    const at = header.indexOf(name);
    if (at < 0) return undefined;
    index[key] = at;
  }
  const cell = (row: string[], key: ColumnKey) => withoutFormulaGuard(row[index[key]] ?? '');
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
