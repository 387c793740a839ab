import { entitySettingsSchema, type EntitySettings } from './entity-settings';
import { medellinPreset } from './medellin-preset';
import { privacyNoticeFor } from './privacy-notice-text';
import cartagenaTerritories from './presets/cartagena-territories.json';
import blankTerritories from './presets/blank-territories.json';
import generalTopics from './presets/general-topics.json';
import generalOffices from './presets/general-offices.json';

/** What first-run setup offers: the entity's settings ready to adjust, never a code change. */
export type PresetId = 'medellin' | 'cartagena' | 'municipio';

const cartagena: EntitySettings = {
  entityName: 'Alcaldía Mayor de Cartagena de Indias',
  municipality: 'Cartagena de Indias',
  divipola: '13001',
  nit: '890480184-4',
  territories: cartagenaTerritories,
  topics: generalTopics,
  offices: generalOffices,
  privacyNotices: { id: 'privacy-notices', municipality: 'Cartagena de Indias', notices: [privacyNoticeFor('La Alcaldía Mayor de Cartagena de Indias', '2026-1', '2026-01-01')] },
};

/** A municipality that starts from scratch: urban and rural areas, general topics; the office fills in the rest. */
const blank: EntitySettings = {
  entityName: 'Alcaldía Municipal',
  municipality: 'Municipio',
  territories: blankTerritories,
  topics: generalTopics,
  offices: generalOffices,
  privacyNotices: { id: 'privacy-notices', notices: [privacyNoticeFor('La Alcaldía Municipal', '2026-1', '2026-01-01')] },
};

// Parsed at load, so a broken edit of a preset's JSON fails loudly in the tests, not at a first run.
export const presets: Record<PresetId, EntitySettings> = {
  medellin: medellinPreset,
  cartagena: entitySettingsSchema.parse(cartagena),
  municipio: entitySettingsSchema.parse(blank),
};

/**
 * A preset named as the office typed it at first run. A blank municipality's notice is written again with the
 * entity's name, so the person reading it sees who is responsible for their data.
 */
export function presetNamed(id: PresetId, names: { entityName?: string; municipality?: string }): EntitySettings {
  // A deep copy (plain JSON data), so the caller may change it without touching the shipped preset.
  const preset = JSON.parse(JSON.stringify(presets[id])) as EntitySettings;
  const entityName = names.entityName?.trim() || preset.entityName;
  const municipality = names.municipality?.trim() || preset.municipality;
  if (id !== 'municipio') return { ...preset, entityName, municipality };
  const notice = privacyNoticeFor(entityName, '2026-1', '2026-01-01');
  return { ...preset, entityName, municipality, privacyNotices: { id: 'privacy-notices', municipality, notices: [notice] } };
}
