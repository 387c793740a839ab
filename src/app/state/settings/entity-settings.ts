import { createSignal } from 'solid-js';
import { defaultCatalogues, type Catalogues } from '../../../core/catalogues';
import { currentNotice, type PrivacyNotice, type PrivacyNotices } from '../../../core/attendance/privacy-notice';
import { acceptedCatalogues, acceptedNotices, cataloguesOf, LEGACY_SETTINGS_VERSION, settingsVersionSchema, type SettingsVersion } from '../../../core/settings/settings-version';
import { settingsShapeOf } from './settings-shape';
import { bogotaToday } from '../../../core/time';

/**
 * The entity's settings as this device knows them: from the server when online, from IndexedDB otherwise
 * (settings-load.ts keeps both). Until either answers, version 1 (the built-in Medellín preset) stands in.
 */
const [known, setKnown] = createSignal<SettingsVersion>();

export const knownSettings = known;
export const adoptSettings = (version: SettingsVersion): void => {
  const current = known();
  // The same version again (cache, then server) changes nothing: screens do not re-render for it.
  if (current !== undefined && current.version === version.version && current.savedAt === version.savedAt) return;
  if (current === undefined || current.version <= version.version) setKnown(version);
};

let uncheckedRun: (() => void) | undefined;

/**
 * A citizen's first paint: the server's settings shown once they have the shape screens read, and checked in full
 * only before something is checked against them (checkPendingSettings, at the save): on a cheap phone that check
 * is a long task the page's load would feel, even in an idle callback. Settings that fail it are dropped again, as
 * if never read; settings it changes (a newer server's extra keys) are replaced by what it yields.
 */
export function adoptUncheckedSettings(body: unknown): void {
  const shaped = settingsShapeOf(body);
  if (!shaped) return;
  const before = known();
  adoptSettings(shaped);
  if (known() !== shaped) return; // this device already had that version or a newer one
  const run = () => {
    if (uncheckedRun !== run) return;
    uncheckedRun = undefined;
    if (known() !== shaped) return; // newer settings arrived meanwhile (the device's own, already checked)
    const parsed = settingsVersionSchema.safeParse(body);
    if (!parsed.success) setKnown(before);
    else if (JSON.stringify(parsed.data) !== JSON.stringify(shaped)) setKnown(parsed.data);
  };
  uncheckedRun = run;
}

/** Before anything is checked against the settings (a record's save): the pending full check, now. */
export const checkPendingSettings = (): void => uncheckedRun?.();

const current = (): SettingsVersion => known() ?? LEGACY_SETTINGS_VERSION;

/** The settings in force on this device (version and content). */
export const currentSettings = current;

/** The one accessor other screens use for prints and headers: "Alcaldía Mayor de Cartagena de Indias". */
export const entityName = (): string => current().settings.entityName;

/** The entity's logo as a data URL, when it has one. */
export const entityLogo = (): string | undefined => current().settings.logo;

/** The catalogue version new records carry (the territory list the door shows). */
export const catalogueVersion = (): number => current().version;

/** The catalogues screens show: the entity's territories, topics and offices over the shared lists. */
export const settingsCatalogues = (): Catalogues => {
  const settings = current().settings;
  // One object per settings version: screens comparing lists by identity do not redraw on every read.
  if (built?.settings !== settings) built = { settings, catalogues: cataloguesOf(defaultCatalogues, settings) };
  return built.catalogues;
};
let built: { settings: SettingsVersion['settings']; catalogues: Catalogues } | undefined;

/** Catalogues whose every list is read from the current settings when asked (a Solid signal underneath). */
export function followingCatalogues(): Catalogues {
  const names = Object.keys(defaultCatalogues) as (keyof Catalogues)[];
  return Object.defineProperties({} as Catalogues, Object.fromEntries(names.map((name) => [name, { get: () => settingsCatalogues()[name], enumerable: true }])));
}

/** What this device accepts in a record: today's codes and those of version 1 (records made before the change). */
export const acceptedSettingsCatalogues = (): Catalogues => acceptedCatalogues(defaultCatalogues, [current()]);
export const acceptedSettingsNotices = (): PrivacyNotices => acceptedNotices([current()]);

/** The habeas-data notice in force today (the newest if the device's clock is before all of them). */
export function settingsNoticeForToday(): PrivacyNotice {
  const notices = current().settings.privacyNotices;
  return currentNotice(notices, bogotaToday(Date.now())) ?? notices.notices[notices.notices.length - 1]!;
}
