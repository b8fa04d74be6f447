import type { EligibilityTableRef } from '../eligibility/eligibilityResult.ts';
import type { EquityGoal } from '../goals/EquityGoalSchema.ts';

/**
 * An exact sum as JSON: a plain number when one double holds it exactly (every count, most sums of field values),
 * otherwise a list of doubles whose exact real sum is the value — the sum correctly rounded first, then what it
 * leaves, rounded, and so on. The list is a function of the exact value only, so equal sums have equal JSON.
 *
 * @category Monitor
 */
export type GoalPartialNumber = number | readonly number[];

/**
 * The values of a cell, for medians: distinct values ascending with their counts. `exact: true` while the cell
 * (over every partition merged so far) has at most 4,096 distinct values; beyond that every value is rounded to
 * the indicator's resolution (`GoalPartialIndicator.resolution`) and equal rounded values share one entry.
 *
 * @category Monitor
 */
export interface GoalPartialHistogram {
  /** Whether `values` are the exact values (otherwise rounded to the resolution). */
  readonly exact: boolean;
  /** Distinct values, ascending. */
  readonly values: readonly number[];
  /** How many records hold each value. */
  readonly counts: readonly number[];
}

/**
 * The additive state of one indicator for one group (or overall) in one program year.
 *
 * @category Monitor
 */
export interface GoalPartialCell {
  /** Records in the denominator (the n a value rests on). */
  readonly records: number;
  /** Records in the numerator (events). */
  readonly events: number;
  /** Numerator: a count, or the exact sum of `numeratorSum` for ratios. */
  readonly num: GoalPartialNumber;
  /** Denominator: a count, or the exact sum of `denominatorSum` for ratios. */
  readonly den: GoalPartialNumber;
  /** Means: the exact sum of the values. */
  readonly sum?: GoalPartialNumber;
  /** Means: the exact sum of the squared values (each square rounded once, as it is computed). */
  readonly sumSquares?: GoalPartialNumber;
  /** Medians: the histogram of values. */
  readonly histogram?: GoalPartialHistogram;
  /** `count` with `distinct`: the distinct values seen (strings, numbers, booleans), sorted. */
  readonly distinct?: readonly unknown[];
}

/**
 * One disaggregation (or intersection) of an indicator in a partial state.
 *
 * @category Monitor
 */
export interface GoalPartialDimension {
  /** The disaggregation id, or the intersection's ids joined with `" × "`. */
  readonly id: string;
  /** Every group seen, as its key in each part (one key for a disaggregation), sorted by code unit. */
  readonly groups: readonly (readonly string[])[];
  /** Cells per group (in `groups` order) and year (in the partial's `years` order); `null` for an empty cell. */
  readonly cells: readonly (readonly (GoalPartialCell | null)[])[];
  /** Whether a record fell in the disaggregation's `unmatched` group (it is listed last). */
  readonly unmatched: boolean;
  /** Records assigned and how many of them had the field at all (a field no record has is a typo, reported when scored). */
  readonly seen: { readonly records: number; readonly withField: number };
}

/**
 * One indicator in a partial state.
 *
 * @category Monitor
 */
export interface GoalPartialIndicator {
  /** The indicator id. */
  readonly id: string;
  /**
   * How median values are rounded once a cell has more than 4,096 distinct values: `{ absolute: 0.001 }` (km: one
   * metre) for distances, `{ relative: 12 }` (12 significant bits: within 2⁻¹³ ≈ 0.012 % of the value) for other
   * fields.
   */
  readonly resolution: { readonly absolute: number } | { readonly relative: 12 };
  /** The overall cells, one per year (`null` when empty). */
  readonly overall: readonly (GoalPartialCell | null)[];
  /** Disaggregations, then intersections, in the goal's order. */
  readonly dimensions: readonly GoalPartialDimension[];
}

/**
 * Where a partial state came from: one entry per partition summarised (merging concatenates and sorts them).
 *
 * @category Monitor
 */
export interface GoalPartialPartition {
  /** The partition's name as the caller gave it (`"3/8"`, a file name …), or `null`. */
  readonly id: string | null;
  /** Households read. */
  readonly households: number;
  /** Program enrolments joined to them. */
  readonly enrollments: number;
}

/**
 * The mergeable partial state of a goal's evaluation: everything {@link scoreGoalPartial} needs to publish the
 * scorecard, as additive counts, exact sums, value histograms and distinct sets per indicator, group and year —
 * never a record. Plain JSON (write it with `JSON.stringify`), versioned (`format`, `version`), with provenance.
 *
 * Partial states of disjoint partitions of the households (each with all of its enrolments and years) merge with
 * {@link mergeGoalPartials}: the merge is associative and commutative, and the merged state — hence the scorecard —
 * is the one the whole data gives. Suppression, comparisons, trends and status are computed only when scoring,
 * on the merged counts.
 *
 * @category Monitor
 */
export interface GoalPartial {
  /** Always `"equity-lens/goal-partial"`. */
  readonly format: 'equity-lens/goal-partial';
  /** Format version: 1. A reader refuses versions it does not know. */
  readonly version: 1;
  /** The library that wrote it; partial states merge only when written by the same version. */
  readonly library: { readonly name: 'equity-lens'; readonly version: string };
  /** The goal evaluated, validated (defaults filled in). */
  readonly goal: EquityGoal;
  /** Deprecation warnings the goal document raised when it was validated. */
  readonly goalWarnings: readonly string[];
  /** The as-of date. */
  readonly asOf: string;
  /** The program years accumulated, ascending. */
  readonly years: readonly number[];
  /** How eligibility and poverty guidelines were supplied. */
  readonly inputs: {
    readonly eligibility: 'none' | 'function' | 'screened' | 'rules';
    readonly povertyTables: 'bundled' | 'supplied';
  };
  /** The eligibility rule versions applied, per year. */
  readonly eligibilityRules: readonly { readonly year: number; readonly id: string; readonly version: string; readonly asOf: string }[];
  /** The parameter tables consulted. */
  readonly tables: readonly EligibilityTableRef[];
  /** Record counts (`sites` is the number of sites, the same in every partition). */
  readonly records: { readonly households: number; readonly enrollments: number; readonly sites: number; readonly householdYears: number };
  /** Counts behind the scorecard's warnings: enrolments in other programs, enrolments whose household never came, households with an income. */
  readonly counts: { readonly otherProgramEnrollments: number; readonly unknownHouseholdEnrollments: number; readonly householdsWithIncome: number };
  /** Household attribute names seen (for the message about a disaggregation field no record has). */
  readonly attributeNames: readonly string[];
  /** One entry per partition merged into this state. */
  readonly partitions: readonly GoalPartialPartition[];
  /** One entry per indicator, in the goal's order. */
  readonly indicators: readonly GoalPartialIndicator[];
}
