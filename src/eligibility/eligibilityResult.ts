/**
 * The result types of `evaluateEligibility`: a three-valued status and one explanation record per criterion.
 *
 * @module
 */
import type { EligibilityCriterion } from './eligibilityRuleSchema.ts';
import type { EligibilityTableSource, EligibilityTableStatus } from './tableSource.ts';

/**
 * Outcome of a rule for a household: `indeterminate` when a field the outcome depends on is missing.
 *
 * @category Eligibility rules
 */
export type EligibilityStatus = 'eligible' | 'ineligible' | 'indeterminate';

/**
 * The parameter table (and vintage) a criterion used.
 *
 * @category Eligibility rules
 */
export interface EligibilityTableRef {
  /** Which kind of table. */
  readonly kind: 'poverty' | 'hud' | 'smi';
  /** Table id. */
  readonly id: string;
  /** Vintage in the publisher's words: `"2025"` (HHS), `"FY2025"` (HUD), `"2025-26"` (California). */
  readonly vintage: string;
  /** First day the table is in force. */
  readonly effectiveFrom: string;
  /** Last day the table is in force, when bounded. */
  readonly effectiveTo: string | null;
  /** How the figures were obtained. */
  readonly status: EligibilityTableStatus;
  /** The publication. */
  readonly source: EligibilityTableSource;
}

/**
 * How a criterion compares its observed value with its threshold.
 *
 * @category Eligibility rules
 */
export type EligibilityComparator = '<=' | '<' | '>=' | '>' | '==' | '!=' | 'between' | 'in' | 'anyOf';

/**
 * The explanation of one criterion for one household. Every criterion of the rule gets one, whether or not the
 * outcome depended on it (no short-circuit).
 *
 * `margin` is how far the household is from the boundary, positive or zero on the passing side: for income tests
 * `threshold − observed` in the criterion's `unit` (−1,926 means $1,926 over the limit); for member counts
 * `matching − needed` (persons); for sizes the distance to the nearest bound; `null` for set membership.
 *
 * @category Eligibility rules
 */
export interface EligibilityCriterionResult {
  /** Criterion id. */
  readonly id: string;
  /** Criterion label. */
  readonly label: string;
  /** Criterion kind. */
  readonly kind: EligibilityCriterion['kind'];
  /** Legal reference of the criterion, or `null`. */
  readonly legalRef: string | null;
  /** `true`/`false`, or `null` when a needed field is missing. */
  readonly passed: boolean | null;
  /** The household's value: income, monthly income, ages, an attribute, program list … (`null` when missing). */
  readonly observed: number | string | readonly number[] | readonly string[] | null;
  /** The limit or accepted values; `[min, max]` for ranges (`null` for an open end). */
  readonly threshold: number | string | readonly (number | null)[] | readonly string[] | null;
  /** How observed and threshold are compared. */
  readonly comparator: EligibilityComparator;
  /** Distance from the boundary, ≥ 0 on the passing side (see the interface description), or `null`. */
  readonly margin: number | null;
  /** Unit of `observed`, `threshold` and (for income tests) `margin`: `USD/year`, `USD/month`, `years`, `persons` … */
  readonly unit: string | null;
  /** The parameter table used, or `null`. */
  readonly table: EligibilityTableRef | null;
  /** Household fields that were missing for this criterion. */
  readonly missing: readonly string[];
  /** A sentence explaining the comparison, e.g. "income $52,000 is 161.7 % of the 2025 guideline for 4 ($32,150)". */
  readonly detail: string;
}

/**
 * The outcome of a rule for one household, with every criterion explained.
 *
 * @category Eligibility rules
 */
export interface EligibilityResult {
  /** Three-valued outcome (Kleene logic over all / any / not). */
  readonly status: EligibilityStatus;
  /** Every criterion, in rule order, each explained. */
  readonly criteria: readonly EligibilityCriterionResult[];
  /** Household fields whose absence made a criterion indeterminate (deduplicated, in rule order). */
  readonly missing: readonly string[];
  /** Rule id and version evaluated. */
  readonly rule: { readonly id: string; readonly version: string };
  /** The evaluation date. */
  readonly asOf: string;
  /** Every parameter table the rule used on that date. */
  readonly tables: readonly EligibilityTableRef[];
  /** The boundary convention: income equal to a limit passes unless a criterion says `exclusive`. */
  readonly convention: { readonly boundary: 'per-criterion (default inclusive)'; readonly logic: 'kleene' };
  /** `deprecated:` warnings for 0.1 names the rule still uses (accepted until 0.3), e.g. `operator: "le"`. */
  readonly warnings: readonly string[];
}
