import { CASE_STATES } from '../../core/escuchadero';
import { countBy } from '../../core/indicators/count-rows';
import { addEscuchadero, emptyEscuchadero } from '../../core/indicators/escuchadero-tally';
import { escuchaderoFactsOf } from '../../core/indicators/adapters';
import type { EscuchaderoFacts } from '../../core/indicators/facts';
import type { Holidays } from '../../core/time';
import type { FormDefinitionLookup } from '../../core/forms';
import type { EscuchaderoEntry } from '../store/escuchadero-store';
import { currentCase, inboxItem, type Clock, type InboxItem } from '../escuchadero/entry-view';
import type { EscuchaderoReport, WorkingDays } from '../../core/indicators/report-wire';

export type { EscuchaderoReport, WorkingDays };



export interface EscuchaderoOrders {
  types?: readonly string[];
  topics?: readonly string[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function workingDays(items: readonly InboxItem[]): WorkingDays {
  if (items.length === 0) return { entries: 0, meanWorkingDays: null, maxWorkingDays: null };
  const days = items.map((i) => i.workingDaysWaited);
  return { entries: items.length, meanWorkingDays: round2(days.reduce((a, b) => a + b, 0) / days.length), maxWorkingDays: Math.max(...days) };
}

/** Indicator rows of stored entries; the case (or a fresh 'received' one) decides the answer date. */
export const escuchaderoFactsOfEntries = (entries: readonly EscuchaderoEntry[], holidays: Holidays): EscuchaderoFacts[] =>
  entries.map((entry) => escuchaderoFactsOf(entry.eventId, currentCase(entry), holidays));

export function escuchaderoReport(entries: readonly EscuchaderoEntry[], clock: Clock, asOfMs: number, lookup: FormDefinitionLookup, orders: EscuchaderoOrders = {}): EscuchaderoReport {
  const summary = emptyEscuchadero();
  const items: InboxItem[] = [];
  for (const entry of entries) {
    const current = currentCase(entry);
    items.push(inboxItem(entry, current, clock, lookup));
    addEscuchadero(summary, escuchaderoFactsOf(entry.eventId, current, clock.holidays), asOfMs);
  }
  const answered = (i: InboxItem) => i.status === 'answered' || i.status === 'closed';
  return {
    summary,
    byType: countBy(items, (i) => i.type, orders.types),
    byTopic: countBy(items, (i) => i.topic ?? undefined, orders.topics),
    byStatus: countBy(items, (i) => i.status, CASE_STATES),
    waiting: workingDays(items.filter((i) => !answered(i))),
    answerTime: workingDays(items.filter(answered)),
  };
}
