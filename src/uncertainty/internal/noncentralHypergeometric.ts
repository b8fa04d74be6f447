/**
 * The conditional distribution of a 2×2 table given its margins — Fisher's noncentral hypergeometric
 * distribution — behind Fisher's exact test, the conditional maximum-likelihood odds ratio and the exact
 * (Cornfield) and mid-p odds-ratio limits, as R's `fisher.test` and epitools' `oddsratio.midp` define them.
 *
 * Table `[[a, b], [c, d]]`: rows are the exposed and reference groups, columns events and non-events. With the
 * margins fixed, X = a has P(X = k) ∝ C(m, k)·C(n, t − k)·ψᵏ on lo ≤ k ≤ hi, where m = a + c (events),
 * n = b + d (non-events), t = a + b (exposed group), lo = max(0, t − n), hi = min(t, m) and ψ the odds ratio.
 *
 * @internal
 * @module
 */
import { type Evaluation, solvePositive } from './rootFinding.ts';

/** A 2×2 table reduced to what the conditional distribution needs. */
export interface ConditionalTable {
  /** The observed a. */
  readonly observed: number;
  /** The smallest possible a given the margins. */
  readonly lowest: number;
  /** The largest possible a given the margins. */
  readonly highest: number;
  /** ln[C(m, k)·C(n, t − k)] for k = lowest … highest, up to one additive constant. */
  readonly logWeights: Float64Array;
}

/** The conditional distribution of the 2×2 table `[[a, b], [c, d]]` (whole-number cells). */
export function conditionalTable(a: number, b: number, c: number, d: number): ConditionalTable {
  const m = a + c;
  const n = b + d;
  const t = a + b;
  const lowest = Math.max(0, t - n);
  const highest = Math.min(t, m);
  const logWeights = new Float64Array(highest - lowest + 1);
  // C(m, k + 1)C(n, t − k − 1) / [C(m, k)C(n, t − k)] = (m − k)(t − k) / [(k + 1)(n − t + k + 1)].
  // Stryker disable next-line EqualityOperator: equivalent — k = highest would write logWeights[highest − lowest + 1], past the end of the typed array, which JavaScript ignores
  for (let k = lowest; k < highest; k++) {
    const i = k - lowest;
    logWeights[i + 1] = (logWeights[i] as number) + Math.log(((m - k) * (t - k)) / ((k + 1) * (n - t + k + 1)));
  }
  return { observed: a, lowest, highest, logWeights };
}

/** P(X = k) for k = lowest … highest at odds ratio ψ > 0 (finite). */
export function conditionalProbabilities(table: ConditionalTable, oddsRatio: number): Float64Array {
  const { logWeights, lowest } = table;
  const logPsi = Math.log(oddsRatio);
  const logTerms = logWeights.map((logWeight, i) => logWeight + logPsi * (lowest + i));
  const max = logTerms.reduce((largest, value) => Math.max(largest, value), Number.NEGATIVE_INFINITY);
  const weights = logTerms.map((value) => Math.exp(value - max));
  const sum = weights.reduce((total, weight) => total + weight, 0);
  return weights.map((weight) => weight / sum);
}

/**
 * A tail of X at its observed value, with its derivative in ψ: `'upper'` is P(X > x) + w·P(X = x), `'lower'`
 * is P(X < x) + w·P(X = x), where w = ½ for mid-p and 1 otherwise. d/dψ of Σ_S P(X = k) is
 * Σ_S (k − E X)·P(X = k)/ψ. Terms are summed from the far end of the tail inward.
 */
export function conditionalTail(table: ConditionalTable, oddsRatio: number, side: 'upper' | 'lower', midP: boolean): Evaluation {
  const probabilities = conditionalProbabilities(table, oddsRatio);
  const { lowest, observed } = table;
  let mean = 0;
  for (let i = 0; i < probabilities.length; i++) mean += (lowest + i) * (probabilities[i] as number);
  const atObserved = observed - lowest;
  let value = 0;
  let slope = 0;
  const last = probabilities.length - 1;
  const from = side === 'upper' ? last : 0;
  const step = side === 'upper' ? -1 : 1;
  for (let i = from; i !== atObserved; i += step) {
    const p = probabilities[i] as number;
    value += p;
    slope += (lowest + i - mean) * p;
  }
  const weight = midP ? 0.5 : 1;
  const p = probabilities[atObserved] as number;
  value += weight * p;
  slope += weight * (observed - mean) * p;
  return { value, slope: slope / oddsRatio };
}

/** E X at odds ratio ψ with d/dψ E X = Var X / ψ. */
export function conditionalMean(table: ConditionalTable, oddsRatio: number): Evaluation {
  const probabilities = conditionalProbabilities(table, oddsRatio);
  let mean = 0;
  for (let i = 0; i < probabilities.length; i++) mean += (table.lowest + i) * (probabilities[i] as number);
  // Var = E[(X − μ)²]; recomputed about the mean, not as E X² − μ², to avoid cancellation.
  let variance = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const deviation = table.lowest + i - mean;
    variance += deviation * deviation * (probabilities[i] as number);
  }
  return { value: mean, slope: variance / oddsRatio };
}

/**
 * The sample odds ratio with 0.5 added to each cell, (a + ½)(d + ½)/((b + ½)(c + ½)) (Haldane): a starting point
 * for the solvers, positive and finite for any whole-number cells.
 */
export function startingOddsRatio(cells: readonly [number, number, number, number]): number {
  const [a, b, c, d] = cells;
  return ((a + 0.5) * (d + 0.5)) / ((b + 0.5) * (c + 0.5));
}

/**
 * The conditional maximum-likelihood odds ratio (the ψ with E_ψ X = x; R `fisher.test`'s estimate): 0 when a is at
 * its lowest possible value, `Infinity` at its highest.
 */
export function conditionalMle(table: ConditionalTable, cells: readonly [number, number, number, number]): number {
  // Stryker disable next-line ConditionalExpression: equivalent — without this shortcut the solver's bracket falls by hi/4 steps until ψ underflows, and it returns 0 all the same
  if (table.observed === table.lowest) return 0;
  if (table.observed === table.highest) return Number.POSITIVE_INFINITY;
  return solvePositive((psi) => conditionalMean(table, psi), table.observed, startingOddsRatio(cells), true);
}

/**
 * The median-unbiased odds ratio (the ψ with P(X > x) + ½P(X = x) = ½; epitools `oddsratio.midp`'s estimate).
 */
export function medianUnbiasedOddsRatio(table: ConditionalTable, cells: readonly [number, number, number, number]): number {
  // Stryker disable next-line ConditionalExpression: equivalent — without this shortcut the solver's bracket falls by hi/4 steps until ψ underflows, and it returns 0 all the same
  if (table.observed === table.lowest) return 0;
  if (table.observed === table.highest) return Number.POSITIVE_INFINITY;
  return solvePositive((psi) => conditionalTail(table, psi, 'upper', true), 0.5, startingOddsRatio(cells), true);
}

/**
 * Exact (Cornfield; `midP` false) or mid-p limits for the odds ratio at two-sided level 1 − 2·tail: the lower
 * limit solves P_ψ(X ≥ x) = tail (mid-p: P_ψ(X > x) + ½P_ψ(X = x) = tail), 0 when x is at its lowest; the upper
 * solves P_ψ(X ≤ x) = tail (mid-p likewise), `Infinity` when x is at its highest.
 */
export function oddsRatioLimits(
  table: ConditionalTable,
  cells: readonly [number, number, number, number],
  tail: number,
  midP: boolean,
): { lower: number; upper: number } {
  const start = startingOddsRatio(cells);
  const lower =
    // Stryker disable next-line ConditionalExpression: equivalent — without this shortcut the solver's bracket falls by hi/4 steps until ψ underflows, and it returns 0 all the same
    table.observed === table.lowest ? 0 : solvePositive((psi) => conditionalTail(table, psi, 'upper', midP), tail, start, true);
  const upper =
    // Stryker disable next-line ConditionalExpression: equivalent — without this shortcut P(X ≤ x) stays 1 > tail, the solver's bracket grows ×4 until ψ overflows, and it returns Infinity all the same
    table.observed === table.highest
      ? Number.POSITIVE_INFINITY
      // Stryker disable next-line StringLiteral: equivalent — conditionalTail takes every side other than 'upper' as the lower tail
      : solvePositive((psi) => conditionalTail(table, psi, 'lower', midP), tail, start, false);
  return { lower, upper };
}
