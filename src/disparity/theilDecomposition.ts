import { fail } from '../internal/errors.ts';
import { GroupIndex } from '../internal/groups.ts';
import { knownKeys } from '../internal/validate.ts';
import { distribution, optionsObject, weightAt } from './internal/distribution.ts';
import type { TheilOptions } from './theilT.ts';

/** Options of {@link theilDecomposition}. */
export type TheilDecompositionOptions = TheilOptions;

/** One group's part in {@link theilDecomposition}. */
export interface TheilDecompositionGroup {
  /** The group key. */
  readonly group: string;
  /** Number of values in the group. */
  readonly count: number;
  /** The group's share of the population (of the total weight), p_g = W_g/W. */
  readonly populationShare: number;
  /** The group's share of the total (income, service, …), s_g = Σ_g wx / Σ wx. */
  readonly valueShare: number;
  /** The group's weighted mean. */
  readonly mean: number;
  /** Theil's T within the group; `null` when every value in it is 0 (its mean is 0). */
  readonly theilT: number | null;
  /** The group's contribution to the within-group component, s_g·T_g. */
  readonly withinContribution: number;
  /** The group's term of the between-group component, s_g·ln(s_g/p_g) (0 when s_g = 0). */
  readonly betweenContribution: number;
}

/** The result of {@link theilDecomposition}. */
export interface TheilDecompositionResult {
  /** Theil's T of all values, as {@link theilT}. */
  readonly total: number;
  /** The between-group component Σ_g s_g ln(s_g/p_g): the inequality left if everyone had their group's mean. */
  readonly between: number;
  /** The within-group component Σ_g s_g T_g: the inequality inside groups, weighted by value share. */
  readonly within: number;
  /** between/total, the share of the inequality that lies between groups; `null` when total is 0. */
  readonly betweenShare: number | null;
  /** Each group's part, in order of first appearance. */
  readonly groups: readonly TheilDecompositionGroup[];
}

/**
 * Decomposes Theil's T of non-negative values into a between-group and a within-group component (Theil 1967;
 * Shorrocks 1980; PySAL `inequality.theil.TheilD`):
 *
 * T = Σ_g s_g ln(s_g/p_g) + Σ_g s_g T_g,
 *
 * with p_g the group's population share, s_g its share of the total and T_g Theil's T inside the group. The
 * between term is the Theil T of a city where every person had their group's mean; the within term is what
 * remains. So a city can say how much of an inequality lies between districts: `betweenShare`.
 *
 * The within component is computed directly (Σ s_g T_g ≥ 0), not as T − between as PySAL does; the two agree
 * to rounding. Zeros contribute 0 (0·ln 0 = 0), as in {@link theilT}, and a group whose values are all 0 adds
 * nothing to either component (PySAL since inequality#92; before, such a group made the within part negative).
 * With weights, each value stands for `weight` people (frequency weights give the decomposition of the
 * expanded data).
 *
 * @param values - Non-negative values, at least one positive.
 * @param groups - One group key (a string) per value: the district, race/ethnicity, …
 * @param options - `weights` (default every weight 1).
 * @returns The total, its between and within components, the between share and each group's part.
 * @throws {EquityLensError} when `values` is empty, a value is negative or not finite, every value is 0,
 *   `groups` is not an array of strings of the same length, or weights are invalid.
 * @category Inequality
 * @example
 * ```ts
 * import { theilDecomposition } from "./theilDecomposition.ts";
 *
 * const incomes = [10, 20, 30, 40, 50, 60];
 * const districts = ["north", "north", "north", "south", "south", "south"];
 * const t = theilDecomposition(incomes, districts);
 * [t.total, t.between, t.within].map((x) => x.toFixed(4)); // => ["0.1294", "0.0949", "0.0345"]
 * t.betweenShare?.toFixed(2); // => "0.73"
 * ```
 */
export function theilDecomposition(values: readonly number[], groups: readonly string[], options?: TheilDecompositionOptions): TheilDecompositionResult {
  const fn = 'theilDecomposition';
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['weights'], 'options', fn);
  const d = distribution(values, opts['weights'], fn);
  const n = d.values.length;
  if (!Array.isArray(groups)) fail('invalid_type', 'groups', `${fn}: groups is not an array; pass one group key (a string) per value.`);
  if (groups.length !== n) {
    fail('length_mismatch', 'groups', `${fn}: groups has ${groups.length} entries but values has ${n}; pass one group key per value.`);
  }
  const index = new GroupIndex();
  const slot = new Uint32Array(n);
  for (let i = 0; i < n; i++) slot[i] = index.idOf(groups[i], `groups[${i}]`, fn);
  const k = index.size;
  const count = new Uint32Array(k);
  const weight = new Float64Array(k);
  const sum = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const g = slot[i] as number;
    const w = weightAt(d, i);
    count[g] = (count[g] as number) + 1;
    weight[g] = (weight[g] as number) + w;
    sum[g] = (sum[g] as number) + w * (d.values[i] as number);
  }
  // Σ w·(x/μ_g)·ln(x/μ_g) per group, then T_g = that / W_g.
  const entropy = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const g = slot[i] as number;
    const groupMean = (sum[g] as number) / (weight[g] as number);
    const r = groupMean > 0 ? (d.values[i] as number) / groupMean : 0;
    if (r > 0) entropy[g] = (entropy[g] as number) + weightAt(d, i) * r * Math.log(r);
  }
  const grandTotal = d.mean * d.totalWeight;
  let overall = 0;
  for (let i = 0; i < n; i++) {
    const r = (d.values[i] as number) / d.mean;
    if (r > 0) overall += weightAt(d, i) * r * Math.log(r);
  }
  let between = 0;
  let within = 0;
  const parts: TheilDecompositionGroup[] = [];
  for (let g = 0; g < k; g++) {
    const populationShare = (weight[g] as number) / d.totalWeight;
    const valueShare = (sum[g] as number) / grandTotal;
    const groupWeight = weight[g] as number;
    const mean = groupWeight > 0 ? (sum[g] as number) / groupWeight : 0;
    // Group means are reported in the values' unit (the distribution may be rescaled near 1.8e308).
    const reportedMean = mean / d.valueScale;
    const theil = mean > 0 ? Math.max(0, (entropy[g] as number) / groupWeight) : null;
    const betweenContribution = valueShare > 0 ? valueShare * Math.log(valueShare / populationShare) : 0;
    const withinContribution = theil === null ? 0 : valueShare * theil;
    between += betweenContribution;
    within += withinContribution;
    parts.push({ group: index.keys[g] as string, count: count[g] as number, populationShare, valueShare, mean: reportedMean, theilT: theil, withinContribution, betweenContribution });
  }
  const total = Math.max(0, overall / d.totalWeight);
  return { total, between: Math.max(0, between), within, betweenShare: total > 0 ? Math.max(0, between) / total : null, groups: parts };
}
