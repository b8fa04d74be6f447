import { describe, expect, it } from 'vitest';
import { mannKendall } from '../../src/trends/mannKendall.ts';
import { seasonalMannKendall, type SeasonalObservation } from '../../src/trends/seasonalMannKendall.ts';
import { normalQuantile } from '../../src/uncertainty/normalQuantile.ts';
import { caught, expectClose } from './helpers.ts';

// The pyMannKendall golden numbers (seasonal_test, correlated_seasonal_test) are in pymannkendall.test.ts; the
// bad-input cases shared with mannKendall are in mannKendall.test.ts.

/** Two terms a year (fall = 1, spring = 2) with the given values per year. */
function terms(fall: number[], spring: number[], firstYear = 2016): SeasonalObservation[] {
  return fall.flatMap((value, i) => [
    { year: firstYear + i, season: 1, value },
    { year: firstYear + i, season: 2, value: spring[i] as number },
  ]);
}

describe('seasonalMannKendall dependence', () => {
  it('independent seasons (default): S and var(S) add up, continuity correction on', () => {
    const fall = [3, 5, 4, 6, 8, 7, 9, 11];
    const spring = [2, 2, 3, 5, 4, 4, 6, 7];
    const result = seasonalMannKendall(terms(fall, spring), { period: 2 });
    const a = mannKendall(fall.map((value, i) => ({ year: 2016 + i, value })));
    const b = mannKendall(spring.map((value, i) => ({ year: 2016 + i, value })));
    expect(result.s).toBe(a.s + b.s);
    expectClose(result.varS, a.varS + b.varS, 1e-15);
    expect([result.dependence, result.continuityCorrection, result.droppedYears, result.warnings]).toEqual(['independent', true, [], []]);
  });
  it('correlated seasons: identical terms count once (var(S) = 4·var(S₁)), no continuity correction', () => {
    const fall = [3, 5, 4, 6, 8, 7, 9, 11];
    const result = seasonalMannKendall(terms(fall, fall), { period: 2, dependence: 'correlated' });
    const single = mannKendall(fall.map((value, i) => ({ year: 2016 + i, value })), { continuityCorrection: false });
    expect(result.s).toBe(2 * single.s);
    expectClose(result.varS, 4 * single.varS, 1e-12);
    expectClose(result.z, single.z, 1e-12);
    expect(result.continuityCorrection).toBe(false);
    const corrected = seasonalMannKendall(terms(fall, fall), { period: 2, dependence: 'correlated', continuityCorrection: true });
    expectClose(corrected.z, (result.s - 1) / Math.sqrt(result.varS), 1e-12);
  });
  it('correlated seasons leave out a year missing a season, but the slope keeps it', () => {
    const all = terms([1, 2, 3, 4, 5], [2, 3, 5, 4, 6]);
    const partial = all.filter((o) => !(o.year === 2020 && o.season === 2));
    const result = seasonalMannKendall(partial, { period: 2, dependence: 'correlated' });
    expect(result.droppedYears).toEqual([2020]);
    expect(result.seasons.map((season) => season.n)).toEqual([4, 4]);
    expect(result.s).toBe(6 + 4);
    expect(result.warnings.join(' ')).toMatch(/^years 2020 miss at least one season/);
    expect(result.slope).toBe(seasonalMannKendall(partial, { period: 2 }).slope);
  });
  it('needs two years with every season when correlated, and a known dependence', () => {
    const error = caught(() =>
      seasonalMannKendall(
        [
          { year: 2020, season: 1, value: 1 },
          { year: 2021, season: 1, value: 2 },
          { year: 2021, season: 2, value: 2 },
        ],
        { period: 2, dependence: 'correlated' },
      ),
    );
    expect(error.code).toBe('too_short');
    expect(error.message).toMatch(/^seasonalMannKendall: 1 year has every season observed; the correlated seasonal test needs at least two/);
    const dependence = caught(() => seasonalMannKendall(terms([1, 2], [2, 3]), { period: 2, dependence: 'yes' as 'correlated' }));
    expect([dependence.code, dependence.path]).toEqual(['invalid_value', 'options.dependence']);
  });
});

describe('seasonalMannKendall by hand', () => {
  it('seasons and years in any order, alpha and interceptAt: S, var(S), z, tau, the Sen slope and intercept by hand', () => {
    // Season 1: 1, 3, 5 (S = 3); season 2: 4, 2, 6 (S = −1 + 1 + 1 = 1); season 3: 4, 7, 9 (S = 3); S = 7.
    // var(S_s) = 3·2·11/18 = 11/3 each, 11 in all; z = (7 − 1)/√11; tau = 7/9. Within-season slopes −2, 1, 2, 2, 2, 2,
    // 2.5, 3, 4: median 2. median(values) = 4, median(time) = 2021 + 1/3, so the intercept at 2020 is 4 − 2·(4/3).
    const observations = [
      [2022, 3, 9],
      [2021, 3, 7],
      [2020, 3, 4],
      [2022, 1, 5],
      [2021, 1, 3],
      [2020, 1, 1],
      [2022, 2, 6],
      [2021, 2, 2],
      [2020, 2, 4],
    ].map(([year, season, value]) => ({ year, season, value }) as SeasonalObservation);
    const result = seasonalMannKendall(observations, { period: 3, alpha: 0.5, interceptAt: 2020 });
    expect(result.seasons).toEqual([
      { season: 1, n: 3, s: 3, varS: 11 / 3 },
      { season: 2, n: 3, s: 1, varS: 11 / 3 },
      { season: 3, n: 3, s: 3, varS: 11 / 3 },
    ]);
    expect(result.s).toBe(7);
    expectClose(result.varS, 11, 1e-15);
    expectClose(result.z, 6 / Math.sqrt(11), 1e-15);
    expectClose(result.tau, 7 / 9, 1e-15);
    expect(result.slope).toBe(2);
    expectClose(result.intercept, 4 - 2 * (4 / 3), 1e-9);
    expect(result.interceptAt).toBe(2020);
    // z = 1.809 > Φ⁻¹(0.75) = 0.674 at α = 0.5; not at the default α = 0.05 (1.960).
    expect([result.alpha, result.significant, result.trend]).toEqual([0.5, true, 'increasing']);
    const atDefault = seasonalMannKendall(observations, { period: 3 });
    expect([atDefault.significant, atDefault.trend]).toEqual([false, 'no trend']);
  });
  it('is strict at the critical value: |z| = Φ⁻¹(1 − α/2) is not significant, as pyMannKendall tests abs(z) > norm.ppf(1 − α/2)', () => {
    // Fall 1, 2, 3 (S = 3) and spring 1, 3, 2 (S = 1): S = 4, var(S) = 2·11/3, z = 3/√(22/3) = 1.1078…; this α was
    // found so that normalQuantile(1 − α/2) returns exactly that z.
    const alpha = 0.2679380840341796;
    const result = seasonalMannKendall(terms([1, 2, 3], [1, 3, 2]), { period: 2, alpha });
    expect(normalQuantile(1 - alpha / 2)).toBe(result.z);
    expect([result.significant, result.trend]).toEqual([false, 'no trend']);
  });
  it('no season with two years: too_short with the reason', () => {
    const error = caught(() =>
      seasonalMannKendall(
        [
          { year: 2020, season: 1, value: 1 },
          { year: 2020, season: 2, value: 2 },
          { year: 2021, season: 3, value: 3 },
        ],
        { period: 3 },
      ),
    );
    expect([error.code, error.path, error.message]).toEqual([
      'too_short',
      'observations',
      'seasonalMannKendall: no season has two years of data; the seasonal Mann–Kendall test needs at least two years of one season.',
    ]);
  });
  it('correlated seasons: exactly two complete years suffice, none is too few, and every dropped year is listed', () => {
    const two = seasonalMannKendall(terms([1, 2], [3, 5]), { period: 2, dependence: 'correlated' });
    expect([two.s, two.droppedYears, two.warnings]).toEqual([2, [], []]);
    const none = caught(() =>
      seasonalMannKendall(
        [
          { year: 2020, season: 1, value: 1 },
          { year: 2021, season: 1, value: 2 },
          { year: 2022, season: 2, value: 3 },
          { year: 2023, season: 2, value: 4 },
        ],
        { period: 2, dependence: 'correlated' },
      ),
    );
    expect([none.code, none.path, none.message]).toEqual([
      'too_short',
      'observations',
      'seasonalMannKendall: 0 years have every season observed; the correlated seasonal test needs at least two such years. Fill the missing seasons or use dependence "independent".',
    ]);
    const dropped = seasonalMannKendall(
      [
        { year: 2018, season: 1, value: 0 },
        { year: 2019, season: 1, value: 0.5 },
        ...terms([1, 2, 3], [3, 5, 6], 2020),
      ],
      { period: 2, dependence: 'correlated' },
    );
    expect(dropped.droppedYears).toEqual([2018, 2019]);
    expect(dropped.warnings).toEqual([
      'years 2018, 2019 miss at least one season and are left out of S and var(S) (correlated seasons need every season of a year).',
    ]);
  });
  it('bad options and observations: code, path and message', () => {
    const good = terms([1, 2, 3], [1, 3, 2]);
    const period = caught(() => seasonalMannKendall(good, { period: 0 }));
    expect([period.code, period.path]).toEqual(['out_of_range', 'options.period']);
    const correction = caught(() => seasonalMannKendall(good, { period: 2, continuityCorrection: 'yes' as never }));
    expect([correction.code, correction.path]).toEqual(['invalid_type', 'options.continuityCorrection']);
    const interceptAt = caught(() => seasonalMannKendall(good, { period: 2, interceptAt: Number.NaN }));
    expect([interceptAt.code, interceptAt.path]).toEqual(['not_finite', 'options.interceptAt']);
    const notArray = caught(() => seasonalMannKendall('x' as never));
    expect([notArray.code, notArray.path, notArray.message]).toEqual([
      'invalid_type',
      'observations',
      'seasonalMannKendall: observations is "x"; expected an array of { year, season, value }.',
    ]);
    for (const [record, shown] of [
      [null, 'null'],
      [5, '5'],
    ] as const) {
      const error = caught(() => seasonalMannKendall([record] as never));
      expect([error.code, error.path, error.message]).toEqual([
        'invalid_type',
        'observations[0]',
        `seasonalMannKendall: observations[0] is ${shown}; expected { year, season, value }.`,
      ]);
    }
    const year = caught(() => seasonalMannKendall([{ year: 2020.5, season: 1, value: 1 }]));
    expect([year.code, year.path]).toEqual(['not_integer', 'observations[0].year']);
    const value = caught(() => seasonalMannKendall([{ year: 2020, season: 1, value: Number.NaN }]));
    expect([value.code, value.path]).toEqual(['not_finite', 'observations[0].value']);
  });
});
