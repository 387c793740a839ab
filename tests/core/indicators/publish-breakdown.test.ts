import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBreakdown, type Breakdown } from '../../../src/core/indicators/breakdown';
import { NO_ANSWER, NONE_OF_THESE, isReservedKey, type Dimension } from '../../../src/core/indicators/dimensions';
import { isSuppressed, publishBreakdown, SUPPRESSED } from '../../../src/core/indicators/publish-breakdown';
import { isSafeHiddenSet } from '../../../src/core/indicators/small-cells';
import { hiddenIndices, possibleHiddenCounts } from './attacker';

const single = (counts: number[], dimension: Dimension = 'ethnicGroup'): Breakdown => ({
  dimension,
  multiValued: false,
  base: counts.reduce((a, b) => a + b, 0),
  // The last cell plays "sin respuesta", as in real tables.
  cells: counts.map((count, i) => ({ key: i === counts.length - 1 ? NO_ANSWER : `c${i}`, count })),
});
const values = (b: Breakdown) => publishBreakdown(b).cells.map((c) => c.value);
const S = SUPPRESSED;

describe('small-cell suppression, single-valued', () => {
  it('hides a cell of 1–4 and one more, "sin respuesta" first, so it cannot be read off the total', () => {
    expect(values(single([40, 3, 0, 12]))).toEqual([40, S, 0, S]);
  });

  it('takes the first other cell, not the smallest, when "sin respuesta" is empty', () => {
    // Choosing the smallest would tell a reader the complement is below every shown cell.
    expect(values(single([40, 3, 12, 0]))).toEqual([S, S, 12, 0]);
  });

  it('needs no complement when the small cells already hide each other', () => {
    expect(values(single([50, 2, 3, 20]))).toEqual([50, S, S, 20]);
  });

  it('adds a complement when the hidden cells sum too little (1 + 1 would both be 1)', () => {
    expect(values(single([50, 1, 1, 20]))).toEqual([50, S, S, S]);
  });

  it('adds a complement when the hidden small cells are all 4 (a reader of this code would know)', () => {
    expect(values(single([50, 4, 4, 20]))).toEqual([50, S, S, S]);
  });

  it('shows zeros as 0 and leaves tables without small cells exact', () => {
    expect(values(single([50, 0, 7, 20]))).toEqual([50, 0, 7, 20]);
  });

  it('hides everything, zeros too, when no cell is left to protect a tiny table', () => {
    const published = publishBreakdown(single([0, 3, 0, 0]));
    expect(published.withheld).toBe(true);
    expect(published.cells.every((c) => isSuppressed(c.value))).toBe(true);
    expect(published.base).toBe(3);
  });

  it('protects territory, sex and life stage too (two neighbours of a comuna are recognisable); the set is a parameter', () => {
    expect(values(single([1, 2, 0], 'territory'))).toEqual([S, S, S]);
    expect(values(single([1, 9, 0], 'lifeStage'))).toEqual([S, S, 0]);
    expect(values(single([7, 3, 0], 'sex'))).toEqual([S, S, 0]);
    expect(publishBreakdown(single([1, 9, 0]), { sensitive: new Set() }).cells[0]!.value).toBe(1);
  });

  it("gives the planning office exact counts, each one a public table hides marked as not publishable", () => {
    const table = single([40, 3, 0, 12], 'territory');
    const office = publishBreakdown(table, { audience: 'office' });
    expect(office.cells.map((c) => c.value)).toEqual([40, 3, 0, 12]);
    expect(office.cells.map((c) => c.notPublishable === true)).toEqual([false, true, false, true]);
    expect(office.withheld).toBe(false);
    // The same cells the public sees hidden.
    const hidden = publishBreakdown(table).cells.map((c) => isSuppressed(c.value));
    expect(hidden).toEqual([false, true, false, true]);
    expect(publishBreakdown(table).cells.some((c) => c.notPublishable)).toBe(false);
  });

  const tables = fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), { minLength: 2, maxLength: 8 });

  it('never shows 1–4, and the hidden cells satisfy the rule (≥ 2 of them, sum ≥ count + 3)', () => {
    fc.assert(
      fc.property(tables, (counts) => {
        const b = single(counts);
        const published = publishBreakdown(b);
        const hidden = hiddenIndices(published);
        published.cells.forEach((c, i) => {
          if (!isSuppressed(c.value)) {
            expect(c.value).toBe(counts[i]);
            expect(c.value === 0 || c.value >= 5).toBe(true);
          }
        });
        if (published.withheld) return;
        expect(isSafeHiddenSet(hidden.map((i) => counts[i]!))).toBe(true);
        // A reader with only arithmetic: hidden sum = base − shown cells, each hidden ≥ 1.
        const sum = hidden.reduce((s, i) => s + counts[i]!, 0);
        for (const _ of hidden) expect(sum - (hidden.length - 1)).toBeGreaterThanOrEqual(4);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves every hidden cell with ≥ 2 possible counts even for a reader who runs this very code', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 5 }), (counts) => {
        for (const [, possible] of possibleHiddenCounts(single(counts))) expect(possible.size).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });
});

describe('small-cell suppression, multi-valued', () => {
  // People described by which of two values they chose: [no answer, none, only a, only b, both].
  const multi = ([noAnswer, none, a, b, both]: number[]) =>
    toBreakdown(
      'disability',
      true,
      noAnswer! + none! + a! + b! + both!,
      new Map([
        [NO_ANSWER, noAnswer!],
        [NONE_OF_THESE, none!],
        ['a', a! + both!],
        ['b', b! + both!],
      ]),
      ['a', 'b'],
    );

  it('hides a second value with a lone small one, and hides around a small "people with any value"', () => {
    // a = 3, b = 20, none 70, no answer 10: hide a, and b beside it.
    expect(values(multi([10, 70, 3, 20, 0]))).toEqual([S, S, 70, 10]);
    // 2 people with a disability: a reader could compute 2 = base − none − no answer; hide no answer too.
    const published = values(multi([10, 70, 2, 0, 0]));
    expect(published).toEqual([S, 0, 70, S]);
  });

  it('never shows 1–4 and protects the derived "people with any value"', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 40 })), { minLength: 5, maxLength: 5 }), (people) => {
        const b = multi(people);
        const published = publishBreakdown(b);
        const shown = published.cells.filter((c) => !isSuppressed(c.value)).map((c) => c.value as number);
        for (const v of shown) expect(v === 0 || v >= 5).toBe(true);
        if (published.withheld) return;
        const hidden = new Set(hiddenIndices(published));
        const valueCells = b.cells.flatMap((c, i) => (isReservedKey(c.key) ? [] : [i]));
        const hiddenValues = valueCells.filter((i) => hidden.has(i));
        const nonZeroValues = valueCells.filter((i) => b.cells[i]!.count > 0);
        if (hiddenValues.length > 0) expect(hiddenValues.length >= 2 || nonZeroValues.length === 1).toBe(true);
        const withAny = people[2]! + people[3]! + people[4]!;
        const partition = [
          ...(withAny > 0 && withAny < 5 ? [withAny] : []),
          ...b.cells.flatMap((c, i) => (isReservedKey(c.key) && hidden.has(i) ? [c.count] : [])),
        ];
        expect(isSafeHiddenSet(partition)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves every hidden cell with ≥ 2 possible counts for a reader who runs this code (all tables up to 10 people)', () => {
    const views = new Map<string, number[][]>();
    const compositions = (total: number, parts: number): number[][] =>
      parts === 1 ? [[total]] : Array.from({ length: total + 1 }, (_, v) => compositions(total - v, parts - 1).map((r) => [v, ...r])).flat();
    for (let base = 1; base <= 10; base++) {
      for (const people of compositions(base, 5)) {
        const b = multi(people);
        const key = `${base}|${JSON.stringify(publishBreakdown(b).cells)}`;
        views.set(key, [...(views.get(key) ?? []), b.cells.map((c) => c.count)]);
      }
    }
    let hiddenChecked = 0;
    for (const [key, tables] of views) {
      const cells = JSON.parse(key.slice(key.indexOf('|') + 1)) as { value: unknown }[];
      cells.forEach((c, i) => {
        if (typeof c.value === 'number') return;
        hiddenChecked += 1;
        expect(new Set(tables.map((t) => t[i])).size, key).toBeGreaterThanOrEqual(2);
      });
    }
    expect(hiddenChecked).toBeGreaterThan(100);
  });
});
