import type { CheckInMethod } from '../../core/attendance';
import { territoryNameOf, type SettingsVersion } from '../../core/settings/settings-version';
import { attendanceRecordsOf } from '../../core/attendance';
import { defaultCatalogues, entryName, territoryTitle, type Catalogue, type Catalogues } from '../../core/catalogues';
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
 * The listado de asistencia, one row per check-in, with every answer the person gave (at the door or at
 * registration: a registered person's row carries their registration's answers and consent). Personal
 * data, sensitive answers included: for the planning office only (src/server/auth/route-policies.ts),
 * which is accountable for them under the consent recorded in the same row (Ley 1581). The columns
 * added for the registration's answers come after the original ones, so a printed sheet reads the same.
 * The territory column is titled by the kinds in the entity's territory catalogue (territoryTitle).
 */
export const attendanceListColumnsFor = (territories: Pick<Catalogue, 'entries'>): readonly CsvColumn[] => [
  { name: 'N.º', type: 'integer' },
  { name: 'Estado', type: 'text' },
  { name: 'Duplicado de (id del registro que cuenta)', type: 'text' },
  { name: 'Hora de llegada (hora de Colombia)', type: 'datetime' },
  { name: 'Nombre', type: 'text' },
  { name: 'Tipo de documento', type: 'text' },
  { name: 'Número de documento', type: 'text' },
  { name: territoryTitle(territories).es, type: 'text' },
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
  { name: 'Id de la inscripción', type: 'text' },
  { name: 'Sexo al nacer', type: 'text' },
  { name: 'Fecha de nacimiento', type: 'text' },
  { name: 'Momento de curso de vida', type: 'text' },
  { name: 'Identidad de género', type: 'text' },
  { name: 'Orientación sexual', type: 'text' },
  { name: 'Autorreconocimiento étnico', type: 'text' },
  { name: 'Discapacidad', type: 'text' },
  { name: 'Grupos poblacionales', type: 'text' },
  { name: 'Tipo de organización', type: 'text' },
  { name: 'Nombre de la organización', type: 'text' },
];

/** The columns for the default entity's territories (Medellín: "Comuna o corregimiento"). */
export const attendanceListColumns: readonly CsvColumn[] = attendanceListColumnsFor(defaultCatalogues.territories);

type Loose = Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const yesNo = (value: unknown): string | undefined => (value === true ? 'Sí' : value === false ? 'No' : undefined);
const codesOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((n): n is string => typeof n === 'string') : []);

/** The catalogue name of one code (the code itself if a catalogue was replaced since). */
const nameIn = (catalogue: Catalogue, value: unknown): string | undefined => {
  const code = text(value);
  return code === undefined ? undefined : (entryName(catalogue, code) ?? code);
};
const namesIn = (catalogue: Catalogue, value: unknown): string | undefined => {
  const names = codesOf(value).map((code) => entryName(catalogue, code) ?? code);
  return names.length === 0 ? undefined : names.join(', ');
};

function needsText(payload: Loose, c: Catalogues): string | undefined {
  const names = codesOf(payload.accessibilityNeeds).map((code) => entryName(c.accessibilityNeeds, code) ?? code);
  const other = text(payload.accessibilityOther);
  if (other !== undefined) names.push(other);
  return names.length === 0 ? undefined : names.join(', ');
}

const STATUS_NAMES: Record<AttendanceRow['status'], string> = {
  admitted: 'Admitido',
  duplicate_admitted_offline: 'Duplicado: admitido dos veces sin conexión',
  undone: 'Deshecho en la puerta: no cuenta',
};

/**
 * Rows in the attendance list's order (device time, then id: the order people arrived; undone check-ins
 * last). The one place a listado row is built from stored data: `records` are the event's records of
 * ATTENDANCE_VIEW_KINDS, joined here with their registrations (attendanceRecordsOf).
 */
export function attendanceListRows(report: AttendanceReport, records: readonly StoredRecord[], c: Catalogues, naming: ListNaming = {}): CsvValue[][] {
  const view = attendanceRecordsOf(records);
  const byId = new Map([...view.checkIns, ...view.undone].map((r) => [r.id, r]));
  return report.rows.map((row, index) => attendanceListRow(row, byId.get(row.id), index + 1, c, naming));
}

/** Enrolled devices' names by device id: the listado names the door, not its random id. */
export type DeviceLabels = ReadonlyMap<string, string>;

/** How the listado names what records hold as codes: territories as named in the catalogue version each record was captured with, devices by their labels. */
export interface ListNaming {
  history?: readonly SettingsVersion[] | undefined;
  deviceLabels?: DeviceLabels | undefined;
}

/**
 * One line of the listado, from the check-in's row and its stored record joined with its registration
 * (attendanceRecordsOf); `number` is its N.º. A device not enrolled by QR (a staff browser) keeps its id.
 */
export function attendanceListRow(row: AttendanceRow, record: StoredRecord | undefined, number: number, c: Catalogues, naming: ListNaming = {}): CsvValue[] {
  const payload = (record?.payload ?? {}) as Loose;
  // Nothing about a person who did not consent is listed, not even the comuna an anonymous count may carry.
  const p: Loose = row.anonymous ? { territory: payload.territory, catalogueVersion: payload.catalogueVersion } : payload;
  const document = (p.document ?? {}) as Loose;
  const contact = (p.contact ?? {}) as Loose;
  const consent = (p.consent ?? {}) as Loose;
  const organisation = (p.organisation ?? {}) as Loose;
  return [
    number,
    STATUS_NAMES[row.status],
    row.attendanceId,
    row.checkedInAt,
    row.displayName,
    text(document.type),
    text(document.number),
    // A comuna renamed since reads as it was named when this person was registered.
    territoryNameOf(c, naming.history, p.territory, p.catalogueVersion),
    text(p.neighbourhood),
    text(contact.phone),
    text(contact.email),
    needsText(p, c),
    row.anonymous ? 'No: conteo anónimo' : consent.accepted === true ? 'Sí' : 'No',
    text(consent.textVersion),
    row.anonymous ? undefined : yesNo(consent.sensitiveData),
    METHOD_NAMES[row.method],
    naming.deviceLabels?.get(row.deviceId) ?? row.deviceId,
    row.receivedAt,
    row.id,
    text(p.attendeeId),
    nameIn(c.sexesAtBirth, p.sexAtBirth),
    text(p.birthDate),
    nameIn(c.lifeStages, p.lifeStage),
    nameIn(c.genderIdentities, p.genderIdentity),
    nameIn(c.sexualOrientations, p.sexualOrientation),
    nameIn(c.ethnicGroups, p.ethnicity),
    namesIn(c.disabilities, p.disabilities),
    namesIn(c.differentialGroups, p.differentialGroups),
    nameIn(c.organisationTypes, organisation.type),
    text(organisation.name),
  ];
}
