import { describe, expect, it } from 'vitest';
import { defaultCatalogues as catalogues } from '../../../src/core/catalogues';
import { createEvent, mergeEvents, parseEvent, parseEventDraft, reviseEvent } from '../../../src/core/events/event-revision';
import { draft } from './fixtures';

const v1 = createEvent('atril-comuna-3-2026', draft, '2026-10-01T08:00:00-05:00');

describe('event revisions', () => {
  it('starts at revision 1 and each edit bumps it with the server time', () => {
    expect(v1).toMatchObject({ id: 'atril-comuna-3-2026', revision: 1, updatedAt: '2026-10-01T08:00:00-05:00' });
    const edited = reviseEvent(v1, { ...draft, status: 'open' }, 1, '2026-11-21T08:30:00-05:00');
    expect(edited).toEqual({ ok: true, value: { ...v1, status: 'open', revision: 2, updatedAt: '2026-11-21T08:30:00-05:00' } });
    expect(parseEvent(catalogues, edited.ok && edited.value).ok).toBe(true);
  });

  it('refuses an edit made from an older revision instead of overwriting someone else’s', () => {
    const v2 = { ...v1, revision: 2 };
    const result = reviseEvent(v2, draft, 1, '2026-11-21T08:30:00-05:00');
    expect(result.ok ? null : result.problem).toMatchObject({ code: 'event.stale_revision', details: { currentRevision: 2, baseRevision: 1 } });
  });

  it('keeps the newest revision per event when pulling, whatever the order or repetition', () => {
    const other = createEvent('audiencia-2026', { ...draft, startsAt: '2026-12-01T09:00:00-05:00', endsAt: '2026-12-01T12:00:00-05:00' }, '2026-10-02T08:00:00-05:00');
    const v2 = { ...v1, revision: 2, status: 'open' as const };
    const merged = mergeEvents([v1], [other, v2, v1]);
    expect(merged).toEqual([v2, other]);
    expect(mergeEvents(merged, [v1, other])).toEqual(merged);
    expect(mergeEvents([v2], [v1])).toEqual([v2]);
  });

  it('returns field problems as a result, not a throw', () => {
    const result = parseEventDraft(catalogues, { ...draft, territory: '99' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('event.invalid');
    expect(result.problem.details?.fields).toEqual([{ path: 'territory', code: 'invalid_value', message: 'Elija una comuna o corregimiento de la lista.' }]);
    expect(parseEventDraft(catalogues, draft).ok).toBe(true);
  });
});
