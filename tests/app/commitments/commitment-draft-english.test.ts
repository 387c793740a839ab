import { afterEach, describe, expect, it, vi } from 'vitest';
import { commitmentOfDraft, emptyCommitmentDraft, emptyProgressDraft, progressOfDraft } from '../../../src/app/state/commitments/commitment-draft';
import { setLanguage } from '../../../src/app/state/language';
import { clientId } from '../../support/commitment-fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a commitment typed on an English screen', () => {
  it('names each wrong field in English, the device’s own words included, before anything is sent', async () => {
    // setLanguage writes <html lang>: a stand-in document is enough here.
    vi.stubGlobal('document', { documentElement: { lang: 'es-CO' } });
    await setLanguage('en');

    const checked = commitmentOfDraft(emptyCommitmentDraft({ title: 'x' }), { id: clientId(), origin: { kind: 'typed' }, createdAt: '2026-12-01T10:00:00-05:00' });
    expect(checked.ok ? undefined : checked.errors).toEqual({
      eventId: 'Choose the event where the commitment was made.',
      title: 'Enter the commitment (5 characters or more).',
      office: 'Choose the responsible office.',
      dueDate: 'Choose the due date (day, month and year).',
    });

    const progress = progressOfDraft({ ...emptyProgressDraft(''), percent: 'cincuenta', text: 'x' }, { id: clientId(), commitmentId: clientId() });
    expect(progress.ok ? undefined : progress.errors).toMatchObject({
      date: 'Choose the date of the progress update (day, month and year).',
      percent: 'The percentage is a number from 0 to 100.',
      text: 'Say in one sentence what was done.',
    });
  });
});
