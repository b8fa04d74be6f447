import type { SuppressionReason } from '../disclosure/defineDisclosurePolicy.ts';
import type { ReliabilityFlag } from '../disclosure/reliabilityFlags.ts';
import type { EligibilityTableRef } from '../eligibility/eligibilityResult.ts';
import type { Indicator } from '../goals/IndicatorSchema.ts';

/**
 * The overall judgement of an indicator or a goal (camelCase since 0.2; 0.1 wrote `on-track` …):
 *
 * - `onTrack` — the target is met or progress toward it is good, and every assessed group is inside the parity band;
 * - `needsAttention` — progress is made but too slowly, or some group is outside the parity band;
 * - `offTrack` — the indicator is moving away from its target, or no progress is detectable;
 * - `insufficientData` — too few years, no target and no parity band, or everything withheld.
 *
 * @category Monitor
 */
export type ScorecardStatus = 'onTrack' | 'needsAttention' | 'offTrack' | 'insufficientData';

/**
 * A group compared with its dimension's reference group under the indicator's parity band.
 *
 * @category Monitor
 */
export interface ScorecardComparison {
  /** The reference group's name. */
  readonly reference: string;
  /** The reference value. */
  readonly referenceValue: number;
  /** value ÷ reference value; `null` when the reference is 0. */
  readonly ratio: number | null;
  /** value − reference value, in the indicator's unit. */
  readonly difference: number;
  /** Whether the group is inside the parity band; `null` when the indicator has no band. */
  readonly withinParityBand: boolean | null;
  /** @deprecated The 0.1 name of `withinParityBand` (same value); removed in 0.3. */
  readonly withinTolerance: boolean | null;
  /** For shares and rates: whether the selection-rate ratio falls below 4/5 (EEOC rule, compared exactly); otherwise `null`. */
  readonly fourFifthsFlag: boolean | null;
}

/**
 * One published number: an indicator's value for one group (or overall) in one year, with its uncertainty,
 * disclosure and reliability flags. Withheld values are `null` with `suppressed: true` and the reason.
 *
 * @category Monitor
 */
export interface ScorecardCell {
  /** The group's name; `"Overall"` for the whole population. */
  readonly group: string;
  /** The indicator's value in its unit; `null` when withheld or undefined (see `reason`). */
  readonly value: number | null;
  /** The number of records the value rests on (the denominator of a share or rate, the records averaged). */
  readonly n: number | null;
  /** The count of events (numerator of a share or rate, the count itself); `null` for averages. */
  readonly numerator: number | null;
  /** Lower bound of the confidence interval, when the measure has one. */
  readonly lower: number | null;
  /** Upper bound of the confidence interval, when the measure has one. */
  readonly upper: number | null;
  /** Whether the value is withheld by small-cell suppression. */
  readonly suppressed: boolean;
  /** Why it is withheld: `primary` (a small count) or `complementary` (it would reveal a small count). */
  readonly suppressionReason: SuppressionReason | null;
  /** Whether the value meets the reliability rules (enough events, relative standard error small enough); `null` when not assessed. */
  readonly reliable: boolean | null;
  /** The reliability rules it fails. */
  readonly reliabilityFlags: readonly ReliabilityFlag[];
  /** Comparison with the reference group; `null` for the overall cell, withheld cells and undefined values. */
  readonly comparison: ScorecardComparison | null;
  /** Why `value` is `null` when it is not withheld (no records in the denominator …). */
  readonly reason: string | null;
}

/**
 * An indicator's groups of one dimension in one year.
 *
 * @category Monitor
 */
export interface ScorecardDimensionYear {
  /** The (program or fiscal) year. */
  readonly year: number;
  /** One cell per group, in the dimension's group order. */
  readonly groups: readonly ScorecardCell[];
  /** The reference group and its value; `null` when none could be chosen. */
  readonly reference: { readonly group: string; readonly value: number; readonly strategy: string } | null;
  /** Groups outside the parity band this year. */
  readonly outsideBand: readonly string[];
  /** Why comparisons are missing, when they are (a single group, everything withheld …). */
  readonly notes: readonly string[];
}

/**
 * An indicator split by one disaggregation (or an intersection of several).
 *
 * @category Monitor
 */
export interface ScorecardDimension {
  /** The disaggregation id, or the intersection's ids joined with `" × "`. */
  readonly id: string;
  /** Display name. */
  readonly label: string;
  /** Whether the groups have a natural order. */
  readonly ordered: boolean;
  /** The group names in display order. */
  readonly groups: readonly string[];
  /** One entry per evaluated year. */
  readonly years: readonly ScorecardDimensionYear[];
}

/**
 * The trend of an indicator's overall series, by the method the indicator names.
 *
 * @category Monitor
 */
export interface ScorecardTrend {
  /**
   * The method: `yearOverYear`, `linear`, `theilSen`, `mannKendall`, `mannKendallExact`, `annualPercentChange` or
   * `joinpoint`.
   */
  readonly method: Indicator['trend'];
  /** The overall series it was computed on (withheld years left out). */
  readonly series: readonly { readonly year: number; readonly value: number }[];
  /**
   * Change per year in the indicator's unit (a fraction per year for a share: 0.006 is +0.6 points a year; the
   * last change, annualised over a gap, for year-over-year); `null` for Mann–Kendall, the annual percent
   * change and joinpoint, and when not computable.
   */
  readonly slope: number | null;
  /**
   * The annual percent change (a percent per year: 4.2 is +4.2 % a year) for the `annualPercentChange` method, and
   * the latest segment's APC for `joinpoint`; otherwise `null`.
   */
  readonly apc: number | null;
  /** Whether the trend favours the indicator's direction. */
  readonly assessment: 'improving' | 'worsening' | 'noClearChange' | 'insufficientData';
  /** The method's full result (JSON), for readers who want every component. */
  readonly detail: unknown;
  /** Why it could not be computed, when it could not. */
  readonly reason: string | null;
}

/**
 * Progress of the overall value toward the indicator's target.
 *
 * @category Monitor
 */
export interface ScorecardProgress {
  /** The method, as the indicator names it: Healthy People 2030 (`healthyPeople`) or Open SDG (`openSdg`). */
  readonly method: string;
  /** The method's status class (e.g. `improving`, `targetMetOrExceeded`, Open SDG's `moderate_progress`). */
  readonly status: string;
  /** The baseline used, where it comes from and why (see {@link ScorecardBaseline}). */
  readonly baseline: ScorecardBaseline;
  /** The latest value. */
  readonly current: { readonly year: number; readonly value: number };
  /** The target. */
  readonly target: { readonly year: number; readonly value: number };
  /** Whether the latest value already meets the target. */
  readonly targetMet: boolean;
  /** Every component the method computed (JSON). */
  readonly detail: unknown;
}

/**
 * The baseline progress is measured from. The indicator's declared baseline year is used when it has one: its
 * measured value when published (it replaces the declared value), else the declared value — because the measured
 * one is withheld, undefined, or the year is not evaluated. Without a declared baseline, the first published year.
 *
 * @category Monitor
 */
export interface ScorecardBaseline {
  /** The baseline year. */
  readonly year: number;
  /** The baseline value, in the indicator's unit. */
  readonly value: number;
  /** `'measured'`: the data's published value that year; `'declared'`: the value the goal declares. */
  readonly source: 'measured' | 'declared';
  /** Which baseline is used and why, in words (also among the indicator's status reasons). */
  readonly note: string;
}

/**
 * One indicator evaluated: its value every year, overall and by group, with comparisons, trend, progress and status.
 *
 * @category Monitor
 */
export interface IndicatorScore {
  /** Indicator id. */
  readonly id: string;
  /** Indicator name. */
  readonly name: string;
  /** Unit of the values. */
  readonly unit: string;
  /** Whether higher or lower is better. */
  readonly direction: Indicator['direction'];
  /** Results-Based Accountability kind. */
  readonly rbaKind: Indicator['rbaKind'];
  /** The measure kind (`share`, `count`, `distance` …). */
  readonly measure: Indicator['measure']['kind'];
  /** The record set it was computed on. */
  readonly recordSet: Indicator['recordSet'];
  /** The overall value per year. */
  readonly overall: readonly (ScorecardCell & { readonly year: number })[];
  /** Each disaggregation and intersection. */
  readonly dimensions: readonly ScorecardDimension[];
  /** The parity band applied, when any. */
  readonly parityBand: { readonly relative?: number; readonly absolute?: number } | null;
  /** Trend of the overall series. */
  readonly trend: ScorecardTrend;
  /** Progress toward the target; `null` without a target. */
  readonly progress: ScorecardProgress | null;
  /** The indicator's overall status. */
  readonly status: ScorecardStatus;
  /** The reasons for the status, in words. */
  readonly statusReasons: readonly string[];
  /** Anything a reader should know (records skipped, groups with no data …). */
  readonly warnings: readonly string[];
}

/**
 * Where the scorecard's numbers come from: enough to reproduce them.
 *
 * @category Monitor
 */
export interface ScorecardProvenance {
  /** The library that computed it. */
  readonly library: { readonly name: 'equity-lens'; readonly version: string };
  /** The goal definition evaluated. */
  readonly goal: { readonly id: string; readonly version: number };
  /** The as-of date. */
  readonly asOf: string;
  /** Every option in force, defaults filled in. */
  readonly options: Readonly<Record<string, unknown>>;
  /** The eligibility rule versions applied, per year. */
  readonly eligibilityRules: readonly { readonly year: number; readonly id: string; readonly version: string; readonly asOf: string }[];
  /** The parameter tables consulted (poverty guidelines, income limits) and their vintages. */
  readonly tables: readonly EligibilityTableRef[];
  /** The record counts the numbers rest on. */
  readonly records: { readonly households: number; readonly enrollments: number; readonly sites: number; readonly householdYears: number };
  /**
   * When the scorecard was scored from partial states ((`scoreGoalPartial`): the partitions merged, each with
   * its name and record counts. Absent from `evaluateGoal`'s scorecards; the rest of the scorecard is the same.
   */
  readonly partitions?: readonly { readonly id: string | null; readonly households: number; readonly enrollments: number }[];
  /** Conventions applied across the scorecard. */
  readonly conventions: readonly string[];
}

/**
 * The result of evaluating an equity goal: JSON-serialisable, publishable (small cells withheld with reasons),
 * and self-describing (provenance).
 *
 * @category Monitor
 */
export interface Scorecard {
  /** The goal evaluated. */
  readonly goal: {
    readonly id: string;
    readonly version: number;
    readonly title: string;
    readonly program: string;
    readonly department: string;
    readonly owner: string;
    readonly objective: string;
  };
  /** The as-of date of the evaluation. */
  readonly asOf: string;
  /** The years evaluated, ascending. */
  readonly years: readonly number[];
  /** How years are counted. */
  readonly yearBasis: { readonly startMonth: number; readonly label: 'end' | 'start' };
  /** One entry per indicator, in the goal's order. */
  readonly indicators: readonly IndicatorScore[];
  /** The goal's status: the least favourable indicator status that is not `insufficientData`. */
  readonly status: ScorecardStatus;
  /** Reasons for the goal's status. */
  readonly statusReasons: readonly string[];
  /** Everything withheld from publication, with reasons. */
  readonly withheld: readonly { readonly indicator: string; readonly dimension: string; readonly year: number; readonly group: string; readonly reason: SuppressionReason }[];
  /** Provenance. */
  readonly provenance: ScorecardProvenance;
  /** Warnings about the data or the evaluation. */
  readonly warnings: readonly string[];
}
