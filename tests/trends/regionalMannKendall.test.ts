import { describe, expect, it } from 'vitest';
import { mannKendall } from '../../src/trends/mannKendall.ts';
import { regionalMannKendall } from '../../src/trends/regionalMannKendall.ts';
import { normalQuantile } from '../../src/uncertainty/normalQuantile.ts';
import { caught, expectClose, seriesOf } from './helpers.ts';

// The pyMannKendall golden numbers (regional_test, correlated_multivariate_test) are in pymannkendall.test.ts.

const years = (): number[] => [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

describe('regionalMannKendall', () => {
  it('one site is the Mann–Kendall test of that site', () => {
    const site = seriesOf(years(), [150, 195, 235, 230, 119, 291, 345, 380, 422, 434]);
    const regional = regionalMannKendall({ only: site });
    const single = mannKendall(site);
    expect([regional.s, regional.varS, regional.z, regional.pValue, regional.tau, regional.trend]).toEqual([
      single.s,
      single.varS,
      single.z,
      single.pValue,
      single.tau,
      single.trend,
    ]);
    expect(regional.sites).toEqual([{ site: 'only', n: 10, s: single.s, varS: single.varS }]);
  });
  it('independent sites add S and var(S); the slope is the median of within-site slopes per year', () => {
    const north = seriesOf([2016, 2017, 2018, 2019], [1, 2, 4, 3]);
    const south = seriesOf([2018, 2019, 2021], [10, 7, 4]);
    const result = regionalMannKendall({ north, south });
    // north: S = 5 − 1 = 4, var = 4·3·13/18; south: S = −3, var = 3·2·11/18.
    expect(result.s).toBe(1);
    expectClose(result.varS, (4 * 3 * 13) / 18 + (3 * 2 * 11) / 18, 1e-15);
    expectClose(result.tau, 1 / 9, 1e-15);
    expect(result.z).toBe(0); // (S − 1)/σ with the continuity correction
    // Slopes: north 1, 1.5, 0.6667, 2, 0.5, −1; south −3, −2, −1.5 → median of 9 is 0.5.
    expect(result.slope).toBe(0.5);
    expect(result.n).toBe(7);
    expect(result.sites.map((site) => [site.site, site.n, site.s])).toEqual([
      ['north', 4, 4],
      ['south', 3, -3],
    ]);
    expect(result.continuityCorrection).toBe(true);
    expect(result.dependence).toBe('independent');
  });
  it('correlated sites: two identical sites count once (var(S) is 4·var(S₁), not 2·var(S₁))', () => {
    const site = seriesOf(years(), [3, 5, 4, 6, 8, 7, 9, 11, 10, 12]);
    const single = mannKendall(site, { continuityCorrection: false });
    const correlated = regionalMannKendall({ a: site, b: site }, { dependence: 'correlated' });
    expect(correlated.s).toBe(2 * single.s);
    expectClose(correlated.varS, 4 * single.varS, 1e-12);
    expectClose(correlated.z, single.z, 1e-12);
    expect(correlated.continuityCorrection).toBe(false);
    const independent = regionalMannKendall({ a: site, b: site });
    expectClose(independent.varS, 2 * single.varS, 1e-12);
    expect(independent.pValue).toBeLessThan(correlated.pValue);
    // Sites moving in opposite directions cancel in S, and their covariance is negative.
    const mirrored = site.map((p) => ({ year: p.year, value: -p.value }));
    const opposite = regionalMannKendall({ a: site, b: mirrored }, { dependence: 'correlated' });
    expect([opposite.s, opposite.varS, opposite.trend]).toEqual([0, 0, 'no trend']);
  });
  it('continuityCorrection overrides the default of either dependence', () => {
    const a = seriesOf(years(), [3, 5, 4, 6, 8, 7, 9, 11, 10, 12]);
    const b = seriesOf(years(), [2, 2, 3, 5, 4, 4, 6, 7, 6, 8]);
    const corrected = regionalMannKendall({ a, b }, { dependence: 'correlated', continuityCorrection: true });
    const plain = regionalMannKendall({ a, b }, { dependence: 'correlated' });
    expectClose(corrected.z, (plain.s - 1) / Math.sqrt(plain.varS), 1e-12);
    const independentPlain = regionalMannKendall({ a, b }, { continuityCorrection: false });
    expectClose(independentPlain.z, independentPlain.s / Math.sqrt(independentPlain.varS), 1e-12);
  });
  it('correlated sites use only the years every site has, and say which were left out', () => {
    const a = seriesOf([2016, 2017, 2018, 2019, 2020], [1, 2, 3, 4, 5]);
    const b = seriesOf([2017, 2018, 2019, 2020, 2021], [5, 6, 8, 7, 9]);
    const result = regionalMannKendall({ a, b }, { dependence: 'correlated' });
    expect(result.droppedYears).toEqual([2016, 2021]);
    expect(result.sites.map((site) => site.n)).toEqual([4, 4]);
    expect(result.s).toBe(6 + 4);
    expect(result.warnings.join(' ')).toMatch(/^years 2016, 2021 are missing at some site/);
    // The slope still uses every observation.
    expect(result.n).toBe(10);
    expect(regionalMannKendall({ a, b }).warnings).toEqual([]);
  });
  it('alpha decides significance', () => {
    const a = seriesOf(years(), [3, 5, 4, 6, 8, 7, 9, 11, 10, 12]);
    expect(regionalMannKendall({ a }).trend).toBe('increasing');
    expect(regionalMannKendall({ a }, { alpha: 1e-6 }).trend).toBe('no trend');
  });
});

describe('regionalMannKendall bad input', () => {
  it('needs an object of series with at least one site', () => {
    const array = caught(() => regionalMannKendall([] as unknown as Record<string, { year: number; value: number }[]>));
    expect([array.code, array.path]).toEqual(['invalid_type', 'seriesBySite']);
    expect(array.message).toMatch(/^regionalMannKendall: seriesBySite is .*expected an object with one series per site/);
    const empty = caught(() => regionalMannKendall({}));
    expect([empty.code, empty.path]).toEqual(['empty', 'seriesBySite']);
  });
  it('names the site and entry of a bad value', () => {
    const error = caught(() => regionalMannKendall({ 'District 4': [{ year: 2020, value: Number.NaN }] }));
    expect(error.code).toBe('not_finite');
    expect(error.path).toBe('seriesBySite["District 4"][0].value');
    const duplicate = caught(() => regionalMannKendall({ d: [{ year: 2020, value: 1 }, { year: 2020, value: 2 }] }));
    expect(duplicate.code).toBe('duplicate');
  });
  it('needs two years at some site (two common years when correlated)', () => {
    const short = caught(() => regionalMannKendall({ a: seriesOf([2020], [1]), b: seriesOf([2021], [2]) }));
    expect(short.code).toBe('too_short');
    expect(short.message).toMatch(/^regionalMannKendall: no site has two years of data/);
    const apart = caught(() =>
      regionalMannKendall({ a: seriesOf([2020, 2021], [1, 2]), b: seriesOf([2021, 2022], [2, 3]) }, { dependence: 'correlated' }),
    );
    expect(apart.code).toBe('too_short');
    expect(apart.message).toMatch(/1 year is observed at every site; the correlated regional test needs at least two/);
  });
  it('rejects an unknown dependence or option', () => {
    const site = seriesOf([2020, 2021, 2022], [1, 2, 3]);
    const dependence = caught(() => regionalMannKendall({ site }, { dependence: 'spatial' as 'correlated' }));
    expect([dependence.code, dependence.path]).toEqual(['invalid_value', 'options.dependence']);
    const unknown = caught(() => regionalMannKendall({ site }, { depedence: 'correlated' } as never));
    expect(unknown.code).toBe('unknown_key');
  });
});

describe('regionalMannKendall boundaries and messages', () => {
  it('a significant fall is "decreasing"; |z| equal to the critical value is not significant', () => {
    const falling = regionalMannKendall({ a: seriesOf(years(), [12, 10, 11, 9, 7, 8, 6, 4, 5, 3]) });
    expect([falling.significant, falling.trend]).toEqual([true, 'decreasing']);
    // Sites 1, 2, 3 (S = 3) and 1, 3, 2 (S = 1): S = 4, var(S) = 2·11/3, z = 3/√(22/3); this α was found so that
    // normalQuantile(1 − α/2) returns exactly that z (as in seasonalMannKendall.test.ts).
    const alpha = 0.2679380840341796;
    const edge = regionalMannKendall({ a: seriesOf([2020, 2021, 2022], [1, 2, 3]), b: seriesOf([2020, 2021, 2022], [1, 3, 2]) }, { alpha });
    expect(normalQuantile(1 - alpha / 2)).toBe(edge.z);
    expect([edge.significant, edge.trend]).toEqual([false, 'no trend']);
  });
  it('correlated sites: exactly two common years suffice without a warning; none is too few', () => {
    const two = regionalMannKendall({ a: seriesOf([2020, 2021], [1, 2]), b: seriesOf([2020, 2021], [3, 5]) }, { dependence: 'correlated' });
    expect([two.s, two.droppedYears, two.warnings]).toEqual([2, [], []]);
    const none = caught(() =>
      regionalMannKendall({ a: seriesOf([2020, 2021], [1, 2]), b: seriesOf([2022, 2023], [2, 3]) }, { dependence: 'correlated' }),
    );
    expect([none.code, none.path, none.message]).toEqual([
      'too_short',
      'seriesBySite',
      'regionalMannKendall: 0 years are observed at every site; the correlated regional test needs at least two such years. Use dependence "independent" or give the sites common years.',
    ]);
  });
  it('a site with one year adds nothing but is allowed beside a site with more', () => {
    const result = regionalMannKendall({ a: seriesOf([2020, 2021, 2022], [1, 2, 3]), b: seriesOf([2020], [5]) });
    expect([result.s, result.n, result.sites.map((site) => site.n)]).toEqual([3, 4, [3, 1]]);
  });
  it('the exact messages and paths of an empty, missing or single-year input and a bad option', () => {
    const empty = caught(() => regionalMannKendall({}));
    expect(empty.message).toBe('regionalMannKendall: seriesBySite has no sites; pass at least one series, e.g. { "District 1": [{ year, value }, …] }.');
    for (const [input, shown] of [
      [null, 'null'],
      [5, '5'],
    ] as const) {
      const error = caught(() => regionalMannKendall(input as never));
      expect([error.code, error.path, error.message]).toEqual([
        'invalid_type',
        'seriesBySite',
        `regionalMannKendall: seriesBySite is ${shown}; expected an object with one series per site, e.g. { "District 1": [{ year, value }, …] }.`,
      ]);
    }
    const short = caught(() => regionalMannKendall({ a: seriesOf([2020], [1]), b: seriesOf([2021], [2]) }));
    expect(short.path).toBe('seriesBySite');
    const correction = caught(() => regionalMannKendall({ a: seriesOf([2020, 2021], [1, 2]) }, { continuityCorrection: 'yes' as never }));
    expect([correction.code, correction.path]).toEqual(['invalid_type', 'options.continuityCorrection']);
  });
});
