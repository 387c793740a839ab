import { describe, expect, it } from 'vitest';
import { countText } from '../../src/app/state/language';
import { localeOf, type Language } from '../../src/app/i18n';

// Counts are grouped by hand to spare a phone's first paint the Intl formatter: they must read exactly as Intl's.
const COUNTS = [-1_234_567, -1_000, -999, -1, 0, 1, 9, 10, 99, 100, 999, 1_000, 4_000, 9_999, 10_000, 12_345, 100_000, 999_999, 1_000_000, 1_234_567, 987_654_321, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];

describe.each(['es', 'en'] as Language[])('counts in %s', (lang) => {
  it('read as Intl writes them', () => {
    const intl = new Intl.NumberFormat(localeOf(lang));
    for (const n of COUNTS) expect(countText(n, lang)).toBe(intl.format(n));
  });

  it('leave what is not a whole number to Intl', () => {
    const intl = new Intl.NumberFormat(localeOf(lang));
    for (const n of [1.5, -1_234.25, Number.MAX_SAFE_INTEGER + 2, Number.NaN]) expect(countText(n, lang)).toBe(intl.format(n));
  });
});
