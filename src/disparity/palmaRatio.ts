import { fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import { ascendingOrder, distribution, optionsObject, weightAt, type Distribution } from './internal/distribution.ts';

/** Options of {@link palmaRatio}. */
export interface PalmaRatioOptions {
  /** One non-negative weight per value (population); default every weight 1. Only with `method: 'lorenz'`. */
  weights?: readonly number[];
  /**
   * How the top 10 % and bottom 40 % are cut. `'lorenz'` (default): from the piecewise-linear Lorenz curve
   * through (Σ_{k≤i} wₖ/W, Σ_{k≤i} wₖxₖ/Σwx), Palma = (1 − L(0.9)) / L(0.4), so a unit straddling a cut is
   * split; equal values give 0.25. `'count'`: the bottom ⌊0.4n⌋ and top n − ⌊0.9n⌋ units, no interpolation
   * (common in spreadsheets; badly biased for small n: [10, 20, 30, 40, 50] gives 1.667 against 0.833).
   */
  method?: 'lorenz' | 'count';
}

/** The result of {@link palmaRatio}. */
export interface PalmaRatioResult {
  /** Share of the total held by the top 10 % ÷ share held by the bottom 40 %; `null` when the bottom share is 0. */
  readonly value: number | null;
  /** Share of the total held by the top 10 %. */
  readonly top10Share: number;
  /** Share of the total held by the bottom 40 %. */
  readonly bottom40Share: number;
  /** The cut rule used. */
  readonly method: 'lorenz' | 'count';
  /** Number of values. */
  readonly n: number;
  /** Why `value` is `null`, when it is. */
  readonly reason?: string;
}

/**
 * The Palma ratio (Palma 2011; Cobham & Sumner 2013): the share of the total held by the top 10 % divided by
 * the share held by the bottom 40 %, **share-based** (a perfectly equal distribution gives 0.25, not 1).
 *
 * The transport-equity "Palma" of `ipeaGIT/accessibility::palma_ratio` is a different quantity (the ratio of
 * mean accessibility of the top 10 % and bottom 40 % by income: 4× this one when ranking and measured
 * variable coincide); it is not computed here. Relative, scale invariant.
 *
 * @param values - Non-negative values, at least one positive.
 * @param options - `weights` and `method` (default `'lorenz'`).
 * @returns The ratio with the two shares and the cut rule.
 * @throws {EquityLensError} when `values` is empty, a value is negative or not finite, every value is 0,
 *   weights are invalid or given with `method: 'count'`, `method` is unknown, or `'count'` has fewer than 3 values.
 * @category Inequality
 * @example
 * ```ts
 * import { palmaRatio } from "./palmaRatio.ts";
 *
 * palmaRatio([10, 20, 30, 40, 50]).value?.toFixed(4); // => "0.8333"
 * palmaRatio([10, 20, 30, 40, 50], { method: "count" }).value?.toFixed(4); // => "1.6667"
 * palmaRatio([7, 7, 7, 7]).value?.toFixed(4); // => "0.2500" (equal shares)
 * ```
 */
export function palmaRatio(values: readonly number[], options?: PalmaRatioOptions): PalmaRatioResult {
  const fn = 'palmaRatio';
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['weights', 'method'], 'options', fn);
  const method = opts['method'] ?? 'lorenz';
  if (method !== 'lorenz' && method !== 'count') {
    fail('invalid_value', 'options.method', `${fn}: options.method is ${JSON.stringify(method)}; use 'lorenz' or 'count'.`);
  }
  if (method === 'count' && opts['weights'] !== undefined) {
    fail('invalid_value', 'options.weights', `${fn}: options.weights cannot be used with method 'count', which counts units; use method 'lorenz' for weighted data.`);
  }
  const d = distribution(values, opts['weights'], fn);
  const n = d.values.length;
  let bottom40Share: number;
  let top10Share: number;
  if (method === 'count') {
    if (n < 3) fail('too_short', 'values', `${fn}: method 'count' needs at least 3 values to form a bottom 40 % and a top 10 %; use method 'lorenz'.`);
    const sorted = Float64Array.from(d.values).sort();
    const total = d.mean * n;
    const bottomCount = Math.floor(0.4 * n);
    const topStart = Math.floor(0.9 * n);
    let bottom = 0;
    let top = 0;
    for (let i = 0; i < bottomCount; i++) bottom += sorted[i] as number;
    for (let i = topStart; i < n; i++) top += sorted[i] as number;
    bottom40Share = bottom / total;
    top10Share = top / total;
  } else {
    bottom40Share = lorenzAt(d, 0.4);
    top10Share = 1 - lorenzAt(d, 0.9);
  }
  const base = { top10Share, bottom40Share, method, n } as const;
  if (!(bottom40Share > 0)) return { ...base, value: null, reason: 'the bottom 40 % hold nothing: the Palma ratio is undefined' };
  return { ...base, value: top10Share / bottom40Share };
}

/** The Lorenz curve L(p) by linear interpolation between the cumulative points of the sorted values. */
function lorenzAt(d: Distribution, p: number): number {
  const order = ascendingOrder(d.values);
  const totalWeight = d.totalWeight;
  const totalAmount = d.mean * totalWeight;
  let cumulativeWeight = 0;
  let cumulativeAmount = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const w = weightAt(d, i);
    if (w === 0) continue;
    const nextWeight = cumulativeWeight + w;
    const nextAmount = cumulativeAmount + w * (d.values[i] as number);
    if (nextWeight / totalWeight >= p) {
      const fraction = (p * totalWeight - cumulativeWeight) / w;
      return (cumulativeAmount + fraction * (nextAmount - cumulativeAmount)) / totalAmount;
    }
    cumulativeWeight = nextWeight;
    cumulativeAmount = nextAmount;
  }
  return 1;
}
