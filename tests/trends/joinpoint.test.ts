import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Sfc32 } from '../../src/internal/random.ts';
import { annualPercentChange } from '../../src/trends/annualPercentChange.ts';
import { joinpoint } from '../../src/trends/joinpoint.ts';
import { caught, expectClose, seriesOf } from './helpers.ts';
import { asSeries, loadGolden, loadReference, type GoldenSeries, type ReferenceGrid } from './joinpointFixtures.ts';

// Reference values from tests/fixtures/peers/joinpoint-reference.R: the documented Joinpoint formulas evaluated
// with base R (lm, lm.wfit, qt), full precision. The golden series (joinpointFixtures.ts) are the NCI Joinpoint
// program's published output for Scotland. The permutation tests on those series with Joinpoint's 4,499
// permutations are in joinpointPermutation.e2e.test.ts (slow under mutation testing); here the same logic is
// checked on a small series against a brute-force replica.
interface ReferenceFit {
  joinpoints: number[];
  slope: number[];
  seSlope: number[];
  df: number;
  sse: number;
  apc?: number[];
  lower?: number[];
  upper?: number[];
  slopeLower?: number[];
  slopeUpper?: number[];
  fitted: number[];
  pValue: number[];
}

function expectFit(result: ReturnType<typeof joinpoint>, reference: ReferenceFit, tolerance = 1e-9): void {
  expect(result.joinpoints).toEqual(reference.joinpoints);
  expect(result.df).toBe(reference.df);
  expectClose(result.sse, reference.sse, tolerance);
  result.segments.forEach((segment, i) => {
    expectClose(segment.slope, reference.slope[i] as number, tolerance);
    expectClose(segment.seSlope, reference.seSlope[i] as number, tolerance);
    expectClose(segment.pValue, reference.pValue[i] as number, tolerance);
    if (reference.apc) {
      expectClose(segment.apc, reference.apc[i] as number, tolerance);
      expectClose(segment.lower, (reference.lower as number[])[i] as number, tolerance);
      expectClose(segment.upper, (reference.upper as number[])[i] as number, tolerance);
    } else {
      expect(segment.apc).toBeNull();
      expectClose(segment.slopeLower, (reference.slopeLower as number[])[i] as number, tolerance);
      expectClose(segment.slopeUpper, (reference.slopeUpper as number[])[i] as number, tolerance);
    }
  });
  result.fitted.forEach((point, i) => expectClose(point.value, reference.fitted[i] as number, tolerance));
}

type PermutationTest = ReturnType<typeof joinpoint>['tests'][number];

/**
 * The sequential permutation tests (Kim, Fay, Feuer & Midthune 2000) as joinpoint's documentation states them,
 * replicated by brute force and independently of src/trends: the best model with k joinpoints is found by fitting
 * every admissible placement (2 observations from each end and between joinpoints) by the normal equations with
 * Gaussian elimination and one step of iterative refinement — the library instead orthogonalises hinge columns on a
 * prefix tree. The permuted data sets are the null model's fit plus its permuted (whitened) residuals, shuffled
 * cumulatively by Fisher–Yates from the last element with the seeded sfc32 stream (checked against PractRand's
 * recurrence in tests/synthetic/createRandom.test.ts); p = (1 + #{T* ≥ T})/(N + 1), ratios equal up to rounding
 * counting as ≥ (the identity permutation reproduces the data); the level is α/(max − k_a) or α/(max − min).
 * So the library's p-values must agree exactly. Log-linear model; series sorted by year.
 */
function permutationReplica(
  series: readonly { year: number; value: number }[],
  options: {
    minJoinpoints: number;
    maxJoinpoints: number;
    alpha: number;
    adjustment: 'joinpoint' | 'bonferroni';
    permutations: number;
    seed: number;
    standardErrors?: readonly number[];
  },
): { tests: PermutationTest[]; selected: number } {
  const n = series.length;
  const meanYear = series.reduce((sum, p) => sum + p.year, 0) / n;
  const x = series.map((p) => p.year - meanYear);
  // Weights 1/var(ln value) = (value/SE)², so √w = value/SE.
  const sqrtW = series.map((p, i) => (options.standardErrors === undefined ? 1 : p.value / options.standardErrors[i]!));
  const yw = series.map((p, i) => sqrtW[i]! * Math.log(p.value));
  const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((sum, ai, i) => sum + ai * b[i]!, 0);
  const solve = (matrix: readonly number[][], rhs: readonly number[]): number[] => {
    const p = rhs.length;
    const a = matrix.map((row, r) => [...row, rhs[r]!]);
    for (let c = 0; c < p; c++) {
      let pivot = c;
      for (let r = c + 1; r < p; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
      [a[c], a[pivot]] = [a[pivot]!, a[c]!];
      const pivotRow = a[c]!;
      for (let r = c + 1; r < p; r++) {
        const row = a[r]!;
        const f = row[c]! / pivotRow[c]!;
        for (let m = c; m <= p; m++) row[m] = row[m]! - f * pivotRow[m]!;
      }
    }
    const beta = new Array<number>(p).fill(0);
    for (let c = p - 1; c >= 0; c--) {
      let sum = a[c]![p]!;
      for (let m = c + 1; m < p; m++) sum -= a[c]![m]! * beta[m]!;
      beta[c] = sum / a[c]![c]!;
    }
    return beta;
  };
  const residualsOf = (knots: readonly number[], response: readonly number[]): number[] => {
    const columns = [sqrtW, x.map((xi, i) => sqrtW[i]! * xi), ...knots.map((j) => x.map((xi, i) => sqrtW[i]! * Math.max(0, xi - x[j]!)))];
    const gram = columns.map((ci) => columns.map((cj) => dot(ci, cj)));
    const residual = (beta: readonly number[]): number[] => response.map((yi, i) => yi - columns.reduce((sum, column, c) => sum + column[i]! * beta[c]!, 0));
    const beta = solve(gram, columns.map((column) => dot(column, response)));
    const correction = solve(gram, columns.map((column) => dot(column, residual(beta))));
    return residual(beta.map((b, c) => b + correction[c]!));
  };
  // Every placement's residual-maker M = I − X(XᵀX)⁻¹Xᵀ, built once (column i: the residuals of the i-th unit vector).
  const residualMakers = (k: number): number[][][] => {
    const makers: number[][][] = [];
    const grow = (knots: number[], from: number): void => {
      if (knots.length === k) makers.push(x.map((_, i) => residualsOf(knots, x.map((__, m) => (m === i ? 1 : 0)))));
      else for (let j = from; j <= n - 3; j++) grow([...knots, j], j + 3);
    };
    grow([], 2);
    return makers;
  };
  const makers = new Map<number, number[][][]>();
  const best = (k: number, response: readonly number[]): { sse: number; residuals: number[] } => {
    if (!makers.has(k)) makers.set(k, residualMakers(k));
    let found = { sse: Number.POSITIVE_INFINITY, residuals: [] as number[] };
    for (const maker of makers.get(k)!) {
      const residuals = x.map((_, row) => maker.reduce((sum, column, i) => sum + column[row]! * response[i]!, 0));
      const sse = dot(residuals, residuals);
      if (sse < found.sse) found = { sse, residuals };
    }
    return found;
  };
  const random = new Sfc32(options.seed);
  const tests: PermutationTest[] = [];
  let ka = options.minJoinpoints;
  let kb = options.maxJoinpoints;
  while (ka < kb) {
    const nullModel = best(ka, yw);
    const statistic = nullModel.sse / best(kb, yw).sse;
    const nullFitted = yw.map((y, i) => y - nullModel.residuals[i]!);
    const shuffled = [...nullModel.residuals];
    let atLeast = 0;
    for (let r = 0; r < options.permutations; r++) {
      for (let i = n - 1; i > 0; i--) {
        const j = random.nextInt(i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      const permuted = nullFitted.map((f, i) => f + shuffled[i]!);
      if (best(ka, permuted).sse / best(kb, permuted).sse >= statistic * (1 - 1e-10)) atLeast++;
    }
    const pValue = (1 + atLeast) / (options.permutations + 1);
    const level = options.alpha / (options.maxJoinpoints - (options.adjustment === 'joinpoint' ? ka : options.minJoinpoints));
    const rejected = pValue < level;
    tests.push({ nullJoinpoints: ka, alternativeJoinpoints: kb, statistic, pValue, level, rejected });
    if (rejected) ka++;
    else kb--;
  }
  return { tests, selected: ka };
}

describe('joinpoint — the NCI Joinpoint program\'s published output (UK-cancer-trends, Scotland)', () => {
  it('finds the same joinpoint years, APCs (to the 4 printed decimals) and significance flags for all eleven series', () => {
    const golden = loadGolden();
    expect(Object.keys(golden)).toHaveLength(11);
    for (const [name, expected] of Object.entries(golden)) {
      const k = expected.joinpointCount;
      const fit = joinpoint(asSeries(expected), { minJoinpoints: k, maxJoinpoints: k });
      expect(fit.joinpoints, name).toEqual(expected.joinpoints);
      expect(fit.segments.map((s) => Math.abs((s.apc as number) - (expected.apc[fit.segments.indexOf(s)] as number)) <= 5e-5), name).toEqual(
        expected.apc.map(() => true),
      );
      // Joinpoint's * marks an APC whose t test rejects 0 at α = 0.05.
      expect(fit.segments.map((s) => (s.pValue as number) < 0.05), name).toEqual(expected.significant);
      if (expected.fitted) {
        fit.fitted.forEach((point, i) => expect(Math.abs(point.value - (expected.fitted as number[])[i]!), name).toBeLessThanOrEqual(0.005));
      }
    }
  });
  it("selection: 'wbic' (Joinpoint 5's default) selects the published number of joinpoints for all eleven series", () => {
    const golden = loadGolden();
    for (const [name, expected] of Object.entries(golden)) {
      const fit = joinpoint(asSeries(expected), { selection: 'wbic' });
      expect(fit.joinpointCount, name).toBe(expected.joinpointCount);
      expect(fit.joinpoints, name).toEqual(expected.joinpoints);
      expect(fit.tests).toEqual([]);
    }
    // BIC alone gets 9 of 11, BIC3 8: the weight matters.
    const agree = (selection: 'bic' | 'bic3'): number =>
      Object.values(golden).filter((expected) => joinpoint(asSeries(expected), { selection }).joinpointCount === expected.joinpointCount).length;
    expect([agree('bic'), agree('bic3')]).toEqual([9, 8]);
  });
});

describe('joinpoint — the documented formulas, checked against base R to 1e-9', () => {
  it('Scotland male all-cancer mortality with joinpoints 2002 and 2009: slopes, standard errors, APCs, t intervals, p-values, fit', () => {
    const golden = loadGolden()['male-all-sites-mortality'] as GoldenSeries;
    const fit = joinpoint(asSeries(golden), { minJoinpoints: 2, maxJoinpoints: 2 });
    expectFit(fit, loadReference()['scotlandMaleMortality'] as ReferenceFit);
    // d = n − (points on joinpoints) − 2·(segments) = 21 − 2 − 6.
    expect(fit.df).toBe(13);
    expect(fit.segments.map((s) => [s.startYear, s.endYear])).toEqual([
      [1998, 2002],
      [2002, 2009],
      [2009, 2018],
    ]);
  });
  it('the grid search finds the least-squares placement for every number of joinpoints (R: all placements by brute force)', () => {
    const golden = loadGolden()['male-all-sites-mortality'] as GoldenSeries;
    const fit = joinpoint(asSeries(golden), { maxJoinpoints: 3, selection: 'bic' });
    const grid = loadReference()['scotlandMaleMortalityGrid'] as ReferenceGrid[];
    expect(fit.candidates.map((c) => c.years)).toEqual(grid.map((g) => g.years));
    fit.candidates.forEach((c, i) => {
      const g = grid[i] as ReferenceGrid;
      expect(c.joinpoints).toBe(g.joinpoints);
      expectClose(c.sse, g.sse);
      expectClose(c.bic, g.bic);
      expectClose(c.bic3, g.bic3);
      expectClose(c.wbic, g.wbic);
      expectClose(c.wbicWeight, g.wbicWeight);
      // Joinpoint's footnote: WBIC = BIC·(1 − weight) + BIC3·weight.
      expectClose(c.wbic, c.bic * (1 - c.wbicWeight) + c.bic3 * c.wbicWeight, 1e-12);
    });
  });
  it('standardErrors: weighted least squares with var(ln rate) = (SE/rate)², as Joinpoint\'s "Standard Error (Provided)"', () => {
    const reference = loadReference();
    const rates = reference['weightedRates'] as number[];
    const errors = reference['weightedStandardErrors'] as number[];
    const series = seriesOf(rates.map((_, i) => 2006 + i), rates);
    const fit = joinpoint(series, { standardErrors: errors, minJoinpoints: 1, maxJoinpoints: 1 });
    expect(fit.weighted).toBe(true);
    expectFit(fit, reference['weighted'] as ReferenceFit);
    const grid = reference['weightedGrid'] as ReferenceGrid[];
    const all = joinpoint(series, { standardErrors: errors, maxJoinpoints: 2, selection: 'bic' });
    expect(all.candidates.map((c) => c.years)).toEqual(grid.map((g) => g.years));
    all.candidates.forEach((c, i) => {
      expectClose(c.sse, (grid[i] as ReferenceGrid).sse);
      expectClose(c.wbicWeight, (grid[i] as ReferenceGrid).wbicWeight);
    });
    // Without the errors the same placement gives the unweighted numbers.
    const unweighted = joinpoint(series, { minJoinpoints: 1, maxJoinpoints: 1 });
    expectFit(unweighted, reference['weightedIgnored'] as ReferenceFit);
  });
  it('standardErrors follow the points when the series is given out of order', () => {
    const reference = loadReference();
    const rates = reference['weightedRates'] as number[];
    const errors = reference['weightedStandardErrors'] as number[];
    const order = rates.map((_, i) => i).reverse();
    const fit = joinpoint(
      order.map((i) => ({ year: 2006 + i, value: rates[i] as number })),
      { standardErrors: order.map((i) => errors[i] as number), minJoinpoints: 1, maxJoinpoints: 1 },
    );
    expectFit(fit, reference['weighted'] as ReferenceFit);
  });
  it("model: 'linear' fits the values themselves: slopes in value units per year, no APC", () => {
    const reference = loadReference();
    const penetration = seriesOf([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025], [11.0, 13.0, 14.4, 13.7, 6.2, 14.6, 16.3, 16.5, 17.0, 17.4]);
    const fit = joinpoint(penetration, { model: 'linear', minJoinpoints: 1 });
    expect(fit.model).toBe('linear');
    expectFit(fit, reference['linear'] as ReferenceFit);
    const grid = reference['linearGrid'] as ReferenceGrid[];
    const both = joinpoint(penetration, { model: 'linear', selection: 'bic' });
    both.candidates.forEach((c, i) => {
      expectClose(c.sse, (grid[i] as ReferenceGrid).sse);
      expectClose(c.bic, (grid[i] as ReferenceGrid).bic);
    });
    expect(both.joinpointCount).toBe(0); // BIC 2.337 (line) < 2.507 (one joinpoint)
  });
  it('with no joinpoint it is the SEER*Stat APC: same slope, interval and p-value as annualPercentChange', () => {
    const golden = loadGolden()['male-lung-mortality'] as GoldenSeries;
    const fit = joinpoint(asSeries(golden), { maxJoinpoints: 0 });
    const apc = annualPercentChange(asSeries(golden));
    const segment = fit.segments[0];
    expect(fit.segments).toHaveLength(1);
    expectClose(segment?.apc, apc.apc as number, 1e-12);
    expectClose(segment?.lower, apc.lower as number, 1e-12);
    expectClose(segment?.upper, apc.upper as number, 1e-12);
    expectClose(segment?.pValue, apc.pValue as number, 1e-12);
    expectClose(segment?.seSlope, apc.seLogSlope as number, 1e-12);
    expect(fit.df).toBe(apc.df);
  });
});

describe('joinpoint — choosing the number of joinpoints', () => {
  it('the permutation p-value estimates the exact permutation p-value (R: all 7! orderings)', () => {
    const exact = loadReference()['exactPermutation'] as { years: number[]; values: number[]; statistic: number; pValue: number };
    const fit = joinpoint(asSeries(exact), { permutations: 50_000, seed: 11 });
    const test = fit.tests[0];
    expect(fit.tests).toHaveLength(1);
    expectClose(test?.statistic, exact.statistic, 1e-9);
    // Monte Carlo standard error √(p(1−p)/N) ≈ 3e-4; four of them.
    expect(Math.abs((test?.pValue as number) - exact.pValue)).toBeLessThan(4 * Math.sqrt((exact.pValue * (1 - exact.pValue)) / 50_000));
    expect(test?.rejected).toBe(true);
    expect(fit.joinpointCount).toBe(1);
  });
  it('the sequence of permutation tests equals a brute-force replica (levels, alpha, adjustment, seed, bounds, weights)', () => {
    // 12 years rising 6 % a year to 2015, then falling 2 % a year, with up to ±1.5 % of fixed noise.
    const series = Array.from({ length: 12 }, (_, t) => ({
      year: 2010 + t,
      value: 100 * Math.exp(0.06 * Math.min(t, 5) - 0.02 * Math.max(0, t - 5)) * (1 + 0.015 * Math.sin(2.3 * t + 1)),
    }));
    const standardErrors = series.map((p, t) => p.value * (0.01 + 0.002 * (t % 4)));
    const defaults = { minJoinpoints: 0, maxJoinpoints: 2, alpha: 0.05, adjustment: 'joinpoint' as const, seed: 7160 };
    const configurations = [
      { permutations: 199 },
      { permutations: 199, adjustment: 'bonferroni' as const },
      { permutations: 199, seed: 12345, alpha: 0.2 },
      { permutations: 99, minJoinpoints: 1 },
      // 0 vs 2 is not rejected at 0.001/2, so 0 vs 1 follows.
      { permutations: 99, alpha: 0.001 },
      // α/(max − min) = 0.83/1 is exactly the replica's p-value of 1 vs 2 (checked below): p < level is strict, not rejected.
      { permutations: 99, minJoinpoints: 1, adjustment: 'bonferroni' as const, alpha: 0.83 },
      { permutations: 99, standardErrors },
    ];
    const outcomes: boolean[] = [];
    for (const options of configurations) {
      const fit = joinpoint(series, options);
      const expected = permutationReplica(series, { ...defaults, ...options });
      expect(fit.tests.map(({ statistic: _, ...rest }) => rest)).toEqual(expected.tests.map(({ statistic: _, ...rest }) => rest));
      fit.tests.forEach((test, i) => expectClose(test.statistic, expected.tests[i]!.statistic, 1e-9));
      expect(fit.joinpointCount).toBe(expected.selected);
      expect(fit.selection).toBe('permutation');
      outcomes.push(...expected.tests.map((test) => test.rejected));
    }
    // The series exercises both outcomes: 0 vs 2 joinpoints is rejected, 1 vs 2 is not.
    expect(new Set(outcomes)).toEqual(new Set([true, false]));
    const boundary = permutationReplica(series, { ...defaults, permutations: 99, minJoinpoints: 1, alpha: 0.83 }).tests[0];
    expect(boundary?.pValue).toBe(boundary?.level);
    // Joinpoint's defaults: 4,499 permutations, seed 7160 (as Joinpoint 4.9 prints), α = 0.05, α/(max − k_a).
    expect(joinpoint(series, { selection: 'bic' })).toMatchObject({ permutations: 4499, seed: 7160, alpha: 0.05, adjustment: 'joinpoint', tests: [] });
  });
  it("selection: 'bic' and 'bic3' take the smallest criterion", () => {
    const golden = loadGolden()['male-all-sites-mortality'] as GoldenSeries;
    const grid = loadReference()['scotlandMaleMortalityGrid'] as ReferenceGrid[];
    const bic = joinpoint(asSeries(golden), { selection: 'bic' });
    const bic3 = joinpoint(asSeries(golden), { selection: 'bic3' });
    const argmin = (key: 'bic' | 'bic3'): number => grid.reduce((best, g) => (g[key] < best[key] ? g : best)).joinpoints;
    expect(bic.joinpointCount).toBe(argmin('bic'));
    expect(bic.joinpointCount).toBe(3);
    expect(bic3.joinpointCount).toBe(argmin('bic3'));
    expect(bic3.joinpointCount).toBe(0);
    expect(bic.tests).toEqual([]);
  });
  it('minJoinpoints and maxJoinpoints bound the search; the default maximum follows the number of years', () => {
    const values = Array.from({ length: 12 }, (_, i) => 50 + i + (i % 3));
    const series = seriesOf(values.map((_, i) => 2010 + i), values);
    expect(joinpoint(series, { selection: 'bic' }).maxJoinpoints).toBe(2); // 12 years
    expect(joinpoint(series.slice(0, 6), { selection: 'bic' }).maxJoinpoints).toBe(0); // < 7 years
    expect(joinpoint(series.slice(0, 7), { selection: 'bic' }).maxJoinpoints).toBe(1);
    const bounded = joinpoint(series, { minJoinpoints: 1, maxJoinpoints: 2, selection: 'bic' });
    expect(bounded.candidates.map((c) => c.joinpoints)).toEqual([1, 2]);
    expect(bounded.joinpointCount).toBeGreaterThanOrEqual(1);
  });
  it('minObservationsFromEnd and minObservationsBetween restrict where joinpoints may fall', () => {
    const values = [10, 12, 14, 16, 18, 17, 16, 15, 14, 15, 16, 17, 18, 19];
    const series = seriesOf(values.map((_, i) => 2000 + i), values);
    const fit = joinpoint(series, { minJoinpoints: 2, maxJoinpoints: 2, model: 'linear' });
    expect(fit.joinpoints).toEqual([2004, 2008]);
    // At least 5 observations on each side pushes the first joinpoint to 2005 at the earliest.
    const far = joinpoint(series, { minJoinpoints: 1, maxJoinpoints: 1, minObservationsFromEnd: 5, model: 'linear' });
    expect(far.joinpoints[0]).toBeGreaterThanOrEqual(2005);
    expect(far.joinpoints[0]).toBeLessThanOrEqual(2008);
    // At least 4 between two joinpoints forbids 2004 and 2008 together.
    const apart = joinpoint(series, { minJoinpoints: 2, maxJoinpoints: 2, minObservationsBetween: 4, model: 'linear' });
    expect((apart.joinpoints[1] as number) - (apart.joinpoints[0] as number)).toBeGreaterThanOrEqual(5);
    expect(apart.minObservationsBetween).toBe(4);
  });
  it('confidence sets the level of the segment intervals', () => {
    const golden = loadGolden()['male-colorectum-mortality'] as GoldenSeries;
    const wide = joinpoint(asSeries(golden), { maxJoinpoints: 1, minJoinpoints: 1, confidence: 0.99 });
    const usual = joinpoint(asSeries(golden), { maxJoinpoints: 1, minJoinpoints: 1 });
    const first = (r: typeof usual): number => (r.segments[0]?.upper as number) - (r.segments[0]?.lower as number);
    expect(first(wide)).toBeGreaterThan(first(usual));
    expect(wide.confidence).toBe(0.99);
  });
});

describe('joinpoint — edge cases and bad input', () => {
  it('a value ≤ 0 on the log-linear model: no model, with the reason (as Joinpoint refuses the fit)', () => {
    const fit = joinpoint(seriesOf([2015, 2016, 2017, 2018, 2019], [3, 4, 0, 5, 6]));
    expect(fit.joinpointCount).toBeNull();
    expect(fit.segments).toEqual([]);
    expect(fit.sse).toBeNull();
    expect(fit.warnings[0]).toMatch(/^the value in 2017 is ≤ 0/);
    expect(joinpoint(seriesOf([2015, 2016, 2017, 2018, 2019], [3, 4, 0, 5, 6]), { model: 'linear' }).joinpointCount).toBe(0);
  });
  it('a segment with one observation off its joinpoints has no standard error', () => {
    const values = [10, 11, 13, 12, 15, 14, 17, 16];
    const fit = joinpoint(seriesOf(values.map((_, i) => 2010 + i), values), {
      minJoinpoints: 2,
      maxJoinpoints: 2,
      minObservationsFromEnd: 1,
      minObservationsBetween: 1,
      model: 'linear',
    });
    expect(fit.segments.some((s) => s.seSlope === null)).toBe(true);
    expect(fit.warnings.some((w) => /not estimable/.test(w))).toBe(true);
  });
  it('no degrees of freedom left: the intervals are null with a warning', () => {
    const fit = joinpoint(seriesOf([2010, 2011, 2012, 2013, 2014], [1, 2, 4, 3, 5]), {
      minJoinpoints: 1,
      maxJoinpoints: 1,
      model: 'linear',
    });
    // 5 − 1 − 4 = 0
    expect(fit.df).toBeNull();
    expect(fit.segments.every((s) => s.lower === null && s.pValue === null && s.slopeLower === null)).toBe(true);
    expect(fit.warnings.some((w) => /no degrees of freedom/.test(w))).toBe(true);
  });
  it('throws for too few years, an impossible joinpoint range and bad options', () => {
    expect(caught(() => joinpoint(seriesOf([2020, 2021], [1, 2]))).code).toBe('too_short');
    const ten = seriesOf([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019], [5, 6, 7, 8, 9, 8, 7, 6, 5, 4]);
    const tooMany = caught(() => joinpoint(ten, { maxJoinpoints: 3 }));
    expect(tooMany.code).toBe('out_of_range');
    expect(tooMany.path).toBe('options.maxJoinpoints');
    expect(tooMany.message).toMatch(/^joinpoint: 3 joinpoints need at least 11 years .* series has 10, which allows at most 2\./);
    expect(caught(() => joinpoint(ten, { minJoinpoints: 2, maxJoinpoints: 1 })).path).toBe('options.maxJoinpoints');
    expect(caught(() => joinpoint(ten, { minJoinpoints: 3 })).path).toBe('options.minJoinpoints');
    expect(caught(() => joinpoint(ten, { standardErrors: [1, 2] })).code).toBe('length_mismatch');
    expect(caught(() => joinpoint(ten, { standardErrors: ten.map(() => 0) })).code).toBe('out_of_range');
    expect(caught(() => joinpoint(ten, { standardErrors: 'se' as unknown as number[] })).code).toBe('invalid_type');
    expect(caught(() => joinpoint(ten, { selection: 'aic' as 'bic' })).code).toBe('invalid_value');
    expect(caught(() => joinpoint(ten, { seed: -1 })).path).toBe('options.seed');
    expect(caught(() => joinpoint(ten, { permutations: 0 })).path).toBe('options.permutations');
    expect(caught(() => joinpoint(ten, { minObservationsFromEnd: 0 })).path).toBe('options.minObservationsFromEnd');
    expect(caught(() => joinpoint(ten, { alpha: 5 })).code).toBe('out_of_range');
    expect(caught(() => joinpoint(ten, { maxJoinpint: 1 } as never)).code).toBe('unknown_key');
  });
  it('refuses a grid too large to search, naming the options that shrink it', () => {
    const values = Array.from({ length: 120 }, (_, i) => 100 + Math.sin(i));
    const error = caught(() => joinpoint(seriesOf(values.map((_, i) => 1900 + i), values), { maxJoinpoints: 6, selection: 'bic' }));
    expect(error.code).toBe('out_of_range');
    expect(error.message).toMatch(/candidate placements \(limit 2000000\); lower options\.maxJoinpoints/);
  });
});

describe('joinpoint — messages, weights and the fields of odd fits', () => {
  it('names the option and the rule in every message', () => {
    const ten = seriesOf([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019], [5, 6, 7, 8, 9, 8, 7, 6, 5, 4]);
    const report = (run: () => unknown): [string, string | undefined, string] => {
      const error = caught(run);
      return [error.code, error.path, error.message];
    };
    expect(report(() => joinpoint(seriesOf([2020, 2021], [1, 2])))[1]).toBe('series');
    expect(report(() => joinpoint(seriesOf([2020, 2021], [1, 2])))[2]).toMatch(/^joinpoint: series has 2 years; a joinpoint regression needs at least 3/);
    expect(report(() => joinpoint(ten, { model: 'log' as 'linear' }))[1]).toBe('options.model');
    expect(report(() => joinpoint(ten, { selection: 'aic' as 'bic' }))[1]).toBe('options.selection');
    expect(report(() => joinpoint(ten, { adjustment: 'holm' as 'joinpoint' }))[1]).toBe('options.adjustment');
    expect(report(() => joinpoint(ten, { minObservationsBetween: -1 }))).toEqual([
      'out_of_range',
      'options.minObservationsBetween',
      'joinpoint: options.minObservationsBetween is -1; expected a whole number ≥ 0.',
    ]);
    expect(report(() => joinpoint(ten, { minJoinpoints: -1 }))).toEqual(['out_of_range', 'options.minJoinpoints', 'joinpoint: options.minJoinpoints is -1; expected a whole number ≥ 0.']);
    expect(report(() => joinpoint(ten, { maxJoinpoints: -1 }))).toEqual(['out_of_range', 'options.maxJoinpoints', 'joinpoint: options.maxJoinpoints is -1; expected a whole number ≥ 0.']);
    expect(report(() => joinpoint(ten, { minJoinpoints: 2, maxJoinpoints: 1 }))).toEqual([
      'out_of_range',
      'options.maxJoinpoints',
      'joinpoint: options.maxJoinpoints is 1, below options.minJoinpoints 2; raise the maximum or lower the minimum.',
    ]);
    expect(report(() => joinpoint(ten, { standardErrors: 'se' as unknown as number[] }))).toEqual([
      'invalid_type',
      'options.standardErrors',
      'joinpoint: options.standardErrors is "se"; expected an array of numbers, one per point of series.',
    ]);
    expect(report(() => joinpoint(ten, { standardErrors: [1, 2] }))).toEqual([
      'length_mismatch',
      'options.standardErrors',
      'joinpoint: options.standardErrors has 2 entries but series has 10; give one standard error per point, in the order of series.',
    ]);
    const errors = ten.map(() => 1);
    expect(report(() => joinpoint(ten, { standardErrors: errors.map((e, i) => (i === 3 ? 0 : e)) }))).toEqual([
      'out_of_range',
      'options.standardErrors[3]',
      'joinpoint: options.standardErrors[3] is 0; a standard error must be > 0.',
    ]);
    expect(report(() => joinpoint(ten, { standardErrors: errors.map((e, i) => (i === 4 ? Number.NaN : e)) }))[1]).toBe('options.standardErrors[4]');
    const values = Array.from({ length: 120 }, (_, i) => 100 + Math.sin(i));
    expect(report(() => joinpoint(seriesOf(values.map((_, i) => 1900 + i), values), { maxJoinpoints: 6, selection: 'bic' }))[1]).toBe('options.maxJoinpoints');
  });
  it("model: 'linear' with standardErrors: weighted least squares with weights 1/SE² (the line by its closed form)", () => {
    const years = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017];
    const values = [3.0, 3.4, 3.1, 4.2, 4.0, 4.9, 4.4, 5.6];
    const standardErrors = [0.5, 0.2, 0.4, 0.1, 0.3, 0.2, 0.6, 0.25];
    const fit = joinpoint(seriesOf(years, values), { model: 'linear', standardErrors, maxJoinpoints: 0 });
    // b = Σw(t − t̄)(y − ȳ)/Σw(t − t̄)², SSE = Σw(y − ȳ − b(t − t̄))², w = 1/SE², weighted means.
    const w = standardErrors.map((se) => 1 / (se * se));
    const sw = w.reduce((a, b) => a + b, 0);
    const tBar = years.reduce((a, t, i) => a + w[i]! * t, 0) / sw;
    const yBar = values.reduce((a, y, i) => a + w[i]! * y, 0) / sw;
    const b = years.reduce((a, t, i) => a + w[i]! * (t - tBar) * (values[i]! - yBar), 0) / years.reduce((a, t, i) => a + w[i]! * (t - tBar) ** 2, 0);
    const sse = years.reduce((a, t, i) => a + w[i]! * (values[i]! - yBar - b * (t - tBar)) ** 2, 0);
    expect(fit.weighted).toBe(true);
    expectClose(fit.segments[0]?.slope, b, 1e-12);
    expectClose(fit.sse, sse, 1e-10);
    fit.fitted.forEach((point, i) => expectClose(point.value, yBar + b * (years[i]! - tBar), 1e-12));
  });
  it('a fit: no warnings, one fitted value per year in order; on the linear model no APC interval', () => {
    const values = [10, 12, 14, 16, 18, 17, 16, 15, 14, 15, 16, 17, 18, 19];
    const years = values.map((_, i) => 2000 + i);
    const fit = joinpoint(seriesOf(years, values), { minJoinpoints: 2, maxJoinpoints: 2, model: 'linear' });
    expect(fit.warnings).toEqual([]);
    expect(fit.fitted.map((p) => p.year)).toEqual(years);
    // Joinpoints 2004 and 2008: the fitted line passes near the data.
    expect(fit.fitted.every((p, i) => Math.abs(p.value - values[i]!) < 1)).toBe(true);
    expect(fit.segments.map((s) => [s.apc, s.lower, s.upper])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    expect(fit.segments.every((s) => s.slopeLower !== null && s.slopeUpper !== null)).toBe(true);
  });
  it('a value ≤ 0 on the log-linear model: every list empty', () => {
    const fit = joinpoint(seriesOf([2015, 2016, 2017, 2018, 2019], [3, 4, 0, 5, 6]));
    expect([fit.joinpoints, fit.segments, fit.fitted, fit.candidates, fit.tests]).toEqual([[], [], [], [], []]);
    expect(fit.df).toBeNull();
  });
  it('adjacent joinpoints (minObservationsBetween 0): the segment between them has no points and no parameters', () => {
    // Exactly piecewise linear with bends at 2014 and 2015.
    const years = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018];
    const values = years.map((t) => t - 2010 + 2 * Math.max(0, t - 2014) - 5 * Math.max(0, t - 2015));
    const fit = joinpoint(seriesOf(years, values), { model: 'linear', minJoinpoints: 2, maxJoinpoints: 2, minObservationsBetween: 0 });
    expect(fit.joinpoints).toEqual([2014, 2015]);
    // d = 9 − 2 (points on joinpoints) − 2·2 (two segments with points; the middle one has none) = 3.
    expect(fit.df).toBe(3);
    expect(fit.segments.map((s) => s.slope.toFixed(9))).toEqual(['1.000000000', '3.000000000', '-2.000000000']);
    expect(fit.segments.map((s) => s.seSlope)).toEqual([0, null, 0]);
    expect(fit.warnings).toEqual(['the segment 2014–2015 has fewer than 2 observations off its joinpoints, so its standard error is not estimable.']);
  });
  it('a segment with one point off its joinpoints: one parameter, no interval, the exact warning', () => {
    const values = [10, 11, 13, 12, 15, 14, 17, 16];
    const fit = joinpoint(seriesOf(values.map((_, i) => 2010 + i), values), { minJoinpoints: 2, maxJoinpoints: 2, minObservationsFromEnd: 1, minObservationsBetween: 1, model: 'linear' });
    expect(fit.joinpoints).toEqual([2013, 2016]);
    // d = 8 − 2 − (2 + 2 + 1).
    expect(fit.df).toBe(1);
    const last = fit.segments[2];
    expect([last?.seSlope, last?.slopeLower, last?.slopeUpper, last?.pValue]).toEqual([null, null, null, null]);
    expect(fit.warnings).toEqual(['the segment 2016–2017 has fewer than 2 observations off its joinpoints, so its standard error is not estimable.']);
  });
  it('no degrees of freedom: the exact warning for 1 and 2 joinpoints; on the log-linear model the APC has no interval', () => {
    const one = joinpoint(seriesOf([2010, 2011, 2012, 2013, 2014], [1, 2, 4, 3, 5]), { minJoinpoints: 1, maxJoinpoints: 1 });
    expect(one.df).toBeNull();
    expect(one.warnings).toEqual(['no degrees of freedom are left for standard errors (n = 5, 1 joinpoint); intervals and p-values are null.']);
    expect(one.segments.map((s) => [s.lower, s.upper, s.apc === null])).toEqual([
      [null, null, false],
      [null, null, false],
    ]);
    const two = joinpoint(seriesOf([2010, 2011, 2012, 2013, 2014, 2015, 2016], [1, 2, 4, 3, 5, 4, 6]), {
      minJoinpoints: 2,
      maxJoinpoints: 2,
      minObservationsFromEnd: 1,
      minObservationsBetween: 1,
      model: 'linear',
    });
    expect(two.warnings).toEqual(['no degrees of freedom are left for standard errors (n = 7, 2 joinpoints); intervals and p-values are null.']);
  });
  it('permuted data sets that reproduce the data count as at least as large (6 years: the identity is drawn about once in 720)', () => {
    const series = seriesOf([2010, 2011, 2012, 2013, 2014, 2015], [20, 23, 25, 24, 22, 21]);
    const options = { minJoinpoints: 0, maxJoinpoints: 1, alpha: 0.05, adjustment: 'joinpoint' as const, permutations: 3000, seed: 5 };
    const fit = joinpoint(series, options);
    const expected = permutationReplica(series, options);
    expect(fit.tests.map((t) => [t.pValue, t.rejected])).toEqual(expected.tests.map((t) => [t.pValue, t.rejected]));
    expectClose(fit.tests[0]?.statistic, expected.tests[0]!.statistic, 1e-9);
  });
  it("selection: 'bic' on a flat series: every SSE is 0 (criterion −∞), the tie goes to the fewest joinpoints", () => {
    const years = Array.from({ length: 12 }, (_, t) => 2010 + t);
    const fit = joinpoint(seriesOf(years, years.map(() => 5)), { model: 'linear', selection: 'bic' });
    expect(fit.candidates.map((c) => c.bic)).toEqual([Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    expect(fit.joinpointCount).toBe(0);
  });
});

describe('joinpoint — invariants (fast-check)', () => {
  it('scaling the values leaves joinpoints and APCs unchanged; order of the points does not matter; SSE falls with k', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 100, noNaN: true }), { minLength: 8, maxLength: 14 }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        (values, scale) => {
          const series = seriesOf(values.map((_, i) => 2000 + i), values);
          const base = joinpoint(series, { selection: 'bic' });
          const scaled = joinpoint(
            series.map((p) => ({ year: p.year, value: p.value * scale })),
            { selection: 'bic' },
          );
          expect(scaled.joinpoints).toEqual(base.joinpoints);
          scaled.segments.forEach((s, i) => expectClose(s.apc, base.segments[i]?.apc as number, 1e-7));
          const reversed = joinpoint([...series].reverse(), { selection: 'bic' });
          expect(reversed.joinpoints).toEqual(base.joinpoints);
          for (let i = 1; i < base.candidates.length; i++) {
            expect((base.candidates[i] as { sse: number }).sse).toBeLessThanOrEqual((base.candidates[i - 1] as { sse: number }).sse * (1 + 1e-9));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
