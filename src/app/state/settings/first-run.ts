import { presetNamed, presets, type PresetId } from '../../../core/settings/presets';
import type { ApiResult } from '../events/api';
import type { SettingsVersion } from '../../../core/settings/settings-version';
import { saveSettings } from './settings-load';

export const PRESET_IDS: readonly PresetId[] = ['medellin', 'cartagena', 'municipio'];

/** The entity name a preset suggests (the office may type another). */
export const presetEntityName = (id: PresetId): string => (id === 'municipio' ? '' : presets[id].entityName);

/** Right after the first administrador exists (signed in): the chosen preset becomes the first saved version. */
export function applyPreset(id: PresetId, names: { entityName: string; municipality: string }): Promise<ApiResult<SettingsVersion>> {
  return saveSettings(presetNamed(id, names));
}
