import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { CommitmentItem } from '../../../core/commitments';
import type { Problem } from '../../../core/problems/problem';
import { fetchCommitments, type CommitmentQuery } from './commitments-api';
import { eventNames } from './event-names';

export type CommitmentFilter = Required<Omit<CommitmentQuery, 'event'>> & { event: string };

/**
 * The planning office's commitments, across events or of one event: the server filters by event, dependency,
 * territory, topic and status (overdue is the status "vencido", derived there from Bogotá's date).
 */
export function createCommitmentList(fixedEvent?: string) {
  const [filter, setFilter] = createStore<CommitmentFilter>({ event: fixedEvent ?? '', office: '', territory: '', topic: '', status: '' });
  const [items, setItems] = createSignal<CommitmentItem[]>();
  const [problem, setProblem] = createSignal<Problem>();
  const [loading, setLoading] = createSignal(false);
  const [names, setNames] = createSignal<ReadonlyMap<string, string>>(new Map());

  async function load(): Promise<void> {
    setLoading(true);
    try {
      const [answer, known] = await Promise.all([fetchCommitments({ ...filter }), eventNames()]);
      setNames(known);
      if (answer.ok) {
        setItems(answer.value.items);
        setProblem(undefined);
      } else setProblem(answer.problem);
    } finally {
      setLoading(false);
    }
  }

  return {
    filter,
    setFilter: (key: keyof CommitmentFilter, value: string) => setFilter(key, value),
    items,
    problem,
    loading,
    load,
    /** The event's name; its id only while the list of events could not be read. */
    eventName: (id: string) => names().get(id) ?? id,
    events: () => [...names()].map(([value, label]) => ({ value, label })),
  };
}
