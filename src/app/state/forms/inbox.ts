import { createSignal } from 'solid-js';
import type { Problem } from '../../../core/problems/problem';
import { createFilteredList } from '../filtered-list';
import { answerItem, assignItem, fetchInbox, type InboxFilter, type InboxItem } from './staff-api';

/** The planning office's escuchadero inbox: filters, the items they select, and the two steps of a case. */
export function createInbox() {
  const list = createFilteredList<Required<InboxFilter>, InboxItem>({ event: '', topic: '', type: '', territory: '', status: '' }, fetchInbox);
  const [itemProblems, setItemProblems] = createSignal<Record<string, Problem>>({});
  const [busy, setBusy] = createSignal<string>();

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
      list.setItems((all) => all?.map((item) => (item.recordId === recordId ? result.value.item : item)));
      return true;
    } finally {
      setBusy(undefined);
    }
  }

  return {
    ...list,
    loadProblem: list.problem,
    itemProblems,
    busy,
    assign: (recordId: string, office: string) => step(recordId, () => assignItem(recordId, office)),
    answer: (recordId: string, text: string) => step(recordId, () => answerItem(recordId, text)),
  };
}
