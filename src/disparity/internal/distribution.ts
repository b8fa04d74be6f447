import { describe, fail } from '../../internal/errors.ts';
import { rescale, rescaleFactor } from '../../internal/magnitude.ts';
import { finiteNumber, nonNegativeNumber, weights as checkWeights } from '../../internal/validate.ts';

/**
 * A validated distribution: values, optional weights, total weight and weighted mean.
 *
 * @internal
 */
export interface Distribution {
  readonly values: Float64Array;
  /** `null` when unweighted (every weight 1). */
  readonly weights: Float64Array | null;
  /** Σw, or n when unweighted. */
  readonly totalWeight: number;
  /** Σw·x / Σw. */
  readonly mean: number;
  /** The power of two the values were multiplied by (1 unless they are near 1.8e308). */
  readonly valueScale: number;
}

/**
 * Checks a numeric array: an array, not empty, every entry finite (and ≥ 0 unless `allowNegative`).
 *
 * @internal
 */
export function numericArray(values: unknown, path: string, fn: string, allowNegative = false): Float64Array {
  if (!Array.isArray(values) && !ArrayBuffer.isView(values)) {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(values)}; expected an array of numbers.`);
  }
  const source = values as ArrayLike<unknown>;
  if (source.length === 0) fail('empty', path, `${fn}: ${path} is empty; pass at least one value.`);
  const out = new Float64Array(source.length);
  for (let i = 0; i < source.length; i++) {
    const x = source[i];
    // Fast path without building the error path string; the validators run only on a bad entry.
    // Stryker disable next-line StringLiteral: equivalent — typeof x is never '', so every entry takes the validator, which returns the same number or throws the same error
    if (typeof x === 'number' && Number.isFinite(x) && (allowNegative || x >= 0)) {
      out[i] = x;
    } else {
      out[i] = allowNegative ? finiteNumber(x, `${path}[${i}]`, fn) : nonNegativeNumber(x, `${path}[${i}]`, fn);
    }
  }
  return out;
}

/**
 * Checks values (≥ 0) and optional weights (≥ 0, one per value, positive total) and computes the weighted
 * mean. Throws when the mean is 0, where every relative inequality index is undefined.
 *
 * Values and weights near 1.8e308 are rescaled by powers of two (exact): the indices built on a distribution do
 * not depend on the scale of either, and sums of such numbers would overflow. `values`, `weights`, `totalWeight`
 * and `mean` are then in the rescaled units; `valueScale` converts a value back (value ÷ valueScale).
 *
 * @internal
 */
export function distribution(values: unknown, weights: unknown, fn: string): Distribution {
  const raw = numericArray(values, 'values', fn);
  const valueScale = rescaleFactor(raw);
  const x = rescale(raw, valueScale);
  let w: { weights: Float64Array; total: number } | null = null;
  if (weights !== undefined) {
    const checked = checkedWeights(weights, x.length, 'options.weights', fn);
    const weightScale = rescaleFactor(checked.weights);
    if (weightScale === 1) {
      w = checked;
    } else {
      const scaled = rescale(checked.weights, weightScale);
      let scaledTotal = 0;
      for (let i = 0; i < scaled.length; i++) scaledTotal += scaled[i] as number;
      w = { weights: scaled, total: scaledTotal };
    }
  }
  let total = 0;
  let weightedSum = 0;
  if (w === null) {
    for (let i = 0; i < x.length; i++) weightedSum += x[i] as number;
    total = x.length;
  } else {
    for (let i = 0; i < x.length; i++) weightedSum += (w.weights[i] as number) * (x[i] as number);
    total = w.total;
  }
  if (!(weightedSum > 0)) {
    fail(
      'invalid_value',
      'values',
      `${fn}: every value${w === null ? '' : ' with positive weight'} is 0, so the mean is 0 and the index is undefined; pass at least one positive value.`,
    );
  }
  return { values: x, weights: w === null ? null : w.weights, totalWeight: total, mean: weightedSum / total, valueScale };
}

/**
 * Weights as `Float64Array` with their total: a fast path over plain finite non-negative numbers, and the
 * shared validator (with its error messages) for anything else.
 *
 * @internal
 */
export function checkedWeights(weights: unknown, n: number, path: string, fn: string): { weights: Float64Array; total: number } {
  // Stryker disable next-line BlockStatement: equivalent — a fast path: without it checkWeights below returns the same weights and total
  if (Array.isArray(weights) && weights.length === n) {
    const out = new Float64Array(n);
    let total = 0;
    // Stryker disable next-line BooleanLiteral: equivalent — ok = false only skips the fast path: checkWeights below returns the same weights and total
    let ok = true;
    // Stryker disable next-line ConditionalExpression, EqualityOperator, UpdateOperator, BlockStatement: equivalent — a loop that stops early, overruns or never runs leaves ok false or total 0, and checkWeights below returns the same weights and total
    for (let i = 0; i < n; i++) {
      const w: unknown = weights[i];
      // Stryker disable next-line StringLiteral: equivalent — typeof w is never '', so every call takes the validator: checkWeights below returns the same weights and total
      if (typeof w !== 'number' || !(w >= 0) || w === Number.POSITIVE_INFINITY) {
        ok = false;
        break;
      }
      out[i] = w;
      // Stryker disable next-line AssignmentOperator: equivalent — a negative total fails total > 0 below, and checkWeights below returns the same weights and total
      total += w;
    }
    if (ok && total > 0) return { weights: out, total };
  }
  return checkWeights(weights, n, path, fn);
}

/**
 * The weight of item i (1 when unweighted).
 *
 * @internal
 */
export function weightAt(d: Distribution, i: number): number {
  return d.weights === null ? 1 : (d.weights[i] as number);
}

/**
 * Indices that sort `values` ascending (ties keep input order).
 *
 * @internal
 */
export function ascendingOrder(values: Float64Array): Uint32Array {
  const order = new Uint32Array(values.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  return order;
}

/**
 * Groups values by distinct value: the sorted distinct values and, for each, the total weight of the items
 * holding it, plus each item's index into the distinct values. One typed-array sort and a binary search per
 * item, no comparator callbacks.
 *
 * @internal
 */
export function distinctValues(values: Float64Array, weights: Float64Array | null): { distinct: Float64Array; weight: Float64Array; slot: Uint32Array } {
  const sorted = Float64Array.from(values).sort();
  let m = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[m - 1]) sorted[m++] = sorted[i] as number;
  }
  const distinct = sorted.subarray(0, m);
  const weight = new Float64Array(m);
  const slot = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    let lo = 0;
    // Stryker disable next-line ArithmeticOperator: equivalent — entries past the end of distinct read undefined and undefined < x is false, so the search still ends at x's first index
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((distinct[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    slot[i] = lo;
    weight[lo] = (weight[lo] as number) + (weights === null ? 1 : (weights[i] as number));
  }
  return { distinct, weight, slot };
}

/**
 * Reads the `weights` option of an inequality index (checking the options object's type).
 *
 * @internal
 */
export function optionsObject(options: unknown, fn: string): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail('invalid_type', 'options', `${fn}: options is ${describe(options)}; expected an options object.`);
  }
  return options as Record<string, unknown>;
}
