import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decayWeight, twoStepFCA } from '../../src/proximity/index.ts';
import { caught } from './helpers.ts';

describe('decayWeight — kernels from aceso, ipea accessibility and R catchment', () => {
  it('raised cosine and Epanechnikov (parabolic) match aceso tests/test_decay.py at scale 2: [0, 1, 100, ∞] → [1, ½ | ¾, 0, 0]', () => {
    // aceso tests/test_decay.py: raised_cosine_decay([0, 1, 100, inf], scale=2) = [1, 0.5, 0, 0];
    // parabolic_decay(…, scale=2) = [1, 0.75, 0, 0]. Infinity is not a valid distance here, 100 stands for "far".
    expect([0, 1, 100].map((d) => decayWeight({ kernel: 'raisedCosine', scaleKm: 2 }, d))).toEqual([1, 0.5, 0]);
    expect([0, 1, 100].map((d) => decayWeight({ kernel: 'epanechnikov', scaleKm: 2 }, d))).toEqual([1, 0.75, 0]);
    expect([0, 1, 100].map((d) => decayWeight({ kernel: 'parabolic', scaleKm: 2 }, d))).toEqual([1, 0.75, 0]);
  });

  it('raised cosine and Epanechnikov match aceso decay.py docstring tables (multiples of the scale)', () => {
    // aceso aceso/decay.py docstrings: raised cosine 0.25 → 0.853553, 0.75 → 0.146447; parabolic 0.25 → 0.9375, 0.75 → 0.4375.
    expect(decayWeight({ kernel: 'raisedCosine', scaleCost: 1 }, 0.25, { cost: true })).toBeCloseTo(0.853553, 6);
    expect(decayWeight({ kernel: 'raisedCosine', scaleCost: 1 }, 0.75, { cost: true })).toBeCloseTo(0.146447, 6);
    expect(decayWeight({ kernel: 'epanechnikov', scaleCost: 1 }, 0.25, { cost: true })).toBe(0.9375);
    expect(decayWeight({ kernel: 'epanechnikov', scaleCost: 1 }, 0.75, { cost: true })).toBe(0.4375);
    expect(decayWeight({ kernel: 'epanechnikov', scaleCost: 1 }, 1, { cost: true })).toBe(0);
  });

  it('linear matches ipea tests/testthat/test-decay_linear.R (cutoff 30: 10 → 0.6667, 60 → 0) and R catchment (2 − c)/2', () => {
    expect(decayWeight({ kernel: 'linear', scaleKm: 30 }, 10)).toBeCloseTo(0.6667, 4);
    expect(decayWeight({ kernel: 'linear', scaleKm: 30 }, 60)).toBe(0);
    // R catchment tests/testthat/test-catchment_weight.R: "linear" with scale 2 is max((2 − cost)/2, 0).
    for (const c of [0, 0.5, 1.9, 2, 3.7]) expect(decayWeight({ kernel: 'linear', scaleKm: 2 }, c)).toBeCloseTo(Math.max((2 - c) / 2, 0), 15);
  });

  it('logistic matches ipea tests/testthat/test-decay_logistic.R (cutoff 20, sd 2: [0, 20] → [1, 0.5]; cutoff 30, sd 10: 30 → 0.502)', () => {
    const narrow = { kernel: 'logistic' as const, medianKm: 20, sdKm: 2 };
    expect(decayWeight(narrow, 0)).toBe(1);
    // testthat's expect_equal tolerance is 1.5e-8; the exact value is 0.5000000066…
    expect(Math.abs(decayWeight(narrow, 20) - 0.5)).toBeLessThan(1.5e-8);
    expect(Math.abs(decayWeight({ kernel: 'logistic', medianKm: 30, sdKm: 10 }, 30) - 0.502)).toBeLessThan(0.001);
  });

  it('every new kernel is 1 at 0, within [0, 1] and never increases with distance', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('linear', 'raisedCosine', 'epanechnikov', 'logistic'),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (kernel, scale, a, b) => {
          const decay = kernel === 'logistic' ? { kernel, medianKm: scale, sdKm: scale / 4 } : { kernel, scaleKm: scale };
          const [near, far] = a <= b ? [a, b] : [b, a];
          expect(decayWeight(decay, 0)).toBe(1);
          const wNear = decayWeight(decay, near);
          const wFar = decayWeight(decay, far);
          expect(wNear).toBeGreaterThanOrEqual(0);
          expect(wNear).toBeLessThanOrEqual(1);
          expect(wFar).toBeLessThanOrEqual(wNear + 1e-15);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('names the field and the fix for a bad scale, a km field with costs, or an unknown kernel', () => {
    const zero = caught(() => decayWeight({ kernel: 'linear', scaleKm: 0 }, 1));
    expect(zero.code).toBe('out_of_range');
    expect(zero.path).toBe('decay.scaleKm');
    const wrongUnit = caught(() => decayWeight({ kernel: 'raisedCosine', scaleKm: 2 }, 1, { cost: true }));
    expect(wrongUnit.path).toBe('decay.scaleKm');
    expect(wrongUnit.message).toMatch(/scaleCost/);
    const sd = caught(() => decayWeight({ kernel: 'logistic', medianKm: 2 } as never, 1));
    expect(sd.path).toBe('decay.sdKm');
    expect(caught(() => decayWeight({ kernel: 'cosine' } as never, 1)).message).toMatch(/raisedCosine/);
  });

  it('a kernel plugs into twoStepFCA: the R catchment E2SFCA data with a linear kernel equals the hand computation', () => {
    // Independent brute-force 2SFCA (same weight in both steps) on R catchment's test data.
    const population = [5, 10, 50];
    const capacity = [5, 10];
    const dense = [[5, 55], [35, 15], [40, 25]];
    const w = dense.map((row) => row.map((c) => Math.max(1 - c / 60, 0)));
    const siteDemand = capacity.map((_, j) => population.reduce((sum, p, i) => sum + p * (w[i]![j] as number), 0));
    const expected = population.map((_, i) => capacity.reduce((sum, s, j) => sum + (s / (siteDemand[j] as number)) * (w[i]![j] as number), 0));
    const result = twoStepFCA(population.map((p) => ({ population: p })), capacity.map((s) => ({ capacity: s })), { costs: { dense }, decay: { kernel: 'linear', scaleCost: 60 } });
    expected.forEach((e, i) => expect(result.score[i]).toBeCloseTo(e, 14));
    expect(result.conventions.decay).toBe('linear(scale=60)');
  });
});
