import { describe, expect, it } from 'vitest';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { presetNamed, presets } from '../../../src/core/settings/presets';
import { acceptedCatalogues, acceptedNotices, LEGACY_SETTINGS_VERSION, territoryNameAt, territoryNameOf, type SettingsVersion } from '../../../src/core/settings/settings-version';
import { createKindRegistry, followingRegistry, validateRecord, type KindRegistry } from '../../../src/core/records/kind-registry';
import { recordKinds } from '../../../src/core/records/registry';
import { entitySettingsSchema } from '../../../src/core/settings/entity-settings';

const cartagena: SettingsVersion = { version: 2, savedAt: '2026-12-01T00:00:00.000Z', settings: presets.cartagena };
const renamed: SettingsVersion = (() => {
  const settings = structuredClone(presets.cartagena);
  settings.territories.entries[0]!.name = 'Localidad 1 (renombrada)';
  settings.territories.entries.push({ code: 'B01', name: 'Getsemaní', kind: 'barrio', parent: 'L1' });
  return { version: 3, savedAt: '2026-12-02T00:00:00.000Z', settings };
})();

describe('settings versions', () => {
  it('a record keeps the name its territory had when it was captured; no version reads as 1 (Medellín)', () => {
    const history = [cartagena, renamed];
    expect(territoryNameAt(history, 2, 'L1')).toBe('Localidad Histórica y del Caribe Norte');
    expect(territoryNameAt(history, 3, 'L1')).toBe('Localidad 1 (renombrada)');
    expect(territoryNameAt(history, undefined, '07')).toBe('Robledo');
    // A code the record's version did not know (a phone with newer settings) takes the latest name that has it.
    expect(territoryNameAt(history, 2, 'B01')).toBe('Getsemaní');
    expect(territoryNameAt(history, 3, 'NO')).toBeUndefined();
    expect(territoryNameAt(history, 2, 'L1', 'en')).toBe('Historic and Northern Caribbean District');
  });

  it('without stored versions the catalogue in use names the code (and the code itself when unknown)', () => {
    expect(territoryNameOf(defaultCatalogues, [], '07', undefined)).toBe('Robledo');
    expect(territoryNameOf(defaultCatalogues, undefined, 'ZZ', 1)).toBe('ZZ');
    expect(territoryNameOf(defaultCatalogues, undefined, undefined, 1)).toBeUndefined();
  });

  it('accepts every code and notice any version had, named as the latest names them', () => {
    const accepted = acceptedCatalogues(defaultCatalogues, [cartagena, renamed]);
    const codes = accepted.territories.entries.map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['07', 'L1', 'UCG15', 'B01']));
    expect(accepted.territories.entries.find((e) => e.code === 'L1')?.name).toBe('Localidad 1 (renombrada)');
    expect(accepted.territories.municipality).toBe('Cartagena de Indias');
    expect(accepted.documentTypes).toBe(defaultCatalogues.documentTypes);
    expect(acceptedNotices([cartagena]).notices.map((n) => n.version)).toContain(presets.cartagena.privacyNotices.notices[0]!.version);
  });

  it('version 1 is always the Medellín preset', () => {
    expect(LEGACY_SETTINGS_VERSION.version).toBe(1);
    expect(LEGACY_SETTINGS_VERSION.settings).toBe(presets.medellin);
  });
});

describe('presets named at first run', () => {
  it('a blank municipality takes its name, also in its habeas-data notice', () => {
    const settings = presetNamed('municipio', { entityName: 'Alcaldía de Jardín', municipality: 'Jardín' });
    expect(entitySettingsSchema.safeParse(settings).success).toBe(true);
    expect(settings).toMatchObject({ entityName: 'Alcaldía de Jardín', municipality: 'Jardín' });
    expect(settings.privacyNotices.notices[0]!.es.paragraphs[0]).toMatch(/^Alcaldía de Jardín es responsable/);
  });

  it('a preset keeps its own name when none is typed, and is a copy the caller may change', () => {
    const settings = presetNamed('cartagena', { entityName: '  ' });
    expect(settings.entityName).toBe('Alcaldía Mayor de Cartagena de Indias');
    settings.territories.entries.pop();
    expect(presets.cartagena.territories.entries).toHaveLength(22);
  });
});

describe('a registry that follows the settings', () => {
  const checkIn = (territory: string) => ({
    id: '01938a6e-7b2c-7c3d-8e4f-0123456789ab',
    kind: 'attendance.anonymous',
    schemaVersion: 1,
    deviceId: 'puerta-1',
    createdAt: '2026-12-01T10:00:00-05:00',
    payload: { eventId: 'atril', method: 'manual', checkedInAt: '2026-12-01T10:00:00-05:00', territory, catalogueVersion: 2 },
  });

  it('answers with the registry of the moment: a territory refused before a change is accepted after it', () => {
    let current: KindRegistry = recordKinds(defaultCatalogues);
    const registry = followingRegistry(() => current);
    expect(validateRecord(registry, checkIn('L1')).ok).toBe(false);
    current = recordKinds(acceptedCatalogues(defaultCatalogues, [cartagena]));
    expect(validateRecord(registry, checkIn('L1')).ok).toBe(true);
    expect(validateRecord(registry, checkIn('07')).ok).toBe(true);
    current = createKindRegistry([]);
    expect(registry.size).toBe(0);
    expect([...registry.keys()]).toEqual([]);
  });
});
