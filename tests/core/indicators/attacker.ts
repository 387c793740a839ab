import type { Breakdown } from '../../../src/core/indicators/breakdown';
import { publishBreakdown, type PublishedBreakdown } from '../../../src/core/indicators/publish-breakdown';

/**
 * A reader who knows the published table, its base, and this very suppression code, and tries every
 * table that would have been published the same way. Returns, per hidden cell, the counts it could hold.
 */
export function possibleHiddenCounts(breakdown: Breakdown): Map<number, Set<number>> {
  const published = publishBreakdown(breakdown);
  const view = JSON.stringify(published);
  const hidden = hiddenIndices(published);
  // A zero is shown as 0, so a hidden cell is ≥ 1, unless every cell is hidden (then zeros may be too).
  const min = published.withheld ? 0 : 1;
  const sum = published.withheld ? breakdown.base : hidden.reduce((s, i) => s + breakdown.cells[i]!.count, 0);
  const possible = new Map(hidden.map((i) => [i, new Set<number>()]));
  for (const guess of compositions(sum, hidden.length, min)) {
    const cells = breakdown.cells.map((c) => ({ ...c }));
    hidden.forEach((i, j) => (cells[i]!.count = guess[j]!));
    if (JSON.stringify(publishBreakdown({ ...breakdown, cells })) !== view) continue;
    hidden.forEach((i, j) => possible.get(i)!.add(guess[j]!));
  }
  return possible;
}

export const hiddenIndices = (published: PublishedBreakdown): number[] =>
  published.cells.flatMap((c, i) => (typeof c.value === 'number' ? [] : [i]));

function* compositions(total: number, parts: number, min: number): Generator<number[]> {
  if (parts === 0) {
    if (total === 0) yield [];
    return;
  }
  for (let v = min; v <= total - min * (parts - 1); v++) {
    for (const rest of compositions(total - v, parts - 1, min)) yield [v, ...rest];
  }
}
