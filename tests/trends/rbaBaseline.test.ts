import { beforeEach, describe, expect, it } from 'vitest';
import { rbaBaseline } from '../../src/trends/rbaBaseline.ts';
import { turnedTheCurve } from '../../src/trends/turnedTheCurve.ts';
import { caught, expectClose, seriesOf } from './helpers.ts';

describe('rbaBaseline', () => {
  const history = seriesOf([2023, 2021, 2022, 2024], [26, 30, 28, 23]);
  it('history sorted plus a linear forecast on the current course', () => {
    const r = rbaBaseline(history, { horizon: 2 });
    expect(r.history.map((p) => p.year)).toEqual([2021, 2022, 2023, 2024]);
    // OLS on (2021..2024, 30, 28, 26, 23): slope −11.5/5 = −2.3, value at 2025 = 26.75 − 2.3·(2025 − 2022.5) = 21.
    expectClose(r.slope, -2.3);
    expectClose(r.forecast[0]?.value, 21);
    expect(r.forecast.map((p) => p.year)).toEqual([2025, 2026]);
    expect(r.warnings).toEqual([]);
  });
  it('other methods: flat, Theil–Sen, log-linear', () => {
    expect(rbaBaseline(history, { method: 'flat', horizon: 1 }).forecast).toEqual([{ year: 2025, value: 23 }]);
    const sen = rbaBaseline(seriesOf([2020, 2021, 2022, 2023, 2024], [10, 12, 14, 16, 60]), { method: 'theilSen', horizon: 1 });
    expectClose(sen.slope, 2);
    const log = rbaBaseline(seriesOf([2020, 2021, 2022], [100, 110, 121]), { method: 'logLinear', horizon: 1 });
    expectClose(log.forecast[0]?.value, 133.1);
  });
  it('warns below 3 years of history (RBA asks for 3–5) and refuses fewer than 2', () => {
    expect(rbaBaseline(seriesOf([2020, 2021], [1, 2])).warnings[0]).toMatch(/RBA guidance asks for 3 to 5 years/);
    const error = caught(() => rbaBaseline(seriesOf([2020], [1])));
    expect(error.code).toBe('too_short');
    expect(error.path).toBe('history');
  });
  it('log-linear with a zero value: empty forecast with the reason', () => {
    const r = rbaBaseline(seriesOf([2020, 2021, 2022], [0, 1, 2]), { method: 'logLinear' });
    expect(r.forecast).toEqual([]);
    expect(r.slope).toBeNull();
    expect(r.warnings[0]).toMatch(/cannot be fitted/);
  });
});

describe('turnedTheCurve', () => {
  let baseline: ReturnType<typeof rbaBaseline>;
  beforeEach(() => {
    baseline = rbaBaseline(seriesOf([2021, 2022, 2023], [10, 12, 14]), { horizon: 3 });
  });
  it('slowing a worsening trend counts as turning the curve (lower is better)', () => {
    const r = turnedTheCurve(seriesOf([2024, 2025, 2026], [17, 17, 17]), baseline, { direction: 'lowerIsBetter' });
    expect(r.years.map((y) => y.better)).toEqual([false, true, true]);
    expect(r.yearsBetter).toBe(2);
    expect(r.turned).toBe(true);
  });
  it('higher is better by default, and accepts a plain forecast series', () => {
    const r = turnedTheCurve(seriesOf([2024], [15]), seriesOf([2024], [16]));
    expect(r.direction).toBe('higherIsBetter');
    expect(r.turned).toBe(false);
    expect(r.years[0]?.difference).toBe(-1);
  });
  it('no overlapping year: turned is null with a warning', () => {
    const r = turnedTheCurve(seriesOf([2030], [1]), baseline);
    expect(r.turned).toBeNull();
    expect(r.warnings[0]).toMatch(/no year is in both/);
  });
  it('compares only the years both have, in order; equal to the forecast is not better', () => {
    // Forecast 16, 18, 20 for 2024–2026 (slope 2 from 10, 12, 14); the actual series has 2023 and 2027 too.
    const r = turnedTheCurve(seriesOf([2027, 2025, 2023, 2024, 2026], [30, 18, 1, 17, 19]), baseline);
    expect(r.years).toEqual([
      { year: 2024, actual: 17, forecast: 16, difference: 1, better: true },
      { year: 2025, actual: 18, forecast: 18, difference: 0, better: false },
      { year: 2026, actual: 19, forecast: 20, difference: -1, better: false },
    ]);
    expect([r.yearsCompared, r.yearsBetter, r.turned, r.warnings]).toEqual([3, 1, false, []]);
    const lower = turnedTheCurve(seriesOf([2025], [18]), baseline, { direction: 'lowerIsBetter' });
    expect(lower.years[0]?.better).toBe(false);
  });
  it('no overlap says so exactly', () => {
    const r = turnedTheCurve([], baseline);
    expect([r.years, r.yearsCompared, r.yearsBetter, r.turned]).toEqual([[], 0, 0, null]);
    expect(r.warnings).toEqual(['no year is in both the actual series and the forecast, so nothing was compared.']);
  });
  it('rejects a baseline that is neither', () => {
    const error = caught(() => turnedTheCurve(seriesOf([2024], [1]), { history: [] } as never));
    expect(error.code).toBe('invalid_type');
    expect(error.path).toBe('baseline');
    expect(error.message).toBe(
      'turnedTheCurve: baseline is an object; pass the result of rbaBaseline or a { year, value }[] forecast.',
    );
    // A function is not a baseline result even when it carries a forecast array.
    const withForecast = Object.assign(() => 0, { forecast: seriesOf([2024], [1]) });
    for (const bad of [null, 5, withForecast]) {
      const wrong = caught(() => turnedTheCurve(seriesOf([2024], [1]), bad as never));
      expect([wrong.code, wrong.path]).toEqual(['invalid_type', 'baseline']);
    }
  });
  it('names the bad entry in a plain forecast, in a baseline result and in the direction', () => {
    const plain = caught(() => turnedTheCurve(seriesOf([2024], [1]), seriesOf([2024], [Number.NaN])));
    expect([plain.code, plain.path]).toEqual(['not_finite', 'baseline[0].value']);
    const result = caught(() => turnedTheCurve(seriesOf([2024], [1]), { forecast: seriesOf([2024, 2024], [1, 2]) }));
    expect([result.code, result.path]).toEqual(['duplicate', 'baseline.forecast[1].year']);
    const actual = caught(() => turnedTheCurve(seriesOf([2024.5], [1]), baseline));
    expect([actual.code, actual.path]).toEqual(['not_integer', 'actual[0].year']);
    const direction = caught(() => turnedTheCurve(seriesOf([2024], [1]), baseline, { direction: 'up' as never }));
    expect([direction.code, direction.path]).toEqual(['invalid_value', 'options.direction']);
  });
});

describe('rbaBaseline methods and errors', () => {
  it('Theil–Sen continues the median-slope line from the last year; "log-linear" still accepted with a warning', () => {
    // Slopes 2, 2.5, 3: median 2.5; line through (2022, 12 + 2.5·1 = 14.5), so 17 in 2023 and 19.5 in 2024.
    const history = seriesOf([2020, 2021, 2022], [10, 12, 15]);
    const sen = rbaBaseline(history, { method: 'theilSen', horizon: 2 });
    expect([sen.slope, sen.forecast, sen.warnings]).toEqual([
      2.5,
      [
        { year: 2023, value: 17 },
        { year: 2024, value: 19.5 },
      ],
      [],
    ]);
    // ln y on year: slope ln(1.5)/2, mean ln(1800)/3 at 2021, so 1800^(1/3)·1.5 in 2023.
    const old = rbaBaseline(history, { method: 'log-linear' as never, horizon: 1 });
    expect(old.method).toBe('logLinear');
    expectClose(old.slope, Math.log(1.5) / 2, 1e-12);
    expectClose(old.forecast[0]?.value, Math.cbrt(1800) * 1.5, 1e-12);
    expect(old.warnings).toEqual(['deprecated: rbaBaseline: options.method "log-linear" is now "logLinear"; the old name is accepted until 0.3.0.']);
  });
  it('bad horizon, method and a one-year history', () => {
    const history = seriesOf([2020, 2021, 2022], [10, 12, 15]);
    const horizon = caught(() => rbaBaseline(history, { horizon: 0 }));
    expect([horizon.code, horizon.path]).toEqual(['out_of_range', 'options.horizon']);
    const method = caught(() => rbaBaseline(history, { method: 'cubic' as never }));
    expect([method.code, method.path]).toEqual(['invalid_value', 'options.method']);
    const one = caught(() => rbaBaseline(seriesOf([2020], [10])));
    expect([one.code, one.path, one.message]).toEqual([
      'too_short',
      'history',
      'rbaBaseline: history has 1 year; an RBA baseline needs at least 2. Add years or use a method that needs fewer.',
    ]);
  });
});
