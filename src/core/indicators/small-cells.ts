/**
 * Small-cell suppression for one additive partition: cells whose counts add up to a total the reader
 * already knows (a breakdown's base is public, because non-sensitive tables show it exactly).
 *
 * Reader model: every shown count is exact, zeros are shown as 0 (so a hidden cell holds ≥ 1 unless the
 * whole table is hidden), hidden cells all look alike (one mark: "<5" on some and another on the
 * complementary ones would let a reader bound a small cell by the large one beside it), the total is known.
 *
 * Rule: hidden cells H with sum σ (= total − shown cells, so the reader knows σ). H is safe when it is
 * empty, or |H| ≥ 2 and σ ≥ |H| + (threshold − 2): then any hidden cell could hold any of
 * 1 … threshold−1 (set it to v, the others to 1, one other takes the rest), so the table says no more
 * than "<5". A lone hidden cell would equal σ; two hidden cells summing to 2 would both be 1.
 * Beyond arithmetic, a reader who runs this code must still see ≥ 2 possible counts for every hidden
 * cell (tested by brute force): hence complements chosen by position, not size, and the ceiling rule below.
 */
export const MIN_PUBLISHED_COUNT = 5;

export interface PartitionCell {
  count: number;
  /** Hidden whatever its count (e.g. a derived figure that is itself small). */
  hidden?: boolean;
  /** May be hidden to protect another cell. A derived figure the reader can compute cannot. */
  canHide?: boolean;
}

/** Indices of the cells to hide, or 'withhold' when only hiding the whole table (zeros too) protects it. */
export function protectPartition(
  cells: readonly PartitionCell[],
  threshold = MIN_PUBLISHED_COUNT,
): Set<number> | 'withhold' {
  const hidden = new Set<number>();
  let sum = 0;
  cells.forEach((cell, i) => {
    if (cell.hidden === true || (cell.count > 0 && cell.count < threshold)) {
      hidden.add(i);
      sum += cell.count;
    }
  });
  // A reader who knows this code knows a hidden set without a complementary cell holds only counts
  // below the threshold; if they sum to (threshold − 1) × size, every one of them is threshold − 1.
  const onlyPrimaries = hidden.size;
  const allAtCeiling = () => hidden.size === onlyPrimaries && sum === (threshold - 1) * hidden.size;
  while (hidden.size > 0 && (!(hidden.size >= 2 && sum >= hidden.size + threshold - 2) || allAtCeiling())) {
    const next = firstCandidate(cells, hidden);
    if (next === undefined) return 'withhold';
    hidden.add(next);
    sum += cells[next]!.count;
  }
  return hidden;
}

/**
 * The first eligible cell in the given order, whatever its count. Choosing by count (say, the
 * smallest) would leak: a reader who knows the rule learns the complementary cell is smaller than every
 * shown cell, which bounds the small cell beside it. Callers order cells so "no answer" comes first.
 */
function firstCandidate(cells: readonly PartitionCell[], hidden: ReadonlySet<number>): number | undefined {
  const i = cells.findIndex((cell, i) => !hidden.has(i) && cell.canHide !== false && cell.count > 0);
  return i < 0 ? undefined : i;
}

/** True when a set of hidden counts satisfies the rule above (used by tests and export guards). */
export function isSafeHiddenSet(hiddenCounts: readonly number[], threshold = MIN_PUBLISHED_COUNT): boolean {
  if (hiddenCounts.length === 0) return true;
  const sum = hiddenCounts.reduce((a, b) => a + b, 0);
  return hiddenCounts.length >= 2 && sum >= hiddenCounts.length + threshold - 2;
}
