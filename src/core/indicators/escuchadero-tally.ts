import type { EscuchaderoFacts } from './facts';
import { parseInstant } from '../time';

/**
 * Escuchadero entries as of a given instant (MURC: every question gets an answer within 15 working
 * days; the adapter computes dueAt). Invariant: received = answered + pending + overdue.
 * - answered: answeredAt at or before asOf (a later answer did not exist yet at asOf).
 * - overdue: unanswered and past due, or unanswered with an unreadable due date, so it gets looked at.
 * - answeredLate ⊆ answered; unreadableDates counts rows with a date we could not read.
 */
export interface EscuchaderoSummary {
  received: number;
  answered: number;
  answeredLate: number;
  pending: number;
  overdue: number;
  unreadableDates: number;
}

export const emptyEscuchadero = (): EscuchaderoSummary => ({
  received: 0,
  answered: 0,
  answeredLate: 0,
  pending: 0,
  overdue: 0,
  unreadableDates: 0,
});

export function addEscuchadero(tally: EscuchaderoSummary, row: EscuchaderoFacts, asOfMs: number): void {
  tally.received += 1;
  const due = parseInstant(row.dueAt);
  const answeredAt = row.answeredAt === undefined || row.answeredAt === '' ? undefined : parseInstant(row.answeredAt);
  const unreadableAnswer = row.answeredAt !== undefined && row.answeredAt !== '' && answeredAt === undefined;
  if (due === undefined || unreadableAnswer) tally.unreadableDates += 1;
  if (unreadableAnswer || (answeredAt !== undefined && answeredAt <= asOfMs)) {
    tally.answered += 1;
    if (answeredAt !== undefined && due !== undefined && answeredAt > due) tally.answeredLate += 1;
  } else if (due === undefined || due < asOfMs) {
    tally.overdue += 1;
  } else {
    tally.pending += 1;
  }
}

export function mergeEscuchadero(into: EscuchaderoSummary, from: EscuchaderoSummary): void {
  into.received += from.received;
  into.answered += from.answered;
  into.answeredLate += from.answeredLate;
  into.pending += from.pending;
  into.overdue += from.overdue;
  into.unreadableDates += from.unreadableDates;
}
