import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { catalogueEntrySchema, catalogueSchema, defaultCatalogues, type Catalogues } from '../../../src/core/catalogues';
import { sensitiveCatalogueSchema } from '../../../src/core/attendance/choices';
import { lifeStageCatalogueSchema } from '../../../src/core/attendance/life-stages';
import { defaultPrivacyNotices, privacyNoticesSchema } from '../../../src/core/attendance/privacy-notice';
import { defaultTopics, topicsCatalogueSchema } from '../../../src/core/forms/topics-catalogue';
import { entitySettingsSchema } from '../../../src/core/settings/entity-settings';
import { medellinPreset } from '../../../src/core/settings/medellin-preset';
import { LEGACY_SETTINGS_VERSION, settingsVersionSchema } from '../../../src/core/settings/settings-version';

/**
 * The built-in catalogues, notices and Medellín's preset are taken as their JSON is, not parsed on every phone at
 * start: here each must be exactly what its schema yields (no key the parse would drop, no text it would trim), so
 * a broken edit fails in CI instead.
 */
const topicsSchema = z.extend(catalogueSchema, { entries: z.array(z.looseObject(catalogueEntrySchema.shape)).check(z.minLength(1)) });
const schemaOf: { [K in keyof Catalogues]: z.ZodMiniType } = {
  territories: catalogueSchema,
  documentTypes: catalogueSchema,
  eventTypes: catalogueSchema,
  murcStages: catalogueSchema,
  offices: catalogueSchema,
  topics: topicsSchema,
  sexesAtBirth: catalogueSchema,
  genderIdentities: sensitiveCatalogueSchema,
  sexualOrientations: sensitiveCatalogueSchema,
  lifeStages: lifeStageCatalogueSchema,
  ethnicGroups: sensitiveCatalogueSchema,
  disabilities: sensitiveCatalogueSchema,
  differentialGroups: sensitiveCatalogueSchema,
  organisationTypes: sensitiveCatalogueSchema,
  accessibilityNeeds: catalogueSchema,
};

describe('built-in data is what its schema yields', () => {
  it('names a schema for every built-in catalogue', () => {
    expect(Object.keys(schemaOf).sort()).toEqual(Object.keys(defaultCatalogues).sort());
  });

  it.each(Object.keys(schemaOf) as (keyof Catalogues)[])('catalogue %s', (name) => {
    expect(schemaOf[name].parse(defaultCatalogues[name])).toStrictEqual(defaultCatalogues[name]);
  });

  it('the topics as built-in forms read them (components and their programmes), keeping where they come from', () => {
    expect(topicsCatalogueSchema.parse(defaultTopics)).toStrictEqual(defaultTopics);
    expect(defaultTopics.source).toMatch(/^Plan de Desarrollo/);
  });

  it('privacy notices', () => {
    expect(privacyNoticesSchema.parse(defaultPrivacyNotices)).toStrictEqual(defaultPrivacyNotices);
  });

  it('Medellín\'s preset, and version 1 of every deployment built on it', () => {
    expect(entitySettingsSchema.parse(medellinPreset)).toStrictEqual(medellinPreset);
    expect(settingsVersionSchema.parse(LEGACY_SETTINGS_VERSION)).toStrictEqual(LEGACY_SETTINGS_VERSION);
  });

  it('would fail on an edit the schema changes or refuses', () => {
    const sensitive = structuredClone(defaultCatalogues.ethnicGroups);
    sensitive.entries = sensitive.entries.filter((e) => e.code !== 'no_responde');
    expect(sensitiveCatalogueSchema.safeParse(sensitive).success).toBe(false);
    const withStray = { ...defaultCatalogues.offices, note: 'nadie la lee' };
    expect(catalogueSchema.parse(withStray)).not.toStrictEqual(withStray);
    const untrimmed = { ...medellinPreset, entityName: ' Alcaldía de Medellín ' };
    expect(entitySettingsSchema.parse(untrimmed)).not.toStrictEqual(untrimmed);
  });
});
