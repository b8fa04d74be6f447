import { describe, fail } from '../internal/errors.ts';
import { GroupIndex } from '../internal/groups.ts';
import { knownKeys, nearestName, nonNegativeNumber } from '../internal/validate.ts';

/** One group's outcome rate for {@link equityIndicatorRatio}. */
export interface EquityIndicatorGroupRate {
  /** The group's name. */
  readonly group: string;
  /**
   * The group's outcome rate, ≥ 0: a share as a fraction (0.616, per docs/conventions.md) or a rate per N; every
   * group on the same scale. The ratio does not depend on the scale, so Oakland's published percents give the
   * same ratio.
   */
  readonly rate: number;
}

/** Options of {@link equityIndicatorRatio}. */
export interface EquityIndicatorRatioOptions {
  /** Whether the outcome is favourable (`'higherIsBetter'`, default: business ownership) or adverse (`'lowerIsBetter'`: "standard not met"). */
  direction?: 'higherIsBetter' | 'lowerIsBetter';
  /**
   * The two groups to compare. Default: the worst-off and best-off groups observed (as Oakland picks the two
   * extreme groups). Cities that fix the pair (St. Louis: always Black vs White) name it here.
   */
  pair?: { readonly disadvantaged: string; readonly advantaged: string };
}

/** The result of {@link equityIndicatorRatio}. */
export interface EquityIndicatorRatioResult {
  /** Worse-outcome rate ÷ better-outcome rate, oriented ≥ 1 for the extremes; `null` when the divisor rate is 0. */
  readonly ratio: number | null;
  /** The worse-off group (extremes) or the named disadvantaged group (pair), with its rate. */
  readonly disadvantaged: { readonly group: string; readonly rate: number };
  /** The better-off group (extremes) or the named advantaged group (pair), with its rate. */
  readonly advantaged: { readonly group: string; readonly rate: number };
  /** Whether the outcome is favourable or adverse. */
  readonly direction: 'higherIsBetter' | 'lowerIsBetter';
  /** How the two groups were chosen. */
  readonly selection: 'extremes' | 'pair';
  /** For a named pair: whether the disadvantaged group in fact does better (ratio < 1). */
  readonly disadvantagedDoesBetter: boolean;
  /** Why `ratio` is `null`, when it is. */
  readonly reason?: string;
}

/**
 * The disparity ratio of a CUNY ISLG Equity Indicator (equalityindicators.org/scoring-2; Oakland 2018
 * methodology): the worse-outcome rate divided by the better-outcome rate, so 1 is parity and larger is more
 * unequal. For an adverse outcome it is disadvantaged ÷ advantaged ("Latino students 5.18× as likely not to
 * meet the standard"); for a favourable one advantaged ÷ disadvantaged ("White residents 2.7× as likely to own
 * a business"). Score it with {@link equityIndicatorScore}. Report the underlying rates with the score: a high
 * score can also mean everyone does equally badly.
 *
 * @param groups - One `{ group, rate }` per group, at least two; names unique.
 * @param options - `direction` (default `'higherIsBetter'`) and an optional fixed `pair`.
 * @returns The ratio, the two groups with their rates and how they were chosen.
 * @throws {EquityLensError} when `groups` has fewer than two entries, a name repeats or is not a string, a rate
 *   is negative or not finite, a `pair` group is absent, or `direction` is unknown.
 * @category Equity indicators (CUNY ISLG)
 * @example
 * ```ts
 * import { equityIndicatorRatio } from "./equityIndicatorRatio.ts";
 *
 * // Oakland 2018: 3rd-grade ELA "standard not met", Latino 61.6 %, White 11.9 %.
 * const result = equityIndicatorRatio(
 *   [{ group: "Latino", rate: 0.616 }, { group: "Asian", rate: 0.251 }, { group: "White", rate: 0.119 }],
 *   { direction: "lowerIsBetter" },
 * );
 * result.ratio?.toFixed(2); // => "5.18"
 * result.disadvantaged.group; // => "Latino"
 * ```
 */
export function equityIndicatorRatio(groups: readonly EquityIndicatorGroupRate[], options: EquityIndicatorRatioOptions = {}): EquityIndicatorRatioResult {
  const fn = 'equityIndicatorRatio';
  knownKeys(options, ['direction', 'pair'], 'options', fn);
  const direction = options.direction ?? 'higherIsBetter';
  if (direction !== 'higherIsBetter' && direction !== 'lowerIsBetter') {
    fail('invalid_value', 'options.direction', `${fn}: options.direction is ${describe(direction)}; use 'higherIsBetter' or 'lowerIsBetter'.`);
  }
  if (!Array.isArray(groups)) fail('invalid_type', 'groups', `${fn}: groups is ${describe(groups)}; expected an array of { group, rate }.`);
  if (groups.length < 2) fail(groups.length === 0 ? 'empty' : 'too_short', 'groups', `${fn}: groups has ${groups.length} entr${groups.length === 1 ? 'y' : 'ies'}; a disparity ratio compares at least two groups.`);
  const index = new GroupIndex();
  const rates: number[] = [];
  for (let i = 0; i < groups.length; i++) {
    const row: unknown = groups[i];
    if (row === null || typeof row !== 'object') fail('invalid_type', `groups[${i}]`, `${fn}: groups[${i}] is ${describe(row)}; expected { group, rate }.`);
    const record = row as { group?: unknown; rate?: unknown };
    const before = index.size;
    const id = index.idOf(record.group, `groups[${i}].group`, fn);
    if (index.size === before) fail('duplicate', `groups[${i}].group`, `${fn}: groups[${i}].group is ${describe(record.group)}, already given at groups[${id}]; give each group once.`);
    rates.push(nonNegativeNumber(record.rate, `groups[${i}].rate`, fn));
  }
  const adverse = direction === 'lowerIsBetter';
  let disadvantaged: number;
  let advantaged: number;
  let selection: 'extremes' | 'pair';
  if (options.pair !== undefined) {
    selection = 'pair';
    const pair: unknown = options.pair;
    if (pair === null || typeof pair !== 'object') fail('invalid_type', 'options.pair', `${fn}: options.pair is ${describe(pair)}; expected { disadvantaged, advantaged }.`);
    knownKeys(pair, ['disadvantaged', 'advantaged'], 'options.pair', fn);
    const lookup = (key: 'disadvantaged' | 'advantaged'): number => {
      const name: unknown = (pair as Record<string, unknown>)[key];
      // The index is a Map with string keys: any other value is simply absent.
      const found = index.get(name as string);
      if (found === undefined) {
        const nearest = typeof name === 'string' ? nearestName(name, index.keys) : undefined;
        fail('not_found', `options.pair.${key}`, `${fn}: options.pair.${key} is ${describe(name)}, which is not among the groups; name one of the groups given.`, nearest === undefined ? undefined : `did you mean "${nearest}"?`);
      }
      return found;
    };
    disadvantaged = lookup('disadvantaged');
    advantaged = lookup('advantaged');
  } else {
    selection = 'extremes';
    let low = 0;
    let high = 0;
    for (const [i, rate] of rates.entries()) {
      if (rate < (rates[low] as number)) low = i;
      if (rate > (rates[high] as number)) high = i;
    }
    disadvantaged = adverse ? high : low;
    advantaged = adverse ? low : high;
  }
  const dRate = rates[disadvantaged] as number;
  const aRate = rates[advantaged] as number;
  const numerator = adverse ? dRate : aRate;
  const denominator = adverse ? aRate : dRate;
  const base = {
    disadvantaged: { group: index.keys[disadvantaged] as string, rate: dRate },
    advantaged: { group: index.keys[advantaged] as string, rate: aRate },
    direction,
    selection,
  };
  if (denominator === 0) {
    const reason = numerator === 0 ? 'both rates are 0: the ratio is undefined' : `the divisor rate (${adverse ? 'advantaged' : 'disadvantaged'} group) is 0: the ratio is infinite`;
    return { ...base, ratio: null, disadvantagedDoesBetter: false, reason };
  }
  const ratio = numerator / denominator;
  return { ...base, ratio, disadvantagedDoesBetter: ratio < 1 };
}
