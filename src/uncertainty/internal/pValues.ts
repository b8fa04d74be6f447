import { describe, fail } from '../../internal/errors.ts';
import { finiteNumber } from '../../internal/validate.ts';

/**
 * Checks a list of p-values (each in [0, 1]) and returns them with the permutation that sorts them ascending
 * (stable: equal p-values keep input order).
 *
 * @internal
 */
export function sortedPValues(pValues: unknown, fn: string): { values: Float64Array; order: Int32Array } {
  if (!Array.isArray(pValues) && !ArrayBuffer.isView(pValues)) {
    fail('invalid_type', 'pValues', `${fn}: pValues is ${describe(pValues)}; expected an array of p-values.`);
  }
  const source = pValues as ArrayLike<unknown>;
  if (source.length === 0) fail('empty', 'pValues', `${fn}: pValues is empty; pass at least one p-value.`);
  const values = new Float64Array(source.length);
  for (let i = 0; i < source.length; i++) {
    const p = finiteNumber(source[i], `pValues[${i}]`, fn);
    if (p < 0 || p > 1) fail('out_of_range', `pValues[${i}]`, `${fn}: pValues[${i}] is ${p}; a p-value lies in [0, 1].`);
    values[i] = p;
  }
  const order = Int32Array.from({ length: values.length }, (_, i) => i);
  // Array sorts are stable (ES2019), so equal p-values keep input order without a tie-break.
  order.sort((a, b) => (values[a] as number) - (values[b] as number));
  return { values, order };
}

/**
 * Step-up adjusted p-values: with p₍₁₎ ≤ … ≤ p₍ₘ₎ in `order`, adjusted p₍ᵢ₎ = min(1, min_{j ≥ i} factor(j)·p₍ⱼ₎)
 * (rank j counted from 1), returned in input order. Hochberg uses factor(j) = m − j + 1, Benjamini–Yekutieli
 * (Σ 1/k)·m/j.
 *
 * @internal
 */
export function stepUpAdjusted(values: Float64Array, order: Int32Array, factor: (rank: number) => number): number[] {
  const m = values.length;
  // Stryker disable next-line ArrayDeclaration: equivalent — every index 0…m−1 is assigned below
  const adjusted = new Array<number>(m);
  let running = Number.POSITIVE_INFINITY;
  for (let i = m - 1; i >= 0; i--) {
    const index = order[i] as number;
    running = Math.min(running, factor(i + 1) * (values[index] as number));
    adjusted[index] = Math.min(1, running);
  }
  return adjusted;
}

/**
 * Step-up rejections: the hypotheses (1)…(k) are rejected, k the largest rank with p₍ₖ₎ ≤ threshold(k); returned
 * in input order.
 *
 * @internal
 */
export function stepUpRejections(values: Float64Array, order: Int32Array, threshold: (rank: number) => number): boolean[] {
  const m = values.length;
  let lastRejected = -1;
  for (let i = 0; i < m; i++) {
    if ((values[order[i] as number] as number) <= threshold(i + 1)) lastRejected = i;
  }
  // Stryker disable next-line ArrayDeclaration: equivalent — every index 0…m−1 is assigned below
  const reject = new Array<boolean>(m);
  for (let i = 0; i < m; i++) reject[order[i] as number] = i <= lastRejected;
  return reject;
}
