import { EquityLensError } from '../internal/errors.ts';
import { plainIssues } from '../internal/plainChecks.ts';
import { translateZodIssues, type ZodLikeIssue } from './internal/zodIssues.ts';
import { deprecation } from '../internal/deprecation.ts';
import { POLICY_KEYS, policyFieldsCheck, resolvePolicyInput } from './internal/policyChecks.ts';
import { ROUNDING_RENAMES } from './roundForPresentation.ts';
import type { RoundingPolicyName } from './roundForPresentation.ts';

/**
 * Why a published cell was withheld: `'primary'` (its own value is in the suppression range) or
 * `'complementary'` (withheld so that a primary cell cannot be recovered from published totals).
 *
 * @category Disclosure
 */
export type SuppressionReason = 'primary' | 'complementary';

/**
 * A publication policy as data: which counts are withheld, whether complementary suppression protects them, when
 * an estimate is flagged unreliable, and how values are rounded for presentation. JSON-serialisable, so a goal
 * can carry the policy it is published under.
 *
 * Sources: CMS cell-size suppression policy (https://www.hhs.gov/guidance/document/cms-cell-suppression-policy;
 * ResDAC https://resdac.org/node/1506) — no cell of 1–10 shown, 0 allowed, no 1–10 value derivable from other
 * cells or totals; NCHS — rates on fewer than 20 events are unreliable (relative standard error ≥ 23 %);
 * relative standard error above 30 % unreliable (NCHS/NHHCS, ACS guidance on CV > 0.30).
 *
 * @category Disclosure
 */
export interface DisclosurePolicy {
  /** A label for the policy, reported with every result. */
  readonly name: string;
  /**
   * The smallest count that may be published: counts from 1 to `minimumCellSize − 1` are withheld (primary
   * suppression). CMS: 11 (no cell of 1–10); 1 withholds nothing. The goal JSON's name.
   */
  readonly minimumCellSize: number;
  /** Whether a count of 0 is withheld too (primary). CMS: `false` (0 may be shown). The goal JSON's name. */
  readonly suppressZero: boolean;
  /**
   * @deprecated The 0.1 form of `minimumCellSize`: counts `min ≤ count ≤ max` are withheld (`max: 0` withholds
   * none). Kept, with the same meaning, until 0.3; a range with `min > 1` cannot be written as a minimum cell size
   * and is accepted only until then.
   */
  readonly threshold: { readonly min: number; readonly max: number };
  /** @deprecated The 0.1 form of `suppressZero` (its negation); kept until 0.3. */
  readonly allowZero: boolean;
  /** Whether to add complementary suppression so no withheld count can be recovered from published totals. Default `true`. */
  readonly complementary: boolean;
  /**
   * Which entry of a line to withhold as the complement: `'cells'` (default) the smallest non-zero count of the
   * line, else a zero count, else the line's total; `'margins'` the line's total first (publish the detail, withhold the total).
   */
  readonly complementaryPreference: 'cells' | 'margins';
  /** An estimate based on fewer events than this is flagged unreliable (NCHS: 20). Whole number ≥ 0; 0 disables the flag. */
  readonly minEvents: number;
  /** An estimate whose relative standard error is above this fraction is flagged unreliable (0.3 = 30 %). */
  readonly maxRelativeStandardError: number;
  /** How values are rounded at presentation (never before suppression or comparison). Default `'none'`. */
  readonly rounding: RoundingPolicyName;
  /** Which counts of a rate are tested against the threshold by callers that publish rates (as the goals module's policy). Default `'both'`. */
  readonly appliesTo: 'numerator' | 'denominator' | 'both';
}

/**
 * A {@link DisclosurePolicy} as written by a city: every field optional, defaults from {@link CMS_SUPPRESSION}.
 * It uses the goal JSON's names (`minimumCellSize`, `suppressZero`, `minEvents`), so a goal's `suppression` can be
 * passed as is. The 0.1 names `threshold`, `allowZero`, `unstableAtOrBelow` and the kebab-case rounding names
 * are accepted until 0.3; `suppressCounts`, `suppressTable` and `suppressRates` report them in `warnings`.
 *
 * @category Disclosure
 */
export interface DisclosurePolicyInput {
  /** See {@link DisclosurePolicy.name}. */
  readonly name?: string | undefined;
  /** See {@link DisclosurePolicy.minimumCellSize}. */
  readonly minimumCellSize?: number | undefined;
  /** See {@link DisclosurePolicy.suppressZero}. */
  readonly suppressZero?: boolean | undefined;
  /** @deprecated See {@link DisclosurePolicy.threshold}; either bound may be omitted (defaults 1 and 10). */
  readonly threshold?: { readonly min?: number | undefined; readonly max?: number | undefined } | undefined;
  /** @deprecated See {@link DisclosurePolicy.allowZero}. */
  readonly allowZero?: boolean | undefined;
  /** See {@link DisclosurePolicy.complementary}. */
  readonly complementary?: boolean | undefined;
  /** See {@link DisclosurePolicy.complementaryPreference}. */
  readonly complementaryPreference?: 'cells' | 'margins' | undefined;
  /** See {@link DisclosurePolicy.minEvents}. */
  readonly minEvents?: number | undefined;
  /** See {@link DisclosurePolicy.maxRelativeStandardError}. */
  readonly maxRelativeStandardError?: number | undefined;
  /** See {@link DisclosurePolicy.rounding} (the 0.1 kebab-case names are accepted until 0.3). */
  readonly rounding?: RoundingPolicyName | 'round-half-even' | 'base-5' | 'base-10' | 'percent-1dp' | undefined;
  /** See {@link DisclosurePolicy.appliesTo}. */
  readonly appliesTo?: 'numerator' | 'denominator' | 'both' | undefined;
  /** @deprecated 0.1's goal name for the events flag: flag at or below `u` events, i.e. `minEvents: u + 1`. Accepted until 0.3. */
  readonly unstableAtOrBelow?: number | undefined;
}

/**
 * The default policy: CMS cell-size suppression (1–10 withheld, 0 shown, complementary suppression on) with the
 * NCHS reliability flags (fewer than 20 events; relative standard error above 30 %) and no presentation rounding.
 *
 * Sources: https://www.hhs.gov/guidance/document/cms-cell-suppression-policy, https://resdac.org/node/1506;
 * NCHS Data Presentation Standards (Parker et al. 2017) and NVSS technical notes on rates based on fewer than 20
 * deaths.
 *
 * @category Disclosure
 * @example
 * ```ts
 * import { CMS_SUPPRESSION } from "./defineDisclosurePolicy.ts";
 *
 * CMS_SUPPRESSION.threshold; // => { min: 1, max: 10 }
 * CMS_SUPPRESSION.allowZero; // => true
 * ```
 */
export const CMS_SUPPRESSION: DisclosurePolicy = Object.freeze({
  name: 'CMS cell-size suppression (1–10) with NCHS reliability flags',
  minimumCellSize: 11,
  suppressZero: false,
  threshold: Object.freeze({ min: 1, max: 10 }),
  allowZero: true,
  complementary: true,
  complementaryPreference: 'cells',
  minEvents: 20,
  maxRelativeStandardError: 0.3,
  rounding: 'none',
  appliesTo: 'both',
}) as DisclosurePolicy;

/**
 * The `deprecated:` warnings for the 0.1 names a policy input uses (accepted until 0.3), for results that carry
 * warnings. `input` is one that {@link resolveDisclosurePolicy} accepted: omitted, or a policy object.
 *
 * @internal
 */
export function disclosurePolicyDeprecations(input: unknown, path: string, fn: string): string[] {
  if (input === undefined) return [];
  const policy = input as Record<string, unknown>;
  const out: string[] = [];
  // A resolved policy passed back in carries both spellings; only the 0.1 spelling alone is a deprecated use.
  if (policy['threshold'] !== undefined && policy['minimumCellSize'] === undefined) out.push(deprecation(fn, `${path}.threshold`, `${path}.minimumCellSize (threshold { min: 1, max: m − 1 } is minimumCellSize m)`));
  if (policy['allowZero'] !== undefined && policy['suppressZero'] === undefined) out.push(deprecation(fn, `${path}.allowZero`, `${path}.suppressZero (its negation)`));
  if (policy['unstableAtOrBelow'] !== undefined) out.push(deprecation(fn, `${path}.unstableAtOrBelow`, `${path}.minEvents (unstableAtOrBelow u is minEvents u + 1)`));
  const rounding = String(policy['rounding']); // a rounding name, or "undefined" when omitted
  if (Object.hasOwn(ROUNDING_RENAMES, rounding)) out.push(deprecation(fn, `${path}.rounding "${rounding}"`, `"${ROUNDING_RENAMES[rounding] as string}"`));
  return out;
}

/**
 * Validates a policy input and fills defaults; every problem is reported at once. The checks are those of
 * `DisclosurePolicySchema`, run without zod (`internal/policyChecks.ts`), so the functions that take a
 * policy do not carry zod.
 *
 * @internal
 */
export function resolveDisclosurePolicy(input: unknown, path: string, fn: string): DisclosurePolicy {
  if (input === undefined) return CMS_SUPPRESSION;
  const issues: ZodLikeIssue[] = plainIssues(policyFieldsCheck(), input);
  // As zod's `.transform`, the fields are resolved only when each is well typed (unknown keys aside).
  const policy = issues.some((issue) => issue.code !== 'unrecognized_keys')
    ? undefined
    // Stryker disable next-line StringLiteral: equivalent — translateZodIssues reads this issue in its default branch, as it would any code it does not name
    : resolvePolicyInput(input as DisclosurePolicyInput, CMS_SUPPRESSION, (at, message, code) => issues.push({ code: 'custom', path: at, message, params: { code } }));
  // Stryker disable next-line ConditionalExpression: equivalent — policy is undefined only when an issue was found, so issues.length === 0 decides alone
  if (policy !== undefined && issues.length === 0) return policy;
  throw EquityLensError.fromIssues(fn, translateZodIssues(issues, input, path, fn, (at) => (at.length === 0 ? POLICY_KEYS : ['min', 'max'])));
}

/**
 * Validates a disclosure policy written as data and fills every omitted field from {@link CMS_SUPPRESSION}.
 *
 * @param input - A {@link DisclosurePolicyInput} (e.g. parsed from JSON); omit for the CMS default.
 * @returns The complete policy.
 * @throws {EquityLensError} listing every problem with its path: `unknown_key` (with a did-you-mean hint),
 *   `invalid_type`, `not_integer`, `out_of_range` (including `threshold.min > threshold.max`), `invalid_value`.
 * @category Disclosure
 * @example
 * ```ts
 * import { defineDisclosurePolicy } from "./defineDisclosurePolicy.ts";
 *
 * const policy = defineDisclosurePolicy({ name: "CDC WISQARS-like", minimumCellSize: 10, minEvents: 21 });
 * policy.suppressZero; // => false
 * policy.complementary; // => true
 * ```
 */
export function defineDisclosurePolicy(input?: DisclosurePolicyInput): DisclosurePolicy {
  return resolveDisclosurePolicy(input, '', 'defineDisclosurePolicy');
}
