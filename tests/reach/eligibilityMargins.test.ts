import { beforeEach, describe, expect, it } from 'vitest';
import { eligibilityMargins, type EligibilityMarginsResult } from '../../src/reach/index.ts';
import { caught } from './helpers.ts';

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
