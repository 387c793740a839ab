import { createSignal } from 'solid-js';
import { fetchInbox, type InboxItem } from '../forms/staff-api';

/** Open escuchadero cases of one event: how many, how many past their 15 working days, how many due within 3 days. */
export interface CasesDue {
  open: number;
  overdue: number;
  dueSoon: number;
}

const SOON_MS = 3 * 24 * 60 * 60 * 1000;

/** Open cases (received or assigned) per event; answered and closed ones are done. */
export function casesDueByEvent(items: readonly Pick<InboxItem, 'eventId' | 'status' | 'dueAt' | 'overdue'>[], nowMs: number): Map<string, CasesDue> {
  const byEvent = new Map<string, CasesDue>();
  for (const item of items) {
    if (item.status === 'answered' || item.status === 'closed') continue;
    const counts = byEvent.get(item.eventId) ?? { open: 0, overdue: 0, dueSoon: 0 };
    counts.open++;
    if (item.overdue) counts.overdue++;
    else if (Date.parse(item.dueAt) - nowMs <= SOON_MS) counts.dueSoon++;
    byEvent.set(item.eventId, counts);
  }
  return byEvent;
}

/**
 * The office's open cases per event, for the home screen's cards. Only asked for by the office (the inbox
 * has contact data); an empty map while loading, offline, or for anyone else.
 */
export function useCasesDue(enabled: () => boolean, nowMs: () => number = Date.now) {
  const [due, setDue] = createSignal<Map<string, CasesDue>>(new Map());
  let asked = false;
  const load = (): void => {
    if (asked || !enabled()) return;
    asked = true;
    void fetchInbox({}).then((answer) => {
      if (answer.ok) setDue(casesDueByEvent(answer.value.items, nowMs()));
    });
  };
  return { due, load };
}
