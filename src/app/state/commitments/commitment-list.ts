import { createSignal } from 'solid-js';
import type { CommitmentItem } from '../../../core/commitments';
import { fetchCommitments, type CommitmentQuery } from './commitments-api';
import { eventNames } from './event-names';
import { createFilteredList } from '../filtered-list';

export type CommitmentFilter = Required<Omit<CommitmentQuery, 'event'>> & { event: string };

/**
 * The planning office's commitments, across events or of one event: the server filters by event, dependency,
 * territory, topic and status (overdue is the status "vencido", derived there from Bogotá's date).
 */
export function createCommitmentList(fixedEvent?: string) {
  const [names, setNames] = createSignal<ReadonlyMap<string, string>>(new Map());
  const list = createFilteredList<CommitmentFilter, CommitmentItem>({ event: fixedEvent ?? '', office: '', territory: '', topic: '', status: '' }, async (filter) => {
    const [answer, known] = await Promise.all([fetchCommitments(filter), eventNames()]);
    setNames(known);
    return answer;
  });

  return {
    ...list,
    /** The event's name; its id only while the list of events could not be read. */
    eventName: (id: string) => names().get(id) ?? id,
    events: () => [...names()].map(([value, label]) => ({ value, label })),
  };
}
