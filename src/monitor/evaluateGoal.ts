import { goalDisclosurePolicy } from './internal/policy.ts';
import type { EvaluateEligibilityOptions } from '../eligibility/evaluateEligibility.ts';
import type { EquityGoal } from '../goals/EquityGoalSchema.ts';
import { describe, fail } from '../internal/errors.ts';
import type { Enrollment, Household } from '../internal/records.ts';
import { knownKeys } from '../internal/validate.ts';
import type { Site } from '../proximity/SiteSchema.ts';
import type { TargetingCounts, TargetingErrorsResult } from '../reach/targetingErrors.ts';
import { zeroCounts } from '../internal/targetingCounts.ts';
import type { IndicatorScore, Scorecard } from './Scorecard.ts';
import { PartialAccumulator, checkHouseholds } from './internal/accumulate.ts';
import { proportionRawCell, type RawCell } from './internal/cells.ts';
import { type GoalEligibilityInput, programYearOf, resolveYears } from './internal/prepare.ts';
import { type DimensionSource, scoreIndicator } from './internal/score.ts';
import { assemble, scorePartial } from './internal/scorePartial.ts';
import { checkGoal } from './internal/setup.ts';
import { countsBy, summaryMeasure } from './internal/summaries.ts';

export type { GoalEligibilityInput } from './internal/prepare.ts';

const FN = 'evaluateGoal';

/**
 * The records a goal is evaluated on. Every array is read, never modified.
 *
 * @category Monitor
 */
export interface GoalData {
  /** Households (see `HouseholdSchema`); required unless `reach` summaries are given instead. */
  readonly households?: readonly Household[];
  /**
   * Instead of records: the reach module's targeting summaries, one per program year (`targetingErrors` results,
   * unweighted, grouped by accessors named after the goal's disaggregation ids; partial summaries from separate
   * processes combined with `mergeReach`). Only indicators that are functions of the eligible × enrolled table can
   * be computed from them (coverage, leakage, share enrolled, counts of eligible / enrolled / eligible and
   * enrolled households); the others are reported as needing record-level data.
   */
  readonly reach?: ReadonlyMap<number, TargetingErrorsResult>;
  /** Enrolments; those of other programs than the goal's are ignored. Needed by indicators that read `enrolled` or `enrolledPriorYear`, and by the `enrollments` record set. */
  readonly enrollments?: readonly Enrollment[];
  /** Sites; needed by `distance` measures and the `distanceKm` field. */
  readonly sites?: readonly Site[];
  /**
   * How eligibility is decided, needed by indicators that read `eligible`: an eligibility rule or versioned rule
   * set, as it is or as `{ rules, tables }` (the version in force on the first day of each program year is
   * applied, with the bundled parameter tables or `tables`); statuses already screened per year (`{ statusByYear }`, codes as `screenHouseholds` returns
   * them); or a function `(household, programYear) => true | false | null`.
   */
  readonly eligibility?: GoalEligibilityInput;
  /** Poverty-guideline tables for the `fplPercent` field (default: the bundled HHS tables). */
  readonly povertyTables?: NonNullable<EvaluateEligibilityOptions['tables']>['poverty'];
}

/**
 * Options of {@link evaluateGoal}.
 *
 * @category Monitor
 */
export interface EvaluateGoalOptions {
  /** The as-of date, `YYYY-MM-DD`: years after the program year containing it are not reported. Required. */
  asOf: string;
  /** Program years to evaluate; default: every year with an enrolment in the program, up to the as-of year. */
  years?: readonly number[];
}

/**
 * Evaluates an equity goal on a city's records: for each indicator, each year, overall and for every group of
 * every disaggregation (and intersection), the value with its interval, small-cell suppression and reliability
 * flags, the comparison with the reference group under the parity band, the trend the indicator asks for,
 * progress toward its target with the method's status class, and an overall status — with provenance.
 *
 * The San José framework's third step (monitor): MOTI, *Framing Equitable Outcomes: Data Equity in San José*
 * (2021). Conventions, each from the module that owns it:
 *
 * - **Records.** `householdYears` has one record per household and evaluated year, carrying the household's fields
 *   and the derived fields `programYear`, `eligible` (`true`, `false`, or missing when undecided), `enrolled`,
 *   `enrolledPriorYear`, `fplPercent` (income as % of the HHS guideline in force on the first day of the program
 *   year) and `distanceKm` (to the nearest site offering the program — sites whose `programs` lists the goal's
 *   program, or every site when none lists programs). `households` is the same for the latest evaluated year
 *   only; `enrollments` has one record per enrolment in the program, with its household's fields.
 * - **Years** follow the goal's `yearBasis` (San José: fiscal years from 1 July, named by the year they end).
 * - **Values**: shares with Wilson intervals; means with Student-t intervals; medians are the middle value
 *   (mean of the two middle values for an even count).
 * - **Publication**: the goal's (or indicator's) suppression policy — by default the CMS cell-size rule, counts of
 *   1–10 withheld, 0 shown — is applied to every dimension and year, with complementary suppression against the
 *   overall total so no withheld count can be recovered by subtraction; reliability flags mark rates on fewer than
 *   20 events or with a relative standard error above 30 % (NCHS).
 * - **Comparisons** are computed among published groups only (so no published ratio reveals a withheld value),
 *   except that the `overall` reference uses every record.
 * - **Status**: from progress toward the target (Healthy People 2030 or Open SDG classes) when the indicator has
 *   a target — Healthy People's "improving" counts as on track only when the linear projection reaches the target
 *   by its year — else from its trend; a group outside the parity band in the latest year makes an on-track indicator
 *   "needs attention", and so does a parity band under which no group could be compared (nothing assessed never
 *   reads as on track). The goal takes the least favourable indicator status.
 *
 * - **Summaries**: for data too big for one process, `data.reach` takes the reach module's targeting summaries
 *   (one per year, partial summaries combined with `mergeReach`); indicators that are functions of the eligible ×
 *   enrolled table give the same published numbers as the records would, the others are marked as needing
 *   record-level data.
 *
 * Cost: one pass over households × years for all indicators, plus one nearest-site search per distinct site set.
 *
 * @param goal - An equity goal (validated with `defineGoal`; raw JSON is accepted).
 * @param data - Households, enrolments, sites and how eligibility is decided, or reach summaries (see {@link GoalData}).
 * @param options - `asOf` (required) and optional `years`.
 * @returns A JSON-serialisable {@link Scorecard}.
 * @throws {EquityLensError} when the goal is invalid (every problem listed), `asOf` is not a date or falls before
 *   an indicator's baseline year, data an indicator needs are missing (the message names the indicator and the
 *   field), or records are malformed.
 * @category Monitor
 * @example
 * ```ts
 * import { evaluateGoal } from "./evaluateGoal.ts";
 *
 * const goal = {
 *   id: "demo", version: 1, title: "Demo", department: "PRNS", owner: "Analyst",
 *   objective: "Households enrol at equal rates",
 *   program: { id: "youth", name: "Youth programs", department: "PRNS" },
 *   populationOfFocus: { description: "All households" },
 *   reviewCadence: "annual",
 *   suppression: { minimumCellSize: 1 },
 *   indicators: [{
 *     id: "enrolled-share", name: "Share enrolled", rbaKind: "howWell", recordSet: "householdYears",
 *     measure: { kind: "share", numerator: { field: "enrolled", op: "eq", value: true } },
 *     unit: "proportion", direction: "higherIsBetter",
 *     disaggregations: [{ id: "district", field: "attributes.district" }],
 *     dataSource: { name: "Registrations", steward: "PRNS" },
 *   }],
 * };
 * const households = ["a", "b", "c", "d"].map((id, i) => ({ id, size: 2, attributes: { district: i < 2 ? "1" : "2" } }));
 * const enrollments = [{ householdId: "a", programId: "youth", programYear: 2025 }, { householdId: "c", programId: "youth", programYear: 2025 }, { householdId: "d", programId: "youth", programYear: 2025 }];
 * const card = evaluateGoal(goal, { households, enrollments }, { asOf: "2025-12-31" });
 * card.indicators[0]?.overall[0]?.value; // => 0.75
 * card.indicators[0]?.dimensions[0]?.years[0]?.groups.map((g) => g.value); // => [0.5, 1]
 * ```
 */
export function evaluateGoal(goal: EquityGoal | unknown, data: GoalData, options: EvaluateGoalOptions): Scorecard {
  const checked = checkGoal(goal, options, FN);
  if (data === null || typeof data !== 'object') fail('invalid_type', 'data', `${FN}: data is ${describe(data)}; pass { households, enrollments, sites, eligibility }.`);
  knownKeys(data, ['households', 'enrollments', 'sites', 'eligibility', 'povertyTables', 'reach'], 'data', FN);
  if (data.reach !== undefined) {
    if (data.households !== undefined) {
      fail('invalid_value', 'data.reach', `${FN}: data has both households and reach summaries; pass records or summaries, not both.`);
    }
    return withGoalWarnings(evaluateSummaries(checked.goal, data.reach, options), checked.goalWarnings);
  }
  if (!Array.isArray(data.households)) fail('missing_field', 'data.households', `${FN}: data.households is ${describe(data.households)}; pass the households as an array (or data.reach summaries).`);
  if (data.households.length === 0) fail('empty', 'data.households', `${FN}: data.households is empty; a scorecard needs at least one household.`);
  const households: readonly Household[] = data.households;
  // Accumulate every household as one batch, merge nothing, score: the same steps as a partitioned run.
  const accumulator = new PartialAccumulator(checked, data, options, FN, () => checkHouseholds(households, FN));
  accumulator.add(households, true);
  return scorePartial(accumulator.finish(null), FN, { partitions: false });
}

/** The scorecard with the goal document's deprecation warnings first. */
function withGoalWarnings(card: Scorecard, goalWarnings: readonly string[]): Scorecard {
  return goalWarnings.length === 0 ? card : { ...card, warnings: [...goalWarnings, ...card.warnings] };
}

/** `evaluateGoal` on targeting summaries (one per program year) instead of records. */
function evaluateSummaries(parsed: EquityGoal, reach: ReadonlyMap<number, TargetingErrorsResult>, options: EvaluateGoalOptions): Scorecard {
  if (!(reach instanceof Map)) fail('invalid_type', 'data.reach', `${FN}: data.reach must be a Map from program year to a targetingErrors result.`);
  const asOfYear = programYearOf(options.asOf, parsed.yearBasis, 'options.asOf');
  const available = [...reach.keys()].filter((year) => year <= asOfYear).sort((a, b) => a - b);
  const years = options.years === undefined ? available : resolveYears(options.years, new Set<number>(), asOfYear);
  if (years.length === 0) fail('empty', 'data.reach', `${FN}: data.reach has no summary for a program year up to ${asOfYear}.`);
  for (const year of years) {
    const summary = reach.get(year);
    if (summary === undefined) fail('missing_field', 'data.reach', `${FN}: data.reach has no summary for program year ${year}.`);
    if (summary.weighted) {
      fail('invalid_value', `data.reach (${year})`, `${FN}: the ${year} summary is weighted; small-cell rules and intervals need unweighted counts — summarise without a weight accessor.`);
    }
  }
  const warnings: string[] = [];
  const withheld: Scorecard['withheld'][number][] = [];
  const summaries = years.map((year) => reach.get(year) as TargetingErrorsResult);
  const indicators: IndicatorScore[] = parsed.indicators.map((indicator, i) => {
    const path = `goal.indicators[${i}]`;
    const policy = goalDisclosurePolicy(indicator.suppression ?? parsed.suppression);
    const measure = summaryMeasure(indicator);
    const indicatorWarnings: string[] = [];
    const confidence = indicator.confidence;
    const undefinedCell = (label: string): RawCell => ({
      ...proportionRawCell(label, 0, 0, confidence),
      reason: 'needs record-level data: this measure is not a function of the eligible × enrolled table',
    });
    if (measure === null) {
      indicatorWarnings.push(`${indicator.id}: its measure cannot be computed from reach summaries; evaluate it on records (households, enrolments, sites).`);
    }
    // As on records, the `households` record set reports the latest year only.
    const offset = indicator.recordSet === 'households' ? summaries.length - 1 : 0;
    const indicatorYears = years.slice(offset);
    const dimensionIds = [...indicator.disaggregations.map((d) => [d.id]), ...indicator.intersections];
    const sources: DimensionSource[] = [];
    for (const ids of dimensionIds) {
      const missing = ids.filter((id) => !summaries.every((s) => s.dimensions.includes(id)));
      if (missing.length > 0) {
        indicatorWarnings.push(`${indicator.id}: the summaries are not grouped by "${missing.join('", "')}"; that dimension is left out (name the targetingErrors accessors after the disaggregation ids).`);
        continue;
      }
      const disaggregation = ids.length === 1 ? indicator.disaggregations.find((d) => d.id === ids[0]) : undefined;
      const tables = summaries.map((summary) => countsBy(summary, ids));
      const binOrder = disaggregation?.bins?.map((bin) => bin.label) ?? [];
      const seen = [...new Set(tables.flatMap((table) => [...table.keys()]))];
      const labels = [...binOrder.filter((label) => seen.includes(label)), ...seen.filter((label) => !binOrder.includes(label)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))];
      const parts = ids.map((id) => indicator.disaggregations.find((d) => d.id === id));
      sources.push({
        id: ids.join(' × '),
        label: parts.map((d, k) => d?.label ?? ids[k]).join(' × '),
        ordered: parts.every((d) => d?.ordered === true),
        reference: disaggregation?.referenceGroup ?? indicator.referenceGroup,
        labels,
        cells: (k) => labels.map((label) => {
          const counts = (tables[k + offset] as Map<string, TargetingCounts>).get(label);
          return measure === null ? undefinedCell(label) : measure(counts ?? zeroCounts(), label, confidence);
        }),
      });
    }
    return scoreIndicator(
      indicator,
      policy,
      indicatorYears,
      (k) => (measure === null ? undefinedCell('Overall') : measure((summaries[k + offset] as TargetingErrorsResult).overall, 'Overall', confidence)),
      sources,
      withheld,
      indicatorWarnings,
    );
  });
  const latest = summaries[summaries.length - 1] as TargetingErrorsResult;
  return assemble(parsed, options.asOf, years, indicators, withheld, warnings, {
    options: { input: 'reach summaries' },
    eligibilityRules: [],
    tables: [],
    records: {
      households: latest.overall.records,
      enrollments: summaries.reduce((n, s) => n + s.overall.enrolled, 0),
      sites: 0,
      householdYears: summaries.reduce((n, s) => n + s.overall.records, 0),
    },
  });
}


