import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { agrestiCoullInterval } from '../../src/uncertainty/agrestiCoullInterval.ts';
import { clopperPearsonInterval } from '../../src/uncertainty/clopperPearsonInterval.ts';
import { jeffreysInterval } from '../../src/uncertainty/jeffreysInterval.ts';
import { wilsonInterval } from '../../src/uncertainty/wilsonInterval.ts';
import { caught } from '../helpers/caught.ts';

// Reference values:
// - fixtures/intervals.json, kind "binom.test": R 4.2.2 binom.test(x, n, conf.level = level)$conf.int (script intervals.R);
// - fixtures/statsmodels-proportions.json: statsmodels 0.13.5 proportion_confint(x, n, alpha, method) for
//   "beta", "jeffreys" and "agresti_coull" (script statsmodels-proportions.py).
// Cases run from 0 of 20 to 3 of 100,000 and 999,999 of 1,000,000, at 95 % and 90 %.
interface BinomTest {
  kind: string;
  x: number;
  n: number;
  confidence: number;
  lower: number;
  upper: number;
}
interface StatsmodelsCase {
  x: number;
  n: number;
  confidence: number;
  beta: [number, number];
  jeffreys: [number, number];
  agresti_coull: [number, number];
}

let binomTests: BinomTest[] = [];
let statsmodels: StatsmodelsCase[] = [];

beforeAll(() => {
  const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
  binomTests = (read('intervals.json') as BinomTest[]).filter((r) => r.kind === 'binom.test');
  statsmodels = (read('statsmodels-proportions.json') as { cases: StatsmodelsCase[] }).cases;
});

function expectRelative(actual: number | null, expected: number, tolerance: number, label: string): void {
  expect(actual, label).not.toBeNull();
  const error = actual === expected ? 0 : Math.abs((actual as number) - expected) / Math.abs(expected);
  expect(error, label).toBeLessThanOrEqual(tolerance);
}

describe('clopperPearsonInterval', () => {
  it('matches R binom.test conf.int to 1e-12 relative (18 cases)', () => {
    expect(binomTests).toHaveLength(18);
    for (const r of binomTests) {
      const ci = clopperPearsonInterval(r.x, r.n, { confidence: r.confidence });
      const label = `binom.test(${r.x}, ${r.n}, conf.level = ${r.confidence})`;
      expectRelative(ci.lower, r.lower, 1e-12, label);
      expectRelative(ci.upper, r.upper, 1e-12, label);
      expect(ci.estimate).toBe(r.x / r.n);
      expect(ci.method).toBe('clopperPearson');
    }
  });

  it('matches statsmodels proportion_confint(method="beta") to 1e-12 relative', () => {
    for (const c of statsmodels) {
      const ci = clopperPearsonInterval(c.x, c.n, { confidence: c.confidence });
      expectRelative(ci.lower, c.beta[0], 1e-12, `beta ${c.x}/${c.n}`);
      expectRelative(ci.upper, c.beta[1], 1e-12, `beta ${c.x}/${c.n}`);
    }
  });

  it('contains the Wilson and Jeffreys intervals’ estimate and is never narrower than Jeffreys (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const x = Math.round(share * n);
        const cp = clopperPearsonInterval(x, n);
        const jeffreys = jeffreysInterval(x, n);
        expect(cp.lower as number).toBeLessThanOrEqual(x / n);
        expect(cp.upper as number).toBeGreaterThanOrEqual(x / n);
        expect(cp.lower as number).toBeLessThanOrEqual((jeffreys.lower as number) + 1e-15);
        expect(cp.upper as number).toBeGreaterThanOrEqual((jeffreys.upper as number) - 1e-15);
      }),
      { numRuns: 150 },
    );
  });
});

describe('jeffreysInterval', () => {
  it('with boundaries "equalTailed" matches statsmodels proportion_confint(method="jeffreys") to 1e-12 relative', () => {
    for (const c of statsmodels) {
      const ci = jeffreysInterval(c.x, c.n, { confidence: c.confidence, boundaries: 'equalTailed' });
      expectRelative(ci.lower, c.jeffreys[0], 1e-12, `jeffreys ${c.x}/${c.n}`);
      expectRelative(ci.upper, c.jeffreys[1], 1e-12, `jeffreys ${c.x}/${c.n}`);
    }
  });

  it('by default sets the lower limit to 0 at x = 0 and the upper to 1 at x = n (Brown, Cai & DasGupta 2001)', () => {
    const zero = jeffreysInterval(0, 20);
    expect(zero.lower).toBe(0);
    // statsmodels proportion_confint(0, 20, method="jeffreys")[1] = 0.11663898290487539
    expectRelative(zero.upper, 0.11663898290487539, 1e-12, 'upper at 0/20');
    const full = jeffreysInterval(29, 29);
    expect(full.upper).toBe(1);
    expect(jeffreysInterval(29, 29, { boundaries: 'equalTailed' }).upper as number).toBeLessThan(1);
    expect(jeffreysInterval(5, 10)).toEqual(jeffreysInterval(5, 10, { boundaries: 'equalTailed' }));
  });
});

describe('agrestiCoullInterval', () => {
  it('matches statsmodels proportion_confint(method="agresti_coull") to 1e-12 (closed form, clipped to [0, 1])', () => {
    for (const c of statsmodels) {
      const ci = agrestiCoullInterval(c.x, c.n, { confidence: c.confidence });
      expect(Math.abs((ci.lower as number) - c.agresti_coull[0]), `${c.x}/${c.n}`).toBeLessThan(1e-12 * Math.max(c.agresti_coull[0], 1e-3));
      expect(Math.abs((ci.upper as number) - c.agresti_coull[1]), `${c.x}/${c.n}`).toBeLessThan(1e-12);
    }
  });

  it('is centred on the Wilson centre (p̃ = (x + z²/2)/(n + z²)) and at least as wide as Wilson (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const x = Math.round(share * n);
        const ac = agrestiCoullInterval(x, n);
        const wilson = wilsonInterval(x, n);
        expect(ac.lower as number).toBeLessThanOrEqual((wilson.lower as number) + 1e-12);
        expect(ac.upper as number).toBeGreaterThanOrEqual((wilson.upper as number) - 1e-12);
      }),
      { numRuns: 150 },
    );
  });
});

describe('shared behaviour of the proportion intervals', () => {
  const functions = [clopperPearsonInterval, jeffreysInterval, agrestiCoullInterval] as const;

  it('return null with a reason when there are no trials', () => {
    for (const fn of functions) {
      const ci = fn(0, 0);
      expect([ci.estimate, ci.lower, ci.upper]).toEqual([null, null, null]);
      expect(ci.reason).toBe('no trials: the proportion is undefined');
    }
  });

  it('widen with the confidence level and stay inside [0, 1] (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const x = Math.round(share * n);
        for (const fn of functions) {
          const narrow = fn(x, n, { confidence: 0.8 });
          const wide = fn(x, n, { confidence: 0.99 });
          expect(wide.lower as number).toBeGreaterThanOrEqual(0);
          expect(wide.upper as number).toBeLessThanOrEqual(1);
          expect(wide.lower as number).toBeLessThanOrEqual(narrow.lower as number);
          expect(wide.upper as number).toBeGreaterThanOrEqual(narrow.upper as number);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('accept weighted (fractional) counts', () => {
    for (const fn of functions) expect(fn(2.5, 10.5).estimate).toBeCloseTo(2.5 / 10.5, 15);
  });

  it('reject bad input with code, path and a message naming the function', () => {
    for (const fn of functions) {
      const over = caught(() => fn(11, 10));
      expect([over.code, over.path]).toEqual(['out_of_range', 'successes']);
      expect(over.message).toMatch(new RegExp(`^${fn.name}: successes is 11 but trials is 10`));
      const negative = caught(() => fn(-1, 10));
      expect([negative.code, negative.path]).toEqual(['out_of_range', 'successes']);
      const nan = caught(() => fn(1, Number.NaN));
      expect([nan.code, nan.path]).toEqual(['not_finite', 'trials']);
      const percent = caught(() => fn(1, 10, { confidence: 95 }));
      expect([percent.code, percent.path, percent.hint]).toEqual(['out_of_range', 'options.confidence', 'write 95 % as 0.95']);
      const typo = caught(() => fn(1, 10, { confidance: 0.9 } as never));
      expect([typo.code, typo.hint]).toEqual(['unknown_key', 'did you mean "confidence"?']);
    }
    const boundaries = caught(() => jeffreysInterval(1, 10, { boundaries: 'modifed' as never }));
    expect([boundaries.code, boundaries.path]).toEqual(['invalid_value', 'options.boundaries']);
  });
});

describe('proportion intervals: result fields and messages', () => {
  it('name their method in both the null and the numeric result', () => {
    const functions = [
      [wilsonInterval, 'wilson'],
      [jeffreysInterval, 'jeffreys'],
      [agrestiCoullInterval, 'agrestiCoull'],
      [clopperPearsonInterval, 'clopperPearson'],
    ] as const;
    for (const [interval, method] of functions) {
      expect(interval(0, 0)).toEqual({ estimate: null, lower: null, upper: null, confidence: 0.95, method, reason: 'no trials: the proportion is undefined' });
      const result = interval(3, 10, { confidence: 0.9 });
      expect(Object.keys(result).sort()).toEqual(['confidence', 'estimate', 'lower', 'method', 'upper']);
      expect(result).toMatchObject({ estimate: 0.3, confidence: 0.9, method });
      const key = caught(() => interval(1, 4, { confidenc: 0.9 } as never));
      expect([key.code, key.path]).toEqual(['unknown_key', 'options.confidenc']);
      expect(key.message.startsWith(`${interval.name}: options has unknown option "confidenc"; allowed: confidence`)).toBe(true);
    }
    const boundaries = caught(() => jeffreysInterval(1, 4, { boundaries: 'x' as never }));
    expect([boundaries.code, boundaries.path, boundaries.message]).toEqual([
      'invalid_value',
      'options.boundaries',
      `jeffreysInterval: options.boundaries is "x"; use 'modified' or 'equalTailed'.`,
    ]);
  });
});
