import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { Problem } from '../../../core/problems/problem';
import { answerItem, assignItem, fetchInbox, type InboxFilter, type InboxItem } from './staff-api';

/** The planning office's escuchadero inbox: filters, the items they select, and the two steps of a case. */
export function createInbox() {
  const [filter, setFilter] = createStore<Required<InboxFilter>>({ event: '', topic: '', type: '', territory: '', status: '' });
  const [items, setItems] = createSignal<InboxItem[]>();
  const [loadProblem, setLoadProblem] = createSignal<Problem>();
  const [itemProblems, setItemProblems] = createSignal<Record<string, Problem>>({});
  const [busy, setBusy] = createSignal<string>();
  const [loading, setLoading] = createSignal(false);

  async function load(): Promise<void> {
    setLoading(true);
    try {
      const result = await fetchInbox({ ...filter });
      if (result.ok) {
        setItems(result.value.items);
        setLoadProblem(undefined);
      } else setLoadProblem(result.problem);
    } finally {
      setLoading(false);
    }
  }

  /** One step on one item; the item is replaced by the server's view of it (status, days, answer). */
  async function step(recordId: string, call: () => ReturnType<typeof assignItem>): Promise<boolean> {
    setBusy(recordId);
    try {
      const result = await call();
      if (!result.ok) {
        setItemProblems((all) => ({ ...all, [recordId]: result.problem }));
        return false;
      }
      setItemProblems(({ [recordId]: _, ...rest }) => rest);
      setItems((all) => all?.map((item) => (item.recordId === recordId ? result.value.item : item)));
      return true;
    } finally {
      setBusy(undefined);
    }
  }

  return {
    filter,
    setFilter: (key: keyof InboxFilter, value: string) => setFilter(key, value),
    items,
    loadProblem,
    itemProblems,
    busy,
    loading,
    load,
    assign: (recordId: string, office: string) => step(recordId, () => assignItem(recordId, office)),
    answer: (recordId: string, text: string) => step(recordId, () => answerItem(recordId, text)),
  };
}
