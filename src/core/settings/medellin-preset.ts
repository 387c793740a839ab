import { defaultCatalogues } from '../catalogues/defaults';
import { defaultPrivacyNotices } from '../attendance/privacy-notice';
import type { EntitySettings } from './entity-settings';

/**
 * Medellín's settings: the built-in catalogues and notice. Version 1 of every deployment (settings-version.ts) and
 * a first-run preset (presets.ts); a file of its own so version 1 comes without the other presets' lists and texts.
 * Not parsed on every phone at start: tests/core/catalogues/built-in-data.test.ts checks that the schema yields it.
 */
export const medellinPreset: EntitySettings = {
  entityName: 'Alcaldía de Medellín',
  municipality: 'Medellín',
  divipola: '05001',
  nit: '890905211-1',
  territories: defaultCatalogues.territories,
  topics: defaultCatalogues.topics,
  offices: defaultCatalogues.offices,
  privacyNotices: defaultPrivacyNotices,
};
