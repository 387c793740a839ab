import { Hono } from 'hono';
import { entitySettingsSchema } from '../../core/settings/entity-settings';
import { sortedVersions } from '../../core/settings/settings-version';
import type { Audit } from '../auth/audit-log';
import { principalOf } from '../auth/authorize';
import { jsonOf, limitBody, requestOf } from '../forms/json-request';
import { requestLanguage } from '../http/request-language';
import { problemResponse } from '../http/problem-response';
import type { SettingsStore } from '../store/settings-store';
import type { LiveSettings } from './live-settings';

export interface SettingsDeps {
  store: SettingsStore;
  live: LiveSettings;
  audit: Audit;
  now: () => Date;
}

/** A logo of 300 KB as a data URL plus catalogues of a few thousand entries. */
const settingsBody = limitBody(1024 * 1024);

/**
 * /api/v1/settings: who runs this Cabildo and the lists it speaks in. Everything here is about the entity, nothing
 * about a person, so reading is public (the door offline and the public pages need it); only an administrador
 * saves (src/server/auth/route-policies.ts), and each save is a new version, kept.
 */
export function settingsResource(deps: SettingsDeps): Hono {
  const resource = new Hono();

  resource.get('/', async (c) => {
    await deps.live.refresh();
    return c.json(deps.live.current());
  });

  resource.get('/versions', async (c) => {
    await deps.live.refresh();
    return c.json({ versions: sortedVersions(deps.live.history()) });
  });

  resource.put('/', settingsBody, async (c) => {
    const body = await jsonOf(c);
    const request = body.ok ? requestOf(requestLanguage(c), entitySettingsSchema, body.value) : body;
    if (!request.ok) return problemResponse(c, request.problem);
    const principal = principalOf(c);
    const savedBy = principal?.kind === 'user' ? principal.user.id : 'unknown';
    const saved = await deps.store.append(request.value, deps.now().toISOString(), savedBy);
    deps.live.saved(saved);
    // Counts only in the audit log: the settings themselves are kept as their version.
    if (principal) {
      await deps.audit(principal, {
        action: 'settings.update',
        target: String(saved.version),
        details: { version: saved.version, territories: saved.settings.territories.entries.length, topics: saved.settings.topics.entries.length },
      });
    }
    return c.json(saved, 201);
  });
  return resource;
}
