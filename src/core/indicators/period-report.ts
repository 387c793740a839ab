import { problem } from '../problems/problem';
import { fail, ok, type Result } from '../result';
import { addAttendance, emptyTally, mergeTally } from './attendance-tally';
import { countBy, type CountRow } from './count-rows';
import { NO_ANSWER } from './dimensions';
import { addEscuchadero, emptyEscuchadero, mergeEscuchadero, type EscuchaderoSummary } from './escuchadero-tally';
import { summariseTally, type AttendanceOptions, type AttendanceSummary, type EventAttendance } from './event-attendance';
import type { AttendanceFacts, EscuchaderoFacts, EvaluationFacts, EventFacts } from './facts';
import { arrivalBuckets } from './quarter-hours';
import { addEvaluation, emptySatisfaction, mergeSatisfaction, summariseSatisfaction, type SatisfactionSummary } from './satisfaction-tally';
import { compareTerritories, type EventAccumulator, type TerritoryComparisonRow } from './territory-comparison';
import { BOGOTA_OFFSET_MINUTES, parseInstant } from '../time';

/** Half-open [from, to): an event belongs to the period its startsAt falls in. */
export interface Period {
  from: string;
  to: string;
}

export interface PeriodInputs {
  events: Iterable<EventFacts>;
  attendance: Iterable<AttendanceFacts>;
  escuchadero?: Iterable<EscuchaderoFacts>;
  evaluations?: Iterable<EvaluationFacts>;
}

export interface PeriodOptions extends AttendanceOptions {
  period: Period;
  /** The instant overdue answers are judged against (passed in: the core reads no clock). */
  asOf: string;
  typeOrder?: readonly string[];
  stageOrder?: readonly string[];
}

export interface EventIndicators {
  event: EventFacts;
  attendance: EventAttendance;
  escuchadero: EscuchaderoSummary;
  satisfaction: SatisfactionSummary;
}

export interface PeriodReport {
  period: Period;
  asOf: string;
  events: { count: number; byType: CountRow[]; byStage: CountRow[]; byTerritory: CountRow[] };
  /** Sums over the period's events, with the per-event counting rules. */
  attendance: AttendanceSummary;
  escuchadero: EscuchaderoSummary;
  satisfaction: SatisfactionSummary;
  /** In order of start. */
  perEvent: EventIndicators[];
  territories: TerritoryComparisonRow[];
  /** Events with an unreadable start, and rows whose event is not one of the period's: left out. */
  leftOut: { events: number; attendance: number; escuchadero: number; evaluations: number };
}

/** Every input is read once; per-event tallies are merged afterwards, so cost is linear in the rows. */
export function periodReport(inputs: PeriodInputs, options: PeriodOptions): Result<PeriodReport> {
  const from = parseInstant(options.period.from);
  const to = parseInstant(options.period.to);
  const asOf = parseInstant(options.asOf);
  if (from === undefined || to === undefined || asOf === undefined || from >= to) {
    return fail(problem('report.invalid_period', { period: options.period, asOf: options.asOf }));
  }
  const offset = options.offsetMinutes ?? BOGOTA_OFFSET_MINUTES;
  const leftOut = { events: 0, attendance: 0, escuchadero: 0, evaluations: 0 };
  const byId = new Map<string, EventAccumulator>();
  for (const event of inputs.events) {
    const startMs = parseInstant(event.startsAt);
    if (startMs === undefined) leftOut.events += 1;
    else if (startMs >= from && startMs < to && !byId.has(event.eventId)) {
      byId.set(event.eventId, {
        event,
        startMs,
        attendance: emptyTally(),
        escuchadero: emptyEscuchadero(),
        satisfaction: emptySatisfaction(),
      });
    }
  }
  for (const row of inputs.attendance) {
    const acc = byId.get(row.eventId);
    if (acc === undefined) leftOut.attendance += 1;
    else addAttendance(acc.attendance, row, offset);
  }
  for (const row of inputs.escuchadero ?? []) {
    const acc = byId.get(row.eventId);
    if (acc === undefined) leftOut.escuchadero += 1;
    else addEscuchadero(acc.escuchadero, row, asOf);
  }
  for (const row of inputs.evaluations ?? []) {
    const acc = byId.get(row.eventId);
    if (acc === undefined) leftOut.evaluations += 1;
    else addEvaluation(acc.satisfaction, row);
  }
  return ok(summarisePeriod([...byId.values()].sort((a, b) => a.startMs - b.startMs), options, offset, leftOut));
}

function summarisePeriod(
  events: EventAccumulator[],
  options: PeriodOptions,
  offset: number,
  leftOut: PeriodReport['leftOut'],
): PeriodReport {
  const attendance = emptyTally();
  const escuchadero = emptyEscuchadero();
  const satisfaction = emptySatisfaction();
  for (const acc of events) {
    mergeTally(attendance, acc.attendance);
    mergeEscuchadero(escuchadero, acc.escuchadero);
    mergeSatisfaction(satisfaction, acc.satisfaction);
  }
  const categories = options.categories ?? {};
  const territoryOrder = categories.territory;
  const plain = events.map((acc) => acc.event);
  const residents = new Map(attendance.single.territory);
  residents.delete(NO_ANSWER);
  return {
    period: options.period,
    asOf: options.asOf,
    events: {
      count: events.length,
      byType: countBy(plain, (e) => e.type, options.typeOrder),
      byStage: countBy(plain, (e) => e.murcStage, options.stageOrder),
      byTerritory: countBy(plain, (e) => e.territory, territoryOrder),
    },
    attendance: summariseTally(attendance, categories),
    escuchadero,
    satisfaction: summariseSatisfaction(satisfaction),
    perEvent: events.map((acc) => ({
      event: acc.event,
      attendance: {
        eventId: acc.event.eventId,
        ...summariseTally(acc.attendance, categories),
        arrivals: arrivalBuckets(acc.attendance.arrivals, offset),
      },
      escuchadero: acc.escuchadero,
      satisfaction: summariseSatisfaction(acc.satisfaction),
    })),
    territories: compareTerritories(events, residents, territoryOrder),
    leftOut,
  };
}
