import { describe, fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import type { TargetingErrorsResult, TargetingGroup } from './targetingErrors.ts';

/** Options of {@link representationByGroup}. */
export interface RepresentationByGroupOptions {
  /**
   * With several grouping dimensions, the one to use alone (its margin). Default: the groups as tallied (every
   * combination of keys).
   */
  dimension?: string;
  /**
   * What counts as an enrolment: `'enrolled'` (default) all enrolled households, as a program's roster shows them;
   * `'eligibleEnrolled'` only eligible ones, which makes the ratio the group's coverage ÷ overall coverage.
   */
  numerator?: 'enrolled' | 'eligibleEnrolled';
}

/**
 * One group's representation.
 *
 * @category Reach
 */
export interface GroupRepresentation {
  /** The group's keys. */
  keys: string[];
  /** The keys joined with " × ", for display. */
  label: string;
  /** Group's share of enrolments (per `numerator`); `null` when there are no enrolments at all. */
  enrolledShare: number | null;
  /** Group's share of eligible households; `null` when no household is eligible. */
  eligibleShare: number | null;
  /** enrolledShare ÷ eligibleShare: 1 = served in proportion to need, below 1 = under-represented; `null` when undefined. */
  representation: number | null;
  /** Why `representation` is `null`, when it is. */
  reason?: string;
}

/**
 * The result of {@link representationByGroup}.
 *
 * @category Reach
 */
export interface RepresentationByGroupResult {
  /** The dimensions the groups are keyed by. */
  dimensions: string[];
  /** What counted as an enrolment. */
  numerator: 'enrolled' | 'eligibleEnrolled';
  /** One entry per group, in the order of the targeting result. */
  groups: GroupRepresentation[];
}

/**
 * Need-adjusted representation: each group's share of enrolments divided by its share of eligible households.
 *
 * representation_g = (enrolled_g / enrolled) ÷ (eligible_g / eligible). A ratio of 1 means a group is served in
 * proportion to its need; 0.5 means it holds half the enrolments its share of need would give it. This is the
 * proportionality index of the California Community Colleges' disproportionate-impact guidance and the
 * resource-share ÷ population-share ratio of San Francisco RPD's equity zones (methodology §7.3–7.4), with eligible
 * households as the population. It reads the counts of a {@link targetingErrors} result (or a merged one), so it
 * costs O(groups) and no second pass over the records.
 *
 * @param result - A result of {@link targetingErrors} or {@link mergeReach}, computed with `by`.
 * @param options - `dimension` (default: every combination) and `numerator` (default `'enrolled'`).
 * @returns One representation per group, with the shares it divides.
 * @throws {EquityLensError} `invalid_type` when `result` is not a targeting result; `invalid_value` when it was
 *   computed without `by` (it has no groups); `not_found` for a `dimension` the result is not grouped by, or whose
 *   margin is missing from `result.byDimension`; `invalid_value` for an unknown `numerator`; `unknown_key` for a misspelt option.
 * @category Reach
 * @example
 * ```ts
 * import { representationByGroup } from "./representationByGroup.ts";
 * import { targetingErrors } from "./targetingErrors.ts";
 *
 * const rows = [
 *   { language: "en", eligible: true, enrolled: true },
 *   { language: "en", eligible: true, enrolled: true },
 *   { language: "es", eligible: true, enrolled: true },
 *   { language: "es", eligible: true, enrolled: false },
 *   { language: "es", eligible: true, enrolled: false },
 *   { language: "es", eligible: true, enrolled: false },
 * ];
 * const reach = targetingErrors(rows, { eligible: (r) => r.eligible, enrolled: (r) => r.enrolled, by: (r) => r.language });
 * representationByGroup(reach).groups.map((g) => [g.label, g.representation]);
 * // => [["en", 2], ["es", 0.5]]
 * ```
 */
export function representationByGroup(result: TargetingErrorsResult, options: RepresentationByGroupOptions = {}): RepresentationByGroupResult {
  const fn = 'representationByGroup';
  if (result === null || typeof result !== 'object' || !Array.isArray(result.groups) || !Array.isArray(result.dimensions)) {
    fail('invalid_type', 'result', `${fn}: result is ${describe(result)}; pass a result of targetingErrors computed with options.by.`);
  }
  if (options === null || typeof options !== 'object') fail('invalid_type', 'options', `${fn}: options is ${describe(options)}; expected an options object.`);
  knownKeys(options, ['dimension', 'numerator'], 'options', fn);
  const numerator = options.numerator ?? 'enrolled';
  if (numerator !== 'enrolled' && numerator !== 'eligibleEnrolled') {
    fail('invalid_value', 'options.numerator', `${fn}: options.numerator is ${describe(numerator)}; use "enrolled" or "eligibleEnrolled".`);
  }
  if (result.dimensions.length === 0) {
    fail(
      'invalid_value',
      'result.dimensions',
      `${fn}: result is not grouped (its dimensions are []), so it has no groups to compare; compute targetingErrors with options.by.`,
    );
  }
  let groups: TargetingGroup[] = result.groups;
  let dimensions = result.dimensions;
  if (options.dimension !== undefined) {
    const d = result.dimensions.indexOf(options.dimension);
    if (d < 0) {
      fail(
        'not_found',
        'options.dimension',
        `${fn}: options.dimension is ${describe(options.dimension)} but the result is grouped by [${result.dimensions.join(', ')}]; pick one of those.`,
      );
    }
    dimensions = [options.dimension];
    if (result.dimensions.length > 1) {
      const margin = Array.isArray(result.byDimension) ? result.byDimension.find((m) => m.dimension === options.dimension) : undefined;
      if (margin === undefined) {
        fail(
          'not_found',
          'result.byDimension',
          `${fn}: result has no margin for ${describe(options.dimension)} in byDimension; pass the result as targetingErrors or mergeReach returned it.`,
        );
      }
      groups = margin.groups;
    }
  }
  const totalEnrolled = result.overall[numerator];
  const totalEligible = result.overall.eligible;
  return {
    dimensions: [...dimensions],
    numerator,
    groups: groups.map((g) => {
      const enrolledShare = totalEnrolled > 0 ? g[numerator] / totalEnrolled : null;
      const eligibleShare = totalEligible > 0 ? g.eligible / totalEligible : null;
      const entry: GroupRepresentation = {
        keys: [...g.keys],
        label: g.label,
        enrolledShare,
        eligibleShare,
        representation: null,
      };
      if (enrolledShare === null) entry.reason = 'no enrolments in any group';
      else if (eligibleShare === null) entry.reason = 'no eligible households in any group';
      else if (eligibleShare === 0) entry.reason = 'the group has no eligible households';
      else entry.representation = enrolledShare / eligibleShare;
      return entry;
    }),
  };
}
