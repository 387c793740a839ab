import { describe, expect, it } from 'vitest';
import { agendaOf, pickableEvents } from '../../../src/core/events/event-agenda';

const ev = (id: string, name: string, startsAt: string, endsAt = startsAt) => ({ id, name, startsAt, endsAt });
// 2026-12-03 07:30 in Bogotá (12:30Z).
const NOW = Date.parse('2026-12-03T12:30:00Z');

const events = [
  ev('ayer', 'Atril de ayer', '2026-12-02T09:00:00-05:00', '2026-12-02T12:00:00-05:00'),
  ev('tarde', 'Audiencia de la tarde', '2026-12-03T15:00:00-05:00', '2026-12-03T17:00:00-05:00'),
  ev('manana', 'Encuentro comunal', '2026-12-03T08:00:00-05:00', '2026-12-03T10:00:00-05:00'),
  // 22:00 on the 3rd in Bogotá is the 4th in UTC: still today here.
  ev('noche', 'Cabildo nocturno', '2026-12-04T03:00:00Z', '2026-12-04T05:00:00Z'),
  ev('feria', 'Feria de dos días', '2026-12-02T09:00:00-05:00', '2026-12-03T18:00:00-05:00'),
  ev('lunes', 'Rendición de cuentas Comuna 8', '2026-12-07T09:00:00-05:00'),
  ev('viernes', 'Diálogo ciudadano', '2026-12-04T09:00:00-05:00'),
];

describe('agendaOf', () => {
  it("lists today's events on Bogotá's clock earliest first, then upcoming ones; past events are left out", () => {
    const agenda = agendaOf(events, NOW);
    expect(agenda.today.map((e) => e.id)).toEqual(['feria', 'manana', 'tarde', 'noche']);
    expect(agenda.upcoming.map((e) => e.id)).toEqual(['viernes', 'lunes']);
    expect(agendaOf(events, NOW, 1).upcoming.map((e) => e.id)).toEqual(['viernes']);
  });
});

describe('pickableEvents', () => {
  it('puts today first, then upcoming, then past ones most recent first', () => {
    expect(pickableEvents(events, NOW).map((e) => e.id)).toEqual(['feria', 'manana', 'tarde', 'noche', 'viernes', 'lunes', 'ayer']);
  });

  it('searches names ignoring accents and case, and ids', () => {
    expect(pickableEvents(events, NOW, 'dialogo').map((e) => e.id)).toEqual(['viernes']);
    expect(pickableEvents(events, NOW, 'COMUNA').map((e) => e.id)).toEqual(['manana', 'lunes']);
    expect(pickableEvents(events, NOW, 'ayer').map((e) => e.id)).toEqual(['ayer']);
    expect(pickableEvents(events, NOW, 'no hay tal')).toEqual([]);
  });
});
