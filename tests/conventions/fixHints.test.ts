// Issue 12, "messages that say what is wrong but not how to fix it": counts above their totals. Each message now
// ends with what to check (swapped arguments, counts from another group, table or year). Dates, positions,
// duplicate years and confidence levels are checked where their validators are (tests/internal/validate.test.ts).
import { describe, expect, it } from 'vitest';
import { reliabilityFlags, riskRatio, sedtDemographicDisparity, twoProportionZTest, wilsonInterval } from '../../src/index.ts';
import { caught } from '../helpers/caught.ts';

describe('counts above their totals say what to check', () => {
  it('riskRatio: events above the group total', () => {
    const error = caught(() => riskRatio({ events: 12, total: 10 }, { events: 1, total: 10 }));
    expect([error.code, error.path]).toEqual(['out_of_range', 'exposed.events']);
    expect(error.message).toBe(
      "riskRatio: exposed.events is 12 but exposed.total is 10; events cannot exceed the group total — check that the two are not swapped and that events are counted among the group's members (same group, area and period).",
    );
  });

  it('wilsonInterval and twoProportionZTest: successes above trials', () => {
    expect(caught(() => wilsonInterval(15, 10)).message).toBe(
      'wilsonInterval: successes is 15 but trials is 10; successes cannot exceed trials (swapped?).',
    );
    const z = caught(() => twoProportionZTest({ successes: 5, trials: 4 }, { successes: 1, trials: 10 }));
    expect(z.message).toMatch(/successes cannot exceed trials \(swapped\?\)\./);
  });

  it('reliabilityFlags: events above the denominator; sedtDemographicDisparity: a count above its population', () => {
    expect(caught(() => reliabilityFlags({ events: 30, denominator: 20 })).message).toMatch(
      /cannot exceed its denominator — check that the two are not swapped and that events are counted among the denominator's people\.$/,
    );
    const sedt = caught(() =>
      sedtDemographicDisparity([
        { tract: 'A', resource: 30, share: 0.75, shareMoe: 0.02, population: 20, populationMoe: 5.5, count: 25, countMoe: 3.5 },
        { tract: 'B', resource: 70, share: 0.2, shareMoe: 0.05, population: 25, populationMoe: 5, count: 5, countMoe: 1.5 },
      ]),
    );
    expect([sedt.code, sedt.path]).toEqual(['out_of_range', 'tracts[0].count']);
    expect(sedt.message).toMatch(/check that count and population are not swapped and come from the same table and year\.$/);
  });
});
