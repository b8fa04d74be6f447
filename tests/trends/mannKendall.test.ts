import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mannKendall } from '../../src/trends/mannKendall.ts';
import { seasonalMannKendall } from '../../src/trends/seasonalMannKendall.ts';
import { caught, expectClose, seriesOf } from './helpers.ts';

const A = seriesOf([2010, 2011, 2013, 2014, 2015, 2017, 2018, 2020], [12.1, 12.9, 13.4, 15.2, 14.8, 16.9, 17.3, 18.8]);
const B = seriesOf([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022], [5, 7, 7, 6, 9, 9, 9, 11, 10, 12, 12, 14]);

describe('mannKendall conventions', () => {
  it('tau-b without continuity correction matches scipy.stats.kendalltau(years, values, method="asymptotic")', () => {
    // scipy 1.17.1: A → tau 0.9285714285714285, p 0.0012968957989590631; B (ties) → tau 0.8668137748205085, p 0.00013196393179706678.
    const a = mannKendall(A, { tau: 'b', continuityCorrection: false });
    expectClose(a.tau, 0.9285714285714285);
    expectClose(a.pValue, 0.0012968957989590631, 1e-12);
    const b = mannKendall(B, { tau: 'b', continuityCorrection: false });
    expectClose(b.tau, 0.8668137748205085);
    expectClose(b.pValue, 0.00013196393179706678, 1e-12);
    expect(b.tauVariant).toBe('b');
    expect(b.continuityCorrection).toBe(false);
  });
  it('with ties, |tau-b| > |tau-a| and the corrected p is larger than scipy\'s', () => {
    const a = mannKendall(B);
    const b = mannKendall(B, { tau: 'b', continuityCorrection: false });
    expect(Math.abs(b.tau as number)).toBeGreaterThan(Math.abs(a.tau as number));
    expect(a.pValue).toBeGreaterThan(b.pValue);
    // S = 55 on B: 66 pairs − 5 tied pairs − 2·3 discordant pairs (7>6 twice, 11>10); var(S) = [12·11·29 − (2·1·9 + 3·2·11 + 2·1·9)]/18.
    expect(a.s).toBe(55);
    expectClose(a.varS, (12 * 11 * 29 - (18 + 66 + 18)) / 18);
    expectClose(a.z, 54 / Math.sqrt(a.varS));
    expectClose(a.tau, 55 / 66);
  });
  it('an all-constant series: var 0, z 0, p 1, no trend (pyMannKendall); tau-b null', () => {
    const flat = seriesOf([2020, 2021, 2022, 2023], [3, 3, 3, 3]);
    const r = mannKendall(flat);
    expect([r.s, r.varS, r.z, r.pValue, r.tau, r.trend]).toEqual([0, 0, 0, 1, 0, 'no trend']);
    const b = mannKendall(flat, { tau: 'b' });
    expect(b.tau).toBeNull();
    expect(b.warnings.join(' ')).toMatch(/tau-b is undefined/);
  });
  it('S = 0 on values that are not all tied: z exactly 0 with or without the continuity correction, p 1, no trend', () => {
    // 2, 4, 1, 3: pairs + − + − − + give S = 0; no ties, so var(S) = 4·3·13/18 = 26/3 (Mann 1945, Kendall 1975).
    // z is 0 for S = 0 (pyMannKendall original_test: z = 0 when s == 0), so p = 2(1 − Φ(0)) = 1; scipy.stats.kendalltau
    // (method="asymptotic") gives tau 0, p 1.0 on these years and values.
    const series = seriesOf([2020, 2021, 2022, 2023], [2, 4, 1, 3]);
    for (const continuityCorrection of [true, false]) {
      const r = mannKendall(series, { continuityCorrection });
      expect([r.s, r.z, r.pValue, r.tau, r.trend, r.significant]).toEqual([0, 0, 1, 0, 'no trend', false]);
      expectClose(r.varS, 26 / 3, 1e-12);
    }
  });
  it('decreasing trend and alpha', () => {
    const down = seriesOf([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020], [31.2, 30.1, 29.5, 28.0, 27.9, 26.3, 25.8, 24.1]);
    const r = mannKendall(down);
    expect(r.s).toBe(-28);
    expect(r.trend).toBe('decreasing');
    expect(mannKendall(down, { alpha: 0.0001 }).trend).toBe('no trend');
  });
  it('tests |z| against Φ⁻¹(1 − α/2): z = 1.431 is significant at α = 0.2 and 0.16, not at 0.15, 0.1 or 0.05', () => {
    // Ten distinct values, S = 17, var(S) = 10·9·25/18 = 125, z = 16/√125 = 1.43108, p = 2(1 − Φ(z)) = 0.152406
    // (pyMannKendall original_test formulas, evaluated with Python's statistics.NormalDist). The critical values
    // are Φ⁻¹(0.9) = 1.2816, Φ⁻¹(0.92) = 1.4051, Φ⁻¹(0.925) = 1.4395, Φ⁻¹(0.95) = 1.6449 and Φ⁻¹(0.975) = 1.96:
    // significant exactly when p < α.
    const series = seriesOf(
      [2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020],
      [12, 11, 16, 14, 18, 13, 20, 19, 17, 15],
    );
    const r = mannKendall(series);
    expect([r.s, r.varS]).toEqual([17, 125]);
    expectClose(r.z, 16 / Math.sqrt(125));
    expectClose(r.pValue, 0.15240628395674927, 1e-12);
    const at = (alpha: number): [boolean, string] => {
      const t = mannKendall(series, { alpha });
      return [t.significant, t.trend];
    };
    expect(at(0.2)).toEqual([true, 'increasing']);
    expect(at(0.16)).toEqual([true, 'increasing']);
    expect(at(0.15)).toEqual([false, 'no trend']);
    expect(at(0.1)).toEqual([false, 'no trend']);
    expect(at(0.05)).toEqual([false, 'no trend']);
    // Mirrored, the same |z| reads as a decreasing trend.
    const mirrored = mannKendall(seriesOf(series.map((p) => p.year), series.map((p) => -p.value)), { alpha: 0.2 });
    expect([mirrored.s, mirrored.trend]).toEqual([-17, 'decreasing']);
    expectClose(mirrored.z, -16 / Math.sqrt(125));
  });
  it('warns that the normal approximation is rough for short series, and points to the exact p-value', () => {
    expect(mannKendall(seriesOf([2020, 2021, 2022], [1, 2, 3])).warnings.join(' ')).toMatch(/normal approximation.*pValueMethod "exact"/);
    expect(mannKendall(seriesOf([2020, 2021, 2022], [1, 2, 3]), { pValueMethod: 'exact' }).warnings).toEqual([]);
  });
});

/** S of values in order, over all pairs. */
function naiveS(values: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) s += Math.sign((values[j] as number) - (values[i] as number));
  return s;
}

/** P(|S| ≥ |s|) over all n! orderings of the values (tied values permuted among themselves too). */
function enumeratedPValue(values: readonly number[]): number {
  const observed = Math.abs(naiveS(values));
  let extreme = 0;
  let total = 0;
  const order = [...values];
  const permute = (k: number): void => {
    if (k === order.length) {
      total++;
      if (Math.abs(naiveS(order)) >= observed) extreme++;
      return;
    }
    for (let i = k; i < order.length; i++) {
      [order[k], order[i]] = [order[i] as number, order[k] as number];
      permute(k + 1);
      [order[k], order[i]] = [order[i] as number, order[k] as number];
    }
  };
  permute(0);
  return extreme / total;
}

describe('mannKendall exact p-value', () => {
  it('without ties matches scipy.stats.kendalltau(method="exact") and R cor.test(method = "kendall", exact = TRUE)', () => {
    // scipy 1.17.1 kendalltau(range(n), values, method="exact").pvalue; R 4.2.2 cor.test(..., exact = TRUE)$p.value
    // agrees to 2e-13 (its recursion in counts loses a few digits). The ten-year case is 2·649/10! (649 orderings
    // with at most 4 inversions, the Mahonian numbers 1 + 9 + 44 + 155 + 440).
    const cases: [number[], number, number][] = [
      [[12, 15, 13, 17, 16, 19, 18, 21, 20, 23], 37, 0.0003576940035273369],
      [[1, 3, 2], 1, 1],
      [[4, 3, 2, 1], -6, 0.08333333333333333],
      [[5.2, 4.8, 6.1, 5.9, 7.0, 6.4, 7.7, 8.1], 22, 0.005505952380952381],
      [[0.31, 0.12, 0.45, 0.27, 0.38, 0.19, 0.52, 0.08, 0.41, 0.33], 3, 0.8618005952380953],
      [[0.0012, 0.3487, -0.1741, -0.7406, -0.2547, -0.7416, 0.3601, 1.6902, -0.0922, -0.1705, 0.9898, 0.9069, 0.7054, -0.2805, 0.6707, 1.4453, -0.5442, 0.3924, -1.0012, -0.3395], -4, 0.9235023313316655],
      [
        [-1.8417, -0.1851, -1.1674, 0.4213, 0.3568, 0.0631, -2.2168, -0.1887, 0.3515, 0.5633, -1.0301, 0.0722, -0.3785, -0.1588, 1.7609, -0.0575, 0.7675, 1.7344, 0.3164, 0.8383, 1.1105, 1.1138, -0.1251, 1.2261, 2.5588, -0.2971, 2.1594, 1.4694, 0.7585, 3.4504, 2.2623, 0.3507, 1.6745],
        250,
        6.270528435511801e-5,
      ],
    ];
    for (const [values, s, p] of cases) {
      const result = mannKendall(values.map((value, i) => ({ year: 2000 + i, value })), { pValueMethod: 'exact' });
      expect(result.s).toBe(s);
      expect(result.pValueMethod).toBe('exact');
      expect(Math.abs(result.pValue - p) / p).toBeLessThan(1e-12);
    }
    expectClose(mannKendall(seriesOf([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025], [12, 15, 13, 17, 16, 19, 18, 21, 20, 23]), { pValueMethod: 'exact' }).pValue, (2 * 649) / 3628800, 1e-15);
  });
  it('with ties is the permutation distribution given the ties (enumeration of all orderings)', () => {
    // Exact rationals from enumerating every distinct arrangement of the values (Python; ties8 also from
    // scipy.stats.permutation_test(permutation_type="pairings", n_resamples=inf) = 0.03333333333333333).
    const cases: [number[], number, number][] = [
      [[3, 5, 5, 4, 8, 8, 6, 8, 11, 9], 31, 109 / 30240],
      [[2, 2, 3, 1, 3, 4, 4, 4], 17, 1 / 30],
      [[0, 0, 1, 0, 2, 0, 3], 9, 4 / 21],
      [[5, 4, 4, 3, 3, 2, 2, 1, 1], -32, 1 / 11340],
    ];
    for (const [values, s, p] of cases) {
      const result = mannKendall(values.map((value, i) => ({ year: 2000 + i, value })), { pValueMethod: 'exact' });
      expect(result.s).toBe(s);
      expect(Math.abs(result.pValue - p) / p).toBeLessThan(1e-13);
    }
  });
  it('equals enumeration over all n! orderings on random short series with ties (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 7 }), (values) => {
        const result = mannKendall(values.map((value, i) => ({ year: 2000 + i, value })), { pValueMethod: 'exact' });
        expect(Math.abs(result.pValue - enumeratedPValue(values))).toBeLessThan(1e-14);
      }),
      { numRuns: 60 },
    );
  });
  it('is 1 for S = 0 and for a constant series; the trend follows S when p ≤ alpha', () => {
    expect(mannKendall(seriesOf([2020, 2021, 2022, 2023], [1, 3, 2, 2]), { pValueMethod: 'exact' }).pValue).toBe(1);
    const flat = mannKendall(seriesOf([2020, 2021, 2022, 2023], [3, 3, 3, 3]), { pValueMethod: 'exact' });
    expect([flat.pValue, flat.trend, flat.significant]).toEqual([1, 'no trend', false]);
    // Five years falling every year: p = 2/5! exactly, significant at an alpha equal to it (p ≤ alpha).
    const down = seriesOf([2021, 2022, 2023, 2024, 2025], [9, 8, 6, 5, 1]);
    const exact = mannKendall(down, { pValueMethod: 'exact' });
    expectClose(exact.pValue, 2 / 120, 1e-15);
    expect(mannKendall(down, { pValueMethod: 'exact', alpha: exact.pValue }).trend).toBe('decreasing');
    expect(mannKendall(down, { pValueMethod: 'exact', alpha: exact.pValue * 0.999 }).trend).toBe('no trend');
    // The normal approximation is less sure on five years: p = 0.0275 > 2/120.
    expect(mannKendall(down).pValue).toBeGreaterThan(exact.pValue);
  });
  it('reports tau-b and z as without exact p; the continuity correction does not change the exact p', () => {
    const exact = mannKendall(B, { pValueMethod: 'exact', tau: 'b' });
    const normal = mannKendall(B, { tau: 'b' });
    expect([exact.s, exact.varS, exact.z, exact.tau]).toEqual([normal.s, normal.varS, normal.z, normal.tau]);
    expect(mannKendall(B, { pValueMethod: 'exact', continuityCorrection: false }).pValue).toBe(exact.pValue);
  });
  it('applies to the pre-whitened series', () => {
    const series = seriesOf([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025], [10.4, 16.3, 15.3, 12.3, 7.5, 12.8, 14.9, 15.5, 16.9, 15.1]);
    const result = mannKendall(series, { variant: 'preWhitening', pValueMethod: 'exact' });
    const r1 = result.lag1Autocorrelation as number;
    const whitened = series.slice(1).map((point, i) => ({ year: point.year, value: point.value - r1 * (series[i] as { value: number }).value }));
    expect(result.nTested).toBe(9);
    expect(result.pValue).toBe(mannKendall(whitened, { pValueMethod: 'exact' }).pValue);
  });
  it('runs up to 100 values and refuses more', () => {
    const long = Array.from({ length: 101 }, (_, i) => ({ year: 1900 + i, value: (i * 37) % 101 }));
    const hundred = mannKendall(long.slice(0, 100), { pValueMethod: 'exact' });
    // With 100 years the exact and normal p-values agree closely.
    expect(Math.abs(hundred.pValue - mannKendall(long.slice(0, 100)).pValue)).toBeLessThan(1e-3);
    const error = caught(() => mannKendall(long, { pValueMethod: 'exact' }));
    expect(error.code).toBe('out_of_range');
    expect(error.message).toMatch(/^mannKendall: an exact p-value is computed for up to 100 values and the series has 101; use pValueMethod "normal"/);
  });
});

describe('mannKendall serial-correlation variants', () => {
  const alternating = (): { year: number; value: number }[] => seriesOf([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025], [1, 10, 2, 11, 3, 12, 4, 13, 5, 14]);
  it('report the variant and its components; gap-free years give no spacing warning', () => {
    const hr = mannKendall(B, { variant: 'hamedRao', maxLag: 3 });
    expect([hr.variant, hr.maxLag, hr.lag1Autocorrelation, hr.nTested]).toEqual(['hamedRao', 3, null, 12]);
    expect(hr.varianceCorrection).toBeGreaterThan(0);
    expectClose(hr.varS, mannKendall(B).varS * (hr.varianceCorrection as number), 1e-12);
    const yw = mannKendall(B, { variant: 'yueWang' });
    expect(yw.maxLag).toBe(11);
    const pw = mannKendall(B, { variant: 'preWhitening' });
    expect([pw.nTested, pw.varianceCorrection, pw.maxLag]).toEqual([11, null, null]);
    expect(pw.lag1Autocorrelation).toBeTypeOf('number');
    for (const result of [hr, yw, pw]) expect(result.warnings.join(' ')).not.toMatch(/equally spaced/);
    const original = mannKendall(B);
    expect([original.varianceCorrection, original.maxLag, original.lag1Autocorrelation]).toEqual([null, null, null]);
  });
  it('Yue–Wang with all lags never shrinks n/n* to 0; with maxLag 1 strong alternation makes it negative and the test undefined', () => {
    expect(mannKendall(alternating(), { variant: 'yueWang' }).varianceCorrection).toBeGreaterThan(0);
    const error = caught(() => mannKendall(alternating(), { variant: 'yueWang', maxLag: 1 }));
    expect(error.code).toBe('invalid_value');
    expect(error.path).toBe('series');
    // ρ₁ of the detrended series is −0.9 and n/n* = 1 + 2(1 − 1/10)(−0.9) = −0.62.
    expect(error.message).toMatch(/^mannKendall: the Yue–Wang correction n\/n\* is -0\.62\d* for this series .*use more lags \(maxLag\)/);
  });
  it('Hamed–Rao signed vs absolute: negative autocorrelation shrinks var(S) unless the sum is taken in absolute value', () => {
    const error = caught(() => mannKendall(alternating(), { variant: 'hamedRao', maxLag: 1 }));
    expect(error.code).toBe('invalid_value');
    expect(error.message).toMatch(/Hamed–Rao correction n\/n\* is -0\.26 .*autocorrelationSum "absolute"/);
    const absolute = mannKendall(alternating(), { variant: 'hamedRao', maxLag: 1, autocorrelationSum: 'absolute' });
    // 1 + 2·|8·7·6·ρ₁|/(10·9·8) = 2.26 with ρ₁ = −0.9 (the ranks alternate as the values do).
    expectClose(absolute.varianceCorrection, 2.26, 1e-12);
    expect(absolute.pValue).toBeGreaterThan(mannKendall(alternating()).pValue);
  });
  it('Hamed–Rao counts only autocorrelations outside ±Φ⁻¹(1 − α/2)/√n, at the test\'s own alpha', () => {
    // On B, lag-1 ρ of the ranks is below the 5 % bound but above the 50 % one.
    const strict = mannKendall(B, { variant: 'hamedRao', maxLag: 1 });
    const loose = mannKendall(B, { variant: 'hamedRao', maxLag: 1, alpha: 0.5 });
    expect(strict.varianceCorrection).toBe(1);
    expect(loose.varianceCorrection).not.toBe(1);
  });
});

describe('mannKendall and seasonalMannKendall bad input', () => {
  it('rejects options that do not apply to the variant, and unknown values', () => {
    const lag = caught(() => mannKendall(A, { maxLag: 2 }));
    expect([lag.code, lag.path]).toEqual(['invalid_value', 'options.maxLag']);
    expect(lag.message).toMatch(/^mannKendall: options.maxLag applies to variant "hamedRao" or "yueWang", not "original"/);
    const sum = caught(() => mannKendall(A, { variant: 'yueWang', autocorrelationSum: 'absolute' }));
    expect([sum.code, sum.path]).toEqual(['invalid_value', 'options.autocorrelationSum']);
    const exact = caught(() => mannKendall(A, { variant: 'hamedRao', pValueMethod: 'exact' }));
    expect([exact.code, exact.path]).toEqual(['invalid_value', 'options.pValueMethod']);
    expect(exact.message).toMatch(/cannot be combined with variant "hamedRao"/);
    const variant = caught(() => mannKendall(A, { variant: 'hamed_rao' as 'hamedRao' }));
    expect([variant.code, variant.path]).toEqual(['invalid_value', 'options.variant']);
    const method = caught(() => mannKendall(A, { pValueMethod: 'permutation' as 'exact' }));
    expect(method.path).toBe('options.pValueMethod');
  });
  it('maxLag is a whole number from 1 to n − 1', () => {
    for (const maxLag of [0, 8, 2.5]) {
      const error = caught(() => mannKendall(A, { variant: 'yueWang', maxLag }));
      expect(error.path).toBe('options.maxLag');
      expect(['out_of_range', 'not_integer']).toContain(error.code);
    }
    expect(mannKendall(A, { variant: 'yueWang', maxLag: 7 }).maxLag).toBe(7);
  });
  it('pre-whitening needs 4 years', () => {
    const error = caught(() => mannKendall(seriesOf([2020, 2021, 2022], [1, 2, 4]), { variant: 'preWhitening' }));
    expect(error.code).toBe('too_short');
    expect(error.message).toMatch(/^mannKendall: series has 3 years; the pre-whitened Mann–Kendall test needs at least 4/);
  });
  it('needs 3 years', () => {
    const error = caught(() => mannKendall(seriesOf([2020, 2021], [1, 2])));
    expect(error.code).toBe('too_short');
    expect(error.message).toMatch(/^mannKendall: series has 2 years; the Mann–Kendall test needs at least 3/);
  });
  it('rejects alpha outside (0, 1)', () => {
    for (const alpha of [0, 1, -0.1, 5]) {
      const error = caught(() => mannKendall(A, { alpha }));
      expect(error.code).toBe('out_of_range');
      expect(error.path).toBe('options.alpha');
      expect(error.message).toMatch(/^mannKendall: options.alpha is .*strictly between 0 and 1/);
    }
  });
  it('rejects a repeated (year, season)', () => {
    const error = caught(() =>
      seasonalMannKendall([
        { year: 2020, season: 1, value: 1 },
        { year: 2020, season: 1, value: 2 },
      ]),
    );
    expect(error.code).toBe('duplicate');
    expect(error.path).toBe('observations[1]');
    expect(error.message).toMatch(/^seasonalMannKendall: observations\[1\] repeats year 2020, season 1/);
  });
  it('rejects a season outside 1..period', () => {
    const error = caught(() => seasonalMannKendall([{ year: 2020, season: 5, value: 1 }], { period: 4 }));
    expect(error.code).toBe('out_of_range');
    expect(error.path).toBe('observations[0].season');
  });
  it('needs two years of some season', () => {
    const error = caught(() => seasonalMannKendall([{ year: 2020, season: 1, value: 1 }, { year: 2020, season: 2, value: 1 }], { period: 2 }));
    expect(error.code).toBe('too_short');
  });
});
