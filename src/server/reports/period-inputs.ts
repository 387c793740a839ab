import type { EventDocument } from '../../core/events';
import { attendanceFactsOf, categoryOrderOf, evaluationFactsOf, EVALUATION_FORM_ID } from '../../core/indicators/adapters';
import type { AttendanceFacts, EventFacts } from '../../core/indicators/facts';
import type { InterpreterAlert } from '../../core/indicators/report-wire';
import { interpreterAlerts } from './interpreter-alerts';
import { periodReport, type PeriodReport } from '../../core/indicators/period-report';
import { ESCUCHADERO_FORM_ID } from '../../core/records/registry';
import type { Result } from '../../core/result';
import { ATTENDANCE_VIEW_KINDS } from '../../core/attendance/attendance-view';
import { escuchaderoFactsOfEntries } from './escuchadero-report';
import type { DatePeriod } from './period-query';
import type { ReportDeps } from './report-deps';
import type { CommitmentStore } from '../store/commitment-store';
import { bogotaToday, parseInstant } from '../../core/time';
import { tallyCommitments, updatesByCommitment, type CommitmentTally } from '../../core/commitments';

export interface PeriodData {
  report: PeriodReport;
  /** The period's events as planned (names for tables), by id. */
  events: ReadonlyMap<string, EventDocument>;
  interpreterAlerts: InterpreterAlert[];
  /** Commitments made at the period's events, with their standing as of today (Bogotá). */
  commitments?: CommitmentTally;
}

const factsOfEvent = (e: EventDocument): EventFacts => ({ eventId: e.id, startsAt: e.startsAt, type: e.type, murcStage: e.murcStage, territory: e.territory });

/**
 * The core period report over the events that start in the period, read with a few queries: evaluations and
 * escuchadero at once, attendance one slice of events at a time. Every event counts, planned ones too (MURC's
 * early stages are planning).
 */
export async function loadPeriod(deps: ReportDeps, period: DatePeriod): Promise<Result<PeriodData>> {
  const from = parseInstant(period.instants.from)!;
  const to = parseInstant(period.instants.to)!;
  const events = (await deps.events.list()).filter((e) => {
    const starts = parseInstant(e.startsAt);
    return starts !== undefined && starts >= from && starts < to;
  });
  // Sorted, so the slices' interpreter alerts come out in event order as they are appended.
  const ids = events.map((e) => e.id).sort();
  const byId = new Map(events.map((e) => [e.id, e]));
  const c = deps.catalogues;
  const [attendance, evaluations, entries] = await Promise.all([
    attendanceOfSlices(deps, ids, byId),
    deps.reports.submissions(ids, [EVALUATION_FORM_ID]),
    deps.reports.escuchaderoEntries(ESCUCHADERO_FORM_ID, ids),
  ]);
  const report = periodReport(
    {
      events: events.map(factsOfEvent),
      attendance: attendance.facts,
      evaluations: evaluationFactsOf(evaluations),
      escuchadero: escuchaderoFactsOfEntries(entries, deps.holidays),
    },
    {
      period: period.instants,
      asOf: deps.now().toISOString(),
      categories: categoryOrderOf(c),
      typeOrder: c.eventTypes.entries.map((e) => e.code),
      stageOrder: c.murcStages.entries.map((e) => e.code),
    },
  );
  if (!report.ok) return report;
  const commitments = deps.commitments && (await commitmentTally(deps.commitments, ids, bogotaToday(deps.now().getTime())));
  return { ok: true, value: { report: report.value, events: byId, interpreterAlerts: attendance.alerts, ...(commitments ? { commitments } : {}) } };
}

/** Events whose attendance records are read at once: ~12,000 records of a 500-person-event year. */
const EVENTS_PER_READ = 25;

/**
 * The period's attendance rows and interpreter alerts, read a slice of events at a time: each slice's records
 * become facts and then garbage, so a year's records (and their parsed payloads) are never held all at once.
 * Everything done with them is per event (duplicates, undos, alerts; a pass is valid at its own event only,
 * so a check-in meets its registration in the same slice).
 */
async function attendanceOfSlices(deps: ReportDeps, ids: readonly string[], events: ReadonlyMap<string, EventDocument>): Promise<{ facts: AttendanceFacts[]; alerts: InterpreterAlert[] }> {
  const facts: AttendanceFacts[] = [];
  const alerts: InterpreterAlert[] = [];
  for (let start = 0; start < ids.length; start += EVENTS_PER_READ) {
    const records = await deps.reports.eventRecords(ids.slice(start, start + EVENTS_PER_READ), ATTENDANCE_VIEW_KINDS);
    for (const row of attendanceFactsOf(records, { lifeStages: deps.catalogues.lifeStages })) facts.push(row);
    for (const alert of interpreterAlerts(records, events, deps.catalogues.accessibilityNeeds)) alerts.push(alert);
  }
  return { facts, alerts };
}

// A commitment belongs to the period of the event where it was made (not its due date), so a period's figures
// answer "what did we promise then, and how is it going today".
async function commitmentTally(store: CommitmentStore, eventIds: readonly string[], today: string): Promise<CommitmentTally> {
  const commitments = await store.list({ eventIds });
  return tallyCommitments(commitments, updatesByCommitment(await store.updates(commitments.map((c) => c.id))), today);
}
