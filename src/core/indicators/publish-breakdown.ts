import type { Breakdown } from './breakdown';
import { DEFAULT_SENSITIVE, NO_ANSWER, NONE_OF_THESE, isReservedKey, type Dimension } from './dimensions';
import { MIN_PUBLISHED_COUNT, protectPartition } from './small-cells';

/** A hidden count: a type of its own so no renderer or export can print it as a number by mistake. */
export interface SuppressedCount {
  readonly suppressed: true;
}
export type PublishedCount = number | SuppressedCount;
export const SUPPRESSED: SuppressedCount = Object.freeze({ suppressed: true });
export const isSuppressed = (value: PublishedCount): value is SuppressedCount => typeof value !== 'number';

/**
 * Every hidden cell gets the same mark. "<5" would be false on a complementary cell (which may hold
 * 40), and two different marks would tell the reader which hidden cell is small.
 */
export const suppressedMark = { es: 'Reservado', en: 'Suppressed' } as const;
export const suppressionNote = {
  es: 'Reservado: menos de 5 personas, o dato reservado para que otro no pueda deducirse por resta.',
  en: 'Suppressed: fewer than 5 people, or withheld so that another cell cannot be worked out by subtraction.',
} as const;

export interface PublishedCell {
  key: string;
  value: PublishedCount;
  /**
   * Office audience only: an exact count that a public table would hide (1–4 people, or its complement).
   * The planning office sees it to do its work, marked so it is never copied into a public document.
   */
  notPublishable?: true;
}

export interface PublishedBreakdown {
  dimension: Dimension;
  multiValued: boolean;
  sensitive: boolean;
  base: number;
  /** Every cell hidden (zeros included when that was the only protection left for a small table). */
  withheld: boolean;
  cells: PublishedCell[];
}

/**
 * Who reads the table. 'public' (consulta, door staff, open data; the default): small cells hidden.
 * 'office' (planeación, administrador, who see the attendance list anyway): exact counts, marked.
 */
export type Audience = 'public' | 'office';

export interface PublicationPolicy {
  sensitive?: ReadonlySet<Dimension>;
  threshold?: number;
  audience?: Audience;
}

export function publishBreakdown(breakdown: Breakdown, policy: PublicationPolicy = {}): PublishedBreakdown {
  const sensitive = (policy.sensitive ?? DEFAULT_SENSITIVE).has(breakdown.dimension);
  const threshold = policy.threshold ?? MIN_PUBLISHED_COUNT;
  const hidden = !sensitive
    ? new Set<number>()
    : breakdown.multiValued
      ? hiddenMultiValued(breakdown, threshold)
      : hiddenSingleValued(breakdown, threshold);
  const office = policy.audience === 'office';
  const cells = breakdown.cells.map((cell, i): PublishedCell => {
    const protect = hidden === 'withhold' || hidden.has(i);
    if (!protect) return { key: cell.key, value: cell.count };
    return office ? { key: cell.key, value: cell.count, notPublishable: true } : { key: cell.key, value: SUPPRESSED };
  });
  return {
    dimension: breakdown.dimension,
    multiValued: breakdown.multiValued,
    sensitive,
    base: breakdown.base,
    // Read off the cells, not the reason: a flag set only when hiding was forced would tell readers more.
    withheld: cells.length > 0 && cells.every((c) => isSuppressed(c.value)),
    cells,
  };
}

// "No answer" first: the complementary cell that costs readers least (see protectPartition).
function complementOrder(breakdown: Breakdown): number[] {
  const indices = breakdown.cells.map((_, i) => i);
  const reserved = indices.filter((i) => breakdown.cells[i]!.key === NO_ANSWER);
  return [...reserved, ...indices.filter((i) => breakdown.cells[i]!.key !== NO_ANSWER)];
}

function hiddenSingleValued(breakdown: Breakdown, threshold: number): Set<number> | 'withhold' {
  const order = complementOrder(breakdown);
  const hidden = protectPartition(order.map((i) => breakdown.cells[i]!), threshold);
  return hidden === 'withhold' ? hidden : new Set([...hidden].map((j) => order[j]!));
}

/**
 * Multi-valued tables do not add up, but two things still leak:
 * 1. values: a lone hidden value could be bounded by the shown ones, so hide at least two (when
 *    another non-zero value exists; if none does, that value equals the figure of point 2).
 * 2. people with any value, A = base − none − no answer, is computable by the reader. {A, no answer,
 *    none} is an additive partition: protect it like a single-valued table, with A hidden when it is
 *    small but never hideable itself (it is derived), so no answer/none are hidden around it.
 */
function hiddenMultiValued(breakdown: Breakdown, threshold: number): Set<number> | 'withhold' {
  const cells = breakdown.cells;
  const small = (n: number) => n > 0 && n < threshold;
  const hidden = new Set<number>();
  const values: number[] = [];
  cells.forEach((cell, i) => {
    if (small(cell.count)) hidden.add(i);
    if (!isReservedKey(cell.key)) values.push(i);
  });
  if (values.filter((i) => hidden.has(i)).length === 1) {
    const partner = values.find((i) => !hidden.has(i) && cells[i]!.count > 0);
    if (partner !== undefined) hidden.add(partner);
  }
  const noAnswer = cells.findIndex((c) => c.key === NO_ANSWER);
  const none = cells.findIndex((c) => c.key === NONE_OF_THESE);
  const noAnswerCount = cells[noAnswer]?.count ?? 0;
  const noneCount = cells[none]?.count ?? 0;
  const withAny = breakdown.base - noneCount - noAnswerCount;
  const partition = protectPartition(
    [
      { count: withAny, hidden: small(withAny), canHide: false },
      { count: noAnswerCount, canHide: noAnswer >= 0 },
      { count: noneCount, canHide: none >= 0 },
    ],
    threshold,
  );
  if (partition === 'withhold') return 'withhold';
  if (partition.has(1)) hidden.add(noAnswer);
  if (partition.has(2)) hidden.add(none);
  return hidden;
}
