import { beforeEach, describe, expect, it, vi } from 'vitest';
import { studentTQuantile } from '../../src/uncertainty/studentTQuantile.ts';

// Counts the studentTCdf evaluations the quantile makes: Newton's method from the Cornish–Fisher start converges
// quadratically, so a handful per quantile; a bisection-only or badly started search needs dozens.
const evaluations = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/uncertainty/studentTCdf.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/uncertainty/studentTCdf.ts')>();
  return {
    ...original,
    studentTCdf: (t: number, df: number): number => {
      evaluations.count++;
      return original.studentTCdf(t, df);
    },
  };
});

beforeEach(() => {
  evaluations.count = 0;
});

function evaluationsFor(p: number, df: number): number {
  evaluations.count = 0;
  studentTQuantile(p, df);
  return evaluations.count;
}

describe('studentTQuantile cost', () => {
  it('converges like Newton from the Cornish–Fisher start: a few studentTCdf evaluations, not a bisection', () => {
    // Bisection alone needs about 50 evaluations to reach full precision from the first bracket; measured on this
    // grid: 2 to 24 per quantile (24 at df = 1.5, p = 1e-12; 16 at df = 1e6, p = 0.025, where studentTCdf's last digits
    // are noisy), 585 in all.
    let total = 0;
    let worst = 0;
    for (const df of [1.5, 3, 4.5, 7, 10, 30, 100, 1e4, 1e6]) {
      for (const p of [1e-12, 1e-6, 0.001, 0.025, 0.1, 0.3, 0.49, 0.6, 0.9, 0.975, 0.999]) {
        const count = evaluationsFor(p, df);
        total += count;
        worst = Math.max(worst, count);
      }
    }
    expect(worst).toBeLessThanOrEqual(30);
    expect(total).toBeLessThanOrEqual(640);
  });

  it('needs 3 or 4 evaluations in the centre, where the start is within 1e-4', () => {
    for (const df of [3, 10, 100]) {
      for (const p of [0.3, 0.49, 0.6]) expect(evaluationsFor(p, df), `p = ${p}, df = ${df}`).toBeLessThanOrEqual(4);
    }
  });

  it('stops at once when the quantile is beyond the largest double', () => {
    // df = 0.3, p = 1e-100: the quantile is about -1e333 (R: qt = -Inf). Doubling the bracket from -1 reaches
    // -Infinity after 1,025 evaluations; the search then ends instead of bisecting an infinite bracket.
    expect(evaluationsFor(1e-100, 0.3)).toBeLessThanOrEqual(1030);
  });
  it('keeps Newton convergence where a bad start or a bisection at the bracket edge would cost more (measured)', () => {
    // Measured: df = 0.5, p = 0.001: 17 evaluations (a start outside the bracket: 210); df = 100, p = 1e-300: 33
    // (a start at the far end of the bracket: 144); df = 30, p = 1e-100: 13 (18 and 43 with those starts);
    // df = 30, p = 0.001: 5 (13 when a Newton step landing on the bracket's lower edge is bisected instead).
    expect(evaluationsFor(0.001, 0.5)).toBeLessThanOrEqual(20);
    expect(evaluationsFor(1e-300, 100)).toBeLessThanOrEqual(40);
    expect(evaluationsFor(1e-100, 30)).toBeLessThanOrEqual(15);
    expect(evaluationsFor(0.001, 30)).toBeLessThanOrEqual(7);
  });
});
