import type { SettingsVersion } from '../../../core/settings/settings-version';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';

function isCatalogue(value: unknown): boolean {
  return isObject(value) && Array.isArray(value.entries) && value.entries.length > 0 && value.entries.every((e) => isObject(e) && isText(e.code) && isText(e.name));
}

function isNoticeText(value: unknown): boolean {
  return isObject(value) && isText(value.title) && Array.isArray(value.paragraphs) && value.paragraphs.every(isText) && isText(value.sensitive) && isText(value.accept) && isText(value.acceptSensitive);
}

/**
 * The shape screens read from a settings version (names, lists of coded entries, notice texts), checked without
 * a schema library: what a citizen's first paint needs to show the server's settings safely. The rules
 * (lengths, codes given once, two levels, DIVIPOLA) are settingsVersionSchema's, checked in full before a record
 * is checked against them (entity-settings.ts adoptUncheckedSettings).
 */
export function settingsShapeOf(body: unknown): SettingsVersion | undefined {
  if (!isObject(body) || typeof body.version !== 'number' || !isText(body.savedAt) || !isObject(body.settings)) return undefined;
  const s = body.settings;
  const notices = isObject(s.privacyNotices) ? s.privacyNotices.notices : undefined;
  const shaped =
    isText(s.entityName) && isText(s.municipality) && (s.logo === undefined || isText(s.logo)) &&
    isCatalogue(s.territories) && isCatalogue(s.topics) && isCatalogue(s.offices) &&
    Array.isArray(notices) && notices.length > 0 &&
    notices.every((n) => isObject(n) && isText(n.version) && isText(n.effectiveFrom) && isNoticeText(n.es) && isNoticeText(n.en));
  return shaped ? (body as SettingsVersion) : undefined;
}
