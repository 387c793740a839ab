import { NO_ANSWER, NONE_OF_THESE, isReservedKey, type Dimension } from './dimensions';

export interface BreakdownCell {
  /** A catalogue code, or NO_ANSWER / NONE_OF_THESE. */
  key: string;
  count: number;
}

/**
 * Exact counts of one characterisation variable: internal data for authorised staff. Publish only
 * through publishBreakdown, which applies small-cell suppression to sensitive variables.
 */
export interface Breakdown {
  dimension: Dimension;
  /** Multi-valued: a person counts once per value chosen, so the cells may add up to more than `base`. */
  multiValued: boolean;
  /** People described: consented attendees (anonymous rows are in no breakdown). */
  base: number;
  cells: BreakdownCell[];
}

/** Codes per dimension in display order (usually the catalogue's); they appear even with 0 people. */
export type CategoryOrder = Partial<Record<Dimension, readonly string[]>>;

/**
 * Cells in a stable order: known categories first (catalogue order), then codes seen but not in the
 * catalogue (sorted, so an out-of-date catalogue still loses nobody), then "none" and "no answer".
 */
export function toBreakdown(
  dimension: Dimension,
  multiValued: boolean,
  base: number,
  counts: ReadonlyMap<string, number>,
  order: readonly string[] = [],
): Breakdown {
  const known = new Set(order);
  const extra = [...counts.keys()].filter((k) => !known.has(k) && !isReservedKey(k)).sort();
  const keys = [...order.filter((k) => !isReservedKey(k)), ...extra];
  if (multiValued) keys.push(NONE_OF_THESE);
  keys.push(NO_ANSWER);
  return { dimension, multiValued, base, cells: keys.map((key) => ({ key, count: counts.get(key) ?? 0 })) };
}
