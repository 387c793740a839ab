import { describe, expect, it, vi } from 'vitest';
import { problemCatalogue } from '../../src/core/problems/catalogue';
import { citizenProblem } from '../../src/core/problems/citizen-problems';
import { problemText } from '../../src/app/state/language';

describe('problemText (the catalogue in two parts)', () => {
  it("shows a citizen's problem at once, from the part a citizen's page loads", () => {
    expect(problemText(citizenProblem('form.link_closed'))).toBe(problemCatalogue['form.link_closed'].es);
  });

  it("shows an office problem's wire text until the whole catalogue has loaded, then the catalogue's", async () => {
    const fromServer = { code: 'auth.forbidden', message: 'Texto que envió el servidor.' };
    expect(problemText(fromServer)).toBe('Texto que envió el servidor.');
    await vi.waitFor(() => expect(problemText(fromServer)).toBe(problemCatalogue['auth.forbidden'].es));
  });
});
