import { describe, expect, it } from 'vitest';
import { presets } from '../../../src/core/settings/presets';
import type { SettingsVersion } from '../../../src/core/settings/settings-version';
import { adoptUncheckedSettings, checkPendingSettings, currentSettings, settingsCatalogues } from '../../../src/app/state/settings/entity-settings';

/** The server's answer as JSON carries it. */
const served = (version: number, settings: unknown) => JSON.parse(JSON.stringify({ version, savedAt: `2026-12-0${version}T10:00:00.000Z`, settings })) as SettingsVersion;

// One module state (the device's settings) for the whole file: each case serves a newer version than the last.
describe('settings shown before their full check (a citizen\'s first paint)', () => {
  it('shows the server\'s settings at once and keeps the very same object once they check', () => {
    const body = served(2, presets.cartagena);
    adoptUncheckedSettings(body);
    expect(currentSettings()).toBe(body);
    const lists = settingsCatalogues();
    expect(lists.territories.entries.some((e) => e.kind === 'localidad')).toBe(true);
    checkPendingSettings();
    expect(currentSettings()).toBe(body);
    expect(settingsCatalogues()).toBe(lists); // no redraw for a check that changed nothing
  });

  it('drops settings that break a rule the office\'s data is checked against, before a save', () => {
    const before = currentSettings();
    const broken = structuredClone(presets.cartagena) as Record<string, unknown>;
    broken.divipola = '1300';
    const body = served(3, broken);
    adoptUncheckedSettings(body);
    expect(currentSettings()).toBe(body);
    checkPendingSettings();
    expect(currentSettings()).toBe(before);
  });

  it('never shows settings without the shape screens read', () => {
    const before = currentSettings();
    adoptUncheckedSettings({ version: 4, savedAt: 'x', settings: { ...presets.cartagena, territories: { entries: 'comunas' } } });
    adoptUncheckedSettings(undefined);
    expect(currentSettings()).toBe(before);
  });

  it('takes what the check yields when it differs (keys this build does not know are left out)', () => {
    const body = served(5, { ...presets.medellin, entityName: '  Alcaldía de Medellín  ', futureKey: true });
    adoptUncheckedSettings(body);
    checkPendingSettings();
    expect(currentSettings().version).toBe(5);
    expect(currentSettings().settings.entityName).toBe('Alcaldía de Medellín');
    expect(currentSettings().settings).not.toHaveProperty('futureKey');
  });
});
