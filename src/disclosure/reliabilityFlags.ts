import { describe, fail } from '../internal/errors.ts';
import { finiteNumber, knownKeys, nonNegativeNumber } from '../internal/validate.ts';
import type { DisclosurePolicy, DisclosurePolicyInput } from './defineDisclosurePolicy.ts';
import { resolveDisclosurePolicy } from './defineDisclosurePolicy.ts';
import { assessReliability } from './internal/reliability.ts';
import { count } from './internal/result.ts';

/**
 * The estimate a reliability check looks at.
 *
 * @category Disclosure
 */
export interface ReliabilityInput {
  /** Number of events (the numerator count) the estimate rests on; a whole number ≥ 0. */
  readonly events: number;
  /** The denominator of a proportion (events ≤ denominator); enables the binomial relative standard error. */
  readonly denominator?: number | undefined;
  /** The estimate, when a standard error is given. */
  readonly estimate?: number | undefined;
  /** The estimate's standard error (same units); when given with `estimate`, its RSE is used as is. */
  readonly standardError?: number | undefined;
}

/**
 * Options of {@link reliabilityFlags}.
 *
 * @category Disclosure
 */
export interface ReliabilityFlagsOptions {
  /** The policy whose `minEvents` and `maxRelativeStandardError` apply; default {@link CMS_SUPPRESSION} (20 events, 30 %). */
  readonly policy?: DisclosurePolicyInput | undefined;
}

/**
 * A reason an estimate is flagged: `'fewEvents'` (fewer than `minEvents`) or `'highRse'` (relative standard
 * error above `maxRelativeStandardError`, or undefined because there are no events).
 *
 * @category Disclosure
 */
export type ReliabilityFlag = 'fewEvents' | 'highRse';

/**
 * The result of {@link reliabilityFlags}.
 *
 * @category Disclosure
 */
export interface ReliabilityResult {
  /** `true` when no flag is raised. */
  readonly reliable: boolean;
  /** The flags raised (empty when reliable). */
  readonly flags: ReliabilityFlag[];
  /** The relative standard error used (a fraction), or `null` when it is undefined (no events, or an estimate of 0). */
  readonly relativeStandardError: number | null;
  /** How the RSE was obtained: from the given standard error, binomial √((1 − p)/events), or Poisson 1/√events. */
  readonly rseMethod: 'given' | 'binomial' | 'poisson';
  /** One sentence per flag, for the footnote. */
  readonly reasons: string[];
  /** The thresholds applied. */
  readonly thresholds: { readonly minEvents: number; readonly maxRelativeStandardError: number };
}

/**
 * Flags an estimate that is too unstable to publish without a caution, under the NCHS conventions: a rate based
 * on fewer than 20 events is unreliable (NCHS/NVSS: such rates have a relative standard error of 23 % or more),
 * and an estimate whose relative standard error is above 30 % is unreliable (NCHS; ACS guidance on CV > 0.30).
 * Both thresholds come from the policy; "fewer than" and "above" are strict (20 events and exactly 30 % pass).
 *
 * The RSE is SE/|estimate| when `estimate` and `standardError` are given; else, with a `denominator`, the binomial
 * RSE of p = events/denominator, √(p(1 − p)/n)/p = √((1 − p)/events); else the Poisson RSE of a count or rate,
 * 1/√events (Brillinger 1986, as used in NVSS technical notes).
 *
 * The flag is a caution attached to a published value, never a reason to drop it silently.
 *
 * @param input - Events and optionally the denominator or the estimate and its standard error.
 * @param options - See {@link ReliabilityFlagsOptions}.
 * @returns Whether the estimate is reliable, the flags and the RSE used.
 * @throws {EquityLensError} `not_integer` / `out_of_range` for events that are not a count; `out_of_range` when
 *   events exceed the denominator or the standard error is negative; `missing_field` when only one of `estimate`
 *   and `standardError` is given; policy errors at `options.policy.…`.
 * @category Disclosure
 * @example
 * ```ts
 * import { reliabilityFlags } from "./reliabilityFlags.ts";
 *
 * reliabilityFlags({ events: 19 }).flags; // => ["fewEvents"]
 * reliabilityFlags({ events: 19 }).relativeStandardError?.toFixed(3); // => "0.229"
 * reliabilityFlags({ events: 120, estimate: 0.2, standardError: 0.07 }).flags; // => ["highRse"]
 * reliabilityFlags({ events: 25, denominator: 100 }).reliable; // => true
 * ```
 */
export function reliabilityFlags(input: ReliabilityInput, options: ReliabilityFlagsOptions = {}): ReliabilityResult {
  const fn = 'reliabilityFlags';
  if (options === null || typeof options !== 'object') fail('invalid_type', 'options', `${fn}: options is ${describe(options)}; expected an object.`);
  knownKeys(options, ['policy'], 'options', fn);
  const policy: DisclosurePolicy = resolveDisclosurePolicy(options.policy, 'options.policy', fn);
  if (input === null || typeof input !== 'object') {
    fail('invalid_type', 'input', `${fn}: input is ${describe(input)}; expected { events, denominator?, estimate?, standardError? }.`);
  }
  knownKeys(input, ['events', 'denominator', 'estimate', 'standardError'], 'input', fn);
  const events = count(input.events, 'input.events', fn);
  const hasEstimate = input.estimate !== undefined;
  const hasSe = input.standardError !== undefined;
  if (hasEstimate !== hasSe) {
    const missing = hasEstimate ? 'input.standardError' : 'input.estimate';
    fail('missing_field', missing, `${fn}: ${missing} is missing; pass estimate and standardError together, or neither.`);
  }
  if (hasEstimate) {
    const estimate = finiteNumber(input.estimate, 'input.estimate', fn);
    const standardError = nonNegativeNumber(input.standardError, 'input.standardError', fn);
    return assessReliability({ events, estimate, standardError }, policy);
  }
  if (input.denominator !== undefined) {
    const denominator = count(input.denominator, 'input.denominator', fn);
    if (events > denominator) {
      fail('out_of_range', 'input.events', `${fn}: input.events is ${events} but input.denominator is ${denominator}; a proportion's events cannot exceed its denominator — check that the two are not swapped and that events are counted among the denominator's people.`);
    }
    return assessReliability({ events, denominator }, policy);
  }
  return assessReliability({ events }, policy);
}
