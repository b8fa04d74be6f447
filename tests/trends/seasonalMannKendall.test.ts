import { describe, expect, it } from 'vitest';
import { mannKendall } from '../../src/trends/mannKendall.ts';
import { seasonalMannKendall, type SeasonalObservation } from '../../src/trends/seasonalMannKendall.ts';
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
