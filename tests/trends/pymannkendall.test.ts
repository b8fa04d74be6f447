import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { mannKendall, type MannKendallOptions, type MannKendallResult } from '../../src/trends/mannKendall.ts';
import { regionalMannKendall } from '../../src/trends/regionalMannKendall.ts';
import { seasonalMannKendall, type SeasonalObservation } from '../../src/trends/seasonalMannKendall.ts';
import { theilSen } from '../../src/trends/theilSen.ts';
import { expectClose } from './helpers.ts';

// Golden tests: pyMannKendall's published fixtures and the values its own test suite asserts
// (mmhs013/pyMannKendall, tests/test_pymannkendall.py; MIT, see tests/fixtures/peers/pymannkendall-LICENSE.md):
// `arbitrary_1d_data` (360 monthly values, 7 NaN) in pymannkendall-original-test.json, `arbitrary_2d_data`
// (80 rows × 2 columns, 6 NaN) and the expected values of the other tests in pymannkendall-variants.json.
interface Expected {
  trend: string;
  h: boolean;
  p: number;
  z: number;
  Tau: number;
  s: number;
  var_s: number;
  slope?: number;
}
interface Fixture {
  data: (number | null)[];
  expected: {
    original_test: Expected;
    sens_slope: { slope: number; intercept: number };
    seasonal_test_period12: Expected;
    seasonal_sens_slope_period12: { slope: number; intercept: number };
  };
}
interface Variants {
  arbitrary_2d_data: (number | null)[][];
  expected: Record<string, Expected>;
}

type Series = { year: number; value: number }[];

let fixture: Fixture;
let variants: Variants;
let series: Series;
let monthly: SeasonalObservation[];
let sites: Record<string, Series>;

beforeAll(() => {
  const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/peers/${name}`, import.meta.url), 'utf8'));
  fixture = read('pymannkendall-original-test.json') as Fixture;
  variants = read('pymannkendall-variants.json') as Variants;
  // Missing values: pyMannKendall drops NaN before computing S and keeps each remaining value's position as its
  // time. A series here has no missing values, so a NaN position becomes an absent year: position i → year i.
  series = fixture.data.flatMap((value, i) => (value === null ? [] : [{ year: i, value }]));
  // For the seasonal tests, position i is season (i mod 12) + 1 of cycle ⌊i/12⌋; missing months are left out.
  monthly = fixture.data.flatMap((value, i) => (value === null ? [] : [{ year: Math.floor(i / 12), season: (i % 12) + 1, value }]));
  // The regional tests read each column of the 2-D fixture as a site, its row as the year.
  sites = {};
  for (const column of [0, 1]) {
    sites[`column ${column}`] = variants.arbitrary_2d_data.flatMap((row, year) => {
      const value = row[column];
      return value === null || value === undefined ? [] : [{ year, value }];
    });
  }
});

/** Compares a result with pyMannKendall's asserted values: S exactly, the rest to `tolerance` (relative above 1). */
function expectMatches(
  result: { s: number; varS: number; z: number; pValue: number; tau: number | null; trend: string; significant: boolean },
  expected: Expected,
  tolerance = 1e-9,
): void {
  expect(result.s).toBe(expected.s);
  expectClose(result.varS, expected.var_s, tolerance);
  expectClose(result.z, expected.z, tolerance);
  expectClose(result.pValue, expected.p, tolerance);
  expectClose(result.tau, expected.Tau, tolerance);
  expect(result.trend).toBe(expected.trend);
  expect(result.significant).toBe(expected.h);
}

describe('pyMannKendall original_test fixture', () => {
  it('drops the 7 missing values and matches every asserted value (test_original_test)', () => {
    const result = mannKendall(series);
    expect(result.n).toBe(353);
    expectMatches(result, fixture.expected.original_test, 1e-12);
    expect(result.variant).toBe('original');
    expect(result.pValueMethod).toBe('normal');
  });
});

describe('pyMannKendall sens_slope fixture', () => {
  it('matches slope and intercept to 1e-9 (test_sens_slope)', () => {
    // pyMannKendall's sens_slope uses the position (with the NaN positions counted) as time, i.e. years 0..359
    // here, and reports the intercept at position 0.
    const expected = fixture.expected.sens_slope;
    const result = theilSen(series);
    expectClose(result.slope, expected.slope, 1e-12);
    expectClose(result.intercept, expected.intercept, 1e-12);
  });
});

describe('pyMannKendall serial-correlation variants (arbitrary_1d_data)', () => {
  const cases: [string, MannKendallOptions, number][] = [
    ['hamed_rao_modification_test', { variant: 'hamedRao' }, 353],
    ['hamed_rao_modification_test_lag3', { variant: 'hamedRao', maxLag: 3 }, 353],
    ['yue_wang_modification_test', { variant: 'yueWang' }, 353],
    ['yue_wang_modification_test_lag1', { variant: 'yueWang', maxLag: 1 }, 353],
    ['pre_whitening_modification_test', { variant: 'preWhitening' }, 352],
    ['trend_free_pre_whitening_modification_test', { variant: 'trendFreePreWhitening' }, 352],
  ];
  for (const [name, options, nTested] of cases) {
    it(`${options.variant}${options.maxLag === undefined ? '' : `, maxLag ${options.maxLag}`} matches test_${name}`, () => {
      const result = mannKendall(series, options);
      expectMatches(result, variants.expected[name] as Expected, 1e-12);
      expect(result.variant).toBe(options.variant);
      expect(result.nTested).toBe(nTested);
      expect(result.n).toBe(353);
      // The fixture has gaps (NaN months): the corrections read the observations as equally spaced.
      expect(result.warnings.join(' ')).toMatch(/equally spaced/);
    });
  }
  it('Hamed–Rao with autocorrelationSum "absolute" is pyMannKendall\'s source since issue #29', () => {
    // pyMannKendall @ ec2e3ab hamed_rao_modification_test takes abs(sni); its test file (above) predates that.
    // Values from that function evaluated with numpy 2.4.6 / scipy 1.17.1: var_s 9519876.853499506,
    // z −0.634595549794224, p 0.5256922313341901, n/n* 1.9468845769843306. With maxLag 3 the sum is positive, so
    // both conventions give the test file's lag-3 numbers.
    const absolute = mannKendall(series, { variant: 'hamedRao', autocorrelationSum: 'absolute' });
    expectClose(absolute.varS, 9519876.853499506, 1e-12);
    expectClose(absolute.z, -0.634595549794224, 1e-12);
    expectClose(absolute.pValue, 0.5256922313341901, 1e-12);
    expectClose(absolute.varianceCorrection, 1.9468845769843306, 1e-12);
    expect(absolute.trend).toBe('no trend');
    const signed = mannKendall(series, { variant: 'hamedRao' });
    // n/n* = 1 + 2Σ/(n(n−1)(n−2)) with Σ < 0 here; 'absolute' flips Σ: the two factors sum to 2.
    expectClose((signed.varianceCorrection as number) + (absolute.varianceCorrection as number), 2, 1e-12);
    const lag3 = mannKendall(series, { variant: 'hamedRao', maxLag: 3, autocorrelationSum: 'absolute' });
    expectMatches(lag3, variants.expected.hamed_rao_modification_test_lag3 as Expected, 1e-12);
  });
});

describe('pyMannKendall NoTrendData and TrendData fixtures, every variant', () => {
  // NoTrendData: 360 copies of one number; TrendData: 0 … 359 (plus noise below 1e-13, which changes no order).
  const variantsToRun = ['original', 'hamedRao', 'yueWang', 'preWhitening', 'trendFreePreWhitening'] as const;
  it('a constant series: no trend, p = 1, z = 0, tau 0 (test_*: NoTrendRes)', () => {
    const flat = Array.from({ length: 360 }, (_, year) => ({ year, value: 7 }));
    for (const variant of variantsToRun) {
      const result: MannKendallResult = mannKendall(flat, { variant });
      expect([result.trend, result.significant, result.pValue, result.z, result.tau, result.s]).toEqual(['no trend', false, 1, 0, 0, 0]);
      if (variant === 'original') expect(result.varS).toBe(0);
    }
    for (const maxLag of [3, 1]) {
      expect(mannKendall(flat, { variant: 'hamedRao', maxLag }).pValue).toBe(1);
      expect(mannKendall(flat, { variant: 'yueWang', maxLag }).pValue).toBe(1);
    }
  });
  it('a rising series: increasing, p ≈ 0, tau 1, S = 64620 (test_*: TrendRes)', () => {
    const rising = Array.from({ length: 360 }, (_, year) => ({ year, value: year }));
    for (const variant of variantsToRun) {
      const result = mannKendall(rising, { variant });
      expect(result.trend).toBe('increasing');
      expect(result.significant).toBe(true);
      // pyMannKendall asserts p == 0.0 (its 1 − Φ(z) underflows); p is computed in the tail here.
      expect(result.pValue).toBeLessThan(1e-9);
      if (variant !== 'preWhitening' && variant !== 'trendFreePreWhitening') {
        expect(result.tau).toBe(1);
        expect(result.s).toBe(64620);
      }
    }
    expect(mannKendall(rising, { variant: 'trendFreePreWhitening' }).tau).toBe(1);
  });
});

describe('pyMannKendall seasonal_test fixture (period 12)', () => {
  it('matches every asserted value and the seasonal Sen slope (test_seasonal_test, test_seasonal_sens_slope)', () => {
    const result = seasonalMannKendall(monthly, { period: 12 });
    expectMatches(result, fixture.expected.seasonal_test_period12, 1e-12);
    const sens = fixture.expected.seasonal_sens_slope_period12;
    expectClose(result.slope, sens.slope, 1e-12);
    expectClose(result.intercept, sens.intercept, 1e-12);
    expect(result.dependence).toBe('independent');
    expect(result.continuityCorrection).toBe(true);
  });
  it('correlated seasons match test_correlated_seasonal_test', () => {
    const result = seasonalMannKendall(monthly, { period: 12, dependence: 'correlated' });
    expectMatches(result, variants.expected.correlated_seasonal_test_period12 as Expected, 1e-12);
    // pyMannKendall drops every year with a missing month: 24 of the 30 remain.
    expect(result.seasons.every((season) => season.n === 24)).toBe(true);
    const yearsWithNaN = [...new Set(fixture.data.flatMap((value, i) => (value === null ? [Math.floor(i / 12)] : [])))];
    expect(result.droppedYears).toEqual(yearsWithNaN);
    expect(result.droppedYears).toEqual([1, 2, 4, 5, 20, 21]);
    expect(result.continuityCorrection).toBe(false);
    expect(result.warnings.join(' ')).toMatch(/left out of S and var\(S\)/);
    // The slope still uses every observation (pyMannKendall's seasonal_sens_slope on the padded matrix).
    expectClose(result.slope, fixture.expected.seasonal_sens_slope_period12.slope, 1e-12);
  });
});

describe('pyMannKendall regional tests (arbitrary_2d_data)', () => {
  it('independent sites match test_regional_test', () => {
    const expected = variants.expected.regional_test as Expected;
    const result = regionalMannKendall(sites);
    expectMatches(result, expected, 1e-12);
    expectClose(result.slope, expected.slope as number, 1e-12);
    expect(result.sites.map((site) => site.n)).toEqual([77, 77]);
    expect(result.n).toBe(154);
  });
  it('correlated sites match test_correlated_multivariate_test', () => {
    const expected = variants.expected.correlated_multivariate_test as Expected;
    const result = regionalMannKendall(sites, { dependence: 'correlated' });
    expectMatches(result, expected, 1e-12);
    expectClose(result.slope, expected.slope as number, 1e-12);
    // Rows with a NaN in either column are dropped: 74 common years.
    expect(result.sites.map((site) => site.n)).toEqual([74, 74]);
    expect(result.droppedYears).toEqual([11, 22, 40, 50, 60, 73]);
  });
  it('a constant region: no trend, S = 0, var 0, slope 0 (NoTrend2dData)', () => {
    const flat = Array.from({ length: 360 }, (_, year) => ({ year, value: 4 }));
    for (const dependence of ['independent', 'correlated'] as const) {
      const result = regionalMannKendall({ a: flat, b: flat }, { dependence });
      expect([result.trend, result.significant, result.tau, result.s, result.varS, result.slope]).toEqual(['no trend', false, 0, 0, 0, 0]);
    }
  });
});
