import type { AttendanceTally } from './attendance-tally';
import { orderedKeys } from './count-rows';
import { NO_ANSWER } from './dimensions';
import { emptyEscuchadero, mergeEscuchadero, type EscuchaderoSummary } from './escuchadero-tally';
import type { EventFacts } from './facts';
import { emptySatisfaction, mergeSatisfaction, summariseSatisfaction, type SatisfactionSummary, type SatisfactionTally } from './satisfaction-tally';

/** What one event contributed to a period, before summarising. */
export interface EventAccumulator {
  event: EventFacts;
  startMs: number;
  attendance: AttendanceTally;
  escuchadero: EscuchaderoSummary;
  satisfaction: SatisfactionTally;
}

/**
 * One territory side by side with the others. Events, attendance, escuchadero and satisfaction follow
 * where the event was held; residentAttendees follows where consented attendees live (anonymous
 * attendees have no territory we may use), whichever events they went to.
 */
export interface TerritoryComparisonRow {
  territory: string;
  events: number;
  attendance: number;
  residentAttendees: number;
  escuchadero: EscuchaderoSummary;
  satisfaction: SatisfactionSummary;
}

interface TerritoryAccumulator {
  events: number;
  attendance: number;
  escuchadero: EscuchaderoSummary;
  satisfaction: SatisfactionTally;
}

export function compareTerritories(
  events: Iterable<EventAccumulator>,
  residents: ReadonlyMap<string, number>,
  order?: readonly string[],
): TerritoryComparisonRow[] {
  const byTerritory = new Map<string, TerritoryAccumulator>();
  for (const acc of events) {
    const key = acc.event.territory === undefined || acc.event.territory === '' ? NO_ANSWER : acc.event.territory;
    let t = byTerritory.get(key);
    if (t === undefined) {
      t = { events: 0, attendance: 0, escuchadero: emptyEscuchadero(), satisfaction: emptySatisfaction() };
      byTerritory.set(key, t);
    }
    t.events += 1;
    t.attendance += acc.attendance.total;
    mergeEscuchadero(t.escuchadero, acc.escuchadero);
    mergeSatisfaction(t.satisfaction, acc.satisfaction);
  }
  const keys = orderedKeys([...byTerritory.keys(), ...[...residents].filter(([, n]) => n > 0).map(([k]) => k)], order);
  return keys.map((territory) => {
    const t = byTerritory.get(territory);
    return {
      territory,
      events: t?.events ?? 0,
      attendance: t?.attendance ?? 0,
      residentAttendees: residents.get(territory) ?? 0,
      escuchadero: t?.escuchadero ?? emptyEscuchadero(),
      satisfaction: summariseSatisfaction(t?.satisfaction ?? emptySatisfaction()),
    };
  });
}
