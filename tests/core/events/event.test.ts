import { describe, expect, it } from 'vitest';
import { defaultCatalogues as catalogues } from '../../../src/core/catalogues';
import { eventDraftSchema, eventSchema } from '../../../src/core/events/event';
import { spanishErrors } from '../../../src/core/problems/field-issues';
import { draft, programmes } from './fixtures';

const issues = (input: unknown) => {
  const result = eventDraftSchema(catalogues).safeParse(input, { error: spanishErrors });
  expect(result.success).toBe(false);
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
};

describe('event (planning format)', () => {
  it('accepts a planned event', () => {
    expect(eventDraftSchema(catalogues).safeParse(draft).error?.issues).toBeUndefined();
    expect(eventDraftSchema(catalogues).safeParse({ ...draft, modality: 'virtual', place: undefined, onlineUrl: 'https://live.example.co/atril' }).success).toBe(true);
  });

  it('explains each bad field in Spanish', () => {
    expect(
      issues({
        ...draft,
        name: 'A',
        type: 'fiesta',
        murcStage: 'x',
        responsibleOffice: 'x',
        startsAt: 'mañana',
        territory: '99',
        modality: 'holograma',
        expectedAttendance: -1,
        topics: ['no-existe'],
        lscInterpreterBooked: 'quizá',
        status: 'borrador',
        onlineUrl: 'ftp://x',
      }),
    ).toEqual({
      name: expect.stringMatching(/nombre del evento/),
      type: expect.stringMatching(/tipo de evento/),
      murcStage: expect.stringMatching(/etapa del MURC/),
      responsibleOffice: expect.stringMatching(/dependencia/),
      startsAt: 'Revise la fecha y la hora de inicio: elija el día en el calendario y la hora.',
      territory: expect.stringMatching(/comuna o corregimiento/),
      modality: expect.stringMatching(/presencial, virtual o mixta/),
      expectedAttendance: expect.stringMatching(/negativos/),
      'topics.0': expect.stringMatching(/temas/),
      lscInterpreterBooked: expect.stringMatching(/lengua de señas/),
      status: expect.stringMatching(/Estado/),
      onlineUrl: expect.stringMatching(/dirección web/),
    });
  });

  it('asks for a missing date and time in plain words, never a format name', () => {
    const { startsAt, endsAt, ...undated } = draft;
    const found = issues(undated);
    expect(found.startsAt).toBe('Escriba la fecha y la hora de inicio.');
    expect(found.endsAt).toBe('Escriba la fecha y la hora de fin.');
    expect(issues({ ...draft, endsAt: '2026-11-21T' }).endsAt).toMatch(/^Revise la fecha y la hora de fin/);
    for (const message of Object.values(issues({}))) expect(message).not.toMatch(/ISO|8601|zona horaria/);
    expect([startsAt, endsAt]).toHaveLength(2);
  });

  it('requires the end after the start, even across time zones', () => {
    expect(issues({ ...draft, endsAt: draft.startsAt }).endsAt).toBe('El fin debe ser posterior al inicio.');
    // 13:59Z is 08:59 in Colombia: before the 09:00 start
    expect(issues({ ...draft, endsAt: '2026-11-21T13:59:00Z' }).endsAt).toMatch(/posterior/);
    expect(eventDraftSchema(catalogues).safeParse({ ...draft, endsAt: '2026-11-21T14:01:00Z' }).success).toBe(true);
  });

  it('asks for the place of an in-person or mixed event', () => {
    expect(issues({ ...draft, place: undefined }).place).toMatch(/lugar/);
    expect(issues({ ...draft, place: undefined, modality: 'mixta' }).place).toMatch(/lugar/);
  });

  it('refuses repeated topics and unknown fields', () => {
    const topic = programmes[0]!;
    expect(issues({ ...draft, topics: [topic, topic] }).topics).toMatch(/repetido/);
    expect(issues({ ...draft, budget: 1 })['']).toMatch(/no previstos.*budget/);
  });

  it('is a versioned document: id, revision and update time', () => {
    const doc = { ...draft, id: 'atril-comuna-3-2026', revision: 1, updatedAt: '2026-10-01T08:00:00-05:00' };
    expect(eventSchema(catalogues).safeParse(doc).success).toBe(true);
    const bad = eventSchema(catalogues).safeParse({ ...doc, id: 'Atril Comuna', revision: 0 });
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['id', 'revision']);
  });
});
