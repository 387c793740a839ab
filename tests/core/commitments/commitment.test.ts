import { describe, expect, it } from 'vitest';
import { commitmentSchema, progressUpdateSchema, type ProgressUpdate } from '../../../src/core/commitments/commitment';
import { commitmentStanding, tallyCommitments } from '../../../src/core/commitments/commitment-status';

const id = (n: number) => `0193a0b0-0000-7000-8000-${String(n).padStart(12, '0')}`;
const update = (n: number, date: string, state: ProgressUpdate['state'], percent: number): ProgressUpdate => ({ id: id(100 + n), commitmentId: id(1), date, state, percent, text: 'Se contrató el diseño.' });

describe('commitments', () => {
  it('accepts a commitment from an escuchadero answer and explains each bad field in Spanish', () => {
    const good = { id: id(1), eventId: 'audiencia-2026', title: 'Arreglar el alumbrado del parque de Robledo', office: 'infraestructura', dueDate: '2027-03-31', territory: '07', origin: { kind: 'escuchadero', entryId: id(9) }, createdAt: '2026-12-02T10:00:00-05:00' };
    expect(commitmentSchema.safeParse(good).success).toBe(true);
    const bad = commitmentSchema.safeParse({ ...good, title: 'ok', office: '', dueDate: '31/03/2027' });
    expect(bad.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'title: Escriba el compromiso (5 caracteres o más).',
      'office: Elija la dependencia responsable.',
      'dueDate: La fecha de cumplimiento debe ser una fecha AAAA-MM-DD.',
    ]);
  });

  it('a fulfilled update must say 100 % and evidence must be a web link', () => {
    const result = progressUpdateSchema.safeParse({ ...update(1, '2027-01-10', 'cumplido', 80), evidenceUrl: 'javascript:alert(1)' });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['evidenceUrl', 'percent']);
  });

  it('derives pendiente, en curso, vencido and cumplido (on time or late) from the updates and today', () => {
    const due = { dueDate: '2027-03-31' };
    expect(commitmentStanding(due, [], '2027-01-01')).toMatchObject({ status: 'pendiente', percent: 0, fulfilledOnTime: false });
    expect(commitmentStanding(due, [update(1, '2027-02-01', 'en_curso', 40)], '2027-03-31')).toMatchObject({ status: 'en_curso', percent: 40 });
    expect(commitmentStanding(due, [update(1, '2027-02-01', 'en_curso', 40)], '2027-04-01')).toMatchObject({ status: 'vencido', percent: 40 });
    const onTime = [update(1, '2027-02-01', 'en_curso', 40), update(2, '2027-03-31', 'cumplido', 100)];
    expect(commitmentStanding(due, onTime, '2027-06-01')).toMatchObject({ status: 'cumplido', fulfilledOn: '2027-03-31', fulfilledOnTime: true });
    const late = [update(2, '2027-04-02', 'cumplido', 100), update(1, '2027-02-01', 'en_curso', 40)];
    expect(commitmentStanding(due, late, '2027-06-01')).toMatchObject({ status: 'cumplido', fulfilledOnTime: false });
  });

  it('tallies the dashboard figures so that every commitment counts in exactly one open or closed state', () => {
    const commitments = [1, 2, 3, 4].map((n) => ({ id: id(n), dueDate: '2027-03-31' }));
    const updates: Record<string, ProgressUpdate[]> = {
      [id(1)]: [update(1, '2027-03-01', 'cumplido', 100)],
      [id(2)]: [update(2, '2027-04-05', 'cumplido', 100)],
      [id(3)]: [update(3, '2027-02-01', 'en_curso', 10)],
    };
    const tally = tallyCommitments(commitments, (cid) => updates[cid] ?? [], '2027-04-10');
    expect(tally).toEqual({ made: 4, fulfilled: 2, fulfilledOnTime: 1, overdue: 2, inProgress: 0, pending: 0 });
    expect(tally.fulfilled + tally.overdue + tally.inProgress + tally.pending).toBe(tally.made);
  });
});
