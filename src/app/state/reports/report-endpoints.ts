/** Server addresses of reports and downloads (src/server/reports/reports-resource.ts). */
const api = '/api/v1';
const enc = encodeURIComponent;
const period = (from: string, to: string) => `from=${enc(from)}&to=${enc(to)}`;

export const endpoints = {
  eventReport: (id: string) => `${api}/reports/events/${enc(id)}`,
  event: (id: string) => `${api}/events/${enc(id)}`,
  attendanceCsv: (id: string) => `${api}/events/${enc(id)}/attendance.csv`,
  attendanceXlsx: (id: string) => `${api}/events/${enc(id)}/attendance.xlsx`,
  escuchadero: (id: string) => `${api}/escuchadero?event=${enc(id)}`,
  commitments: (id: string) => `${api}/commitments?event=${enc(id)}`,
  memoriaPdf: (id: string) => `${api}/reports/events/${enc(id)}/memoria.pdf`,
  period: (from: string, to: string) => `${api}/reports/period?${period(from, to)}`,
  periodXlsx: (from: string, to: string) => `${api}/reports/period.xlsx?${period(from, to)}`,
  openData: (from: string, to: string, table: OpenDataTable) => `${api}/open-data/period.csv?${period(from, to)}&table=${table}`,
  dictionary: (table: OpenDataTable) => `${api}/open-data/dictionary.csv?table=${table}`,
} as const;

/** The two open-data tables the server publishes (open-data-exports.ts). */
export const OPEN_DATA_TABLES = ['indicadores', 'caracterizacion'] as const;
export type OpenDataTable = (typeof OPEN_DATA_TABLES)[number];
