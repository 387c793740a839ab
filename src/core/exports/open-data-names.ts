import { NO_ANSWER, NONE_OF_THESE, type Dimension } from '../indicators/dimensions';
import type { OpenDataColumn } from './open-data-table';

/** Spanish field values for the variables, stable across releases (they are part of the dataset). */
export const openDataVariable: Record<Dimension, string> = {
  territory: 'territorio',
  sex: 'sexo',
  genderIdentity: 'identidad_genero',
  sexualOrientation: 'orientacion_sexual',
  lifeStage: 'curso_vida',
  ethnicGroup: 'grupo_etnico',
  organisationType: 'tipo_organizacion',
  disability: 'discapacidad',
  differentialGroup: 'grupo_diferencial',
  accessibilityNeed: 'ajuste_accesibilidad',
};

export const openDataCategory = (key: string): string =>
  key === NO_ANSWER ? 'sin_respuesta' : key === NONE_OF_THESE ? 'ninguno' : key;

export const eventColumns: OpenDataColumn[] = [
  { name: 'id_evento', type: 'text', description: { es: 'Identificador del evento de rendición de cuentas', en: 'Accountability event identifier' } },
  { name: 'fecha_evento', type: 'date', description: { es: 'Fecha del evento (hora de Colombia, UTC−05:00)', en: 'Event date (Colombia time, UTC−05:00)' } },
  { name: 'tipo_evento', type: 'text', description: { es: 'Tipo de evento (audiencia pública, feria, escuchadero…)', en: 'Event type (public hearing, fair, listening post…)' } },
  { name: 'etapa_murc', type: 'text', description: { es: 'Etapa del Manual Único de Rendición de Cuentas', en: 'Stage of the Accountability Manual (MURC)' } },
  { name: 'territorio_evento', type: 'text', description: { es: 'Comuna o corregimiento donde se realizó el evento', en: 'Territory where the event was held' } },
];
