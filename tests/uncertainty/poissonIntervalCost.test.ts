import { beforeEach, describe, expect, it, vi } from 'vitest';
import { poissonInterval } from '../../src/uncertainty/poissonInterval.ts';

// Counts the gamma-tail evaluations an interval makes: Newton's method in logs, with the derivative of each Poisson
// tail, converges in a handful of steps; without a correct derivative the solver falls back to bisecting its
// bracket and needs dozens.
const evaluations = vi.hoisted(() => ({ count: 0, quantiles: 0 }));
vi.mock('../../src/uncertainty/internal/incompleteGamma.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/uncertainty/internal/incompleteGamma.ts')>();
  return {
    ...original,
    gammaTails: (a: number, x: number) => {
      evaluations.count++;
      return original.gammaTails(a, x);
    },
    gammaQuantile: (a: number, p: number, q: number) => {
      evaluations.quantiles++;
      return original.gammaQuantile(a, p, q);
    },
  };
});

beforeEach(() => {
  evaluations.count = 0;
});

function evaluationsFor(events: number, options: Parameters<typeof poissonInterval>[1]): number {
  evaluations.count = 0;
  poissonInterval(events, options);
  return evaluations.count;
}

describe('poissonInterval cost', () => {
  it('solves the mid-p limits with Newton steps on the Poisson tails: 658 tail evaluations over 18 intervals (measured)', () => {
    // Each mid-p evaluation takes the tails at x and x + 1; measured 16 to 112 per interval (2 limits), 658 in all.
    let total = 0;
    for (const x of [1, 2, 4, 10, 50, 1000]) {
      for (const confidence of [0.5, 0.95, 0.999]) total += evaluationsFor(x, { method: 'midP', confidence });
    }
    expect(total).toBeLessThanOrEqual(700);
  });

  it('at 0 events takes the lower limits as 0 without solving for them', () => {
    // Exact: only the upper quantile G⁻¹(1 − α/2; 1) is solved. Mid-p: only the upper equation, 5 to 10 evaluations.
    evaluations.quantiles = 0;
    poissonInterval(0);
    expect(evaluations.quantiles).toBe(1);
    for (const confidence of [0.5, 0.95, 0.999]) expect(evaluationsFor(0, { method: 'midP', confidence })).toBeLessThanOrEqual(10);
  });
});
