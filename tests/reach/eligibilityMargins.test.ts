import { beforeEach, describe, expect, it } from 'vitest';
import { eligibilityMargins, type EligibilityMarginsResult } from '../../src/reach/index.ts';
import { caught, expectError } from './helpers.ts';

const limit = 50_000;
interface H {
  income: number | null;
  enrolled: boolean;
  w?: number;
}
const households: H[] = [
  { income: 49_000, enrolled: false }, // undercoverage, margin −1000
  { income: 45_000, enrolled: false }, // undercoverage, −5000
  { income: 20_000, enrolled: false }, // undercoverage, −30000
  { income: 51_000, enrolled: true }, // leakage, +1000
  { income: 52_500, enrolled: true }, // leakage, +2500
  { income: 90_000, enrolled: true }, // leakage, +40000
  { income: 30_000, enrolled: true }, // correctly served
  { income: 99_000, enrolled: false }, // correctly excluded
  { income: null, enrolled: true }, // indeterminate
];
const options = {
  margin: (h: H) => (h.income === null ? null : h.income - limit),
  eligible: (h: H) => (h.income === null ? null : h.income <= limit),
  enrolled: (h: H) => h.enrolled,
};

describe('eligibilityMargins', () => {
  let result: EligibilityMarginsResult;
  beforeEach(() => {
    result = eligibilityMargins(households, { ...options, nearThreshold: 2_000, edges: [-40_000, -10_000, 0, 10_000, 50_000] });
  });
  it('splits cases into leakage and undercoverage, leaving out correct and indeterminate ones', () => {
    expect(result.leakage.count).toBe(3);
    expect(result.undercoverage.count).toBe(3);
  });
  it('gives min, max, mean and inverse-CDF quantiles by hand', () => {
    expect(result.leakage).toMatchObject({ min: 1000, max: 40_000, mean: (1000 + 2500 + 40_000) / 3 });
    // Three equal weights: median = smallest x with F(x) ≥ 0.5 = the second value.
    expect(result.leakage.quantiles?.median).toBe(2500);
    expect(result.leakage.quantiles?.p25).toBe(1000);
    expect(result.leakage.quantiles?.p90).toBe(40_000);
    expect(result.undercoverage.quantiles?.median).toBe(-5000);
    expect(result.quantileMethod).toBe('inverseCdf');
  });
  it('counts the near-threshold share and the histogram', () => {
    expect(result.leakage.nearThresholdShare).toBeCloseTo(1 / 3, 12);
    expect(result.undercoverage.nearThresholdShare).toBeCloseTo(1 / 3, 12);
    expect(result.edges).toEqual([-40_000, -10_000, 0, 10_000, 50_000]);
    expect(result.undercoverage.histogram).toEqual([1, 2, 0, 0]);
    expect(result.leakage.histogram).toEqual([0, 0, 2, 1]);
  });
  it('weights cases and lists outside-range margins and missing margins', () => {
    const weighted = eligibilityMargins(
      [
        { income: 60_000, enrolled: true, w: 3 },
        { income: 200_000, enrolled: true, w: 1 },
      ],
      { ...options, weight: (h) => h.w ?? 1, edges: [0, 100_000] },
    );
    expect(weighted.leakage.count).toBe(4);
    expect(weighted.leakage.quantiles?.median).toBe(10_000);
    expect(weighted.leakage.outside).toEqual({ below: 0, above: 1 });
    const missing = eligibilityMargins([{ income: 60_000, enrolled: true }], { ...options, margin: () => null });
    expect(missing.leakage).toMatchObject({ count: 1, missingMargin: 1, quantiles: null, mean: null });
  });
  it('defaults to ten equal bins over the observed margins', () => {
    const plain = eligibilityMargins(households, options);
    expect(plain.edges).toHaveLength(11);
    expect(plain.edges[0]).toBe(-30_000);
    expect(plain.edges[10]).toBe(40_000);
    expect(plain.nearThreshold).toBeNull();
    expect(plain.leakage.nearThresholdShare).toBeNull();
  });
  it('rejects bad input', () => {
    const margin = caught(() => eligibilityMargins(households, { ...options, margin: () => Number.POSITIVE_INFINITY }));
    expect(margin.code).toBe('not_finite');
    expect(margin.path).toBe('rows[0]');
    const edges = caught(() => eligibilityMargins(households, { ...options, edges: [0, 0] }));
    expect(edges.code).toBe('invalid_value');
    expect(edges.path).toBe('options.edges[1]');
    expect(caught(() => eligibilityMargins(households, { ...options, nearThreshold: -1 })).code).toBe('out_of_range');
    expect(caught(() => eligibilityMargins(households, { ...options, eligible: () => 'no' as unknown as boolean })).code).toBe('invalid_type');
  });
});

describe('eligibilityMargins with the eligibility module', () => {
  it('takes the status and criterion margin of evaluateEligibility (margin = threshold − income, so leakage is negative)', async () => {
    const { evaluateEligibility } = await import('../../src/eligibility/index.ts');
    const { syntheticCity } = await import('../../src/synthetic/index.ts');
    const rule = {
      id: 'fee-waiver',
      label: 'Fee waiver',
      version: '2025',
      criteria: { kind: 'fplPercent', id: 'income', label: 'Income at or below 200 % FPL', maxPercent: 200 },
    } as const;
    const city = syntheticCity({ households: 3000, seed: 5 });
    const enrolled = new Set(city.enrollments.filter((e) => e.programYear === 2025).map((e) => e.householdId));
    const rows = city.households.map((household) => ({ household, result: evaluateEligibility(household, rule as never, { asOf: '2025-07-01' }) }));
    const status = (r: (typeof rows)[number]) => (r.result.status === 'indeterminate' ? null : r.result.status === 'eligible');
    const margins = eligibilityMargins(rows, {
      margin: (r) => r.result.criteria.find((c) => c.id === 'income')?.margin ?? null,
      eligible: status,
      enrolled: (r) => enrolled.has(r.household.id),
    });
    expect(margins.leakage.count).toBeGreaterThan(0);
    expect(margins.undercoverage.count).toBeGreaterThan(0);
    expect(margins.leakage.max as number).toBeLessThan(0);
    expect(margins.undercoverage.min as number).toBeGreaterThanOrEqual(0);
  });
});

describe('eligibilityMargins, edges and quantiles at their boundaries', () => {
  interface M {
    m: number | null;
    bad: boolean;
    w?: number;
  }
  // `bad: true` with m > 0 is leakage (ineligible, enrolled); with m ≤ 0 undercoverage (eligible, not enrolled).
  const marginOptions = {
    margin: (r: M) => r.m,
    eligible: (r: M) => (r.m === null ? null : r.m <= 0),
    enrolled: (r: M) => (r.bad ? (r.m as number) > 0 : (r.m as number) <= 0),
    weight: (r: M) => r.w ?? 1,
  };
  const cases = (...margins: number[]): M[] => margins.map((m) => ({ m, bad: true }));

  it('sorts the margins of each group whatever the input order', () => {
    // Leakage 7, 2, 9, 4 → sorted 2, 4, 7, 9; undercoverage −1, −8, −3 → −8, −3, −1. Quantiles by hand (type 1,
    // equal weights): p25 of four = the first value (F = 0.25), median = the second, p75 = the third.
    const result = eligibilityMargins(cases(7, -1, 2, -8, 9, 4, -3), { ...marginOptions, edges: [-10, 10] });
    expect(result.leakage).toMatchObject({ min: 2, max: 9, quantiles: { p10: 2, p25: 2, median: 4, p75: 7, p90: 9 } });
    expect(result.undercoverage).toMatchObject({ min: -8, max: -1, quantiles: { p10: -8, p25: -8, median: -3, p75: -1, p90: -1 } });
  });

  it('spans the default edges over both groups, from the smallest to the largest margin', () => {
    // Leakage margins 1 and 2, undercoverage −0.5 and −5: lo = −5 (undercoverage min), hi = 2 (leakage max).
    const edges = eligibilityMargins(cases(1, 2, -0.5, -5), marginOptions).edges;
    expect(edges.map((e) => Number(e.toFixed(9)))).toEqual([-5, -4.3, -3.6, -2.9, -2.2, -1.5, -0.8, -0.1, 0.6, 1.3, 2]);
    // Only undercoverage, its largest margin sets hi: lo = −5, hi = 0, step 0.5.
    expect(eligibilityMargins(cases(-5, 0, -1), marginOptions).edges).toEqual([-5, -4.5, -4, -3.5, -3, -2.5, -2, -1.5, -1, -0.5, 0]);
    // −5 + 10 × (−1.8 + 5)/10 is −1.7999999999999998 in floating point: the last edge is hi itself.
    expect(eligibilityMargins(cases(-5, -1.8), marginOptions).edges[10]).toBe(-1.8);
  });

  it('falls back to [0, 1] without any error and to [m, m + 1] when every margin is m', () => {
    const none = eligibilityMargins([{ m: 3, bad: false }], marginOptions);
    expect(none.edges).toEqual([0, 1]);
    expect(none.leakage).toMatchObject({ count: 0, quantiles: null, min: null, max: null, mean: null, histogram: [0], outside: { below: 0, above: 0 } });
    const same = eligibilityMargins(cases(4, 4), marginOptions);
    expect(same.edges).toEqual([4, 5]);
    expect(same.leakage.histogram).toEqual([2]);
  });

  it('puts a margin on an edge in the bin that starts there, the last edge in the last bin, and counts the outside', () => {
    // Bins [−2, 0), [0, 2), [2, 4]; margins −3 (below), −2 (bin 0), 0 (bin 1 — undercoverage since m ≤ 0), 2 (bin 2),
    // 4 (last bin, closed), 5 (above).
    const result = eligibilityMargins(cases(-3, -2, 0, 2, 4, 5), { ...marginOptions, edges: [-2, 0, 2, 4] });
    expect(result.undercoverage.histogram).toEqual([1, 1, 0]);
    expect(result.undercoverage.outside).toEqual({ below: 1, above: 0 });
    expect(result.leakage.histogram).toEqual([0, 0, 2]);
    expect(result.leakage.outside).toEqual({ below: 0, above: 1 });
  });

  it('counts a margin exactly at ±nearThreshold as near', () => {
    const result = eligibilityMargins(cases(2, 3, -2, -7), { ...marginOptions, nearThreshold: 2 });
    expect(result.leakage.nearThresholdShare).toBe(0.5);
    expect(result.undercoverage.nearThresholdShare).toBe(0.5);
  });

  it('returns null quantiles and mean when the known margins all weigh 0', () => {
    const result = eligibilityMargins([{ m: 3, bad: true, w: 0 }], marginOptions);
    expect(result.leakage).toMatchObject({ count: 0, min: 3, max: 3, quantiles: null, mean: null, nearThresholdShare: null });
    // A zero weight below the quantile is passed over: p10 of (w 0 at 1, w 1 at 2) is 2.
    const skipped = eligibilityMargins([{ m: 1, bad: true, w: 0 }, { m: 2, bad: true }], marginOptions);
    expect(skipped.leakage.quantiles).toEqual({ p10: 2, p25: 2, median: 2, p75: 2, p90: 2 });
  });

  it('takes the first value whose cumulative share reaches p exactly (a tie) and tolerates rounding in the sums', () => {
    // Two equal weights: F(first) = 0.5 exactly, so the median is the first value (type 1 quantile).
    expect(eligibilityMargins(cases(1, 2), marginOptions).leakage.quantiles?.median).toBe(1);
    // 44 cases of weight 3.3, margins 1…44: the median is the 22nd (22 × 3.3 = half of 44 × 3.3), although the
    // running sum 72.59999999999997 falls short of 0.5 × 145.2 = 72.6 in floating point.
    const many = Array.from({ length: 44 }, (_, k) => ({ m: k + 1, bad: true, w: 3.3 }));
    expect(eligibilityMargins(many, marginOptions).leakage.quantiles?.median).toBe(22);
    // Within a relative 1e-12 of the target counts as reached: 499,999,999,999 of 10¹² is 0.5 − 1e-12.
    const huge = [
      { m: 1, bad: true, w: 499_999_999_999 },
      { m: 2, bad: true, w: 500_000_000_001 },
    ];
    expect(eligibilityMargins(huge, marginOptions).leakage.quantiles?.median).toBe(1);
  });

  it('names the function, the field and the fix in its errors', () => {
    const rows = cases(1);
    const { margin, eligible, enrolled } = marginOptions;
    expectError(() => eligibilityMargins(rows, { eligible, enrolled } as never), 'missing_field', 'options.margin',
      'eligibilityMargins: options.margin is missing; pass a function (row) => number or null.');
    expectError(() => eligibilityMargins(rows, { margin, enrolled } as never), 'missing_field', 'options.eligible',
      'eligibilityMargins: options.eligible is missing; pass a function (row) => true | false | null.');
    expectError(() => eligibilityMargins(rows, { margin, eligible } as never), 'missing_field', 'options.enrolled',
      'eligibilityMargins: options.enrolled is missing; pass a function (row) => boolean.');
    expectError(() => eligibilityMargins(rows, { ...marginOptions, weight: 2 as never }), 'invalid_type', 'options.weight',
      'eligibilityMargins: options.weight is 2; pass a function (row) => number ≥ 0.');
    expectError(() => eligibilityMargins(rows, { ...marginOptions, nearThreshold: -1 }), 'out_of_range', 'options.nearThreshold',
      'eligibilityMargins: options.nearThreshold is -1; expected a number ≥ 0.');
    expectError(() => eligibilityMargins(rows, { ...marginOptions, edges: 5 as never }), 'invalid_type', 'options.edges',
      'eligibilityMargins: options.edges is 5; pass an array of increasing numbers.');
    expectError(() => eligibilityMargins(rows, { ...marginOptions, edges: [0, '1' as never] }), 'invalid_type', 'options.edges[1]',
      'eligibilityMargins: options.edges[1] is "1"; expected a finite number.');
    expectError(() => eligibilityMargins(rows, { ...marginOptions, edges: [0] }), 'invalid_value', 'options.edges',
      'eligibilityMargins: options.edges has 1 entries; pass at least two edges.');
    expectError(() => eligibilityMargins(rows, { ...marginOptions, edges: [0, 2, 1] }), 'invalid_value', 'options.edges[2]',
      'eligibilityMargins: options.edges[2] is 1, not above the edge before it; edges must increase strictly.');
    expectError(() => eligibilityMargins(cases(-1, 1), { ...marginOptions, margin: (r) => (r.m === 1 ? ('1' as never) : r.m) }), 'invalid_type', 'rows[1]',
      'eligibilityMargins: options.margin returned "1" for rows[1]; expected a finite number or null (unknown).');
    expectError(() => eligibilityMargins(cases(-1, 1), { ...marginOptions, margin: (r) => (r.m === 1 ? Number.NaN : r.m) }), 'not_finite', 'rows[1]',
      'eligibilityMargins: options.margin returned NaN for rows[1]; expected a finite number or null (unknown).');
  });
});
