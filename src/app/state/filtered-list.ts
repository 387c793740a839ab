import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { Problem } from '../../core/problems/problem';
import type { ApiResult } from './json-call';

/**
 * A list the server filters (the escuchadero inbox, the commitments): the filter being edited, the items of the
 * last search, its problem, and whether one is under way. Items stay undefined until the first answer.
 */
export function createFilteredList<F extends Record<string, string>, T>(initial: F, fetchItems: (filter: F) => Promise<ApiResult<{ items: T[] }>>) {
  // Every field is a string: the store is kept as such inside, and read as the caller's filter type.
  const [filter, setFilter] = createStore<Record<string, string>>({ ...initial });
  const [items, setItems] = createSignal<T[]>();
  const [problem, setProblem] = createSignal<Problem>();
  const [loading, setLoading] = createSignal(false);

  async function load(): Promise<void> {
    setLoading(true);
    try {
      const answer = await fetchItems({ ...filter } as F);
      if (answer.ok) {
        setItems(() => answer.value.items);
        setProblem(undefined);
      } else setProblem(answer.problem);
    } finally {
      setLoading(false);
    }
  }

  return {
    filter: filter as F,
    setFilter: (key: keyof F & string, value: string) => setFilter(key, value),
    items,
    setItems,
    problem,
    loading,
    load,
  };
}
