import { resolveDisclosurePolicy } from '../disclosure/defineDisclosurePolicy.ts';
import type { EvaluateEligibilityOptions } from '../eligibility/evaluateEligibility.ts';
import type { Filter } from '../goals/FilterSchema.ts';
import type { EquityGoal } from '../goals/EquityGoalSchema.ts';
import type { Indicator } from '../goals/IndicatorSchema.ts';
import { validateGoal } from '../goals/internal/validateGoal.ts';
import { describe, EquityLensError, fail } from '../internal/errors.ts';
import type { Enrollment, Household } from '../internal/records.ts';
import type { Site } from '../proximity/SiteSchema.ts';
import type { TargetingCounts, TargetingErrorsResult } from '../reach/targetingErrors.ts';
import { proportionRawCell } from './internal/cells.ts';
import type { RawCell } from './internal/cells.ts';
import { zeroCounts } from '../internal/targetingCounts.ts';
import { countsBy, summaryMeasure } from './internal/summaries.ts';
import { dateString, knownKeys } from '../internal/validate.ts';
import { LIBRARY_VERSION } from '../internal/version.ts';
import type { IndicatorScore, Scorecard } from './Scorecard.ts';
import { goalStatus } from './internal/assess.ts';
import { rawCell } from './internal/cells.ts';
import { type DimensionSource, scoreIndicator } from './internal/score.ts';
import { type DimensionAssigner, disaggregationAssigner, intersectionAssigner } from './internal/dimensions.ts';
import { CellAccumulator, type Contribution, type MeasurePlan, measurePlan } from './internal/measure.ts';
import {
  type GoalEligibilityInput,
  type NormalizedEligibility,
  type PreparedData,
  distanceTable,
  fplPercentTable,
  householdAnnualIncome,
  normalizeEligibility,
  prepareData,
  programYearOf,
  resolveYears,
} from './internal/prepare.ts';

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

/** Fields the monitor derives for the `householdYears` record set. */
const DERIVED_FIELDS = ['programYear', 'eligible', 'enrolled', 'enrolledPriorYear', 'fplPercent', 'distanceKm'] as const;

/** The record the filters see: one object reused for every household-year (no allocation per record). */
interface Row {
  id: string;
  size: number;
  annualIncome: number | undefined;
  incomes: Household['incomes'];
  members: Household['members'];
  attributes: Household['attributes'];
  categorical: Household['categorical'];
  location: Household['location'];
  programYear: number;
  eligible: boolean | undefined;
  enrolled: boolean;
  enrolledPriorYear: boolean;
  fplPercent: number | undefined;
  distanceKm: number | undefined;
  householdId: string | undefined;
  programId: string | undefined;
  siteId: string | undefined;
  date: string | undefined;
}

function emptyRow(): Row {
  return {
    id: '',
    size: 0,
    annualIncome: undefined,
    incomes: undefined,
    members: undefined,
    attributes: {},
    categorical: undefined,
    location: undefined,
    programYear: 0,
    eligible: undefined,
    enrolled: false,
    enrolledPriorYear: false,
    fplPercent: undefined,
    distanceKm: undefined,
    householdId: undefined,
    programId: undefined,
    siteId: undefined,
    date: undefined,
  };
}

/** Every field path an indicator reads. */
function fieldsOf(indicator: Indicator): Set<string> {
  const fields = new Set<string>();
  const visit = (filter: Filter | undefined): void => {
    if (filter === undefined) return;
    if ('all' in filter) filter.all.forEach(visit);
    else if ('any' in filter) filter.any.forEach(visit);
    else if ('not' in filter) visit(filter.not);
    else fields.add(filter.field);
  };
  const m = indicator.measure;
  if (m.kind === 'count') visit(m.filter);
  if (m.kind === 'share' || m.kind === 'rate') {
    visit(m.numerator);
    visit(m.denominator);
  }
  if (m.kind === 'mean' || m.kind === 'median') {
    visit(m.filter);
    fields.add(m.field);
  }
  if (m.kind === 'ratio') {
    visit(m.numerator);
    visit(m.denominator);
    if (m.numeratorSum !== undefined) fields.add(m.numeratorSum);
    if (m.denominatorSum !== undefined) fields.add(m.denominatorSum);
  }
  if (m.kind === 'distance') {
    visit(m.filter);
    fields.add('distanceKm');
  }
  for (const d of indicator.disaggregations) fields.add(d.field);
  return fields;
}

/** An indicator ready to accumulate. */
interface Plan {
  readonly indicator: Indicator;
  readonly index: number;
  readonly measure: MeasurePlan;
  readonly dimensions: readonly DimensionAssigner[];
  readonly overall: CellAccumulator;
  readonly perDimension: readonly CellAccumulator[];
  readonly distance: Float64Array | null;
  readonly path: string;
  /** Per dimension: whether its group depends on the year (a derived field such as fplPercent or eligible). */
  readonly yearDependent: readonly boolean[];
  /** Per dimension: the current household's group, for dimensions that do not depend on the year. */
  readonly householdGroup: Int32Array;
}

/** Derived fields whose value changes from one program year to the next. */
const YEAR_FIELDS: ReadonlySet<string> = new Set(['programYear', 'eligible', 'enrolled', 'enrolledPriorYear', 'fplPercent']);

function dependsOnYear(field: string): boolean {
  return YEAR_FIELDS.has(field.split('.')[0] as string);
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
  const { parsed, goalWarnings, eligibility, asOfYear } = checkInputs(goal, data, options);
  if (data.reach !== undefined) return withGoalWarnings(evaluateSummaries(parsed, data.reach, options), goalWarnings);
  if (!Array.isArray(data.households)) fail('missing_field', 'data.households', `${FN}: data.households is ${describe(data.households)}; pass the households as an array (or data.reach summaries).`);
  if (data.households.length === 0) fail('empty', 'data.households', `${FN}: data.households is empty; a scorecard needs at least one household.`);
  const households: readonly Household[] = data.households;
  const needs = indicatorNeeds(parsed, data, eligibility);
  const prepared = prepareData({
    households,
    enrollments: data.enrollments ?? [],
    sites: data.sites ?? [],
    eligibility,
    programId: parsed.program.id,
    basis: parsed.yearBasis,
    asOfYear,
    years: options.years,
  });
  const Y = prepared.years.length;
  const H = prepared.households.length;
  const warnings = [...goalWarnings, ...prepared.warnings];
  const povertyTables = data.povertyTables ?? (eligibility !== undefined && typeof eligibility === 'object' && 'rules' in eligibility ? eligibility.tables?.poverty : undefined);
  const fpl = fplTableIfNeeded(parsed, prepared, needs, povertyTables);
  const distances = distanceTables(parsed, prepared, needs);
  const plans = planIndicators(parsed, Y, distances);
  accumulateRecords(plans, prepared, fpl, distances.fieldDistance);
  const { indicators, withheld } = scoreIndicators(plans, parsed, prepared);
  return assemble(parsed, options, prepared.years, indicators, withheld, warnings, {
    options: {
      eligibility: eligibility === undefined ? 'none' : typeof eligibility === 'function' ? 'function' : 'statusByYear' in eligibility ? 'screened' : 'rules',
      povertyTables: povertyTables === undefined ? 'bundled' : 'supplied',
      derivedFields: DERIVED_FIELDS,
    },
    eligibilityRules: prepared.eligibilityRules,
    tables: prepared.tables,
    records: { households: H, enrollments: prepared.enrollments.length, sites: prepared.sites.length, householdYears: H * Y },
  });
}

/** Step 1: the goal, the options and the shape of the data, checked before any work. */
function checkInputs(
  goal: unknown,
  data: GoalData,
  options: EvaluateGoalOptions,
): { parsed: EquityGoal; goalWarnings: readonly string[]; eligibility: NormalizedEligibility | undefined; asOfYear: number } {
  const validated = validateGoal(goal, 'defineGoal');
  if (!validated.success) throw EquityLensError.fromIssues('defineGoal', validated.issues);
  const parsed = validated.goal;
  const goalWarnings = validated.warnings;
  if (options === null || typeof options !== 'object') fail('invalid_type', 'options', `${FN}: options is ${describe(options)}; pass { asOf: "YYYY-MM-DD" }.`);
  knownKeys(options, ['asOf', 'years'], 'options', FN);
  if (options.asOf === undefined) fail('missing_field', 'options.asOf', `${FN}: options.asOf is missing; pass the as-of date, e.g. { asOf: "2025-06-30" }.`);
  dateString(options.asOf, 'options.asOf', FN);
  if (data === null || typeof data !== 'object') fail('invalid_type', 'data', `${FN}: data is ${describe(data)}; pass { households, enrollments, sites, eligibility }.`);
  knownKeys(data, ['households', 'enrollments', 'sites', 'eligibility', 'povertyTables', 'reach'], 'data', FN);
  if (data.reach !== undefined) {
    if (data.households !== undefined) {
      fail('invalid_value', 'data.reach', `${FN}: data has both households and reach summaries; pass records or summaries, not both.`);
    }
  }
  if (data.enrollments !== undefined && !Array.isArray(data.enrollments)) fail('invalid_type', 'data.enrollments', `${FN}: data.enrollments must be an array of enrolments.`);
  if (data.sites !== undefined && !Array.isArray(data.sites)) fail('invalid_type', 'data.sites', `${FN}: data.sites must be an array of sites.`);
  const eligibility = normalizeEligibility(data.eligibility);
  const asOfYear = programYearOf(options.asOf, parsed.yearBasis, 'options.asOf');
  parsed.indicators.forEach((indicator, i) => {
    if (indicator.baseline !== undefined && indicator.baseline.year > asOfYear) {
      fail(
        'out_of_range',
        'options.asOf',
        `${FN}: options.asOf ${options.asOf} falls in program year ${asOfYear}, before the baseline year ${indicator.baseline.year} of goal.indicators[${i}] ("${indicator.id}"); evaluate on or after the baseline.`,
      );
    }
  });
  return { parsed, goalWarnings, eligibility, asOfYear };
}

/** What one indicator reads: its fields and its path in the goal, for messages. */
interface Need {
  readonly fields: Set<string>;
  readonly path: string;
}

/** Step 2: what each indicator needs, checked before any work so the message names the indicator and the field. */
function indicatorNeeds(parsed: EquityGoal, data: GoalData, eligibility: NormalizedEligibility | undefined): Need[] {
  return parsed.indicators.map((indicator, i) => {
    const fields = fieldsOf(indicator);
    const path = `goal.indicators[${i}]`;
    const requires = (field: string, present: boolean, what: string): void => {
      if (fields.has(field) && !present) {
        fail('missing_field', `data.${what}`, `${FN}: indicator "${indicator.id}" (${path}) reads the field "${field}", which needs data.${what}; ${hint(what)}.`);
      }
    };
    requires('eligible', eligibility !== undefined, 'eligibility');
    requires('enrolled', data.enrollments !== undefined, 'enrollments');
    requires('enrolledPriorYear', data.enrollments !== undefined, 'enrollments');
    requires('distanceKm', data.sites !== undefined, 'sites');
    if (indicator.recordSet === 'enrollments' && data.enrollments === undefined) {
      fail('missing_field', 'data.enrollments', `${FN}: indicator "${indicator.id}" (${path}) runs over the enrollments record set; pass data.enrollments.`);
    }
    return { fields, path };
  });
}

/** Step 3a: the household × year table of fplPercent, when an indicator reads it. */
function fplTableIfNeeded(
  parsed: EquityGoal,
  prepared: PreparedData,
  needs: readonly Need[],
  povertyTables: GoalData['povertyTables'],
): Float64Array | null {
  const first = needs.findIndex(({ fields }) => fields.has('fplPercent'));
  if (first < 0) return null;
  const fpl = fplPercentTable(prepared, povertyTables === undefined ? undefined : { poverty: povertyTables }, needs[first]?.path ?? 'goal');
  if (prepared.households.every((h) => householdAnnualIncome(h) === null)) {
    fail('missing_field', 'data.households', `${FN}: indicator "${parsed.indicators[first]?.id}" reads fplPercent, but no household has annualIncome or incomes.`);
  }
  return fpl;
}

/** Distances from every household to the nearest site of a set, computed once per set of sites. */
interface DistanceTables {
  /** The sites that offer the goal's program, when sites list their programs. */
  readonly programSites: Filter | undefined;
  /** The distance table for a set of sites (cached by the filter). */
  readonly distanceFor: (sites: Filter | undefined, path: string) => Float64Array;
  /** The `distanceKm` field's table, when an indicator reads it and there are sites. */
  readonly fieldDistance: Float64Array | null;
}

/** Step 3b: the distance tables the indicators read. */
function distanceTables(parsed: EquityGoal, prepared: PreparedData, needs: readonly Need[]): DistanceTables {
  const programSites: Filter | undefined = prepared.sites.some((site) => Array.isArray(site.programs))
    ? { field: 'programs', op: 'contains', value: parsed.program.id }
    : undefined;
  const distanceCache = new Map<string, Float64Array>();
  const distanceFor = (sites: Filter | undefined, path: string): Float64Array => {
    const key = JSON.stringify(sites ?? null);
    let table = distanceCache.get(key);
    if (table === undefined) {
      table = distanceTable(prepared, sites, path);
      distanceCache.set(key, table);
    }
    return table;
  };
  const fieldDistance = needs.some(({ fields }) => fields.has('distanceKm')) && prepared.sites.length > 0 ? distanceFor(programSites, 'data.sites') : null;
  return { programSites, distanceFor, fieldDistance };
}

/** Step 4: one accumulation plan per indicator — its measure, dimensions and cell accumulators. */
function planIndicators(parsed: EquityGoal, Y: number, { programSites, distanceFor, fieldDistance }: DistanceTables): Plan[] {
  return parsed.indicators.map((indicator, index) => {
    const measure = measurePlan(indicator);
    const byId = new Map<string, DimensionAssigner>();
    const fieldById = new Map<string, string>();
    const dimensions: DimensionAssigner[] = indicator.disaggregations.map((d) => {
      const assigner = disaggregationAssigner(d);
      byId.set(d.id, assigner);
      fieldById.set(d.id, d.field);
      return assigner;
    });
    const yearDependent = indicator.disaggregations.map((d) => dependsOnYear(d.field));
    for (const ids of indicator.intersections) {
      dimensions.push(intersectionAssigner(ids.map((id) => byId.get(id) as DimensionAssigner)));
      yearDependent.push(ids.some((id) => dependsOnYear(fieldById.get(id) as string)));
    }
    const path = `goal.indicators[${index}]`;
    const distance =
      indicator.measure.kind === 'distance' ? distanceFor(indicator.measure.sites ?? programSites, `${path}.measure.sites`) : fieldDistance;
    return {
      indicator,
      index,
      measure,
      dimensions,
      overall: new CellAccumulator(Y, measure),
      perDimension: dimensions.map(() => new CellAccumulator(Y, measure)),
      distance,
      path,
      yearDependent,
      householdGroup: new Int32Array(dimensions.length),
    };
  });
}

/**
 * Step 5: one pass over the records. Every household-year (and, for the `enrollments` record set, every enrolment)
 * is presented to the plans as one reused row object, so no record is allocated.
 */
function accumulateRecords(plans: readonly Plan[], prepared: PreparedData, fpl: Float64Array | null, fieldDistance: Float64Array | null): void {
  const Y = prepared.years.length;
  const H = prepared.households.length;
  const contribution: Contribution = { num: 0, den: 0, events: 0, records: 0, value: Number.NaN, distinct: undefined };
  const row = emptyRow();
  // Groups of dimensions that do not depend on the year are read once per household, not once per year.
  const cacheHouseholdGroups = (plan: Plan): void => {
    for (let d = 0; d < plan.dimensions.length; d++) {
      if (!plan.yearDependent[d]) plan.householdGroup[d] = (plan.dimensions[d] as DimensionAssigner).assign(row);
    }
  };
  const accumulate = (plan: Plan, y: number, distanceKm: number, cached: boolean): void => {
    if (!plan.measure.contribute(row, distanceKm, contribution)) return;
    plan.overall.add(0, y, contribution);
    for (let d = 0; d < plan.dimensions.length; d++) {
      const group = cached && !plan.yearDependent[d] ? (plan.householdGroup[d] as number) : (plan.dimensions[d] as DimensionAssigner).assign(row);
      if (group >= 0) (plan.perDimension[d] as CellAccumulator).add(group, y, contribution);
    }
  };
  const setHousehold = (h: number): void => {
    const household = prepared.households[h] as Household;
    row.id = household.id;
    row.size = household.size;
    row.annualIncome = household.annualIncome;
    row.incomes = household.incomes;
    row.members = household.members;
    row.attributes = household.attributes;
    row.categorical = household.categorical;
    row.location = household.location;
  };
  const setYear = (h: number, y: number): void => {
    const cell = h * Y + y;
    row.programYear = prepared.years[y] as number;
    row.enrolled = prepared.enrolled[cell] === 1;
    row.enrolledPriorYear = prepared.enrolledPriorYear[cell] === 1;
    const e = prepared.eligible === null ? -1 : (prepared.eligible[cell] as number);
    row.eligible = e < 0 ? undefined : e === 1;
    const f = fpl === null ? Number.NaN : (fpl[cell] as number);
    row.fplPercent = Number.isNaN(f) ? undefined : f;
    const d = fieldDistance === null ? Number.NaN : (fieldDistance[h] as number);
    row.distanceKm = Number.isNaN(d) ? undefined : d;
  };

  const householdYearPlans = plans.filter((p) => p.indicator.recordSet === 'householdYears');
  const householdPlans = plans.filter((p) => p.indicator.recordSet === 'households');
  const enrollmentPlans = plans.filter((p) => p.indicator.recordSet === 'enrollments');
  if (householdYearPlans.length > 0 || householdPlans.length > 0) {
    const cachedPlans = [...householdYearPlans, ...householdPlans];
    for (let h = 0; h < H; h++) {
      setHousehold(h);
      setYear(h, 0);
      for (const plan of cachedPlans) cacheHouseholdGroups(plan);
      for (let y = 0; y < Y; y++) {
        setYear(h, y);
        for (const plan of householdYearPlans) accumulate(plan, y, plan.distance === null ? Number.NaN : (plan.distance[h] as number), true);
        if (y === Y - 1) for (const plan of householdPlans) accumulate(plan, y, plan.distance === null ? Number.NaN : (plan.distance[h] as number), true);
      }
    }
  }
  if (enrollmentPlans.length > 0) {
    for (const { enrollment, household, year } of prepared.enrollments) {
      const y = prepared.yearIndex.get(year);
      if (y === undefined) continue;
      setHousehold(household);
      setYear(household, y);
      row.householdId = enrollment.householdId;
      row.programId = enrollment.programId;
      row.siteId = enrollment.siteId;
      row.date = enrollment.date;
      for (const plan of enrollmentPlans) accumulate(plan, y, plan.distance === null ? Number.NaN : (plan.distance[household] as number), false);
    }
  }
}

/** Step 6: each indicator's cells published under its disclosure policy, compared and assessed. */
function scoreIndicators(
  plans: readonly Plan[],
  parsed: EquityGoal,
  prepared: PreparedData,
): { indicators: IndicatorScore[]; withheld: Scorecard['withheld'][number][] } {
  const Y = prepared.years.length;
  const withheld: Scorecard['withheld'][number][] = [];
  const indicators: IndicatorScore[] = plans.map((plan) => {
    const { indicator } = plan;
    const policy = resolveDisclosurePolicy(indicator.suppression ?? parsed.suppression, `${plan.path}.suppression`, FN);
    const reported = indicator.recordSet === 'households' ? [Y - 1] : prepared.years.map((_, y) => y);
    const sources: DimensionSource[] = plan.dimensions.map((dimension, d) => {
      const acc = plan.perDimension[d] as CellAccumulator;
      const disaggregation = indicator.disaggregations[d];
      // Derived fields (eligible, fplPercent …) are checked where they are made; an all-undecided year is not a typo.
      const derived = disaggregation !== undefined && (DERIVED_FIELDS as readonly string[]).includes(disaggregation.field.split('.')[0] as string);
      if (disaggregation !== undefined && !derived && dimension.seen().records > 0 && dimension.seen().withField === 0) {
        const known = knownAttributeNames(prepared.households);
        fail(
          'missing_field',
          `${plan.path}.disaggregations`,
          `${FN}: indicator "${indicator.id}" splits by "${disaggregation.field}", but no record has that field${known.length > 0 ? `; household attributes present: ${known.join(', ')}` : ''}.`,
        );
      }
      const order = dimension.order();
      return {
        id: dimension.id,
        label: dimension.label,
        ordered: dimension.ordered,
        reference: disaggregation?.referenceGroup ?? indicator.referenceGroup,
        labels: order.map((id) => dimension.labels[id] as string),
        cells: (k: number) => order.map((id) => rawCell(indicator, acc, id, reported[k] as number, dimension.labels[id] as string)),
      };
    });
    return scoreIndicator(
      indicator,
      policy,
      reported.map((y) => prepared.years[y] as number),
      (k) => rawCell(indicator, plan.overall, 0, reported[k] as number, 'Overall'),
      sources,
      withheld,
      [],
    );
  });
  return { indicators, withheld };
}

/** The parts of the provenance that depend on the input. */
interface ProvenanceParts {
  readonly options: Readonly<Record<string, unknown>>;
  readonly eligibilityRules: Scorecard['provenance']['eligibilityRules'];
  readonly tables: Scorecard['provenance']['tables'];
  readonly records: Scorecard['provenance']['records'];
}

function assemble(
  parsed: EquityGoal,
  options: EvaluateGoalOptions,
  years: readonly number[],
  indicators: IndicatorScore[],
  withheld: Scorecard['withheld'][number][],
  warnings: string[],
  parts: ProvenanceParts,
): Scorecard {
  for (const score of indicators) warnings.push(...score.warnings);
  const status = goalStatus(indicators.map((i) => i.status));
  const statusReasons = indicators.map((i) => `${i.name}: ${i.status}`);
  const basis = parsed.yearBasis;
  return {
    goal: {
      id: parsed.id,
      version: parsed.version,
      title: parsed.title,
      program: parsed.program.name,
      department: parsed.department,
      owner: parsed.owner,
      objective: parsed.objective,
    },
    asOf: options.asOf,
    years: [...years],
    yearBasis: { startMonth: basis.startMonth, label: basis.label },
    indicators,
    status,
    statusReasons,
    withheld,
    provenance: {
      library: { name: 'equity-lens', version: LIBRARY_VERSION },
      goal: { id: parsed.id, version: parsed.version },
      asOf: options.asOf,
      options: { asOf: options.asOf, years: [...years], yearBasis: basis, suppression: parsed.suppression, ...parts.options },
      eligibilityRules: parts.eligibilityRules,
      tables: parts.tables,
      records: parts.records,
      conventions: [
        'shares: Wilson score interval; means: Student-t interval',
        'suppression: primary and complementary (against the overall total), per dimension and year',
        'reliability: fewer than the policy\'s minimum events, or relative standard error above its maximum',
        'comparisons among published groups only; the "overall" reference uses every record',
        'fplPercent: income ÷ HHS guideline in force on the first day of the program year × 100',
      ],
    },
    warnings,
  };
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
    const policy = resolveDisclosurePolicy(indicator.suppression ?? parsed.suppression, `${path}.suppression`, FN);
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
  return assemble(parsed, options, years, indicators, withheld, warnings, {
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


function hint(what: string): string {
  switch (what) {
    case 'eligibility':
      return 'pass data.eligibility as { rules } (an eligibility rule or rule set) or a function (household, programYear) => true | false | null';
    case 'enrollments':
      return 'pass data.enrollments, the program enrolments';
    case 'sites':
      return 'pass data.sites, the sites that offer the program';
    default:
      return `pass data.${what}`;
  }
}

function knownAttributeNames(households: readonly Household[]): string[] {
  const names = new Set<string>();
  for (let h = 0; h < Math.min(households.length, 1000); h++) {
    const attributes = (households[h] as Household).attributes;
    if (attributes !== null && typeof attributes === 'object') for (const key of Object.keys(attributes)) names.add(`attributes.${key}`);
  }
  return [...names].sort();
}

