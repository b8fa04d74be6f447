import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualPercentChange } from '../../src/trends/annualPercentChange.ts';
import { joinpoint } from '../../src/trends/joinpoint.ts';
import { caught, expectClose, seriesOf } from './helpers.ts';

// Golden test against the NCI Joinpoint program's own output. UK-Generations-Study/UK-cancer-trends publishes, for
// Scotland (GLOBOCAN ASR World, 1993–2013 incidence and 1998–2018 mortality), both the input file
// (Data/Cancer Trends/Globocan By Country Last 20/Scotland/Cancer_Data_Scotland_Last_20.txt @ eed02b3) and the
// Joinpoint data export for it (Cancer_Joinpoint_Scotland_Last_20.txt @ 93a35be): joinpoint years, the APC of each
// segment to 4 decimals with * when it differs from 0 at α = 0.05, the model's fitted values to 2 decimals and the
// number of joinpoints of the final model. Eleven series are copied into the fixture below.
interface GoldenSeries {
  years: number[];
  values: number[];
  joinpointCount: number;
  joinpoints: number[];
  apc: number[];
  significant: boolean[];
  fitted?: number[];
}
// Reference values from tests/fixtures/peers/joinpoint-reference.R: the documented Joinpoint formulas evaluated
// with base R (lm, lm.wfit, qt), full precision.
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
interface ReferenceGrid {
  joinpoints: number;
  years: number[];
  sse: number;
  bic: number;
  bic3: number;
  wbic: number;
  wbicWeight: number;
}

function loadGolden(): Record<string, GoldenSeries> {
  const doc = JSON.parse(readFileSync(new URL('../fixtures/peers/joinpoint-scotland-globocan.json', import.meta.url), 'utf8')) as {
    series: Record<string, GoldenSeries>;
  };
  return doc.series;
}
function loadReference(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../fixtures/peers/joinpoint-reference.json', import.meta.url), 'utf8')) as Record<string, unknown>;
}
const asSeries = (s: { years: number[]; values: number[] }): { year: number; value: number }[] => seriesOf(s.years, s.values);

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
  it('the default permutation test selects the published number of joinpoints where the printed run and it agree (9 of 11)', () => {
    // The export's "Final Selected Model"; its selection method is not in the file, but WBIC (Joinpoint 5's
    // default) reproduces all eleven. The permutation test agrees on 9 series; on the other two (male oesophagus
    // incidence, female all-sites incidence) it keeps one joinpoint fewer, as BIC3 does.
    const golden = loadGolden();
    const agree: string[] = [];
    const differ: string[] = [];
    for (const [name, expected] of Object.entries(golden)) {
      const fit = joinpoint(asSeries(expected));
      (fit.joinpointCount === expected.joinpointCount ? agree : differ).push(name);
    }
    expect(differ.sort()).toEqual(['female-all-sites-incidence', 'male-oesophagus-incidence']);
    expect(agree).toHaveLength(9);
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
  it('runs the sequence of Kim et al. (2000) with Joinpoint\'s levels α/(max − k_a): 0 vs 3, 1 vs 3, 2 vs 3', () => {
    const golden = loadGolden()['male-all-sites-mortality'] as GoldenSeries;
    const fit = joinpoint(asSeries(golden));
    expect(fit.maxJoinpoints).toBe(3); // 21 years: Joinpoint's recommended maximum
    expect(fit.tests.map((t) => [t.nullJoinpoints, t.alternativeJoinpoints, t.rejected])).toEqual([
      [0, 3, true],
      [1, 3, true],
      [2, 3, false],
    ]);
    fit.tests.forEach((t) => expectClose(t.level, 0.05 / (3 - t.nullJoinpoints), 1e-15));
    expect(fit.joinpointCount).toBe(2);
    expect(fit.joinpoints).toEqual([2002, 2009]);
    for (const t of fit.tests) {
      // p = (1 + m)/(N + 1) for a whole number m.
      const m = t.pValue * 4500 - 1;
      expect(Math.abs(m - Math.round(m))).toBeLessThan(1e-6);
    }
  });
  it("adjustment: 'bonferroni' tests every step at α/(max − min), as Joinpoint before 3.0", () => {
    const golden = loadGolden()['male-all-sites-mortality'] as GoldenSeries;
    const fit = joinpoint(asSeries(golden), { adjustment: 'bonferroni', permutations: 999 });
    expect(fit.adjustment).toBe('bonferroni');
    fit.tests.forEach((t) => expectClose(t.level, 0.05 / 3, 1e-15));
    // 2 vs 3 is tested at 0.0167 instead of 0.05; the selection here is the same.
    expect(fit.joinpointCount).toBe(2);
  });
  it('alpha sets the overall level', () => {
    const golden = loadGolden()['male-all-sites-mortality'] as GoldenSeries;
    const strict = joinpoint(asSeries(golden), { alpha: 0.001, permutations: 999 });
    // With 999 permutations no p-value is below 0.001/3, so nothing is rejected.
    expect(strict.tests.every((t) => !t.rejected)).toBe(true);
    expect(strict.joinpointCount).toBe(0);
    expect(strict.alpha).toBe(0.001);
  });
  it('is reproducible: the same seed gives the same p-values; another seed other p-values but the same choice here', () => {
    const golden = loadGolden()['male-colorectum-mortality'] as GoldenSeries;
    const a = joinpoint(asSeries(golden), { permutations: 999 });
    const b = joinpoint(asSeries(golden), { permutations: 999 });
    const c = joinpoint(asSeries(golden), { permutations: 999, seed: 12345 });
    expect(a.tests).toEqual(b.tests);
    expect(a.seed).toBe(7160);
    expect(c.tests.map((t) => t.pValue)).not.toEqual(a.tests.map((t) => t.pValue));
    expect(c.joinpointCount).toBe(a.joinpointCount);
    expect(a.permutations).toBe(999);
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
