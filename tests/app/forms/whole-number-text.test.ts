import { describe, expect, it } from 'vitest';
import { localeOf } from '../../../src/app/i18n';
import { wholeNumberText } from '../../../src/app/state/forms/whole-number-text';

describe('wholeNumberText', () => {
  const samples = [0, 7, 42, 999, 1000, 2000, 9999, 10_000, 12_345, 123_456, 1_000_000, 1_234_567_890, -1, -2000, -1_234_567];

  it.each(['es', 'en'] as const)('writes whole numbers as Intl.NumberFormat does for %s', (language) => {
    const intl = new Intl.NumberFormat(localeOf(language));
    for (const n of samples) expect(wholeNumberText(n, language)).toBe(intl.format(n));
  });

  it('groups by thousands with the reader’s separator', () => {
    expect(wholeNumberText(2000, 'es')).toBe('2.000');
    expect(wholeNumberText(2000, 'en')).toBe('2,000');
    expect(wholeNumberText(1_234_567, 'es')).toBe('1.234.567');
  });
});
