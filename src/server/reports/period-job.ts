import type { Catalogues } from '../../core/catalogues';
import type { Problem } from '../../core/problems/problem';
import type { PeriodData } from './period-inputs';
import type { DatePeriod } from './period-query';

/** What the server asks a report worker: everything loadPeriod needs that is not in the database. */
export interface PeriodJob {
  id: number;
  period: DatePeriod;
  /** The entity settings' catalogues as the server sees them now (the worker does not follow settings). */
  catalogues: Catalogues;
  /** The server's clock (ISO), so a report made in a worker says the same "as of" as one made in process. */
  now: string;
}

/** The worker's answer: the period's data (Maps survive structured clone), a problem, or an unexpected error. */
export type PeriodAnswer =
  | { id: number; ok: true; value: PeriodData }
  | { id: number; ok: false; problem: Problem }
  | { id: number; error: string };
