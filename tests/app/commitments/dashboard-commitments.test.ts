import { describe, expect, it } from 'vitest';
import { answeredOnTime, commitmentsSection } from '../../../src/app/state/commitments/dashboard-commitments';
import { labelsFor } from '../../../src/app/state/reports/report-labels';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { emptyEscuchadero } from '../../../src/core/indicators/escuchadero-tally';

const es = labelsFor('es', defaultCatalogues, (_field, code) => code);

describe('the period dashboard’s commitments', () => {
  it('shows made, fulfilled on time and overdue, and every status in the table', () => {
    const section = commitmentsSection({ made: 7, fulfilled: 3, fulfilledOnTime: 2, overdue: 2, inProgress: 1, pending: 1 }, es);
    expect(section.facts).toEqual([
      { label: 'Compromisos adquiridos', value: '7' },
      { label: 'Cumplidos a tiempo', value: '2' },
      { label: 'Vencidos', value: '2' },
    ]);
    expect(section.tables[0]!.rows.map((r) => [r.label, r.cells[0]])).toEqual([
      ['Cumplido', '3'],
      ['En curso', '1'],
      ['Pendiente', '1'],
      ['Vencido', '2'],
    ]);
    expect(section.empty).toBeUndefined();
    expect(commitmentsSection({ made: 0, fulfilled: 0, fulfilledOnTime: 0, overdue: 0, inProgress: 0, pending: 0 }, es).empty).toBeDefined();
  });

  it('counts questions answered within the 15 working days as answered and not late', () => {
    expect(answeredOnTime({ ...emptyEscuchadero(), received: 10, answered: 6, answeredLate: 2, pending: 3, overdue: 1 })).toBe(4);
    expect(answeredOnTime(emptyEscuchadero())).toBe(0);
  });
});
