import { describe, expect, it } from 'vitest';
import { choiceOf, PREFER_NOT_TO_ANSWER, sensitiveCatalogueSchema } from '../../../src/core/attendance/choices';
import { currentNotice, defaultPrivacyNotices, noticeByVersion } from '../../../src/core/attendance/privacy-notice';
import { catalogues } from './fixtures';

const sensitive = ['genderIdentities', 'sexualOrientations', 'ethnicGroups', 'disabilities', 'differentialGroups', 'organisationTypes'] as const;

describe('population catalogues and the privacy notice', () => {
  it.each(sensitive)('%s offers "prefiero no responder"', (name) => {
    expect(catalogues[name].entries.map((e) => e.code)).toContain(PREFER_NOT_TO_ANSWER);
  });

  it('refuses a replacement catalogue for a sensitive question without that option', () => {
    const bad = { ...catalogues.ethnicGroups, entries: catalogues.ethnicGroups.entries.filter((e) => e.code !== PREFER_NOT_TO_ANSWER) };
    expect(sensitiveCatalogueSchema.safeParse(bad).success).toBe(false);
    // and a schema built from it still accepts the answer, so no record is lost over a catalogue edit
    expect(choiceOf(bad, () => 'x', { sensitive: true }).safeParse(PREFER_NOT_TO_ANSWER).success).toBe(true);
    expect(choiceOf(bad, () => 'x').safeParse(PREFER_NOT_TO_ANSWER).success).toBe(false);
  });

  it('covers every age from 0 to 150 with exactly one life stage', () => {
    for (let age = 0; age <= 150; age++) {
      const matches = catalogues.lifeStages.entries.filter((e) => age >= e.minAge && (e.maxAge === undefined || age <= e.maxAge));
      expect(matches).toHaveLength(1);
    }
  });

  it('marks the interpreter needs of Ley 982 by kind', () => {
    expect(catalogues.accessibilityNeeds.entries.map((e) => e.kind)).toEqual(expect.arrayContaining(['interprete_lsc', 'guia_interprete']));
  });

  it('keeps the notice in Spanish and English, by version, and picks the one in force', () => {
    const notice = noticeByVersion(defaultPrivacyNotices, '2026-1');
    expect(notice?.es.paragraphs.join(' ')).toMatch(/Ley 1581/);
    expect(notice?.en.paragraphs.join(' ')).toMatch(/Law 1581/);
    expect(notice?.es.sensitive).toMatch(/Prefiero no responder/);
    expect(currentNotice(defaultPrivacyNotices, '2026-06-01')?.version).toBe('2026-1');
    expect(currentNotice(defaultPrivacyNotices, '2025-12-31')).toBeUndefined();
  });
});
