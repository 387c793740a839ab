import { describe, expect, it } from 'vitest';
import { problemCatalogue } from '../../../src/core/problems/catalogue';
import { citizenProblem, citizenProblems } from '../../../src/core/problems/citizen-problems';
import { officeProblems } from '../../../src/core/problems/office-problems';
import { problem, problemMessage, problemStatus } from '../../../src/core/problems/problem';

describe('problem catalogue', () => {
  it('has a Spanish and an English message and an HTTP-like status for every code', () => {
    for (const [code, entry] of Object.entries(problemCatalogue)) {
      expect(code).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(entry.es.length).toBeGreaterThan(10);
      expect(entry.en.length).toBeGreaterThan(5);
      expect(entry.es).not.toBe(entry.en);
      expect(entry.status).toBeGreaterThanOrEqual(0);
    }
  });

  it('speaks Spanish on the wire and English on request', () => {
    const p = problem('request.too_large');
    expect(p.message).toBe(problemCatalogue['request.too_large'].es);
    expect(problemMessage(p, 'en')).toBe(problemCatalogue['request.too_large'].en);
    expect(problemStatus(p.code)).toBe(413);
  });

  it('keeps the text of a code it does not know (a newer server)', () => {
    expect(problemMessage({ code: 'future.thing', message: 'Algo nuevo' }, 'en')).toBe('Algo nuevo');
    expect(problemStatus('future.thing')).toBe(500);
  });

  it('defines each code once, in the citizen part or the office part', () => {
    const citizen = Object.keys(citizenProblems);
    const office = Object.keys(officeProblems);
    expect(citizen.filter((code) => office.includes(code))).toEqual([]);
    expect([...citizen, ...office].sort()).toEqual(Object.keys(problemCatalogue).sort());
  });

  it('builds the same problem from the citizen part as from the whole catalogue', () => {
    expect(citizenProblem('form.unknown', { formId: 'x' })).toEqual(problem('form.unknown', { formId: 'x' }));
    expect(problemMessage(citizenProblem('form.link_closed'), 'en')).toBe(problemCatalogue['form.link_closed'].en);
  });
});
