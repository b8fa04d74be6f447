import { buildResult, collectCells, denseCells, type RawCell, type SummaryMeta } from './internal/summary.ts';
import {
  confidenceOption,
  groupDimensions,
  inclusionDenominatorOption,
  optionalAccessor,
  optionsObject,
  requiredAccessor,
  rowsArray,
} from './internal/options.ts';
import { readRecords, tallyRecords } from './internal/tabulate.ts';

/**
 * How a record is assigned to a group: one accessor returning a string (the dimension is called `"group"`), an
 * array of accessors (dimensions `"0"`, `"1"` …) or an object of named accessors (`{ district: r => …, language:
 * r => … }`), whose keys name the dimensions. With several, every combination seen in the data is a group.
 *
 * @category Reach
 */
export type GroupBy<T> =
  | ((row: T, index: number) => string)
  | readonly ((row: T, index: number) => string)[]
  | Readonly<Record<string, (row: T, index: number) => string>>;

/**
 * Which households the inclusion error is divided by. `'enrolled'` (default): enrolled households whose eligibility
 * is determined — the share of beneficiaries who are not in the target group (Grosh et al. 2022, ch. 7; Coady,
 * Grosh & Hoddinott 2004). `'ineligible'`: ineligible households — the share of the non-target group that is
 * enrolled, the other convention found in the literature.
 *
 * @category Reach
 */
export type InclusionErrorDenominator = 'enrolled' | 'ineligible';

/** Options of {@link targetingErrors}. */
export interface TargetingErrorsOptions<T> {
  /**
   * Whether the record's household is eligible: `true`, `false`, or `null` when it cannot be determined (missing
   * income, say). Indeterminate households are counted apart and never enter a rate.
   */
  eligible: (row: T, index: number) => boolean | null;
  /** Whether the record's household is enrolled. */
  enrolled: (row: T, index: number) => boolean;
  /** Grouping: one accessor, an array of accessors or an object of named accessors; see {@link GroupBy}. */
  by?: GroupBy<T>;
  /**
   * How many households (or persons) the record stands for: a finite number ≥ 0. Default: every record counts 1.
   * Pass household size to count persons, or a survey expansion factor.
   */
  weight?: (row: T, index: number) => number;
  /** Confidence level of the coverage interval, strictly between 0 and 1. Default 0.95. */
  confidence?: number;
  /** Denominator of the inclusion error. Default `'enrolled'`; see {@link InclusionErrorDenominator}. */
  inclusionErrorDenominator?: InclusionErrorDenominator;
}

/**
 * The additive counts of a summary. Every field is a plain sum over records, so the counts of disjoint partitions
 * add up to the counts of their union ({@link mergeReach}). Counts are weighted when a weight accessor was given.
 *
 * @category Reach
 */
export interface TargetingCounts {
  /** Number of records, never weighted. */
  records: number;
  /** Households represented: Σ weight (= `records` without weights). */
  population: number;
  /** Eligible households. */
  eligible: number;
  /** Ineligible households. */
  ineligible: number;
  /** Households whose eligibility could not be determined (the accessor returned `null`). */
  indeterminate: number;
  /** Enrolled households, whatever their eligibility (indeterminate included). */
  enrolled: number;
  /** Eligible and enrolled (correctly served). */
  eligibleEnrolled: number;
  /** Ineligible but enrolled: leakage. */
  ineligibleEnrolled: number;
  /** Enrolled, eligibility indeterminate. */
  indeterminateEnrolled: number;
  /** Σ weight² over eligible records (= `eligible` without weights); gives Kish's effective sample size. */
  eligibleWeightSquares: number;
}

/**
 * The coverage interval (Wilson score). Without weights it uses the counts; with weights, Kish's effective sample
 * size n_eff = (Σw)²/Σw² of the eligible records and n_eff × coverage successes.
 *
 * @category Reach
 */
export interface CoverageInterval {
  /** Lower bound; `null` when coverage is undefined. */
  lower: number | null;
  /** Upper bound; `null` when coverage is undefined. */
  upper: number | null;
  /** Confidence level. */
  confidence: number;
  /** Always `'wilson'`. */
  method: 'wilson';
  /** Number of trials given to the interval (records, or the Kish effective size); `null` when coverage is undefined. */
  sampleSize: number | null;
}

/**
 * Counts and targeting rates of one set of records (all of them, or one group).
 *
 * @category Reach
 */
export interface TargetingSummary extends TargetingCounts {
  /** Eligible but not enrolled: undercoverage, as a count. */
  eligibleNotEnrolled: number;
  /** Coverage (penetration) = eligibleEnrolled / eligible; `null` when no household is eligible. */
  coverage: number | null;
  /** Wilson interval of the coverage. */
  coverageInterval: CoverageInterval;
  /** Exclusion error (undercoverage, type I) = 1 − coverage; `null` when no household is eligible. */
  exclusionError: number | null;
  /**
   * Inclusion error (leakage, type II) = ineligibleEnrolled / {@link TargetingSummary.inclusionErrorBase};
   * `null` when that base is 0.
   */
  inclusionError: number | null;
  /**
   * The denominator of the inclusion error, as a count: eligibleEnrolled + ineligibleEnrolled (convention
   * `'enrolled'`) or ineligible (`'ineligible'`).
   */
  inclusionErrorBase: number;
  /** Why a rate is `null`, one sentence each; empty when every rate is defined. */
  reasons: string[];
}

/**
 * One group: its keys (one per dimension, in the order of `dimensions`) and its summary.
 *
 * @category Reach
 */
export interface TargetingGroup extends TargetingSummary {
  /** The group's key in each dimension. */
  keys: string[];
  /** The keys joined with " × ", for display only. */
  label: string;
}

/**
 * The groups of one dimension alone (summed over the other dimensions).
 *
 * @category Reach
 */
export interface TargetingDimensionMargin {
  /** The dimension's name. */
  dimension: string;
  /** One group per key of this dimension, each with `keys` of length 1. */
  groups: TargetingGroup[];
}

/**
 * The result of {@link targetingErrors}: a plain JSON object, mergeable with {@link mergeReach}.
 *
 * @category Reach
 */
export interface TargetingErrorsResult {
  /** Names of the grouping dimensions, `[]` without `by`. */
  dimensions: string[];
  /** Whether counts are weighted. */
  weighted: boolean;
  /** Confidence level of the coverage intervals. */
  confidence: number;
  /** Which denominator the inclusion error uses. */
  inclusionErrorDenominator: InclusionErrorDenominator;
  /** All records. */
  overall: TargetingSummary;
  /** One entry per combination of keys seen in the data, sorted by key; `[]` without `by`. */
  groups: TargetingGroup[];
  /** With two or more dimensions, each dimension alone (its margin); otherwise `[]`. */
  byDimension: TargetingDimensionMargin[];
}

/**
 * Targeting errors of a program: who is served compared with who should be, overall and by group.
 *
 * Each record is a household (or a household-year) with an eligibility status and an enrolment status. The
 * definitions follow the World Bank's ASPIRE/ADePT targeting indicators (Yemtsov et al. 2018, *Measuring the
 * Effectiveness of Social Protection*; Grosh, Leite, Wai-Poi & Tesliuc 2022, *Revisiting Targeting in Social
 * Assistance*, ch. 7; Coady, Grosh & Hoddinott 2004):
 *
 * - coverage (penetration) = eligible and enrolled ÷ eligible, with a Wilson interval;
 * - exclusion error (undercoverage, type I) = eligible not enrolled ÷ eligible = 1 − coverage;
 * - inclusion error (leakage, type II) = ineligible enrolled ÷ enrolled (with determined eligibility) by default,
 *   or ÷ ineligible; the denominator used is stated in the result.
 *
 * These are San José PRNS's two pilot findings: ineligible households enrolled (leakage) and eligible families
 * never enrolled (undercoverage). Households whose eligibility is indeterminate (`null`) are counted apart and
 * enter no rate. A rate whose denominator is 0 (including every rate of an empty input) is `null`, with a reason.
 *
 * Grouping keys are interned to integers per dimension and combined arithmetically, so several dimensions cost
 * no string building per record. One pass over the records plus M log M to sort M groups.
 *
 * @param rows - The records: one per household (or household-year). Not mutated.
 * @param options - Accessors `eligible`, `enrolled`, optional `by` and `weight`; `confidence` (default 0.95);
 *   `inclusionErrorDenominator` (default `'enrolled'`).
 * @returns Counts and rates overall, per group (sorted by key) and, with several dimensions, per dimension.
 * @throws {EquityLensError} `invalid_type` when `rows` is not an array, an accessor is not a function, `eligible`
 *   returns something other than true/false/null, `enrolled` something other than a boolean, or a group accessor
 *   a non-string (path `rows[i]`); `not_finite`/`out_of_range` for a non-finite or negative weight;
 *   `missing_field` without `eligible` or `enrolled`; `unknown_key` for a misspelt option.
 * @category Reach
 * @example
 * ```ts
 * import { targetingErrors } from "./targetingErrors.ts";
 *
 * const households = [
 *   { income: 30_000, enrolled: true, district: "3" },
 *   { income: 35_000, enrolled: false, district: "3" },
 *   { income: 38_000, enrolled: true, district: "7" },
 *   { income: 90_000, enrolled: true, district: "7" },
 *   { income: 95_000, enrolled: false, district: "7" },
 * ];
 * const result = targetingErrors(households, {
 *   eligible: (h) => h.income <= 40_000,
 *   enrolled: (h) => h.enrolled,
 *   by: (h) => h.district,
 * });
 * result.overall.coverage; // => 0.6666666666666666
 * result.overall.inclusionError; // => 0.3333333333333333
 * result.groups.map((g) => [g.label, g.exclusionError]); // => [["3", 0.5], ["7", 0]]
 * ```
 */
export function targetingErrors<T>(rows: readonly T[], options: TargetingErrorsOptions<T>): TargetingErrorsResult {
  const fn = 'targetingErrors';
  const list = rowsArray<T>(rows, fn);
  const opts = optionsObject(options, ['eligible', 'enrolled', 'by', 'weight', 'confidence', 'inclusionErrorDenominator'], fn);
  const eligible = requiredAccessor<TargetingErrorsOptions<T>['eligible']>(opts, 'eligible', fn, 'a function (row) => true | false | null');
  const enrolled = requiredAccessor<TargetingErrorsOptions<T>['enrolled']>(opts, 'enrolled', fn, 'a function (row) => boolean');
  const weight = optionalAccessor<(row: T, index: number) => number>(opts, 'weight', fn, 'a function (row) => number ≥ 0');
  const confidence = confidenceOption(opts, fn);
  const inclusionErrorDenominator = inclusionDenominatorOption(opts, fn);
  const named = groupDimensions(opts['by'] as GroupBy<T> | undefined, fn);
  const names = named.map((d) => d.name);
  const meta: SummaryMeta = { dimensions: names, weighted: weight !== undefined, confidence, inclusionErrorDenominator };
  // One pass with nothing stored per record while the groups fit a dense table; otherwise two passes.
  const fused = tallyRecords(list, eligible, enrolled, weight, named, fn);
  if (fused !== null) {
    const { overall, cells } = denseCells(fused.counts, fused.cellCount);
    const raw: RawCell[] = names.length === 0 ? [] : cells.map((cell) => ({ keys: fused.keysOf(cell.row), counts: cell.counts }));
    return buildResult(meta, overall, raw, fn);
  }
  const { outcomes, dimensions } = readRecords(list, eligible, enrolled, weight, named, fn);
  const { overall, cells } = collectCells(outcomes, dimensions, list.length);
  const raw: RawCell[] = cells.map((cell) => ({ keys: dimensions.map((d) => d.keys[d.ids[cell.row] as number] as string), counts: cell.counts }));
  return buildResult(meta, overall, raw, fn);
}
