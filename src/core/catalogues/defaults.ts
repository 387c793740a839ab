import type { Catalogue } from './catalogue';
import type { LifeStageCatalogue } from '../attendance/life-stages';
import territories from './defaults/territories.json';
import documentTypes from './defaults/document-types.json';
import eventTypes from './defaults/event-types.json';
import murcStages from './defaults/murc-stages.json';
import offices from './defaults/offices.json';
import topics from './defaults/topics.json';
import sexesAtBirth from './defaults/sexes-at-birth.json';
import genderIdentities from './defaults/gender-identities.json';
import sexualOrientations from './defaults/sexual-orientations.json';
import lifeStages from './defaults/life-stages.json';
import ethnicGroups from './defaults/ethnic-groups.json';
import disabilities from './defaults/disabilities.json';
import differentialGroups from './defaults/differential-groups.json';
import organisationTypes from './defaults/organisation-types.json';
import accessibilityNeeds from './defaults/accessibility-needs.json';

/** The default catalogues (Medellín). */
export interface Catalogues {
  territories: Catalogue;
  documentTypes: Catalogue;
  /** Event planning (seed 003 item 6). */
  eventTypes: Catalogue;
  murcStages: Catalogue;
  offices: Catalogue;
  topics: Catalogue;
  /** Variables poblacionales y diferenciales; the sensitive ones carry "no_responde". */
  sexesAtBirth: Catalogue;
  genderIdentities: Catalogue;
  sexualOrientations: Catalogue;
  lifeStages: LifeStageCatalogue;
  ethnicGroups: Catalogue;
  disabilities: Catalogue;
  differentialGroups: Catalogue;
  organisationTypes: Catalogue;
  /** Entries of kind interprete_lsc / guia_interprete count toward Ley 982's threshold. */
  accessibilityNeeds: Catalogue;
}

/**
 * Taken as the JSON is, with no parse on every phone at start: the files are exactly what their schemas yield,
 * which tests/core/catalogues/built-in-data.test.ts checks, so a broken edit fails there, before any build ships.
 * Topics keep their extra fields (a programme's `parent` component) for grouped pickers.
 */
export const defaultCatalogues: Catalogues = {
  territories,
  documentTypes,
  eventTypes,
  murcStages,
  offices,
  topics,
  sexesAtBirth,
  genderIdentities,
  sexualOrientations,
  lifeStages,
  ethnicGroups,
  disabilities,
  differentialGroups,
  organisationTypes,
  accessibilityNeeds,
};
