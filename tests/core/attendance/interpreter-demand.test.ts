import { describe, expect, it } from 'vitest';
import { interpreterDemand, LEY_982_THRESHOLD } from '../../../src/core/attendance/interpreter-demand';
import { catalogues } from './fixtures';

const asking = (n: number, needs: string[], prefix = 'p') => Array.from({ length: n }, (_, i) => ({ personKey: `${prefix}${i}`, accessibilityNeeds: needs }));

describe('interpreter demand (Ley 982 de 2005)', () => {
  it('is not reached at nine requests and is at ten', () => {
    expect(LEY_982_THRESHOLD).toBe(10);
    expect(interpreterDemand(asking(9, ['interprete_lsc']), catalogues.accessibilityNeeds)).toMatchObject({ people: 9, reached: false, missing: 1 });
    expect(interpreterDemand(asking(10, ['interprete_lsc']), catalogues.accessibilityNeeds)).toMatchObject({ lsc: 10, people: 10, reached: true, missing: 0 });
  });

  it('adds deaf and deafblind people together, counting a person who asks for both once', () => {
    const requests = [...asking(6, ['interprete_lsc']), ...asking(3, ['guia_interprete'], 'g'), { personKey: 'both', accessibilityNeeds: ['interprete_lsc', 'guia_interprete'] }];
    expect(interpreterDemand(requests, catalogues.accessibilityNeeds)).toMatchObject({ lsc: 7, guideInterpreter: 4, people: 10, reached: true });
  });

  it('counts the same person once (pre-registration and door), other needs not at all, and people without a key each', () => {
    const requests = [
      ...asking(5, ['interprete_lsc']),
      ...asking(5, ['interprete_lsc']), // the same five people again
      { personKey: 'x', accessibilityNeeds: ['otra'] },
      { accessibilityNeeds: ['interprete_lsc'] },
      { accessibilityNeeds: ['interprete_lsc'] },
      {},
    ];
    expect(interpreterDemand(requests, catalogues.accessibilityNeeds)).toMatchObject({ people: 7, reached: false, missing: 3 });
  });

  it('follows the catalogue kinds when a municipality renames codes', () => {
    const renamed = { ...catalogues.accessibilityNeeds, entries: [{ code: 'lsc', kind: 'interprete_lsc', name: 'LSC' }] };
    expect(interpreterDemand(asking(2, ['lsc']), renamed, 2)).toMatchObject({ people: 2, threshold: 2, reached: true });
  });
});
