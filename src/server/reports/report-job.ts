import type { Catalogues } from '../../core/catalogues';
import type { SettingsVersion } from '../../core/settings/settings-version';
import type { Audience } from '../../core/indicators/publish-breakdown';
import type { Problem } from '../../core/problems/problem';
import type { Result } from '../../core/result';
import type { Holidays } from '../../core/time';
import type { Stores } from '../store/stores';
import { eventReport } from './event-report';
import { loadPeriod } from './period-inputs';
import type { DatePeriod } from './period-query';
import type { ReportDeps } from './report-deps';

/**
 * A heavy report as the server asks a report worker for it: everything the computation needs that is not in
 * the database. The caller's audience is decided by the server (it authenticated the caller); the worker only
 * applies it.
 */
export type ReportRequest = {
  /** The entity settings' catalogues as the server sees them now (the worker does not follow settings). */
  catalogues: Catalogues;
  /** The server's clock (ISO), so a report made in a worker says the same "as of" as one made in process. */
  now: string;
} & (
  | { kind: 'period'; period: DatePeriod }
  // The settings' versions too: the current one's territory words name the forms' questions (currentTerritories).
  | { kind: 'event'; eventId: string; audience: Audience; settingsHistory: readonly SettingsVersion[] }
);

export type ReportJob = ReportRequest & { id: number };

/** The worker's answer: a value (the period's data, whose Maps survive structured clone, or an event's report), a problem, or an unexpected error. */
export type ReportAnswer = { id: number; ok: true; value: unknown } | { id: number; ok: false; problem: Problem } | { id: number; error: string };

/** One request computed on the given stores: the same code in a worker and, as a fallback, in process. */
export async function computeReport(stores: Stores, holidays: Holidays, request: ReportRequest): Promise<Result<unknown>> {
  const now = new Date(request.now);
  const deps: ReportDeps = { events: stores.events, reports: stores.reports, forms: stores.forms, commitments: stores.commitments, catalogues: request.catalogues, holidays, now: () => now };
  if (request.kind === 'period') return loadPeriod(deps, request.period);
  const event = (await stores.events.get(request.eventId))?.event;
  const history = request.settingsHistory;
  return { ok: true, value: event ? await eventReport({ ...deps, settingsHistory: () => history }, event, request.audience) : undefined };
}
