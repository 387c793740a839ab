import { NO_ANSWER } from './dimensions';

export interface CountRow {
  key: string;
  count: number;
}

/** Keys in the given order first, the rest sorted, NO_ANSWER last: the same order in every table. */
export function orderedKeys(keys: Iterable<string>, order: readonly string[] = []): string[] {
  const seen = new Set(keys);
  const known = order.filter((k) => seen.has(k) && k !== NO_ANSWER);
  const listed = new Set(order);
  const rest = [...seen].filter((k) => !listed.has(k) && k !== NO_ANSWER).sort();
  return seen.has(NO_ANSWER) ? [...known, ...rest, NO_ANSWER] : [...known, ...rest];
}

export function countBy<T>(items: Iterable<T>, keyOf: (item: T) => string | undefined, order?: readonly string[]): CountRow[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const raw = keyOf(item);
    const key = raw === undefined || raw === '' ? NO_ANSWER : raw;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return orderedKeys(counts.keys(), order).map((key) => ({ key, count: counts.get(key)! }));
}
