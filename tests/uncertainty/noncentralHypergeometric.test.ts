import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  conditionalMean,
  conditionalMle,
  conditionalProbabilities,
  conditionalTable,
  conditionalTail,
  medianUnbiasedOddsRatio,
  oddsRatioLimits,
  startingOddsRatio,
} from '../../src/uncertainty/internal/noncentralHypergeometric.ts';

// Reference values: fixtures/noncentralHypergeometric.json, printed by fixtures/noncentralHypergeometric.R (R 4.2.2):
// R fisher.test's conditional distribution (dnhyper over lo:hi from dhyper) at ψ = 2.5 and ψ = 0.1, its mean and
// Var/ψ, the four tails with their derivatives Σ (k − E X)·P(X = k)/ψ, and the conditional MLE, median-unbiased
// estimate, exact 95 % and mid-p 90 % limits solved with uniroot(tol = 1e-15) on log ψ.
type Cells = [number, number, number, number];
type Limit = number | 'Infinity';
interface Reference {
  table: Cells;
  lowest: number;
  highest: number;
  logWeights: number[];
  psi: number;
  probabilities: number[];
  probabilitiesAtTenth: number[];
  mean: number;
  meanSlope: number;
  upper: [number, number];
  upperMid: [number, number];
  lower: [number, number];
  lowerMid: [number, number];
  mle: Limit;
  medianUnbiased: Limit;
  exact95: [Limit, Limit];
  midp90: [Limit, Limit];
}

let references: Reference[] = [];

beforeEach(() => {
  references = JSON.parse(readFileSync(new URL('./fixtures/noncentralHypergeometric.json', import.meta.url), 'utf8')) as Reference[];
});

function limit(value: Limit): number {
  return value === 'Infinity' ? Number.POSITIVE_INFINITY : value;
}

function expectClose(actual: number, expected: number, tolerance: number, label: string): void {
  if (expected === 0 || !Number.isFinite(expected)) {
    expect(actual, label).toBe(expected);
    return;
  }
  expect(Math.abs(actual - expected) / Math.abs(expected), `${label}: ${actual} vs ${expected}`).toBeLessThan(tolerance);
}

describe('conditional distribution of a 2×2 table against R fisher.test', () => {
  it('reduces the table to its support and log weights (differences of R dhyper(log = TRUE))', () => {
    for (const r of references) {
      const [a, b, c, d] = r.table;
      const table = conditionalTable(a, b, c, d);
      expect([table.observed, table.lowest, table.highest], r.table.join(',')).toEqual([a, r.lowest, r.highest]);
      expect(table.logWeights.length).toBe(r.logWeights.length);
      r.logWeights.forEach((w, i) => expect(Math.abs((table.logWeights[i] as number) - w), `${r.table.join(',')} k = ${r.lowest + i}`).toBeLessThan(1e-11 * (1 + Math.abs(w))));
    }
  });

  it('gives dnhyper at ψ = 2.5 and ψ = 0.1, including 700-wide supports whose log weights span more than 709', () => {
    for (const r of references) {
      const table = conditionalTable(...r.table);
      for (const [psi, expected] of [
        [r.psi, r.probabilities],
        [0.1, r.probabilitiesAtTenth],
      ] as const) {
        const actual = conditionalProbabilities(table, psi);
        expect(actual.length).toBe(expected.length);
        expected.forEach((p, i) => {
          // Underflowed terms (R prints 0) stay 0; the others agree to 1e-10 relative (cumulated log-weight rounding).
          if (p === 0) expect(actual[i] as number).toBeLessThan(1e-300);
          else expectClose(actual[i] as number, p, 1e-10, `${r.table.join(',')} ψ = ${psi} k = ${r.lowest + i}`);
        });
      }
    }
  });

  it('gives E X and d/dψ E X = Var X/ψ', () => {
    for (const r of references) {
      const { value, slope } = conditionalMean(conditionalTable(...r.table), r.psi);
      expectClose(value, r.mean, 1e-12, `mean ${r.table.join(',')}`);
      expectClose(slope, r.meanSlope, 1e-10, `mean slope ${r.table.join(',')}`);
    }
  });

  it('gives the four tails at the observed a and their derivatives in ψ', () => {
    for (const r of references) {
      const table = conditionalTable(...r.table);
      const cases = [
        ['upper', false, r.upper],
        ['upper', true, r.upperMid],
        ['lower', false, r.lower],
        ['lower', true, r.lowerMid],
      ] as const;
      for (const [side, midP, [value, slope]] of cases) {
        const tail = conditionalTail(table, r.psi, side, midP);
        const label = `${side}${midP ? ' mid-p' : ''} ${r.table.join(',')}`;
        expectClose(tail.value, value, 1e-11, label);
        // The slope sums terms of both signs: compare absolutely, on the scale of the tail's spread.
        expect(Math.abs(tail.slope - slope), `${label} slope: ${tail.slope} vs ${slope}`).toBeLessThan(1e-10 * (1 + Math.abs(slope)));
      }
    }
  });
});

describe('odds-ratio estimates and limits against R fisher.test solved to full precision', () => {
  it('conditional MLE and median-unbiased estimate (0 at the lowest a, Infinity at the highest)', () => {
    for (const r of references) {
      const table = conditionalTable(...r.table);
      expectClose(conditionalMle(table, r.table), limit(r.mle), 1e-10, `MLE ${r.table.join(',')}`);
      expectClose(medianUnbiasedOddsRatio(table, r.table), limit(r.medianUnbiased), 1e-10, `median-unbiased ${r.table.join(',')}`);
    }
  });

  it('exact 95 % limits (tail 0.025) and mid-p 90 % limits (tail 0.05)', () => {
    for (const r of references) {
      const table = conditionalTable(...r.table);
      const exact = oddsRatioLimits(table, r.table, 0.025, false);
      expectClose(exact.lower, limit(r.exact95[0]), 1e-10, `exact lower ${r.table.join(',')}`);
      expectClose(exact.upper, limit(r.exact95[1]), 1e-10, `exact upper ${r.table.join(',')}`);
      const midP = oddsRatioLimits(table, r.table, 0.05, true);
      expectClose(midP.lower, limit(r.midp90[0]), 1e-10, `mid-p lower ${r.table.join(',')}`);
      expectClose(midP.upper, limit(r.midp90[1]), 1e-10, `mid-p upper ${r.table.join(',')}`);
    }
  });

  it('starts the solvers at the Haldane odds ratio (a + ½)(d + ½)/((b + ½)(c + ½))', () => {
    // By hand: 10.5·40.5/(20.5·5.5) = 425.25/112.75; 0.5·5.5/(10.5·5.5) = 1/21; 12.5·9.5/(0.5·3.5) = 118.75/1.75.
    expect(startingOddsRatio([10, 20, 5, 40])).toBeCloseTo(425.25 / 112.75, 14);
    expect(startingOddsRatio([0, 10, 5, 5])).toBeCloseTo(1 / 21, 15);
    expect(startingOddsRatio([12, 0, 3, 9])).toBeCloseTo(118.75 / 1.75, 12);
  });
});
