import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareGroups } from '../../src/disparity/compareGroups.ts';
import { wilsonInterval } from '../../src/uncertainty/wilsonInterval.ts';
import { caught } from './caught.ts';

describe('compareGroups', () => {
  it('does not flag 16/50 against 4/10 under the four-fifths rule: exactly 0.8 (stats.md §2.3 floating-point trap)', () => {
    const table = compareGroups(
      [
        { group: 'A', numerator: 16, denominator: 50 },
        { group: 'B', numerator: 4, denominator: 10 },
      ],
      { reference: 'best' },
    );
    expect((16 / 50) / (4 / 10)).toBe(0.7999999999999999);
    expect(table.groups[0]?.fourFifthsFlag).toBe(false);
    expect(table.groups[0]?.withinRatioBand).toBe(true);
    expect(table.groups[0]?.ratioToReference).toBe(0.8);
    expect(table.method.ratioComparisons).toBe('exactRational');
    expect(table.fourFifthsComparator).toBe('B');
  });

  it('flags every integer pair just below four-fifths and none at or above it (exhaustive over n = 10…100)', () => {
    // 29 CFR 1607.4(D): a rate "less than four-fifths" of the highest rate; strict inequality.
    const mismatches: string[] = [];
    let exactBoundaries = 0;
    for (let nRef = 10; nRef <= 100; nRef += 10) {
      for (let n = 10; n <= 100; n += 10) {
        for (let sRef = 1; sRef <= nRef; sRef += 3) {
          for (let s = 0; s <= n; s++) {
            if (s * nRef > sRef * n) continue; // B must be the highest rate
            const table = compareGroups(
              [
                { group: 'focus', numerator: s, denominator: n },
                { group: 'top', numerator: sRef, denominator: nRef },
              ],
              { reference: 'best' },
            );
            const expected = 5 * s * nRef < 4 * n * sRef;
            if (5 * s * nRef === 4 * n * sRef) exactBoundaries++;
            if (table.groups[0]?.fourFifthsFlag !== expected) mismatches.push(`${s}/${n} vs ${sRef}/${nRef}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(exactBoundaries).toBeGreaterThan(100);
  });

  it('applies the Aequitas band τ ≤ ratio ≤ 1/τ inclusively (Aequitas fairness.py)', () => {
    const table = compareGroups(
      [
        { group: 'low', numerator: 40, denominator: 100 },
        { group: 'ref', numerator: 50, denominator: 100 },
        { group: 'high', numerator: 125, denominator: 200 },
        { group: 'higher', numerator: 126, denominator: 200 },
      ],
      { reference: { group: 'ref' } },
    );
    expect(table.groups.map((g) => g.withinRatioBand)).toEqual([true, true, true, false]);
  });

  it('matches a BigInt brute force of the Aequitas band τ ≤ ratio ≤ 1/τ for any τ with few decimals (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 10_000 }), fc.nat({ max: 10_000 })), { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 50, max: 100 }),
        (pairs, tauPercent) => {
          const rows = pairs.map(([n, s], i) => ({ group: `g${i}`, numerator: Math.min(s, n), denominator: n }));
          const tau = tauPercent / 100;
          const table = compareGroups(rows, { referenceGroup: 'largest', tau });
          const ref = rows.reduce((a, b) => (b.denominator > a.denominator ? b : a));
          for (const [i, row] of rows.entries()) {
            const g = table.groups[i];
            if (ref.numerator === 0) {
              expect(g?.withinRatioBand).toBeNull();
              continue;
            }
            // τ·ref ≤ rate ≤ ref/τ with τ = p/100, cross-multiplied: p·x_r·n_g ≤ 100·x_g·n_r and p·x_g·n_r ≤ 100·x_r·n_g
            const xg = BigInt(row.numerator);
            const ng = BigInt(row.denominator);
            const xr = BigInt(ref.numerator);
            const nr = BigInt(ref.denominator);
            const p = BigInt(tauPercent);
            const inside = p * xr * ng <= 100n * xg * nr && p * xg * nr <= 100n * xr * ng;
            expect(g?.withinRatioBand).toBe(inside);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('computes rate, Wilson interval, ratio and difference against the overall (pooled) rate by default', () => {
    const rows = [
      { group: 'size 1–2, < 200 % FPL', numerator: 30, denominator: 120 },
      { group: 'size 3–4, < 200 % FPL', numerator: 55, denominator: 160 },
      { group: 'size 5+, < 200 % FPL', numerator: 12, denominator: 70 },
    ];
    const table = compareGroups(rows);
    const overall = 97 / 350;
    expect(table.reference).toEqual({ strategy: 'overall', group: null, numerator: 97, denominator: 350, rate: overall });
    rows.forEach((row, i) => {
      const g = table.groups[i];
      const rate = row.numerator / row.denominator;
      const w = wilsonInterval(row.numerator, row.denominator);
      expect(g?.rate).toBe(rate);
      expect([g?.lower, g?.upper]).toEqual([w.lower, w.upper]);
      expect(g?.ratioToReference).toBeCloseTo(rate / overall, 14);
      expect(g?.differenceFromReference).toBeCloseTo(rate - overall, 15);
      expect(g?.withinParityBand).toBe(Math.abs(rate - overall) <= 0.1 * overall);
    });
    expect(table.tolerance).toEqual({ relative: 0.1 });
  });

  it('treats 0.9 vs 1.0 with ±10 % as inside (band boundary inclusive) and supports an absolute band', () => {
    const rows = [
      { group: 'a', numerator: 9, denominator: 10 },
      { group: 'b', numerator: 10, denominator: 10 },
    ];
    expect(compareGroups(rows, { referenceGroup: 'best' }).groups[0]?.withinParityBand).toBe(true);
    const absolute = compareGroups(rows, { referenceGroup: 'best', parityBand: { absolute: 0.05 } });
    expect(absolute.groups[0]?.withinParityBand).toBe(false);
    expect(compareGroups(rows, { referenceGroup: 'best', parityBand: {} }).groups[0]?.withinParityBand).toBeNull();
  });

  it('chooses best, worst and largest references with ties going to the first row; direction flips best and worst', () => {
    const rows = [
      { group: 'x', numerator: 2, denominator: 10 },
      { group: 'y', numerator: 6, denominator: 30 },
      { group: 'z', numerator: 9, denominator: 20 },
    ];
    expect(compareGroups(rows, { referenceGroup: 'best' }).reference.group).toBe('z');
    expect(compareGroups(rows, { referenceGroup: 'worst' }).reference.group).toBe('x');
    expect(compareGroups(rows, { referenceGroup: 'largest' }).reference.group).toBe('y');
    const lower = compareGroups(rows, { referenceGroup: 'best', direction: 'lowerIsBetter' });
    expect(lower.reference.group).toBe('x');
    // lowerIsBetter: four-fifths on the reciprocal, best 0.2 ÷ 0.45 < 0.8 → z flagged.
    expect(lower.groups.map((g) => g.fourFifthsFlag)).toEqual([false, false, true]);
  });

  it('keeps __proto__ as an ordinary group name', () => {
    const table = compareGroups(
      [
        { group: '__proto__', numerator: 3, denominator: 10 },
        { group: 'constructor', numerator: 5, denominator: 10 },
      ],
      { reference: { group: '__proto__' } },
    );
    expect(table.reference.group).toBe('__proto__');
    expect(table.groups[1]?.ratioToReference).toBeCloseTo(5 / 3, 15);
  });

  it('returns null with a reason for a zero denominator and warns', () => {
    const table = compareGroups([
      { group: 'empty', numerator: 0, denominator: 0 },
      { group: 'full', numerator: 5, denominator: 10 },
    ]);
    expect(table.groups[0]).toMatchObject({ rate: null, ratioToReference: null, fourFifthsFlag: null, reason: 'denominator is 0: the rate is undefined' });
    expect(table.warnings[0]).toMatch(/"empty" has denominator 0/);
    const zeroRef = compareGroups(
      [
        { group: 'a', numerator: 0, denominator: 10 },
        { group: 'b', numerator: 5, denominator: 10 },
      ],
      { reference: { group: 'a' } },
    );
    expect(zeroRef.groups[1]?.ratioToReference).toBeNull();
    expect(zeroRef.groups[1]?.withinRatioBand).toBeNull();
    expect(zeroRef.warnings).toContain('the reference rate is 0: ratios to it are undefined');
  });

  it("gives every row, the reference row included, a null ratio with a reason when the reference rate is 0 (0/0 and x/0), whichever strategy chose it", () => {
    const rows = [
      { group: 'none served', numerator: 0, denominator: 20 },
      { group: 'half served', numerator: 5, denominator: 10 },
    ];
    const reason = 'the reference rate is 0: the ratio is undefined';
    const strategies: Parameters<typeof compareGroups>[1][] = [
      { referenceGroup: { group: 'none served' } },
      { referenceGroup: 'worst' },
      { referenceGroup: 'best', direction: 'lowerIsBetter' },
      { referenceGroup: 'largest' },
    ];
    for (const options of strategies) {
      const table = compareGroups(rows, options);
      expect(table.reference).toMatchObject({ group: 'none served', rate: 0 });
      // The difference stays defined (rate − 0); the ratio is undefined for every row; 0 is within any band of 0.
      expect(table.groups.map((g) => [g.isReference, g.ratioToReference, g.differenceFromReference, g.withinParityBand, g.withinRatioBand, g.reason])).toEqual([
        [true, null, 0, true, null, reason],
        [false, null, 0.5, false, null, reason],
      ]);
      expect(table.warnings).toContain('the reference rate is 0: ratios to it are undefined');
    }
  });

  it('computes the ratio of non-integer counts as rate ÷ reference rate, so products of huge or tiny counts cannot overflow into NaN', () => {
    // (1e200·1e300)/(1e300·2e200) would be Infinity/Infinity; the rates are 1e-100 and 2e-100, ratio 0.5 exactly.
    const huge = compareGroups(
      [
        { group: 'a', numerator: 1e200, denominator: 1e300 },
        { group: 'b', numerator: 2e200, denominator: 1e300 },
      ],
      { referenceGroup: 'best' },
    );
    expect(huge.groups.map((g) => g.ratioToReference)).toEqual([0.5, 1]);
    expect(huge.method.ratioComparisons).toBe('relativeTolerance');
    // (1e-200·1e-150)/(1e-150·4e-200) would be 0/0 (both products underflow); the rates are 1e-50 and 4e-50, ratio 0.25.
    const tiny = compareGroups(
      [
        { group: 'a', numerator: 1e-200, denominator: 1e-150 },
        { group: 'b', numerator: 4e-200, denominator: 1e-150 },
      ],
      { referenceGroup: { group: 'b' } },
    );
    expect(tiny.groups.map((g) => g.ratioToReference)).toEqual([0.25, 1]);
  });

  it('rejects an absent reference group with a suggestion, and every other kind of bad input', () => {
    const rows = [
      { group: 'Latino', numerator: 3, denominator: 10 },
      { group: 'White', numerator: 5, denominator: 10 },
    ];
    const absent = caught(() => compareGroups(rows, { referenceGroup: { group: 'Latin' } }));
    expect([absent.code, absent.path, absent.hint]).toEqual(['not_found', 'options.referenceGroup.group', 'did you mean "Latino"?']);
    expect(absent.message).toMatch(/^compareGroups: options.referenceGroup.group is "Latin", which is not among the groups/);
    const duplicate = caught(() => compareGroups([...rows, { group: 'White', numerator: 1, denominator: 2 }]));
    expect([duplicate.code, duplicate.path]).toEqual(['duplicate', 'rows[2].group']);
    const empty = caught(() => compareGroups([]));
    expect([empty.code, empty.path]).toEqual(['empty', 'rows']);
    const over = caught(() => compareGroups([{ group: 'a', numerator: 11, denominator: 10 }]));
    expect([over.code, over.path]).toEqual(['out_of_range', 'rows[0].numerator']);
    const negative = caught(() => compareGroups([{ group: 'a', numerator: 1, denominator: -10 }]));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'rows[0].denominator']);
    const badGroup = caught(() => compareGroups([{ group: 7 as never, numerator: 1, denominator: 10 }]));
    expect([badGroup.code, badGroup.path, badGroup.message]).toEqual([
      'invalid_type',
      'rows[0].group',
      'compareGroups: rows[0].group is 7; a group key must be a string (convert it with String(value) first).',
    ]);
    const strategy = caught(() => compareGroups(rows, { referenceGroup: 'majority' as 'best' }));
    expect([strategy.code, strategy.path]).toEqual(['invalid_value', 'options.referenceGroup']);
    const tolerance = caught(() => compareGroups(rows, { parityBand: { relative: -0.1 } }));
    expect([tolerance.code, tolerance.path]).toEqual(['out_of_range', 'options.parityBand.relative']);
    const tau = caught(() => compareGroups(rows, { tau: 1.25 }));
    expect([tau.code, tau.path]).toEqual(['out_of_range', 'options.tau']);
    const direction = caught(() => compareGroups(rows, { direction: 'up' as 'higherIsBetter' }));
    expect([direction.code, direction.path]).toEqual(['invalid_value', 'options.direction']);
  });

  it('does not depend on row order except for tie-breaking (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 50 }), fc.nat({ max: 50 })), {
          minLength: 1,
          maxLength: 8,
          selector: ([name]) => name,
        }),
        (entries) => {
          const rows = entries.map(([group, n, s]) => ({ group, numerator: Math.min(s, n), denominator: n }));
          const forward = compareGroups(rows);
          const backward = compareGroups([...rows].reverse());
          for (const g of forward.groups) {
            const h = backward.groups.find((x) => x.group === g.group);
            expect(h?.ratioToReference).toBe(g.ratioToReference);
            expect(h?.fourFifthsFlag).toBe(g.fourFifthsFlag);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('compareGroups: the 0.2 vocabulary (docs/conventions.md §2)', () => {
  it('accepts the 0.1 names tolerance and reference until 0.3, with a deprecation warning in the result', () => {
    const rows = [
      { group: 'A', numerator: 16, denominator: 50 },
      { group: 'B', numerator: 4, denominator: 10 },
    ];
    const current = compareGroups(rows, { referenceGroup: 'best', parityBand: { absolute: 0.1 } });
    const old = compareGroups(rows, { reference: 'best', tolerance: { absolute: 0.1 } });
    expect(current.warnings).toEqual([]);
    expect(old.warnings).toEqual([
      'deprecated: compareGroups: options.reference is now options.referenceGroup; the old name is accepted until 0.3.0.',
      'deprecated: compareGroups: options.tolerance is now options.parityBand; the old name is accepted until 0.3.0.',
    ]);
    expect(old.groups).toEqual(current.groups);
    // |0.32 − 0.40| = 0.08 ≤ 0.1: inside the absolute band; the deprecated field repeats the new one.
    expect(current.groups[0]?.withinParityBand).toBe(true);
    expect(current.groups[0]?.withinTolerance).toBe(true);
    expect(current.parityBand).toEqual({ absolute: 0.1 });
    expect(current.tolerance).toEqual({ absolute: 0.1 });
    const both = caught(() => compareGroups(rows, { parityBand: { relative: 0.1 }, tolerance: { relative: 0.2 } }));
    expect([both.code, both.path]).toEqual(['invalid_value', 'options.tolerance']);
  });

  it('rejects a relative band of 10 as defineGoal does: write 10 % as 0.1 (the shared check)', () => {
    const rows = [{ group: 'A', numerator: 1, denominator: 2 }];
    const relative = caught(() => compareGroups(rows, { parityBand: { relative: 10 } }));
    expect([relative.code, relative.path]).toEqual(['out_of_range', 'options.parityBand.relative']);
    expect(relative.message).toBe(
      'compareGroups: options.parityBand.relative is 10; a relative parity band is a fraction of the reference rate (0.1 = ±10 %) and must be at most 1 — write 10 % as 0.1.',
    );
    // Issue 12: 1.5 may be ±1.5 % or ±150 %; both readings, no guess.
    expect(caught(() => compareGroups(rows, { parityBand: { relative: 1.5 } })).message).toBe(
      'compareGroups: options.parityBand.relative is 1.5; a relative parity band is a fraction of the reference rate (0.1 = ±10 %) and must be at most 1 — if 1.5 means 1.5 %, write 0.015; 150 % is not allowed here: a band above ±100 % reaches below a rate of 0.',
    );
    const absolute = caught(() => compareGroups(rows, { parityBand: { absolute: 5 } }));
    expect(absolute.message).toBe(
      'compareGroups: options.parityBand.absolute is 5; for a share the absolute parity band is in proportion points (0.1 = ±10 points) and at most 1 — if 5 means 5 points, write 0.05; 500 points is not allowed here: two shares differ by at most 1 (100 points).',
    );
    // The deprecated name goes through the same check.
    expect(caught(() => compareGroups(rows, { tolerance: { relative: 10 } })).message).toMatch(/at most 1 — write 10 % as 0\.1\.$/);
    // The boundaries are allowed: 1 (±100 %) and 0 (equality).
    expect(compareGroups(rows, { parityBand: { relative: 1, absolute: 0 } }).parityBand).toEqual({ relative: 1, absolute: 0 });
  });
});

// Cases that mutation testing (docs/contributing.md) showed no test told apart from a wrong line.
describe('compareGroups: references, flags and warnings on every path', () => {
  it('marks only the reference row with isReference: none for the pooled rate, the named, best, worst or largest row otherwise', () => {
    const rows = [
      { group: 'a', numerator: 5, denominator: 10 },
      { group: 'b', numerator: 2, denominator: 10 },
      { group: 'c', numerator: 12, denominator: 20 },
    ];
    const flags = (options: Parameters<typeof compareGroups>[1]): boolean[] => compareGroups(rows, options).groups.map((g) => g.isReference);
    expect(flags({})).toEqual([false, false, false]);
    expect(flags({ referenceGroup: { group: 'a' } })).toEqual([true, false, false]);
    expect(flags({ referenceGroup: 'best' })).toEqual([false, false, true]);
    expect(flags({ referenceGroup: 'worst' })).toEqual([false, true, false]);
    expect(flags({ referenceGroup: 'largest' })).toEqual([false, false, true]);
    // The reference row reads exactly 1 and 0 against itself.
    const named = compareGroups(rows, { referenceGroup: { group: 'b' } });
    expect([named.groups[1]?.ratioToReference, named.groups[1]?.differenceFromReference]).toEqual([1, 0]);
    expect(named.reference).toEqual({ strategy: 'named', group: 'b', numerator: 2, denominator: 10, rate: 0.2 });
  });

  it("finds the 'worst' and 'best' rows wherever they are, ties going to the first, and skips a denominator-0 row", () => {
    const rows = [
      { group: 'none', numerator: 0, denominator: 0 },
      { group: 'mid', numerator: 5, denominator: 10 },
      { group: 'low', numerator: 2, denominator: 10 },
      { group: 'low too', numerator: 4, denominator: 20 },
      { group: 'top', numerator: 7, denominator: 10 },
      { group: 'top too', numerator: 14, denominator: 20 },
    ];
    expect(compareGroups(rows, { referenceGroup: 'worst' }).reference).toEqual({ strategy: 'worst', group: 'low', numerator: 2, denominator: 10, rate: 0.2 });
    expect(compareGroups(rows, { referenceGroup: 'best' }).reference).toEqual({ strategy: 'best', group: 'top', numerator: 7, denominator: 10, rate: 0.7 });
    const lower = { direction: 'lowerIsBetter' } as const;
    expect(compareGroups(rows, { ...lower, referenceGroup: 'worst' }).reference.group).toBe('top');
    expect(compareGroups(rows, { ...lower, referenceGroup: 'best' }).reference.group).toBe('low');
    expect(compareGroups(rows, { referenceGroup: 'best' }).fourFifthsComparator).toBe('top');
  });

  it("breaks ties on the largest denominator by order: the first of two equal denominators is the 'largest' reference", () => {
    const rows = [
      { group: 'small', numerator: 1, denominator: 10 },
      { group: 'first of two', numerator: 2, denominator: 20 },
      { group: 'second of two', numerator: 3, denominator: 20 },
    ];
    const table = compareGroups(rows, { referenceGroup: 'largest' });
    expect(table.reference).toEqual({ strategy: 'largest', group: 'first of two', numerator: 2, denominator: 20, rate: 0.1 });
    expect(table.groups.map((g) => g.ratioToReference)).toEqual([1, 1, 1.5]);
  });

  it('says when every rate is 0: no four-fifths flag (no highest rate to compare with), ratios to the pooled 0 undefined', () => {
    const table = compareGroups([
      { group: 'a', numerator: 0, denominator: 10 },
      { group: 'b', numerator: 0, denominator: 30 },
    ]);
    expect(table.groups.map((g) => g.fourFifthsFlag)).toEqual([null, null]);
    expect(table.groups.map((g) => g.ratioToReference)).toEqual([null, null]);
    expect(table.groups.map((g) => g.differenceFromReference)).toEqual([0, 0]);
    expect(table.groups.map((g) => g.reason)).toEqual(['the reference rate is 0: the ratio is undefined', 'the reference rate is 0: the ratio is undefined']);
    expect(table.warnings).toEqual(['the reference rate is 0: ratios to it are undefined', 'every rate is 0: the four-fifths rule does not apply']);
    expect(table.fourFifthsComparator).toBe('a');
    // Lower is better: 0 is the best possible rate and no rate is below four-fifths of it, so nothing is flagged and nothing warned.
    const lower = compareGroups(
      [
        { group: 'a', numerator: 0, denominator: 10 },
        { group: 'b', numerator: 0, denominator: 30 },
      ],
      { direction: 'lowerIsBetter', referenceGroup: 'best' },
    );
    expect(lower.groups.map((g) => g.fourFifthsFlag)).toEqual([false, false]);
    expect(lower.warnings).toEqual(['the reference rate is 0: ratios to it are undefined']);
  });

  it('gives null comparisons with a reason when the reference row has denominator 0, and warns once per cause', () => {
    const table = compareGroups(
      [
        { group: 'empty', numerator: 0, denominator: 0 },
        { group: 'full', numerator: 5, denominator: 10 },
      ],
      { referenceGroup: { group: 'empty' } },
    );
    expect(table.reference.rate).toBeNull();
    expect(table.groups[1]).toMatchObject({ rate: 0.5, ratioToReference: null, differenceFromReference: null, withinParityBand: null, withinRatioBand: null, reason: 'the reference rate is undefined' });
    // The four-fifths rule still compares with the best row, which is "full" itself.
    expect(table.groups[1]?.fourFifthsFlag).toBe(false);
    expect(table.warnings).toEqual(['group "empty" has denominator 0: its rate is undefined', 'the reference rate is undefined (denominator 0): ratios and differences are null']);
  });

  it('uses the confidence option for the Wilson interval, and says when counts are too large for exact comparisons', () => {
    const rows = [
      { group: 'a', numerator: 30, denominator: 120 },
      { group: 'b', numerator: 55, denominator: 160 },
    ];
    const table = compareGroups(rows, { confidence: 0.9 });
    const w = wilsonInterval(30, 120, { confidence: 0.9 });
    // Wilson score interval with z = Φ⁻¹(0.95), computed in Python (statistics.NormalDist): 0.190979, 0.320046
    // (the 95 % interval is 0.181098, 0.334411).
    expect([table.groups[0]?.lower, table.groups[0]?.upper]).toEqual([w.lower, w.upper]);
    expect(w.lower).toBeCloseTo(0.190979, 6);
    expect(w.upper).toBeCloseTo(0.320046, 6);
    expect(table.confidence).toBe(0.9);
    expect(table.method).toEqual({ interval: 'wilson', ratioComparisons: 'exactRational' });
    // Counts beyond 2^53 cannot be cross-multiplied exactly: the comparisons fall back to a relative tolerance.
    const huge = compareGroups([
      { group: 'a', numerator: 2 ** 60, denominator: 2 ** 61 },
      { group: 'b', numerator: 1, denominator: 2 },
    ]);
    expect(huge.method.ratioComparisons).toBe('relativeTolerance');
    expect(huge.groups.map((g) => g.fourFifthsFlag)).toEqual([false, false]);
  });
});

// More cases from mutation testing: the messages of every refusal (they say how to fix the input, so they are part
// of the result), every denominator 0, and when the comparisons are exact.
describe('compareGroups: refusals name the field and the fix', () => {
  it('refuses bad options: an unknown key (with the near name), direction, confidence, tau ≤ 0 or > 1', () => {
    const rows = [
      { group: 'Latino', numerator: 3, denominator: 10 },
      { group: 'White', numerator: 5, denominator: 10 },
    ];
    const unknown = caught(() => compareGroups(rows, { referenceGrup: 'best' } as never));
    expect([unknown.code, unknown.path, unknown.hint]).toEqual(['unknown_key', 'options.referenceGrup', 'did you mean "referenceGroup"?']);
    expect(unknown.message).toMatch(/^compareGroups: options has unknown option "referenceGrup"; allowed: referenceGroup, reference, direction, parityBand, tolerance, confidence, tau\./);
    const direction = caught(() => compareGroups(rows, { direction: 'up' as 'higherIsBetter' }));
    expect(direction.message).toBe("compareGroups: options.direction is \"up\"; use 'higherIsBetter' or 'lowerIsBetter'.");
    const confidence = caught(() => compareGroups(rows, { confidence: 1.5 }));
    expect([confidence.code, confidence.path]).toEqual(['out_of_range', 'options.confidence']);
    expect(confidence.message).toMatch(/^compareGroups: options\.confidence is 1\.5; expected a number strictly between 0 and 1\./);
    const negative = caught(() => compareGroups(rows, { tau: -1 }));
    expect([negative.code, negative.path, negative.message]).toEqual(['out_of_range', 'options.tau', 'compareGroups: options.tau is -1; expected a number ≥ 0.']);
    // τ = 0 passes the ≥ 0 check but not Aequitas' (0, 1]: the band τ ≤ ratio ≤ 1/τ would have no upper end.
    for (const tau of [0, 1.25]) {
      const error = caught(() => compareGroups(rows, { tau }));
      expect([error.code, error.path, error.message]).toEqual(['out_of_range', 'options.tau', `compareGroups: options.tau is ${tau}; Aequitas' threshold lies in (0, 1], e.g. 0.8.`]);
    }
    // τ = 1 is allowed: the band is the single ratio 1.
    expect(compareGroups(rows, { tau: 1, referenceGroup: 'best' }).groups.map((g) => g.withinRatioBand)).toEqual([false, true]);
  });

  it('refuses rows that are not an array of { group, numerator, denominator } with one entry per group', () => {
    const refusal = (rows: unknown): [string, string | undefined, string] => {
      const error = caught(() => compareGroups(rows as never));
      return [error.code, error.path, error.message];
    };
    expect(refusal('rows')).toEqual(['invalid_type', 'rows', 'compareGroups: rows is "rows"; expected an array of { group, numerator, denominator }.']);
    expect(refusal([])).toEqual(['empty', 'rows', 'compareGroups: rows is empty; pass one { group, numerator, denominator } per group.']);
    expect(refusal([null])).toEqual(['invalid_type', 'rows[0]', 'compareGroups: rows[0] is null; expected { group, numerator, denominator }.']);
    expect(refusal([{ group: 'a', numerator: 1, denominator: 2 }, 5])).toEqual(['invalid_type', 'rows[1]', 'compareGroups: rows[1] is 5; expected { group, numerator, denominator }.']);
    expect(
      refusal([
        { group: 'Latino', numerator: 3, denominator: 10 },
        { group: 'White', numerator: 5, denominator: 10 },
        { group: 'White', numerator: 1, denominator: 2 },
      ]),
    ).toEqual(['duplicate', 'rows[2].group', 'compareGroups: rows[2].group is "White", already given at rows[1]; give each group once (sum its counts first).']);
    expect(refusal([{ group: 'a', numerator: -1, denominator: 10 }])).toEqual(['out_of_range', 'rows[0].numerator', 'compareGroups: rows[0].numerator is -1; expected a number ≥ 0.']);
    expect(refusal([{ group: 'a', numerator: 11, denominator: 10 }])).toEqual([
      'out_of_range',
      'rows[0].numerator',
      'compareGroups: rows[0].numerator is 11 but its denominator is 10; compareGroups compares proportions (use rateRatio for rates that can exceed 1).',
    ]);
  });

  it('refuses a referenceGroup that is not a strategy or { group: name }, a group that is not a string, and an unknown group without a near name', () => {
    const rows = [
      { group: 'Latino', numerator: 3, denominator: 10 },
      { group: 'White', numerator: 5, denominator: 10 },
    ];
    const refusal = (referenceGroup: unknown): [string, string | undefined, string, string | undefined] => {
      const error = caught(() => compareGroups(rows, { referenceGroup } as never));
      return [error.code, error.path, error.message, error.hint];
    };
    const use = "use 'overall', 'best', 'worst', 'largest' or { group: \"name\" }.";
    expect(refusal(null)).toEqual(['invalid_value', 'options.referenceGroup', `compareGroups: options.referenceGroup is null; ${use}`, undefined]);
    expect(refusal('majority')).toEqual(['invalid_value', 'options.referenceGroup', `compareGroups: options.referenceGroup is "majority"; ${use}`, undefined]);
    expect(refusal(['White'])).toEqual(['invalid_value', 'options.referenceGroup', `compareGroups: options.referenceGroup is an array of length 1; ${use}`, undefined]);
    expect(refusal({ group: 'White', name: 'x' })).toEqual([
      'unknown_key',
      'options.referenceGroup.name',
      'compareGroups: options.referenceGroup has unknown option "name"; allowed: group.',
      undefined,
    ]);
    expect(refusal({ group: 5 })).toEqual([
      'invalid_type',
      'options.referenceGroup.group',
      'compareGroups: options.referenceGroup.group is 5; expected the name of one of the groups.',
      undefined,
    ]);
    // No group name is near "Asian American", so no "did you mean" hint.
    expect(refusal({ group: 'Asian American' })).toEqual([
      'not_found',
      'options.referenceGroup.group',
      'compareGroups: options.referenceGroup.group is "Asian American", which is not among the groups; name one of the groups given in rows.',
      undefined,
    ]);
  });
});

describe('compareGroups: every denominator 0, exactness, the reason field', () => {
  it('every denominator 0: no rate anywhere, a null reference for the pooled, best and worst strategies, no four-fifths comparator', () => {
    const rows = [
      { group: 'a', numerator: 0, denominator: 0 },
      { group: 'b', numerator: 0, denominator: 0 },
    ];
    const table = compareGroups(rows);
    // Pooled 0/0 is undefined: rate null, never NaN.
    expect(table.reference).toEqual({ strategy: 'overall', group: null, numerator: 0, denominator: 0, rate: null });
    expect(table.fourFifthsComparator).toBeNull();
    expect(table.groups.map((g) => [g.rate, g.fourFifthsFlag, g.isReference, g.reason])).toEqual([
      [null, null, false, 'denominator is 0: the rate is undefined'],
      [null, null, false, 'denominator is 0: the rate is undefined'],
    ]);
    expect(table.warnings).toEqual([
      'group "a" has denominator 0: its rate is undefined',
      'group "b" has denominator 0: its rate is undefined',
      'the reference rate is undefined (denominator 0): ratios and differences are null',
    ]);
    for (const strategy of ['best', 'worst'] as const) {
      expect(compareGroups(rows, { referenceGroup: strategy }).reference).toEqual({ strategy, group: null, numerator: 0, denominator: 0, rate: null });
    }
    // 'largest' takes the first of the equal denominators even when they are 0.
    expect(compareGroups(rows, { referenceGroup: 'largest' }).reference).toEqual({ strategy: 'largest', group: 'a', numerator: 0, denominator: 0, rate: null });
  });

  it("reports relativeTolerance when the pooled reference's counts pass 2^53 although every row's are safe integers", () => {
    // 3 and 5 out of 2^53 − 1 each: the pooled denominator 2^54 − 2 is not a safe integer, so comparisons against the
    // pooled rate fall back to doubles. Ratios by hand: 3·(2^54 − 2)/((2^53 − 1)·8) = 6/8 and 10/8.
    const big = Number.MAX_SAFE_INTEGER;
    const table = compareGroups([
      { group: 'a', numerator: 3, denominator: big },
      { group: 'b', numerator: 5, denominator: big },
    ]);
    expect(table.reference.denominator).toBe(2 ** 54 - 2);
    expect(table.groups.map((g) => g.ratioToReference)).toEqual([0.75, 1.25]);
    expect(table.method.ratioComparisons).toBe('relativeTolerance');
  });

  it("reports relativeTolerance when only the best row's counts are unsafe and the named reference's rate is 0", () => {
    // With a reference rate of 0 nothing is compared with the reference; the four-fifths rule still compares each row
    // with the best one, whose counts 2^60 and 2^61 are beyond 2^53.
    const table = compareGroups(
      [
        { group: 'ref', numerator: 0, denominator: 10 },
        { group: 'b', numerator: 2 ** 60, denominator: 2 ** 61 },
      ],
      { referenceGroup: { group: 'ref' } },
    );
    expect(table.fourFifthsComparator).toBe('b');
    // 0 against 0.5: below four-fifths; 0.5 against itself: not.
    expect(table.groups.map((g) => g.fourFifthsFlag)).toEqual([true, false]);
    expect(table.method.ratioComparisons).toBe('relativeTolerance');
  });

  it('gives a row a reason key only when something in it is null', () => {
    const table = compareGroups(
      [
        { group: 'a', numerator: 2, denominator: 10 },
        { group: 'b', numerator: 0, denominator: 0 },
      ],
      { referenceGroup: 'best' },
    );
    expect(Object.keys(table.groups[0] ?? {})).toEqual([
      'group',
      'numerator',
      'denominator',
      'rate',
      'lower',
      'upper',
      'ratioToReference',
      'differenceFromReference',
      'withinParityBand',
      'withinTolerance',
      'fourFifthsFlag',
      'withinRatioBand',
      'isReference',
    ]);
    expect(table.groups[1]?.reason).toBe('denominator is 0: the rate is undefined');
  });
});
