import type { AttendanceFacts } from './facts';

/**
 * Breakdown keys that are not catalogue codes. The leading underscores keep them apart from codes
 * (catalogue codes are what a municipality types; these are ours).
 */
export const NO_ANSWER = '_sin_respuesta';
/** Multi-valued questions only: the person answered and chose none of the options. */
export const NONE_OF_THESE = '_ninguno';

export const isReservedKey = (key: string): boolean => key === NO_ANSWER || key === NONE_OF_THESE;

export type SingleDimension =
  | 'territory'
  | 'sex'
  | 'genderIdentity'
  | 'sexualOrientation'
  | 'lifeStage'
  | 'ethnicGroup'
  | 'organisationType';

/** A person with several values counts once in each of them, so these tables do not add up to the base. */
export type MultiDimension = 'disability' | 'differentialGroup' | 'accessibilityNeed';

export type Dimension = SingleDimension | MultiDimension;

export const SINGLE_DIMENSIONS: readonly SingleDimension[] = [
  'territory',
  'sex',
  'genderIdentity',
  'sexualOrientation',
  'lifeStage',
  'ethnicGroup',
  'organisationType',
];

export const MULTI_DIMENSIONS: readonly MultiDimension[] = ['disability', 'differentialGroup', 'accessibilityNeed'];

export const DIMENSIONS: readonly Dimension[] = [...SINGLE_DIMENSIONS, ...MULTI_DIMENSIONS];

export const isMultiDimension = (d: Dimension): d is MultiDimension =>
  d === 'disability' || d === 'differentialGroup' || d === 'accessibilityNeed';


export function multiValues(row: AttendanceFacts, d: MultiDimension): readonly string[] | undefined {
  if (d === 'disability') return row.disabilities;
  if (d === 'differentialGroup') return row.differentialGroups;
  return row.accessibilityNeeds;
}

/**
 * Published with small-cell suppression by default: every breakdown of people. Beyond the brief's five
 * (ethnicity, disability, sexual orientation, gender identity, other differential groups): organisation
 * type (Ley 1581 art. 5 names membership of social organisations as sensitive), accessibility needs (an
 * interpreter request reveals a disability), and territory, sex and life stage too: two people of a
 * comuna, or the one young man at an audiencia, are recognisable by their neighbours. Plain totals stay.
 */
export const DEFAULT_SENSITIVE: ReadonlySet<Dimension> = new Set<Dimension>(DIMENSIONS);

/** Territory's own label follows the entity's divisions (territoryTitle); this one is for when none is known. */
export const dimensionLabels: Record<Dimension, { es: string; en: string }> = {
  territory: { es: 'Territorio', en: 'Territory' },
  sex: { es: 'Sexo al nacer', en: 'Sex at birth' },
  genderIdentity: { es: 'Identidad de género', en: 'Gender identity' },
  sexualOrientation: { es: 'Orientación sexual', en: 'Sexual orientation' },
  lifeStage: { es: 'Curso de vida', en: 'Life stage' },
  ethnicGroup: { es: 'Autorreconocimiento étnico', en: 'Ethnic self-recognition' },
  organisationType: { es: 'Organización o grupo representado', en: 'Organisation represented' },
  disability: { es: 'Discapacidad', en: 'Disability' },
  differentialGroup: { es: 'Otros grupos diferenciales', en: 'Other differential groups' },
  accessibilityNeed: { es: 'Ajustes de accesibilidad solicitados', en: 'Accessibility requests' },
};
