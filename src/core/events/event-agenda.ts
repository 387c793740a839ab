import { bogotaDateOf, bogotaToday, parseInstant } from '../time';

interface Dated {
  id: string;
  name: string;
  startsAt: string;
  endsAt: string;
}

export interface Agenda<E> {
  /** Events happening on Bogotá's today (started today, or running across today), earliest first. */
  today: E[];
  /** Events starting after today, earliest first, at most `upcomingLimit`. */
  upcoming: E[];
}

const startOf = (e: Dated): number => parseInstant(e.startsAt) ?? Number.POSITIVE_INFINITY;
const byStart = <E extends Dated>(a: E, b: E): number => startOf(a) - startOf(b) || a.id.localeCompare(b.id);

/**
 * What a home screen lists: today's events, then the next ones. Dates are read on Bogotá's clock (events
 * happen there), whatever the device's zone; past events are left to the events list.
 */
export function agendaOf<E extends Dated>(events: readonly E[], nowMs: number, upcomingLimit = 5): Agenda<E> {
  const today = bogotaToday(nowMs);
  const todays: E[] = [];
  const later: E[] = [];
  for (const event of events) {
    const starts = bogotaDateOf(event.startsAt);
    const ends = bogotaDateOf(event.endsAt) ?? starts;
    if (starts === undefined || ends === undefined) continue;
    if (starts <= today && today <= ends) todays.push(event);
    else if (starts > today) later.push(event);
  }
  return { today: todays.sort(byStart), upcoming: later.sort(byStart).slice(0, upcomingLimit) };
}

/**
 * Events for a picker (enrollment): today's first, then upcoming, then past ones most recent first;
 * `query` keeps those whose name or id contains it (accents and case ignored).
 */
export function pickableEvents<E extends Dated>(events: readonly E[], nowMs: number, query = ''): E[] {
  const wanted = fold(query.trim());
  const matching = wanted === '' ? [...events] : events.filter((e) => fold(e.name).includes(wanted) || e.id.includes(wanted));
  const { today, upcoming } = agendaOf(matching, nowMs, Number.POSITIVE_INFINITY);
  const shown = new Set([...today, ...upcoming]);
  const past = matching.filter((e) => !shown.has(e)).sort((a, b) => byStart(b, a));
  return [...today, ...upcoming, ...past];
}

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
