import { describe, expect, it } from 'vitest';
import { hasDirectionControls, inertText } from '../../../src/core/text/inert-text';

describe('inertText', () => {
  it('shows each bidirectional override, embedding, isolate and mark as a visible tag', () => {
    expect(inertText('pague a \u202E1234')).toBe('pague a [U+202E]1234');
    expect(inertText('\u202A\u202B\u202C\u202D')).toBe('[U+202A][U+202B][U+202C][U+202D]');
    expect(inertText('a\u2066b\u2067c\u2068d\u2069')).toBe('a[U+2066]b[U+2067]c[U+2068]d[U+2069]');
    expect(inertText('\u200E\u200F\u061C')).toBe('[U+200E][U+200F][U+061C]');
    expect(hasDirectionControls(inertText('x\u202Ey\u2067z'))).toBe(false);
  });

  it('leaves every other text as written: accents, emoji, new lines, markup characters', () => {
    const text = 'Señora Núñez: ¿y el acueducto? 🚰\n<b>ya</b> =SUMA(A1)';
    expect(inertText(text)).toBe(text);
    expect(hasDirectionControls(text)).toBe(false);
  });
});
