import * as z from 'zod/mini';
import type { Catalogue, CatalogueEntry, Catalogues } from '../catalogues';
import { privacyNoticesSchema, type PrivacyNotice, type PrivacyNotices } from '../attendance/privacy-notice';
import { entitySettingsSchema, type EntitySettings } from './entity-settings';
import { medellinPreset } from './medellin-preset';

/**
 * Every save of the entity settings is a new catalogue version, and versions are kept: a record names the version
 * it was captured with, so a comuna renamed later still reads with its old name in that record's listado.
 */
export const settingsVersionSchema = z.object({
  version: z.number().check(z.int(), z.minimum(1)),
  savedAt: z.string().check(z.minLength(1)),
  settings: entitySettingsSchema,
});

export type SettingsVersion = z.infer<typeof settingsVersionSchema>;

/**
 * Before settings existed every record was captured with Medellín's catalogues: a record without a version reads
 * as version 1, which is always that preset, and the first save of a deployment becomes version 2.
 */
export const LEGACY_SETTINGS_VERSION: SettingsVersion = { version: 1, savedAt: '2024-01-01T00:00:00.000Z', settings: medellinPreset };

/** The catalogues the app speaks with these settings: the entity's lists over the shared ones (document types…). */
export function cataloguesOf(base: Catalogues, settings: EntitySettings): Catalogues {
  return {
    ...base,
    territories: { ...settings.territories, municipality: settings.municipality },
    topics: settings.topics,
    offices: settings.offices,
  };
}

type Entry = CatalogueEntry & { parent?: string };

/** Every code any version ever had, named as its latest version names it. */
function unionOf(catalogues: readonly Catalogue[]): Catalogue {
  const byCode = new Map<string, Entry>();
  for (const catalogue of catalogues) for (const entry of catalogue.entries) byCode.set(entry.code, entry);
  const latest = catalogues[catalogues.length - 1]!;
  return { ...latest, entries: [...byCode.values()] };
}

/**
 * What a record may carry: a phone offline since yesterday still holds yesterday's codes and notice, so the server
 * accepts the codes and notice versions of every settings version, never only today's.
 */
export function acceptedCatalogues(base: Catalogues, versions: readonly SettingsVersion[]): Catalogues {
  const ordered = sortedVersions(versions);
  const latest = ordered[ordered.length - 1]!.settings;
  return {
    ...cataloguesOf(base, latest),
    territories: { ...unionOf(ordered.map((v) => v.settings.territories)), municipality: latest.municipality },
    topics: unionOf(ordered.map((v) => v.settings.topics)),
    offices: unionOf(ordered.map((v) => v.settings.offices)),
  };
}

/** Every notice version of every settings version (a later text of the same version wins). */
export function acceptedNotices(versions: readonly SettingsVersion[]): PrivacyNotices {
  const byVersion = new Map<string, PrivacyNotice>();
  for (const v of sortedVersions(versions)) for (const notice of v.settings.privacyNotices.notices) byVersion.set(notice.version, notice);
  return privacyNoticesSchema.parse({ id: 'privacy-notices', notices: [...byVersion.values()] });
}

/** Oldest first, always starting with the legacy version 1. */
export function sortedVersions(versions: readonly SettingsVersion[]): SettingsVersion[] {
  const all = versions.some((v) => v.version === 1) ? [...versions] : [LEGACY_SETTINGS_VERSION, ...versions];
  return all.sort((a, b) => a.version - b.version);
}

/**
 * The name a territory code had in the version a record was captured with (no version: 1). A code that version did
 * not know (a record from a phone with newer settings) falls back to the latest name that has it.
 */
export function territoryNameAt(versions: readonly SettingsVersion[], capturedWith: number | undefined, code: string, language: 'es' | 'en' = 'es'): string | undefined {
  const ordered = sortedVersions(versions);
  const at = capturedWith ?? 1;
  const candidates = [...ordered.filter((v) => v.version <= at).reverse(), ...ordered.filter((v) => v.version > at).reverse()];
  for (const v of candidates) {
    const entry = v.settings.territories.entries.find((e) => e.code === code);
    if (entry) return (language === 'en' && entry.nameEn) || entry.name;
  }
  return undefined;
}

/** A record's territory as the listado prints it: with the catalogue version it was captured with, when known. */
export function territoryNameOf(
  catalogues: Catalogues,
  history: readonly SettingsVersion[] | undefined,
  code: unknown,
  capturedWith: unknown,
  language: 'es' | 'en' = 'es',
): string | undefined {
  if (typeof code !== 'string') return undefined;
  const version = typeof capturedWith === 'number' ? capturedWith : undefined;
  const named = history && history.length > 0 ? territoryNameAt(history, version, code, language) : undefined;
  const entry = catalogues.territories.entries.find((e) => e.code === code);
  return named ?? (entry ? (language === 'en' && entry.nameEn) || entry.name : code);
}
