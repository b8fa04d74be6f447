import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mannKendall } from '../../src/trends/mannKendall.ts';
import { seasonalMannKendall } from '../../src/trends/seasonalMannKendall.ts';
import { theilSen } from '../../src/trends/theilSen.ts';

// Golden test: pyMannKendall's published fixture `arbitrary_1d_data` and the values its own test suite asserts
// (mmhs013/pyMannKendall @ ec2e3ab, tests/test_pymannkendall.py; MIT, see tests/fixtures/peers/pymannkendall-LICENSE.md).
interface Fixture {
  data: (number | null)[];
  expected: {
    original_test: { trend: string; h: boolean; p: number; z: number; Tau: number; s: number; var_s: number };
    sens_slope: { slope: number; intercept: number };
    seasonal_test_period12: { trend: string; h: boolean; p: number; z: number; Tau: number; s: number; var_s: number };
    seasonal_sens_slope_period12: { slope: number; intercept: number };
  };
}

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/peers/pymannkendall-original-test.json', import.meta.url), 'utf8'),
) as Fixture;

// Missing values: pyMannKendall drops NaN before computing S and keeps each remaining value's position as its
// time. A series here has no missing values, so a NaN position becomes an absent year: position i → year i.
const series = fixture.data.flatMap((value, i) => (value === null ? [] : [{ year: i, value }]));
// For the seasonal test, position i is season (i mod 12) + 1 of cycle ⌊i/12⌋; missing months are left out.
const monthly = fixture.data.flatMap((value, i) =>
  value === null ? [] : [{ year: Math.floor(i / 12), season: (i % 12) + 1, value }],
);

describe('pyMannKendall original_test fixture', () => {
  const expected = fixture.expected.original_test;
  const result = mannKendall(series);
  it('drops the 7 missing values', () => {
    expect(result.n).toBe(353);
  });
  it('matches S and var(S) exactly', () => {
    expect(result.s).toBe(expected.s);
    expect(result.varS).toBeCloseTo(expected.var_s, 6);
    expect(Math.abs(result.varS - expected.var_s) / expected.var_s).toBeLessThan(1e-12);
  });
  it('matches z, p and tau to 1e-9', () => {
    expect(Math.abs(result.z - expected.z)).toBeLessThan(1e-9);
    expect(Math.abs(result.pValue - expected.p)).toBeLessThan(1e-9);
    expect(Math.abs((result.tau as number) - expected.Tau)).toBeLessThan(1e-9);
  });
  it('reports the trend and h', () => {
    expect(result.trend).toBe(expected.trend);
    expect(result.significant).toBe(expected.h);
  });
});

describe('pyMannKendall sens_slope fixture', () => {
  // pyMannKendall's sens_slope uses the position (with the NaN positions counted) as time, i.e. years 0..359
  // here, and reports the intercept at position 0.
  const expected = fixture.expected.sens_slope;
  const result = theilSen(series);
  it('matches slope and intercept to 1e-9', () => {
    expect(Math.abs(result.slope - expected.slope)).toBeLessThan(1e-9);
    expect(Math.abs(result.intercept - expected.intercept)).toBeLessThan(1e-9);
  });
});

describe('pyMannKendall seasonal_test fixture (period 12)', () => {
  const expected = fixture.expected.seasonal_test_period12;
  const result = seasonalMannKendall(monthly, { period: 12 });
  it('matches S and var(S)', () => {
    expect(result.s).toBe(expected.s);
    expect(Math.abs(result.varS - expected.var_s)).toBeLessThan(1e-9);
  });
  it('matches z, p and tau to 1e-9', () => {
    expect(Math.abs(result.z - expected.z)).toBeLessThan(1e-9);
    expect(Math.abs(result.pValue - expected.p)).toBeLessThan(1e-9);
    expect(Math.abs(result.tau - expected.Tau)).toBeLessThan(1e-9);
  });
  it('reports the trend', () => {
    expect(result.trend).toBe(expected.trend);
    expect(result.significant).toBe(expected.h);
  });
  it('matches the seasonal Sen slope and intercept to 1e-9', () => {
    const sens = fixture.expected.seasonal_sens_slope_period12;
    expect(Math.abs(result.slope - sens.slope)).toBeLessThan(1e-9);
    expect(Math.abs(result.intercept - sens.intercept)).toBeLessThan(1e-9);
  });
});
