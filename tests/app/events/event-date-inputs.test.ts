import { describe, expect, it } from 'vitest';
import { defaultCatalogues as catalogues } from '../../../src/core/catalogues';
import { eventDraftSchema } from '../../../src/core/events';
import { emptyEventDraft, eventBody, joinDateTime, splitDateTime } from '../../../src/app/state/events/event-draft';

const errorsOf = (body: Record<string, unknown>) =>
  Object.fromEntries((eventDraftSchema(catalogues).safeParse(body).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('the event form: a day and an hour as two inputs, stored on Bogotá time', () => {
  it('splits the draft value for the two inputs and joins them back', () => {
    expect(splitDateTime('2026-12-03T09:30')).toEqual({ date: '2026-12-03', time: '09:30' });
    expect(splitDateTime('')).toEqual({ date: '', time: '' });
    expect(joinDateTime('2026-12-03', '09:30')).toBe('2026-12-03T09:30');
    expect(joinDateTime('', '')).toBe('');
    expect(splitDateTime(joinDateTime('2026-12-03', ''))).toEqual({ date: '2026-12-03', time: '' });
  });

  it('sends a full day and hour as Bogotá time (−05:00)', () => {
    const body = eventBody({ ...emptyEventDraft(), startsAt: joinDateTime('2026-12-03', '09:00'), endsAt: joinDateTime('2026-12-03', '12:00') });
    expect(body.startsAt).toBe('2026-12-03T09:00:00.000-05:00');
    expect(body.endsAt).toBe('2026-12-03T12:00:00.000-05:00');
  });

  it('an empty form is answered in plain Spanish per field; half a date asks to be completed', () => {
    const empty = errorsOf(eventBody(emptyEventDraft()));
    expect(empty.startsAt).toBe('Escriba la fecha y la hora de inicio.');
    expect(empty.endsAt).toBe('Escriba la fecha y la hora de fin.');
    expect(empty.name).toMatch(/^Escriba el nombre del evento/);
    expect(Object.values(empty).join(' ')).not.toMatch(/ISO|8601|zona horaria|Invalid|expected/);
    const half = errorsOf(eventBody({ ...emptyEventDraft(), startsAt: joinDateTime('2026-12-03', '') }));
    expect(half.startsAt).toMatch(/^Revise la fecha y la hora de inicio/);
  });
});
