import { settingsVersionSchema, type SettingsVersion } from '../../../core/settings/settings-version';
import { SETTINGS_ENDPOINT } from '../../../core/forms/public-reads';
import type { EntitySettings } from '../../../core/settings/entity-settings';
import { problem } from '../../../core/problems/problem';
import { cacheSettings, readCachedSettings } from '../../storage/settings-cache';
import { api, type ApiResult } from '../events/api';
import { dataServices } from '../services';
import { adoptSettings } from './entity-settings';

export { SETTINGS_ENDPOINT };

/** The cached settings first (offline doors), then the server's; never throws. */
export async function loadSettings(): Promise<void> {
  const services = await dataServices().catch(() => undefined);
  if (services) {
    const cached = await readCachedSettings(services.db).catch(() => undefined);
    if (cached) adoptSettings(cached);
  }
  await refreshSettings();
}

/** Reads the server's settings (public): adopted and cached when they parse. */
export async function refreshSettings(): Promise<ApiResult<SettingsVersion>> {
  const answer = await api<unknown>('GET', SETTINGS_ENDPOINT);
  if (!answer.ok) return answer;
  return adopt(answer.value);
}

/** An administrador saves: the answer is the new version, adopted at once on this device. */
export async function saveSettings(settings: EntitySettings): Promise<ApiResult<SettingsVersion>> {
  const answer = await api<unknown>('PUT', SETTINGS_ENDPOINT, settings);
  if (!answer.ok) return answer;
  return adopt(answer.value);
}

async function adopt(value: unknown): Promise<ApiResult<SettingsVersion>> {
  const parsed = settingsVersionSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problem: problem('server.error'), offline: false };
  adoptSettings(parsed.data);
  const services = await dataServices().catch(() => undefined);
  if (services) await cacheSettings(services.db, parsed.data).catch(() => undefined);
  return { ok: true, value: parsed.data };
}
