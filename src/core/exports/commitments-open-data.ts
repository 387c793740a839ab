import type { PublicCommitment } from '../publication/public-wire';
import type { CsvValue } from './csv-cell';
import type { OpenDataColumn, OpenDataTable } from './open-data-table';

const text = (name: string, es: string, en: string): OpenDataColumn => ({ name, type: 'text', description: { es, en } });

const columns: OpenDataColumn[] = [
  text('id_compromiso', 'Identificador del compromiso', 'Commitment identifier'),
  text('id_evento', 'Evento de rendición de cuentas donde se adquirió', 'Accountability event where it was made'),
  text('compromiso', 'Qué se comprometió la administración a hacer', 'What the administration committed to do'),
  text('dependencia', 'Código de la dependencia responsable', 'Code of the responsible office'),
  text('territorio', 'Código de la comuna o corregimiento; vacío si es de todo el municipio', 'Territory code; empty when municipality-wide'),
  text('tema_plan', 'Código del tema del plan de desarrollo; vacío si no tiene', 'Development plan topic code; empty when none'),
  { name: 'fecha_limite', type: 'date', description: { es: 'Fecha comprometida de cumplimiento', en: 'Committed due date' } },
  text('estado', 'pendiente, en_curso, cumplido o vencido (pasó la fecha sin cumplirse) a la fecha de corte', 'pendiente, en_curso, cumplido or vencido (past due, not fulfilled) at the cut-off date'),
  { name: 'avance_porcentaje', type: 'integer', description: { es: 'Porcentaje de avance del último reporte (0 a 100)', en: 'Progress percentage of the last report (0 to 100)' } },
  { name: 'fecha_ultimo_avance', type: 'date', description: { es: 'Fecha del último reporte de avance; vacío si no hay', en: 'Date of the last progress report; empty when none' } },
];

/** One row per published commitment (those of published events): no person appears in any column. */
export function commitmentsOpenData(commitments: readonly PublicCommitment[]): OpenDataTable {
  const rows: CsvValue[][] = commitments.map((c) => [
    c.id,
    c.eventId,
    c.title,
    c.office,
    c.territory,
    c.topic,
    c.dueDate,
    c.status,
    c.percent,
    c.updates.reduce<string | undefined>((last, u) => (last === undefined || u.date >= last ? u.date : last), undefined),
  ]);
  return {
    name: 'compromisos_rendicion_cuentas',
    title: { es: 'Compromisos de rendición de cuentas y su avance', en: 'Accountability commitments and their progress' },
    description: {
      es: 'Compromisos adquiridos por la administración en los eventos publicados, con su estado y avance.',
      en: 'Commitments made by the administration at the published events, with their status and progress.',
    },
    columns,
    rows,
  };
}
