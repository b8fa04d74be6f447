import quantile from '@stdlib/stats-base-dists-normal-quantile';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rateRatio } from '../../src/disparity/rateRatio.ts';
import { riskDifference } from '../../src/disparity/riskDifference.ts';
import { riskRatio } from '../../src/disparity/riskRatio.ts';
import { caught } from './caught.ts';

const Z95 = quantile(0.975, 0, 1);

describe('riskRatio', () => {
  it('equals the epitools riskratio.wald formula (Katz log interval) to 1e-12', () => {
    // epitools R/riskratio.wald.R: est = (a1/n1)/(a0/n0); SE = sqrt(1/a1 − 1/n1 + 1/a0 − 1/n0); exp(log(est) ∓ Z·SE)
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 }), fc.nat(), fc.nat(), (n1, n0, s1, s0) => {
        const a = 1 + (s1 % n1);
        const c = 1 + (s0 % n0);
        fc.pre(a < n1 && c < n0);
        const est = a / n1 / (c / n0);
        const se = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n0);
        const result = riskRatio({ events: a, total: n1 }, { events: c, total: n0 });
        expect(result.corrected).toBe(false);
        expect(Math.abs((result.ratio as number) - est)).toBeLessThan(1e-12 * est);
        expect(Math.abs((result.lower as number) - est * Math.exp(-Z95 * se))).toBeLessThan(1e-12 * est);
        expect(Math.abs((result.upper as number) - est * Math.exp(Z95 * se))).toBeLessThan(1e-12 * est);
      }),
      { numRuns: 200 },
    );
  });

  it('reproduces the Jewell (2004) p. 83 table (epitools risk.ratio example): RR 2.219, 95 % CI 1.719–2.865', () => {
    const rr = riskRatio({ events: 178, total: 1589 }, { events: 79, total: 1565 });
    expect(rr.ratio).toBeCloseTo(2.219, 3);
    expect(rr.lower).toBeCloseTo(1.719, 3);
    expect(rr.upper).toBeCloseTo(2.865, 3);
  });

  it('applies the Haldane 0.5 correction to all four cells when a group has no events, and reports it', () => {
    const rr = riskRatio({ events: 0, total: 20 }, { events: 5, total: 20 });
    expect(rr.corrected).toBe(true);
    expect(rr.ratio).toBeCloseTo(0.5 / 21 / (5.5 / 21), 15);
    expect(rr.standardErrorLog).toBeCloseTo(Math.sqrt(1 / 0.5 - 1 / 21 + 1 / 5.5 - 1 / 21), 15);
    const noReferenceEvents = riskRatio({ events: 4, total: 20 }, { events: 0, total: 20 });
    expect(noReferenceEvents.corrected).toBe(true);
    expect(noReferenceEvents.ratio).toBeCloseTo(4.5 / 21 / (0.5 / 21), 15);
  });

  it('leaves a table whose only zero is a non-event cell uncorrected: Katz SE is finite there (issue 12)', () => {
    // 10/10 vs 5/10: RR = 1 / 0.5 = 2 exactly; SE(ln RR) = √(1/10 − 1/10 + 1/5 − 1/10) = √0.1 (epitools riskratio.wald's formula).
    const full = riskRatio({ events: 10, total: 10 }, { events: 5, total: 10 });
    expect(full.corrected).toBe(false);
    expect(full.ratio).toBe(2);
    expect(full.standardErrorLog).toBeCloseTo(Math.sqrt(0.1), 15);
    expect(full.lower).toBeCloseTo(2 * Math.exp(-Z95 * Math.sqrt(0.1)), 12);
    expect(full.upper).toBeCloseTo(2 * Math.exp(Z95 * Math.sqrt(0.1)), 12);
    // Both groups without non-events: ratio 1 with a zero-width interval, as riskratio.wald gives.
    const both = riskRatio({ events: 7, total: 7 }, { events: 3, total: 3 });
    expect([both.corrected, both.ratio, both.lower, both.upper, both.standardErrorLog]).toEqual([false, 1, 1, 1, 0]);
  });

  it("without correction gives 0 with no interval, or null when the reference has no events (epitools' behaviour)", () => {
    const zero = riskRatio({ events: 0, total: 20 }, { events: 5, total: 20 }, { zeroCellCorrection: 'none' });
    expect([zero.ratio, zero.lower, zero.upper]).toEqual([0, null, null]);
    expect(zero.reason).toMatch(/no events/);
    const infinite = riskRatio({ events: 3, total: 20 }, { events: 0, total: 20 }, { zeroCellCorrection: 'none' });
    expect(infinite.ratio).toBeNull();
    expect(infinite.reason).toMatch(/infinite/);
  });

  it('returns null with a reason for an empty group, and rejects bad input', () => {
    expect(riskRatio({ events: 0, total: 0 }, { events: 1, total: 2 }).reason).toMatch(/^exposed.total is 0/);
    const over = caught(() => riskRatio({ events: 3, total: 2 }, { events: 1, total: 2 }));
    expect([over.code, over.path]).toEqual(['out_of_range', 'exposed.events']);
    expect(over.message).toMatch(/^riskRatio: exposed.events is 3/);
    const conf = caught(() => riskRatio({ events: 1, total: 2 }, { events: 1, total: 2 }, { confidence: 95 }));
    expect([conf.code, conf.path, conf.hint]).toEqual(['out_of_range', 'options.confidence', 'write 95 % as 0.95']);
    const notObject = caught(() => riskRatio(null as never, { events: 1, total: 2 }));
    expect([notObject.code, notObject.path]).toEqual(['invalid_type', 'exposed']);
  });
});

describe('rateRatio', () => {
  it('equals the epitools rateratio.wald formula to 1e-12', () => {
    const irr = rateRatio({ events: 40, personTime: 2000 }, { events: 25, personTime: 2500 }, { confidence: 0.9 });
    const z = quantile(0.95, 0, 1);
    const se = Math.sqrt(1 / 40 + 1 / 25);
    expect(irr.ratio).toBe(2);
    expect(Math.abs((irr.lower as number) - 2 * Math.exp(-z * se))).toBeLessThan(1e-12);
    expect(Math.abs((irr.upper as number) - 2 * Math.exp(z * se))).toBeLessThan(1e-12);
  });

  it('accepts more events than person-time and returns null bounds with zero events', () => {
    expect(rateRatio({ events: 300, personTime: 100 }, { events: 100, personTime: 100 }).ratio).toBe(3);
    const zero = rateRatio({ events: 0, personTime: 100 }, { events: 4, personTime: 100 });
    expect([zero.ratio, zero.lower]).toEqual([0, null]);
    expect(rateRatio({ events: 1, personTime: 100 }, { events: 0, personTime: 100 }).ratio).toBeNull();
    expect(rateRatio({ events: 1, personTime: 0 }, { events: 1, personTime: 100 }).reason).toMatch(/personTime is 0/);
    const negative = caught(() => rateRatio({ events: 1, personTime: -5 }, { events: 1, personTime: 1 }));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'a.personTime']);
  });
});

describe('riskDifference', () => {
  it('reproduces Newcombe (1998) Table II method 10 (hybrid score): (a) 56/70 − 48/80 → 0.0524, 0.3339; (b) 9/10 − 3/10 → 0.1705, 0.8090', () => {
    const a = riskDifference({ events: 56, total: 70 }, { events: 48, total: 80 });
    expect(a.lower).toBeCloseTo(0.0524, 4);
    expect(a.upper).toBeCloseTo(0.3339, 4);
    const b = riskDifference({ events: 9, total: 10 }, { events: 3, total: 10 });
    expect(b.lower).toBeCloseTo(0.1705, 4);
    expect(b.upper).toBeCloseTo(0.809, 4);
  });

  it('Wald: p₁ − p₀ ∓ z·SE; Newcombe (1998) Table II method 1 for (a): 0.0575, 0.3425', () => {
    const wald = riskDifference({ events: 56, total: 70 }, { events: 48, total: 80 }, { method: 'wald' });
    expect(wald.lower).toBeCloseTo(0.0575, 4);
    expect(wald.upper).toBeCloseTo(0.3425, 4);
    const se = Math.sqrt((0.8 * 0.2) / 70 + (0.6 * 0.4) / 80);
    expect(Math.abs((wald.upper as number) - (56 / 70 - 48 / 80 + Z95 * se))).toBeLessThan(1e-12);
  });

  it('returns null for an empty group and rejects an unknown method', () => {
    expect(riskDifference({ events: 0, total: 0 }, { events: 1, total: 2 }).difference).toBeNull();
    const method = caught(() => riskDifference({ events: 1, total: 2 }, { events: 1, total: 2 }, { method: 'score' as 'wald' }));
    expect([method.code, method.path]).toEqual(['invalid_value', 'options.method']);
  });
});

describe('riskDifference options and empty groups', () => {
  it('passes options.confidence to both Wilson intervals of the Newcombe hybrid', () => {
    // Wilson (1927) bounds at z = Φ⁻¹(0.95) = 1.6448536269514722, combined as Newcombe (1998) method 10
    const z = 1.6448536269514722;
    const wilson = (x: number, n: number): [number, number] => {
      const p = x / n;
      const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
      const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
      return [centre - half, centre + half];
    };
    const [l1, u1] = wilson(56, 70);
    const [l0, u0] = wilson(48, 80);
    const result = riskDifference({ events: 56, total: 70 }, { events: 48, total: 80 }, { confidence: 0.9 });
    expect(result.confidence).toBe(0.9);
    expect(result.lower).toBeCloseTo(0.2 - Math.sqrt((0.8 - l1) ** 2 + (u0 - 0.6) ** 2), 12);
    expect(result.upper).toBeCloseTo(0.2 + Math.sqrt((u1 - 0.8) ** 2 + (0.6 - l0) ** 2), 12);
  });

  it('reports which total is 0 and keeps the other risk', () => {
    const exposed = riskDifference({ events: 0, total: 0 }, { events: 1, total: 4 });
    expect(exposed).toEqual({
      difference: null,
      lower: null,
      upper: null,
      risk: null,
      referenceRisk: 0.25,
      confidence: 0.95,
      method: 'newcombe',
      reason: 'exposed.total is 0: the proportion is undefined',
    });
    const reference = riskDifference({ events: 3, total: 4 }, { events: 0, total: 0 }, { method: 'wald' });
    expect([reference.difference, reference.risk, reference.referenceRisk, reference.method, reference.reason]).toEqual([
      null,
      0.75,
      null,
      'wald',
      'reference.total is 0: the proportion is undefined',
    ]);
  });

  it('rejects bad options and counts with the field and the exact message', () => {
    const typo = caught(() => riskDifference({ events: 1, total: 2 }, { events: 1, total: 2 }, { confidance: 0.9 } as never));
    expect([typo.code, typo.path]).toEqual(['unknown_key', 'options.confidance']);
    const confidence = caught(() => riskDifference({ events: 1, total: 2 }, { events: 1, total: 2 }, { confidence: 2 }));
    expect([confidence.code, confidence.path]).toEqual(['out_of_range', 'options.confidence']);
    const method = caught(() => riskDifference({ events: 1, total: 2 }, { events: 1, total: 2 }, { method: 'score' as 'wald' }));
    expect(method.message).toBe(`riskDifference: options.method is "score"; use 'newcombe' or 'wald'.`);
    const exposed = caught(() => riskDifference({ events: -1, total: 2 }, { events: 1, total: 2 }));
    expect([exposed.code, exposed.path]).toEqual(['out_of_range', 'exposed.events']);
    const reference = caught(() => riskDifference({ events: 1, total: 2 }, { events: 3, total: 2 }));
    expect([reference.code, reference.path]).toEqual(['out_of_range', 'reference.events']);
  });
});

describe('riskRatio and rateRatio undefined cases and options', () => {
  it('riskRatio: says which total is 0, uncorrected, and rejects an unknown correction', () => {
    const empty = { ratio: null, lower: null, upper: null, standardErrorLog: null, confidence: 0.95, method: 'katzLog', corrected: false };
    expect(riskRatio({ events: 0, total: 0 }, { events: 1, total: 2 })).toEqual({ ...empty, reason: 'exposed.total is 0: the exposed risk is undefined' });
    expect(riskRatio({ events: 1, total: 2 }, { events: 0, total: 0 })).toEqual({ ...empty, reason: 'reference.total is 0: the reference risk is undefined' });
    // 2/4 ÷ 1/4 = 2, Katz log method
    const plain = riskRatio({ events: 2, total: 4 }, { events: 1, total: 4 });
    expect([plain.ratio, plain.method, plain.corrected]).toEqual([2, 'katzLog', false]);
    const correction = caught(() => riskRatio({ events: 1, total: 2 }, { events: 1, total: 2 }, { zeroCellCorrection: 'yates' } as never));
    expect([correction.code, correction.path, correction.message]).toEqual([
      'invalid_value',
      'options.zeroCellCorrection',
      `riskRatio: options.zeroCellCorrection is "yates"; use 'haldane' or 'none'.`,
    ]);
    const typo = caught(() => riskRatio({ events: 1, total: 2 }, { events: 1, total: 2 }, { correction: 'none' } as never));
    expect([typo.code, typo.path]).toEqual(['unknown_key', 'options.correction']);
    const swapped = caught(() => riskRatio({ events: 1, total: 2 }, { events: 3, total: 2 }));
    expect([swapped.code, swapped.path]).toEqual(['out_of_range', 'reference.events']);
  });

  it('rateRatio: gives each undefined case its reason, allows more events than person-time, and names its fields', () => {
    const empty = { ratio: null, lower: null, upper: null, standardErrorLog: null, confidence: 0.95, method: 'poissonLog' };
    expect(rateRatio({ events: 1, personTime: 2 }, { events: 1, personTime: 0 })).toEqual({ ...empty, reason: 'b.personTime is 0: the rate is undefined' });
    expect(rateRatio({ events: 1, personTime: 2 }, { events: 0, personTime: 2 })).toEqual({ ...empty, reason: 'b has no events: the rate ratio is infinite or undefined' });
    expect(rateRatio({ events: 0, personTime: 2 }, { events: 1, personTime: 2 })).toEqual({ ...empty, ratio: 0, reason: 'a has no events: the ratio is 0 and its log interval undefined' });
    // 6/2 ÷ 5/2 = 1.2: rates above one event per unit of person-time are allowed
    const dense = rateRatio({ events: 6, personTime: 2 }, { events: 5, personTime: 2 });
    expect([dense.ratio, dense.method]).toEqual([1.2, 'poissonLog']);
    const typo = caught(() => rateRatio({ events: 1, personTime: 2 }, { events: 1, personTime: 2 }, { confidance: 0.9 } as never));
    expect([typo.path, typo.message]).toEqual(['options.confidance', 'rateRatio: options has unknown option "confidance"; allowed: confidence. (did you mean "confidence"?)']);
    const confidence = caught(() => rateRatio({ events: 1, personTime: 2 }, { events: 1, personTime: 2 }, { confidence: 2 }));
    expect([confidence.code, confidence.path]).toEqual(['out_of_range', 'options.confidence']);
    const negative = caught(() => rateRatio({ events: 1, personTime: 2 }, { events: -1, personTime: 2 }));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'b.events']);
  });
});
