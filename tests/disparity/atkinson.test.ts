// Atkinson index A(ε) = 1 − (Σ wᵢ (xᵢ/μ)^(1−ε) / Σ wᵢ)^(1/(1−ε)), geometric mean for ε = 1 (Atkinson 1970);
// a zero income makes A = 1 for ε ≥ 1. Values worked out by hand below.
import { describe, expect, it } from 'vitest';
import { atkinson } from '../../src/disparity/atkinson.ts';
import { caught } from './caught.ts';

describe('atkinson with weights and zeros', () => {
  it('is 1 for ε ≥ 1 when a weighted zero is present, and takes the zero into the mean for ε < 1', () => {
    expect(atkinson([0, 3, 4], 1, { weights: [1, 1, 1] })).toBe(1);
    expect(atkinson([0, 3, 4], 2, { weights: [1, 1, 1] })).toBe(1);
    // μ = 7/3; ((√(9/7) + √(12/7)) / 3)² is the equally distributed equivalent ÷ μ
    const ede = ((Math.sqrt(9 / 7) + Math.sqrt(12 / 7)) / 3) ** 2;
    expect(atkinson([0, 3, 4], 0.5, { weights: [1, 1, 1] })).toBeCloseTo(1 - ede, 14);
    expect(atkinson([0, 3, 4], 0.5)).toBeCloseTo(1 - ede, 14);
  });

  it('ignores a zero that carries no weight: A(1) of [3, 4] is 1 − √12 / 3.5', () => {
    expect(atkinson([0, 3, 4], 1, { weights: [0, 1, 1] })).toBeCloseTo(1 - Math.sqrt(12) / 3.5, 14);
  });

  it('names the field of a bad epsilon and of an unknown option', () => {
    const epsilon = caught(() => atkinson([1, 2], Number.NaN));
    expect([epsilon.code, epsilon.path]).toEqual(['not_finite', 'epsilon']);
    const typo = caught(() => atkinson([1, 2], 1, { weight: [1, 1] } as never));
    expect([typo.code, typo.path]).toEqual(['unknown_key', 'options.weight']);
  });
});
