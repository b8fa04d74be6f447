import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { poissonInterval } from '../../src/uncertainty/poissonInterval.ts';
import { caught } from '../helpers/caught.ts';

// Reference values (fixtures/intervals.json, script intervals.R, R 4.2.2):
// - kind "poisson.test": poisson.test(x, T, conf.level = level)$conf.int (Garwood's exact interval);
// - kind "poisson.midp": the mid-p limits, ppois(x, λ, lower.tail = FALSE) + dpois(x, λ)/2 = α/2 and
//   ppois(x − 1, λ) + dpois(x, λ)/2 = α/2 solved by uniroot(tol = 1e-15) on log λ.
interface PoissonReference {
  kind: string;
  x: number;
  T: number;
  confidence: number;
  lower: number;
  upper: number;
}

let references: PoissonReference[] = [];

beforeAll(() => {
  references = JSON.parse(readFileSync(new URL('./fixtures/intervals.json', import.meta.url), 'utf8')) as PoissonReference[];
});

function relativeError(actual: number, expected: number): number {
  return actual === expected ? 0 : Math.abs(actual - expected) / Math.abs(expected);
}

describe('poissonInterval', () => {
  it("'exact' matches R poisson.test(x, T)$conf.int to 1e-12 relative (16 cases, T up to 56,000.5)", () => {
    const cases = references.filter((r) => r.kind === 'poisson.test');
    expect(cases).toHaveLength(16);
    for (const r of cases) {
      const ci = poissonInterval(r.x, { personTime: r.T, confidence: r.confidence });
      expect(relativeError(ci.lower, r.lower), `poisson.test(${r.x}, ${r.T})`).toBeLessThan(1e-12);
      expect(relativeError(ci.upper, r.upper), `poisson.test(${r.x}, ${r.T})`).toBeLessThan(1e-12);
      expect(ci.rate).toBe(r.x / r.T);
      expect(ci.method).toBe('exact');
    }
  });

  it("'midP' matches the mid-p equations solved in R to 1e-12 relative", () => {
    const cases = references.filter((r) => r.kind === 'poisson.midp');
    expect(cases).toHaveLength(12);
    for (const r of cases) {
      const ci = poissonInterval(r.x, { method: 'midP', confidence: r.confidence });
      expect(relativeError(ci.lower, r.lower), `mid-p ${r.x}`).toBeLessThan(1e-12);
      expect(relativeError(ci.upper, r.upper), `mid-p ${r.x}`).toBeLessThan(1e-12);
      expect(ci.method).toBe('midP');
    }
  });

  it('closed forms at 0 events: exact upper −ln(α/2), mid-p upper −ln α, both lower 0', () => {
    expect(poissonInterval(0).lower).toBe(0);
    expect(relativeError(poissonInterval(0).upper, -Math.log(0.025))).toBeLessThan(1e-14);
    expect(relativeError(poissonInterval(0, { method: 'midP' }).upper, -Math.log(0.05))).toBeLessThan(1e-14);
    // At confidence 0.5 the mid-p upper limit −ln 0.5 = ln 2 lies below 1, where the gamma(0) tail is undefined.
    expect(relativeError(poissonInterval(0, { method: 'midP', confidence: 0.5 }).upper, Math.LN2)).toBeLessThan(1e-14);
  });

  it('scales by per ÷ personTime (options personTime and per)', () => {
    const count = poissonInterval(4);
    const rate = poissonInterval(4, { personTime: 1200, per: 100000 });
    expect(rate.rate).toBeCloseTo((4 / 1200) * 100000, 10);
    expect(relativeError(rate.lower, (count.lower / 1200) * 100000)).toBeLessThan(1e-15);
    expect(relativeError(rate.upper, (count.upper / 1200) * 100000)).toBeLessThan(1e-15);
    expect([rate.per, rate.personTime, rate.events]).toEqual([100000, 1200, 4]);
  });

  it('mid-p lies inside exact, and both widen with the confidence level (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (x) => {
        const exact = poissonInterval(x);
        const midP = poissonInterval(x, { method: 'midP' });
        expect(midP.lower).toBeGreaterThanOrEqual(exact.lower);
        expect(midP.upper).toBeLessThanOrEqual(exact.upper);
        expect(exact.lower).toBeLessThanOrEqual(x);
        expect(exact.upper).toBeGreaterThanOrEqual(x);
        const wide = poissonInterval(x, { confidence: 0.99, method: 'midP' });
        expect(wide.lower).toBeLessThanOrEqual(midP.lower);
        expect(wide.upper).toBeGreaterThanOrEqual(midP.upper);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects bad input with code, path and message', () => {
    const fraction = caught(() => poissonInterval(2.5));
    expect([fraction.code, fraction.path]).toEqual(['not_integer', 'events']);
    expect(fraction.message).toMatch(/^poissonInterval: events is 2.5/);
    const negative = caught(() => poissonInterval(-1));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'events']);
    const time = caught(() => poissonInterval(3, { personTime: 0 }));
    expect([time.code, time.path]).toEqual(['out_of_range', 'options.personTime']);
    const per = caught(() => poissonInterval(3, { per: -1 }));
    expect([per.code, per.path]).toEqual(['out_of_range', 'options.per']);
    const method = caught(() => poissonInterval(3, { method: 'midp' as never }));
    expect([method.code, method.path]).toEqual(['invalid_value', 'options.method']);
    const confidence = caught(() => poissonInterval(3, { confidence: 1 }));
    expect([confidence.code, confidence.path]).toEqual(['out_of_range', 'options.confidence']);
    const typo = caught(() => poissonInterval(3, { persontime: 2 } as never));
    expect([typo.code, typo.hint]).toEqual(['unknown_key', 'did you mean "personTime"?']);
  });

  it('messages for an unknown option and an unknown method name the fix', () => {
    const key = caught(() => poissonInterval(4, { pr: 2 } as never));
    expect([key.code, key.path, key.message]).toEqual([
      'unknown_key',
      'options.pr',
      'poissonInterval: options has unknown option "pr"; allowed: personTime, per, method, confidence. (did you mean "per"?)',
    ]);
    const method = caught(() => poissonInterval(4, { method: 'wald' as never }));
    expect([method.code, method.path, method.message]).toEqual(['invalid_value', 'options.method', `poissonInterval: options.method is "wald"; use 'exact' or 'midP'.`]);
  });
});
