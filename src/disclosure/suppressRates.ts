import { describe, fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import type { DisclosurePolicy, DisclosurePolicyInput, SuppressionReason } from './defineDisclosurePolicy.ts';
import { resolveDisclosurePolicy, disclosurePolicyDeprecations } from './defineDisclosurePolicy.ts';
import type { DisclosedCount, WithheldEntry } from './internal/result.ts';
import { count } from './internal/result.ts';
import type { ReliabilityResult } from './reliabilityFlags.ts';
import { reliabilityFlags } from './reliabilityFlags.ts';
import { suppressCounts } from './suppressCounts.ts';

/**
 * One group's rate as input to {@link suppressRates}.
 *
 * @category Disclosure
 */
export interface DisclosureRateCounts {
  /** Events (e.g. eligible households enrolled), a whole number ≥ 0. */
  readonly numerator: number;
  /** Population at risk (e.g. eligible households), a whole number ≥ 0. */
  readonly denominator: number;
}

/**
 * Options of {@link suppressRates}.
 *
 * @category Disclosure
 */
export interface SuppressRatesOptions {
  /** The publication policy; default {@link CMS_SUPPRESSION}. `appliesTo` chooses which counts are tested. */
  readonly policy?: DisclosurePolicyInput | undefined;
  /** Whether the overall numerator and denominator (and so the overall rate) are published (default `true`). */
  readonly total?: boolean | undefined;
}

/**
 * One group's rate as it may be published.
 *
 * @category Disclosure
 */
export interface DisclosedRate {
  /** The numerator, published or withheld. */
  readonly numerator: DisclosedCount;
  /** The denominator, published or withheld. */
  readonly denominator: DisclosedCount;
  /** numerator ÷ denominator when published; `null` when withheld or when the denominator is 0. */
  readonly rate: number | null;
  /** Whether the rate is withheld (its numerator or denominator is). */
  readonly suppressed: boolean;
  /** Why the rate is withheld: the reason of its withheld count (`'primary'` wins); `null` when published. */
  readonly reason: SuppressionReason | null;
  /** Why `rate` is `null` although published (`"denominator is 0"`), else `null`. */
  readonly undefinedReason: string | null;
  /**
   * Reliability of the published rate under the policy (events = numerator; binomial RSE for a proportion, Poisson
   * when the numerator exceeds the denominator, as for visits per person); `null` when the rate is
   * withheld, because the RSE of a withheld rate would give its numerator back.
   */
  readonly reliability: ReliabilityResult | null;
}

/**
 * The result of {@link suppressRates}.
 *
 * @category Disclosure
 */
export interface SuppressRatesResult {
  /** Each group's rate, in input order. */
  readonly rows: DisclosedRate[];
  /** The overall rate; `null` when `options.total` is `false`. */
  readonly total: DisclosedRate | null;
  /** Every withheld count: `numerators[i]`, `denominators[i]`, `numerators.total`, `denominators.total`. */
  readonly withheld: WithheldEntry[];
  /** The policy applied. */
  readonly policy: DisclosurePolicy;
  /** Warnings from the suppression of either line (values left recoverable when complementary suppression is off). */
  readonly warnings: string[];
}

function combine(numerator: DisclosedCount, denominator: DisclosedCount, events: number, population: number, policy: DisclosurePolicy): DisclosedRate {
  const suppressed = numerator.suppressed || denominator.suppressed;
  const reason: SuppressionReason | null = !suppressed
    ? null
    : numerator.reason === 'primary' || denominator.reason === 'primary'
      ? 'primary'
      : 'complementary';
  const rate = suppressed || population === 0 ? null : events / population;
  return {
    numerator,
    denominator,
    rate,
    suppressed,
    reason,
    undefinedReason: !suppressed && population === 0 ? 'denominator is 0' : null,
    reliability: suppressed ? null : reliabilityFlags(population === 0 || events > population ? { events } : { events, denominator: population }, { policy }),
  };
}

/**
 * Small-cell suppression of rates by group (e.g. eligible households served ÷ eligible households, by district).
 * The numerators, with their total, are one line and the denominators another; each line gets primary and
 * complementary suppression as in {@link suppressCounts}, on the counts `policy.appliesTo` names (`'both'` by
 * default, as the CMS policy applies to every count). A rate is withheld whenever its numerator or its
 * denominator is, because a published rate and either count give back the other (CMS: no small count derivable
 * from percentages). Each published rate carries its reliability flags ({@link reliabilityFlags}, binomial RSE).
 *
 * @param rows - One `{ numerator, denominator }` per group.
 * @param options - See {@link SuppressRatesOptions}.
 * @returns The publishable rates with flags and reasons (see {@link SuppressRatesResult}).
 * @throws {EquityLensError} `invalid_type` / `empty` for rows that are not a non-empty array; `out_of_range` /
 *   `not_integer` / `not_finite` for a count that is not a whole number ≥ 0 (path `rows[i].numerator`); policy
 *   errors at `options.policy.…`; `unknown_key` for an unknown option.
 * @category Disclosure
 * @example
 * ```ts
 * import { suppressRates } from "./suppressRates.ts";
 *
 * const rates = suppressRates([
 *   { numerator: 120, denominator: 300 },
 *   { numerator: 8, denominator: 100 },
 *   { numerator: 52, denominator: 200 },
 * ]);
 * rates.rows.map((r) => r.rate); // => [0.4, null, null]
 * rates.rows.map((r) => r.reason); // => [null, "primary", "complementary"]
 * rates.total?.rate; // => 0.3
 * rates.rows[0]?.reliability?.reliable; // => true
 * ```
 */
export function suppressRates(rows: readonly DisclosureRateCounts[], options: SuppressRatesOptions = {}): SuppressRatesResult {
  const fn = 'suppressRates';
  if (options === null || typeof options !== 'object') fail('invalid_type', 'options', `${fn}: options is ${describe(options)}; expected an object.`);
  knownKeys(options, ['policy', 'total'], 'options', fn);
  const policy = resolveDisclosurePolicy(options.policy, 'options.policy', fn);
  const withTotal = options.total ?? true;
  if (typeof withTotal !== 'boolean') fail('invalid_type', 'options.total', `${fn}: options.total is ${describe(withTotal)}; expected true or false.`);
  if (!Array.isArray(rows)) fail('invalid_type', 'rows', `${fn}: rows is ${describe(rows)}; expected an array of { numerator, denominator }.`);
  if (rows.length === 0) fail('empty', 'rows', `${fn}: rows is empty; pass at least one group.`);
  const numerators: number[] = [];
  const denominators: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (row === null || typeof row !== 'object') fail('invalid_type', `rows[${i}]`, `${fn}: rows[${i}] is ${describe(row)}; expected { numerator, denominator }.`);
    const r = row as DisclosureRateCounts;
    numerators.push(count(r.numerator, `rows[${i}].numerator`, fn));
    denominators.push(count(r.denominator, `rows[${i}].denominator`, fn));
  }
  // The line the policy does not apply to withholds nothing (minimum cell size 1, zeros shown); the 0.1 spellings
  // threshold and allowZero are left out, so suppressCounts resolves the policy from these two alone.
  const { threshold: _threshold, allowZero: _allowZero, ...kept } = policy;
  const off: DisclosurePolicyInput = { ...kept, minimumCellSize: 1, suppressZero: false };
  const tested = (which: 'numerator' | 'denominator'): DisclosurePolicyInput =>
    policy.appliesTo === 'both' || policy.appliesTo === which ? policy : off;
  const top = suppressCounts(numerators, { policy: tested('numerator'), total: withTotal });
  const bottom = suppressCounts(denominators, { policy: tested('denominator'), total: withTotal });
  const sumNumerator = numerators.reduce((a, b) => a + b, 0);
  const sumDenominator = denominators.reduce((a, b) => a + b, 0);
  const pathOn = (path: string, line: 'numerators' | 'denominators'): string => (path === 'total' ? `${line}.total` : path.replace('counts', line));
  const rename = (entries: WithheldEntry[], line: 'numerators' | 'denominators'): WithheldEntry[] =>
    entries.map((w) => {
      const path = pathOn(w.path, line);
      return { path, reason: w.reason, note: w.note.replace(w.path, path) };
    });
  // suppressCounts' warnings start with the path of a withheld count that the total gives back.
  const renamedWarning = (warning: string, line: 'numerators' | 'denominators'): string => {
    const end = warning.indexOf(' ');
    return `${pathOn(warning.slice(0, end), line)}${warning.slice(end)}`;
  };
  return {
    rows: rows.map((_, i) =>
      combine(top.counts[i] as DisclosedCount, bottom.counts[i] as DisclosedCount, numerators[i] ?? 0, denominators[i] ?? 0, policy),
    ),
    total: withTotal ? combine(top.total as DisclosedCount, bottom.total as DisclosedCount, sumNumerator, sumDenominator, policy) : null,
    withheld: [...rename(top.withheld, 'numerators'), ...rename(bottom.withheld, 'denominators')],
    policy,
    warnings: [
      ...disclosurePolicyDeprecations(options.policy, 'options.policy', fn),
      ...top.warnings.map((w) => renamedWarning(w, 'numerators')),
      ...bottom.warnings.map((w) => renamedWarning(w, 'denominators')),
    ],
  };
}
