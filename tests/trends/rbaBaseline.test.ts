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
  it('rejects a baseline that is neither', () => {
    const error = caught(() => turnedTheCurve(seriesOf([2024], [1]), { history: [] } as never));
    expect(error.code).toBe('invalid_type');
    expect(error.path).toBe('baseline');
  });
});
