import { describe, fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import type { DisclosurePolicyInput } from './defineDisclosurePolicy.ts';
import { resolveDisclosurePolicy, disclosurePolicyDeprecations } from './defineDisclosurePolicy.ts';
import { derivableEntries, PUBLISHED } from './internal/complementary.ts';
import { oneWaySuppression } from './internal/oneWay.ts';
import type { DisclosedCount, SuppressionSummary } from './internal/result.ts';
import { disclosed, disclosedList, isCount, rejectCount, withheldEntries } from './internal/result.ts';

export type { DisclosedCount, SuppressionSummary, WithheldEntry } from './internal/result.ts';

/**
 * Options of {@link suppressCounts}.
 *
 * @category Disclosure
 */
export interface SuppressCountsOptions {
  /** The publication policy (see {@link DisclosurePolicyInput}); default {@link CMS_SUPPRESSION}. */
  readonly policy?: DisclosurePolicyInput | undefined;
  /** Whether the total of the counts is published beside them (default `true`); without a published total there is nothing to subtract from and no complementary suppression is needed. */
  readonly total?: boolean | undefined;
}

/**
 * The result of {@link suppressCounts}: the table as it may be published, with what was withheld and why.
 *
 * @category Disclosure
 */
export interface SuppressCountsResult extends SuppressionSummary {
  /** Each count in input order, published or withheld. */
  readonly counts: DisclosedCount[];
  /** The total of the counts, published or withheld; `null` when `options.total` is `false`. */
  readonly total: DisclosedCount | null;
}

/**
 * Small-cell suppression of a one-way table (counts by group) and its total, as the CMS cell-size suppression
 * policy requires: no count of 1–10 shown (0 allowed), and no such count derivable from the others and the total
 * (https://www.hhs.gov/guidance/document/cms-cell-suppression-policy).
 *
 * Algorithm: primary suppression withholds every count in `[threshold.min, threshold.max]` (and zeros when the
 * policy forbids them), including the total. Complementary suppression: when the line "counts + total" holds
 * exactly one withheld value, that value equals total − the published counts, so a second value is withheld —
 * the smallest non-zero published count (ties: first in order), else a zero, else the total; with
 * `complementaryPreference: 'margins'` the total first. Rounding is not applied here: present values with
 * {@link presentValue}.
 *
 * Limits: it prevents exact recovery by subtraction; a reader still learns bounds (the withheld values sum to a
 * known number, each is ≥ 0). Counts published in other tables, or percentages of this total, can reopen a
 * withheld value — suppress those consistently.
 *
 * Cost: O(k) for k counts.
 *
 * @param counts - Counts (whole numbers ≥ 0), one per group.
 * @param options - See {@link SuppressCountsOptions}.
 * @returns The publishable table with flags and reasons (see {@link SuppressCountsResult}).
 * @throws {EquityLensError} `invalid_type` when `counts` is not an array; `empty` when it is empty; `out_of_range`
 *   for a negative count; `not_integer` for a fractional count; `not_finite` for NaN or infinity; policy errors
 *   (e.g. `out_of_range` when `threshold.min > threshold.max`) at `options.policy.…`; `unknown_key` for an unknown option.
 * @category Disclosure
 * @example
 * ```ts
 * import { suppressCounts } from "./suppressCounts.ts";
 *
 * // CMS policy vector: 0 shown, 5 and 10 withheld, 11 shown (the total 26 is shown: two values are withheld).
 * const table = suppressCounts([0, 5, 10, 11]);
 * table.counts.map((c) => c.value); // => [0, null, null, 11]
 * table.total?.value; // => 26
 *
 * // One small count beside a total: the next-smallest count is withheld too.
 * const one = suppressCounts([40, 7, 25, 60]);
 * one.counts.map((c) => c.reason); // => [null, "primary", "complementary", null]
 * ```
 */
export function suppressCounts(counts: readonly number[], options: SuppressCountsOptions = {}): SuppressCountsResult {
  const fn = 'suppressCounts';
  if (options === null || typeof options !== 'object') fail('invalid_type', 'options', `${fn}: options is ${describe(options)}; expected an object.`);
  knownKeys(options, ['policy', 'total'], 'options', fn);
  const policy = resolveDisclosurePolicy(options.policy, 'options.policy', fn);
  if (!Array.isArray(counts)) fail('invalid_type', 'counts', `${fn}: counts is ${describe(counts)}; expected an array of counts.`);
  if (counts.length === 0) fail('empty', 'counts', `${fn}: counts is empty; pass at least one count.`);
  const withTotal = options.total ?? true;
  if (typeof withTotal !== 'boolean') fail('invalid_type', 'options.total', `${fn}: options.total is ${describe(withTotal)}; expected true or false.`);

  const k = counts.length;
  const values = new Float64Array(withTotal ? k + 1 : k);
  let sum = 0;
  for (let i = 0; i < k; i++) {
    const raw: unknown = counts[i];
    // The path string is built only when the count is bad: no allocation per count on the normal path.
    const c = isCount(raw) ? raw : rejectCount(raw, `counts[${i}]`, fn);
    values[i] = c;
    sum += c;
  }
  // Stryker disable next-line ConditionalExpression: equivalent — without a total values has k entries, and a typed array ignores a write at index k
  if (withTotal) values[k] = sum;
  const { grid, state } = oneWaySuppression(values, withTotal, policy);

  const pathOf = (e: number): string => (e === k ? 'total' : `counts[${e}]`);
  const { withheld, primary, complementary } = withheldEntries(values, state, policy, pathOf);
  const derivable = derivableEntries(grid, state).map(pathOf);
  const warnings = [
    ...disclosurePolicyDeprecations(options.policy, 'options.policy', fn),
    ...derivable.map((p) => `${p} is withheld but can be recovered from the total and the published counts; turn complementary suppression on.`),
  ];
  return {
    counts: disclosedList(values, state, 0, k),
    total: withTotal ? disclosed(sum, state[k] ?? PUBLISHED) : null,
    withheld,
    primary,
    complementary,
    derivable,
    policy,
    warnings,
  };
}
