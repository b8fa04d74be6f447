import cdf from '@stdlib/stats-base-dists-normal-cdf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { twoProportionZTest } from '../../src/uncertainty/twoProportionZTest.ts';
import { caught } from '../disparity/caught.ts';

describe('twoProportionZTest', () => {
  it('matches the statsmodels documentation example proportions_ztest([5, 12], [83, 99]) → p 0.159', () => {
    const test = twoProportionZTest({ successes: 5, trials: 83 }, { successes: 12, trials: 99 });
    expect(test.pValue).toBeCloseTo(0.159, 3);
    expect(test.significant).toBe(false);
  });

  it('equals the pooled closed form with the @stdlib normal CDF to 1e-12', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n1, n2, f1, f2) => {
          const x1 = Math.round(f1 * n1);
          const x2 = Math.round(f2 * n2);
          const pooled = (x1 + x2) / (n1 + n2);
          fc.pre(pooled > 0 && pooled < 1);
          const z = (x1 / n1 - x2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
          const test = twoProportionZTest({ successes: x1, trials: n1 }, { successes: x2, trials: n2 });
          expect(test.z).toBeCloseTo(z, 12);
          expect(Math.abs((test.pValue as number) - 2 * cdf(-Math.abs(z), 0, 1))).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('splits the two-sided p-value into one-sided ones', () => {
    const a = { successes: 30, trials: 100 };
    const b = { successes: 20, trials: 100 };
    const two = twoProportionZTest(a, b).pValue as number;
    const larger = twoProportionZTest(a, b, { alternative: 'larger' }).pValue as number;
    const smaller = twoProportionZTest(a, b, { alternative: 'smaller' }).pValue as number;
    expect(larger).toBeCloseTo(two / 2, 14);
    expect(larger + smaller).toBeCloseTo(1, 14);
  });

  it('returns null with a reason when the pooled variance is 0', () => {
    const none = twoProportionZTest({ successes: 0, trials: 10 }, { successes: 0, trials: 20 });
    expect(none.z).toBeNull();
    expect(none.pValue).toBeNull();
    expect(none.reason).toMatch(/no successes/);
    expect(twoProportionZTest({ successes: 10, trials: 10 }, { successes: 5, trials: 5 }).reason).toMatch(/every trial/);
  });

  it('rejects bad input with code, path and a message naming the function', () => {
    const zero = caught(() => twoProportionZTest({ successes: 0, trials: 0 }, { successes: 1, trials: 2 }));
    expect([zero.code, zero.path]).toEqual(['out_of_range', 'sample1.trials']);
    expect(zero.message).toMatch(/^twoProportionZTest: sample1.trials is 0/);
    const over = caught(() => twoProportionZTest({ successes: 1, trials: 2 }, { successes: 3, trials: 2 }));
    expect([over.code, over.path]).toEqual(['out_of_range', 'sample2.successes']);
    const negative = caught(() => twoProportionZTest({ successes: -1, trials: 2 }, { successes: 1, trials: 2 }));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'sample1.successes']);
    const alpha = caught(() => twoProportionZTest({ successes: 1, trials: 2 }, { successes: 1, trials: 2 }, { alpha: 5 }));
    expect([alpha.code, alpha.path]).toEqual(['out_of_range', 'options.alpha']);
    const alt = caught(() =>
      twoProportionZTest({ successes: 1, trials: 2 }, { successes: 1, trials: 2 }, { alternative: 'greater' as 'larger' }),
    );
    expect([alt.code, alt.path]).toEqual(['invalid_value', 'options.alternative']);
    // Issue 12: the value, not its type.
    const notSample = caught(() => twoProportionZTest(12 as never, { successes: 1, trials: 2 }));
    expect([notSample.code, notSample.path, notSample.message]).toEqual(['invalid_type', 'sample1', 'twoProportionZTest: sample1 is 12; expected { successes, trials }.']);
  });

  it('returns every field of the statsmodels documentation example', () => {
    // statsmodels proportions_ztest(np.array([5, 12]), np.array([83, 99])) → (-1.4078304151258787, 0.15918129181156992);
    // pooled p = 17/182, SE = √(p(1 − p)(1/83 + 1/99)).
    const pooled = 17 / 182;
    expect(twoProportionZTest({ successes: 5, trials: 83 }, { successes: 12, trials: 99 })).toEqual({
      proportion1: 5 / 83,
      proportion2: 12 / 99,
      difference: 5 / 83 - 12 / 99,
      pooledProportion: pooled,
      standardError: expect.closeTo(Math.sqrt(pooled * (1 - pooled) * (1 / 83 + 1 / 99)), 15),
      alternative: 'two-sided',
      alpha: 0.05,
      method: 'pooledZ',
      z: expect.closeTo(-1.4078304151258787, 13),
      pValue: expect.closeTo(0.15918129181156992, 13),
      significant: false,
    });
  });

  it('counts a p-value equal to alpha as significant (p ≤ alpha)', () => {
    const a = { successes: 30, trials: 100 };
    const b = { successes: 18, trials: 100 };
    const { pValue } = twoProportionZTest(a, b);
    expect(pValue as number).toBeLessThan(0.05);
    expect(twoProportionZTest(a, b).significant).toBe(true);
    expect(twoProportionZTest(a, b, { alpha: pValue as number }).significant).toBe(true);
  });

  it('messages name the field and the fix', () => {
    const s = { successes: 1, trials: 4 };
    const cases = [
      [() => twoProportionZTest(s, s, { alfa: 1 } as never), 'unknown_key', 'options.alfa', 'twoProportionZTest: options has unknown option "alfa"; allowed: alternative, alpha. (did you mean "alpha"?)'],
      [() => twoProportionZTest(s, s, { alternative: 'greater' as never }), 'invalid_value', 'options.alternative', `twoProportionZTest: options.alternative is "greater"; use 'two-sided', 'larger' or 'smaller'.`],
      [() => twoProportionZTest(null as never, s), 'invalid_type', 'sample1', 'twoProportionZTest: sample1 is null; expected { successes, trials }.'],
      [() => twoProportionZTest(s, true as never), 'invalid_type', 'sample2', 'twoProportionZTest: sample2 is true; expected { successes, trials }.'],
      [() => twoProportionZTest({ successes: 1, trials: -1 }, s), 'out_of_range', 'sample1.trials', 'twoProportionZTest: sample1.trials is -1; expected a number ≥ 0.'],
      [
        () => twoProportionZTest(s, { successes: 3, trials: 2 }),
        'out_of_range',
        'sample2.successes',
        'twoProportionZTest: sample2.successes is 3 but sample2.trials is 2; successes cannot exceed trials (swapped?).',
      ],
    ] as const;
    for (const [run, code, path, message] of cases) {
      const error = caught(run);
      expect([error.code, error.path, error.message]).toEqual([code, path, message]);
    }
  });
});
