import * as z from 'zod/mini';
import { catalogueEntrySchema, catalogueSchema, type Catalogue } from './catalogue';
import { sensitiveCatalogueSchema } from '../attendance/choices';
import { lifeStageCatalogueSchema, type LifeStageCatalogue } from '../attendance/life-stages';
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

/** The default catalogues (Medellín), parsed so a broken edit of the JSON fails loudly at start. */
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

// Topics keep their extra fields (a programme's `parent` component) for grouped pickers.
const topicsSchema = z.extend(catalogueSchema, { entries: z.array(z.looseObject(catalogueEntrySchema.shape)).check(z.minLength(1)) });

export const defaultCatalogues: Catalogues = {
  territories: catalogueSchema.parse(territories),
  documentTypes: catalogueSchema.parse(documentTypes),
  eventTypes: catalogueSchema.parse(eventTypes),
  murcStages: catalogueSchema.parse(murcStages),
  offices: catalogueSchema.parse(offices),
  topics: topicsSchema.parse(topics),
  sexesAtBirth: catalogueSchema.parse(sexesAtBirth),
  genderIdentities: sensitiveCatalogueSchema.parse(genderIdentities),
  sexualOrientations: sensitiveCatalogueSchema.parse(sexualOrientations),
  lifeStages: lifeStageCatalogueSchema.parse(lifeStages),
  ethnicGroups: sensitiveCatalogueSchema.parse(ethnicGroups),
  disabilities: sensitiveCatalogueSchema.parse(disabilities),
  differentialGroups: sensitiveCatalogueSchema.parse(differentialGroups),
  organisationTypes: sensitiveCatalogueSchema.parse(organisationTypes),
  accessibilityNeeds: catalogueSchema.parse(accessibilityNeeds),
};
