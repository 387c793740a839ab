import type { CheckInMethod } from '../../core/attendance';
import { entryName, type Catalogues } from '../../core/catalogues';
import type { CsvColumn, CsvValue } from '../../core/exports/csv-cell';
import type { AttendanceReport, AttendanceRow } from '../attendance/attendance-report';
import type { StoredRecord } from '../store/stored-record';

const METHOD_NAMES: Record<CheckInMethod, string> = {
  pass: 'Pase QR',
  cedula: 'Cédula (cámara)',
  reader: 'Lector de códigos',
  manual: 'A mano',
};

/**
 * The listado de asistencia, one row per check-in. Personal data: for the planning office only
 * (src/server/auth/route-policies.ts). Sensitive answers (ethnicity, disability,
 * orientation, gender identity, groups, organisation) are left out on purpose: a list that gets printed
 * and signed needs none of them, and the indicators already count them (data minimisation, Ley 1581).
 */
export const attendanceListColumns: readonly CsvColumn[] = [
  { name: 'N.º', type: 'integer' },
  { name: 'Estado', type: 'text' },
  { name: 'Duplicado de (id del registro que cuenta)', type: 'text' },
  { name: 'Hora de llegada (hora de Colombia)', type: 'datetime' },
  { name: 'Nombre', type: 'text' },
  { name: 'Tipo de documento', type: 'text' },
  { name: 'Número de documento', type: 'text' },
  { name: 'Comuna o corregimiento', type: 'text' },
  { name: 'Barrio o vereda', type: 'text' },
  { name: 'Teléfono', type: 'text' },
  { name: 'Correo electrónico', type: 'text' },
  { name: 'Ajustes de accesibilidad solicitados', type: 'text' },
  { name: 'Autorización de tratamiento de datos', type: 'text' },
  { name: 'Versión del aviso de privacidad', type: 'text' },
  { name: 'Autorización de datos sensibles', type: 'text' },
  { name: 'Forma de registro', type: 'text' },
  { name: 'Dispositivo', type: 'text' },
  { name: 'Recibido en el servidor', type: 'datetime' },
  { name: 'Id del registro', type: 'text' },
];

type Loose = Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const yesNo = (value: unknown): string | undefined => (value === true ? 'Sí' : value === false ? 'No' : undefined);

function needsText(payload: Loose, c: Catalogues): string | undefined {
  const codes = Array.isArray(payload.accessibilityNeeds) ? payload.accessibilityNeeds.filter((n): n is string => typeof n === 'string') : [];
  const names = codes.map((code) => entryName(c.accessibilityNeeds, code) ?? code);
  const other = text(payload.accessibilityOther);
  if (other !== undefined) names.push(other);
  return names.length === 0 ? undefined : names.join(', ');
}

/** Rows in the attendance list's order (device time, then id): the order people arrived. */
export function attendanceListRows(report: AttendanceReport, records: readonly StoredRecord[], c: Catalogues): CsvValue[][] {
  const byId = new Map(records.map((r) => [r.id, r]));
  return report.rows.map((row, index) => attendanceListRow(row, byId.get(row.id), index + 1, c));
}

/** One line of the listado, from the check-in's row and its stored record; `number` is its N.º. */
export function attendanceListRow(row: AttendanceRow, record: StoredRecord | undefined, number: number, c: Catalogues): CsvValue[] {
  const payload = (record?.payload ?? {}) as Loose;
  const document = (payload.document ?? {}) as Loose;
  const contact = (payload.contact ?? {}) as Loose;
  const consent = (payload.consent ?? {}) as Loose;
  const territory = text(payload.territory);
  return [
    number,
    row.status === 'admitted' ? 'Admitido' : 'Duplicado: admitido dos veces sin conexión',
    row.attendanceId,
    row.checkedInAt,
    row.displayName,
    text(document.type),
    text(document.number),
    territory === undefined ? undefined : (entryName(c.territories, territory) ?? territory),
    text(payload.neighbourhood),
    text(contact.phone),
    text(contact.email),
    needsText(payload, c),
    row.anonymous ? 'No: conteo anónimo' : consent.accepted === true ? 'Sí' : 'No',
    text(consent.textVersion),
    row.anonymous ? undefined : yesNo(consent.sensitiveData),
    METHOD_NAMES[row.method],
    row.deviceId,
    row.receivedAt,
    row.id,
  ];
}
