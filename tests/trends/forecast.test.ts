import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastToYear } from '../../src/trends/forecastToYear.ts';
import { holtForecast } from '../../src/trends/holtForecast.ts';
import { rbaBaseline } from '../../src/trends/rbaBaseline.ts';
import { caught, expectClose, seriesOf } from './helpers.ts';

const A = seriesOf([2010, 2011, 2013, 2014, 2015, 2017, 2018, 2020], [12.1, 12.9, 13.4, 15.2, 14.8, 16.9, 17.3, 18.8]);

describe('forecastToYear', () => {
  it('linear prediction and mean intervals match the OLS formulas evaluated with scipy (t.ppf(0.975, n−2))', () => {
    // scipy 1.17.1: ŷ(2030) = 25.39341317365279, prediction [23.354745769789858, 27.43208057751572],
    // mean [23.634647733745165, 27.152178613560412].
    const p = forecastToYear(A, 2030);
    expectClose(p.value, 25.39341317365279);
    expectClose(p.lower, 23.354745769789858);
    expectClose(p.upper, 27.43208057751572);
    expect(p.horizon).toBe(10);
    const m = forecastToYear(A, 2030, { interval: 'mean' });
    expectClose(m.lower, 23.634647733745165);
    expectClose(m.upper, 27.152178613560412);
  });
  it('log-linear projection follows a constant growth rate exactly', () => {
    const s = [0, 1, 2, 3].map((i) => ({ year: 2020 + i, value: 100 * 1.05 ** i }));
    const r = forecastToYear(s, 2030, { method: 'logLinear' });
    expectClose(r.value, 100 * 1.05 ** 10);
  });
  it('log-linear with a zero value: null with the reason', () => {
    const r = forecastToYear(seriesOf([2020, 2021, 2022], [0, 1, 2]), 2025, { method: 'logLinear' });
    expect(r.value).toBeNull();
    expect(r.warnings[0]).toMatch(/the value in 2020 is ≤ 0/);
  });
  it('rejects a year before the last observation', () => {
    const error = caught(() => forecastToYear(A, 2019));
    expect(error.code).toBe('out_of_range');
    expect(error.path).toBe('year');
    expect(error.message).toMatch(/^forecastToYear: year is 2019, before the last observation \(2020\)/);
  });
});

describe('holtForecast (NIST e-Handbook 6.4.3.3 recursions)', () => {
  it('hand-computed example, α = β = 0.5, S₁ = y₁, b₁ = y₂ − y₁', () => {
    // S₂ = .5·12 + .5·(10 + 2) = 12, b₂ = .5·2 + .5·2 = 2; S₃ = .5·15 + .5·14 = 14.5, b₃ = .5·2.5 + .5·2 = 2.25.
    const r = holtForecast(seriesOf([2020, 2021, 2022], [10, 12, 15]), { alpha: 0.5, beta: 0.5, horizon: 2 });
    expect(r.level).toEqual([10, 12, 14.5]);
    expect(r.trend).toEqual([2, 2, 2.25]);
    expect(r.fitted).toEqual([{ year: 2021, value: 12 }, { year: 2022, value: 14 }]);
    expect(r.sse).toBe(1);
    expect(r.forecast).toEqual([{ year: 2023, value: 16.75 }, { year: 2024, value: 19 }]);
    expect(r.initialization).toEqual({ level: 10, trend: 2, trendMethod: 'firstDifference' });
  });
  it('the other NIST initialisations of b₁', () => {
    const s = seriesOf([2020, 2021, 2022, 2023, 2024], [1, 2, 4, 7, 8]);
    expect(holtForecast(s, { alpha: 1, beta: 0, initialTrend: 'firstThreeDifferences' }).initialization.trend).toBe(2);
    expect(holtForecast(s, { alpha: 1, beta: 0, initialTrend: 'averageDifference' }).initialization.trend).toBe(1.75);
    expect(holtForecast(s, { alpha: 1, beta: 0, initialTrend: 0.5, initialLevel: 0 }).initialization).toEqual({ level: 0, trend: 0.5, trendMethod: 'given' });
  });
  it('a straight line is smoothed and forecast exactly, whatever α and β', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (alpha, beta, a, b) => {
          const s = [0, 1, 2, 3, 4, 5].map((i) => ({ year: 2015 + i, value: a + b * i }));
          const r = holtForecast(s, { alpha, beta, horizon: 3 });
          expectClose(r.forecast[2]?.value, a + b * 8, 1e-9);
        },
      ),
      { numRuns: 100 },
    );
  });
  it('bad input: missing constants, out-of-range constants, gaps, too few years', () => {
    const s = seriesOf([2020, 2021, 2022], [1, 2, 3]);
    const missing = caught(() => holtForecast(s, { alpha: 0.5 } as never));
    expect(missing.code).toBe('missing_field');
    expect(missing.path).toBe('options.beta');
    const range = caught(() => holtForecast(s, { alpha: 1.2, beta: 0.1 }));
    expect(range.code).toBe('out_of_range');
    expect(range.message).toMatch(/^holtForecast: options.alpha is 1.2; a smoothing constant lies in \[0, 1\]/);
    const gap = caught(() => holtForecast(seriesOf([2020, 2022], [1, 2]), { alpha: 0.5, beta: 0.5 }));
    expect(gap.code).toBe('invalid_value');
    expect(gap.message).toMatch(/jumps from 2020 to 2022/);
    const short = caught(() => holtForecast(s, { alpha: 0.5, beta: 0.5, initialTrend: 'firstThreeDifferences' }));
    expect(short.code).toBe('too_short');
    expect(short.message).toMatch(/needs at least 4/);
  });
});

describe('forecast methods: camelCase names (docs/conventions.md), the 0.1 kebab-case accepted until 0.3', () => {
  const series = [
    { year: 2019, value: 10 },
    { year: 2020, value: 12 },
    { year: 2021, value: 13 },
    { year: 2022, value: 15 },
  ];
  it('forecastToYear and rbaBaseline', () => {
    const current = forecastToYear(series, 2025, { method: 'logLinear' });
    const old = forecastToYear(series, 2025, { method: 'log-linear' as never });
    expect(old.value).toBe(current.value);
    expect(old.method).toBe('logLinear');
    expect(current.warnings).toEqual([]);
    expect(old.warnings).toEqual(['deprecated: forecastToYear: options.method "log-linear" is now "logLinear"; the old name is accepted until 0.3.0.']);
    const baseline = rbaBaseline(series, { method: 'theil-sen' as never });
    expect(baseline.method).toBe('theilSen');
    expect(baseline.forecast).toEqual(rbaBaseline(series, { method: 'theilSen' }).forecast);
    expect(baseline.warnings[0]).toBe('deprecated: rbaBaseline: options.method "theil-sen" is now "theilSen"; the old name is accepted until 0.3.0.');
  });
  it('holtForecast initial trends', () => {
    const current = holtForecast(series, { alpha: 0.5, beta: 0.5, initialTrend: 'averageDifference' });
    const old = holtForecast(series, { alpha: 0.5, beta: 0.5, initialTrend: 'average-difference' as never });
    expect(old.forecast).toEqual(current.forecast);
    expect(current.warnings).toEqual([]);
    expect(old.warnings).toEqual(['deprecated: holtForecast: options.initialTrend "average-difference" is now "averageDifference"; the old name is accepted until 0.3.0.']);
  });
});

describe('forecastToYear options and boundaries', () => {
  it('a 90 % prediction interval by hand, and a forecast for the last observed year itself', () => {
    // 10, 12, 15 in 2020–2022: x centred −1, 0, 1, Sxx = 2, slope 2.5, mean 37/3; residuals 1/6, −1/3, 1/6, SSE = 1/6,
    // s² = 1/6 (1 df). At 2025 (x = 4): ŷ = 37/3 + 10, se = √(s²·(1 + 1/3 + 16/2)); t(0.95, 1) = 6.313751514675 (R: qt(0.95, 1)).
    const series = seriesOf([2020, 2021, 2022], [10, 12, 15]);
    const r = forecastToYear(series, 2025, { confidence: 0.9 });
    const se = Math.sqrt((1 / 6) * (1 + 1 / 3 + 8));
    expect(r.confidence).toBe(0.9);
    expectClose(r.value, 37 / 3 + 10, 1e-12);
    expectClose(r.lower, 37 / 3 + 10 - 6.313751514675 * se, 1e-9);
    expectClose(r.upper, 37 / 3 + 10 + 6.313751514675 * se, 1e-9);
    const now = forecastToYear(series, 2022);
    expect(now.horizon).toBe(0);
    expectClose(now.value, 37 / 3 + 2.5, 1e-12);
  });
  it('log-linear: the same interval on the log scale, exponentiated', () => {
    // ln y = 10, 12, 15: the fit and interval of the linear case above, on the log scale.
    const r = forecastToYear(seriesOf([2020, 2021, 2022], [Math.exp(10), Math.exp(12), Math.exp(15)]), 2025, { method: 'logLinear', confidence: 0.9 });
    const se = Math.sqrt((1 / 6) * (1 + 1 / 3 + 8));
    expectClose(Math.log(r.value as number), 37 / 3 + 10, 1e-9);
    expectClose(Math.log(r.lower as number), 37 / 3 + 10 - 6.313751514675 * se, 1e-9);
    expectClose(Math.log(r.upper as number), 37 / 3 + 10 + 6.313751514675 * se, 1e-9);
  });
  it('Theil–Sen: the median-slope line at the year, no interval; "theil-sen" still accepted with a warning', () => {
    // Pairwise slopes 2, 2.5, 3: median 2.5; intercept at 2025 = median(y) − 2.5·(median(year) − 2025) = 12 + 2.5·4 = 22.
    const series = seriesOf([2020, 2021, 2022], [10, 12, 15]);
    const r = forecastToYear(series, 2025, { method: 'theilSen' });
    expect([r.method, r.value, r.lower, r.upper, r.warnings]).toEqual(['theilSen', 22, null, null, []]);
    const old = forecastToYear(series, 2025, { method: 'theil-sen' as never });
    expect([old.method, old.value]).toEqual(['theilSen', 22]);
    expect(old.warnings).toEqual(['deprecated: forecastToYear: options.method "theil-sen" is now "theilSen"; the old name is accepted until 0.3.0.']);
  });
  it('bad options, year and series: code, path and message', () => {
    const series = seriesOf([2020, 2021, 2022], [10, 12, 15]);
    const method = caught(() => forecastToYear(series, 2025, { method: 'cubic' as never }));
    expect([method.code, method.path]).toEqual(['invalid_value', 'options.method']);
    const interval = caught(() => forecastToYear(series, 2025, { interval: 'wide' as never }));
    expect([interval.code, interval.path]).toEqual(['invalid_value', 'options.interval']);
    const year = caught(() => forecastToYear(series, 2025.5));
    expect([year.code, year.path]).toEqual(['not_integer', 'year']);
    const short = caught(() => forecastToYear(seriesOf([2020, 2021], [10, 12]), 2025, { method: 'logLinear' }));
    expect([short.code, short.path, short.message]).toEqual([
      'too_short',
      'series',
      'forecastToYear: series has 2 years; a logLinear forecast with an interval needs at least 3. Add years or use a method that needs fewer.',
    ]);
  });
});

describe('holtForecast bad input: codes, paths and messages', () => {
  it('options missing or not an object', () => {
    const s = seriesOf([2020, 2021, 2022], [1, 2, 3]);
    for (const [options, shown] of [
      [undefined, 'undefined'],
      [null, 'null'],
      [5, '5'],
    ] as const) {
      const error = caught(() => holtForecast(s, options as never));
      expect([error.code, error.path, error.message]).toEqual([
        'missing_field',
        'options',
        `holtForecast: options is ${shown}; pass { alpha, beta }, the smoothing constants in [0, 1].`,
      ]);
    }
  });
  it('each option and series error names its path', () => {
    const s = seriesOf([2020, 2021, 2022], [1, 2, 3]);
    const missing = caught(() => holtForecast(s, { alpha: 0.5 } as never));
    expect(missing.message).toBe('holtForecast: options.beta is missing; pass a smoothing constant in [0, 1] (there is no default: choose it or fit it).');
    const negative = caught(() => holtForecast(s, { alpha: -0.1, beta: 0.5 }));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'options.alpha']);
    const horizon = caught(() => holtForecast(s, { alpha: 0.5, beta: 0.5, horizon: 0 }));
    expect([horizon.code, horizon.path]).toEqual(['out_of_range', 'options.horizon']);
    const trend = caught(() => holtForecast(s, { alpha: 0.5, beta: 0.5, initialTrend: Number.NaN }));
    expect([trend.code, trend.path]).toEqual(['not_finite', 'options.initialTrend']);
    const unknown = caught(() => holtForecast(s, { alpha: 0.5, beta: 0.5, initialTrend: 'bogus' as never }));
    expect([unknown.code, unknown.path, unknown.message]).toEqual([
      'invalid_value',
      'options.initialTrend',
      'holtForecast: options.initialTrend is "bogus"; expected "firstDifference", "firstThreeDifferences", "averageDifference" or a number.',
    ]);
    const level = caught(() => holtForecast(s, { alpha: 0.5, beta: 0.5, initialLevel: Number.NaN }));
    expect([level.code, level.path]).toEqual(['not_finite', 'options.initialLevel']);
    const short = caught(() => holtForecast(s, { alpha: 0.5, beta: 0.5, initialTrend: 'firstThreeDifferences' }));
    expect([short.path, short.message]).toEqual([
      'series',
      'holtForecast: series has 3 years; Holt smoothing with initialTrend "firstThreeDifferences" needs at least 4. Add years or use a method that needs fewer.',
    ]);
    const gap = caught(() => holtForecast(seriesOf([2020, 2022], [1, 2]), { alpha: 0.5, beta: 0.5 }));
    expect(gap.path).toBe('series');
  });
});
