import { describe, expect, it } from 'vitest';
import { categoryOrderOf, evaluationFactsOf } from '../../../../src/core/indicators/adapters';
import { defaultCatalogues } from '../../../../src/core/catalogues';

describe('evaluationFactsOf', () => {
  it('passes on the overall rating when it is a number, and a row without one otherwise', () => {
    expect(
      evaluationFactsOf([
        { eventId: 'a', answers: { calificacion: 4, comentarios: 'Bien' } },
        { eventId: 'a', answers: { comentarios: 'Sin calificar' } },
        { eventId: 'b', answers: { calificacion: '5' } },
      ]),
    ).toEqual([{ eventId: 'a', overallRating: 4 }, { eventId: 'a' }, { eventId: 'b' }]);
  });
});

describe('categoryOrderOf', () => {
  it('orders every variable as its catalogue does', () => {
    const order = categoryOrderOf(defaultCatalogues);
    expect(order.territory).toEqual(defaultCatalogues.territories.entries.map((e) => e.code));
    expect(order.ethnicGroup).toContain('no_responde');
    expect(order.accessibilityNeed).toEqual(['interprete_lsc', 'guia_interprete', 'otra']);
  });
});
