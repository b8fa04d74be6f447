/**
 * The accumulate step of the monitor: households arrive in batches (all at once for `evaluateGoal`), each batch
 * is prepared (enrolment flags from the enrolment index, eligibility, income as % of the poverty guideline,
 * distance to the nearest site) and every indicator's contributions are added to per-group, per-year cells.
 * `finish` turns the cells into a {@link GoalPartial}: plain JSON that merges exactly.
 *
 * Memory: the cells (groups × years × indicators, plus median histograms bounded by their resolution and distinct
 * sets), the enrolment index (one entry per enrolled household: what the join of enrolments to households and
 * retention need by definition) and the current batch. Never the households already read.
 *
 * @internal
 * @module
 */
import type { EligibilityTableRef } from '../../eligibility/eligibilityResult.ts';
import type { EligibilityRule } from '../../eligibility/eligibilityRuleSchema.ts';
import type { EvaluateEligibilityOptions } from '../../eligibility/evaluateEligibility.ts';
import { screenHouseholds } from '../../eligibility/screenHouseholds.ts';
import { selectEligibilityRule } from '../../eligibility/selectEligibilityRule.ts';
import type { EquityGoal } from '../../goals/EquityGoalSchema.ts';
import type { Filter } from '../../goals/FilterSchema.ts';
import { describe, EquityLensError, fail } from '../../internal/errors.ts';
import type { Enrollment, Household } from '../../internal/records.ts';
import type { NearestGrid } from '../../internal/nearestGrid.ts';
import { householdSize } from '../../internal/validate.ts';
import { LIBRARY_VERSION } from '../../internal/version.ts';
import type { Site } from '../../proximity/SiteSchema.ts';
import type { GoalPartial, GoalPartialCell, GoalPartialDimension, GoalPartialIndicator } from '../GoalPartial.ts';
import { type DimensionAssigner, type DisaggregationAssigner, disaggregationAssigner, intersectionAssigner } from './dimensions.ts';
import { encodeExact, type ExactSum } from './exactSum.ts';
import type { ValueHistogram } from './histogram.ts';
import { CellAccumulator, type Contribution, type MeasurePlan, measurePlan } from './measure.ts';
import { type GoalEligibilityInput, type NormalizedEligibility, type YearBasis, normalizeEligibility, fplPercentOf, householdIncomes, householdPositions, nearestOf, programYearOf, resolveYears, siteIndexFor, yearStartDate } from './prepare.ts';
import { compareTuples, sortDistinct } from './canonical.ts';
import { type CheckedGoal, type GoalOptions, checkNeeds, dependsOnYear } from './setup.ts';

/** Everything but the households: read once, before the first batch. */
export interface AccumulatorData {
  readonly enrollments?: readonly Enrollment[] | undefined;
  readonly sites?: readonly Site[] | undefined;
  readonly eligibility?: GoalEligibilityInput | undefined;
  readonly povertyTables?: NonNullable<EvaluateEligibilityOptions['tables']>['poverty'] | undefined;
}

/**
 * Household batches given as columns: what the accumulator reads from them, record by record, without an object
 * per record (implemented in `columns.ts`).
 */
export interface ColumnReader {
  readonly length: number;
  /** The id of record `h`. */
  id(h: number): string;
  /** Sets the household fields of `row` from record `h`. */
  fill(row: Row, h: number): void;
  /** Each record's annual income (NaN when unknown) and size. */
  incomes(): { readonly income: Float64Array; readonly sizes: Int32Array };
  /** The records with a location and their positions, checked (`offset` for error paths). */
  positions(offset: number): { readonly located: number[]; readonly points: number[] };
  /** Per dimension of the plan, a faster group reader (a dictionary-encoded attribute), or nothing. */
  groupReaders(plan: Plan, goal: EquityGoal): readonly (((h: number) => number) | undefined)[];
  /** The names of the attributes that have a value among the first `limit` records. */
  attributeNames(limit: number): string[];
  /** The records as households, for eligibility: a view, one reused object filled on each index access. */
  view(): readonly Household[];
}

/** The record the filters see: one object reused for every household-year (no allocation per record). */
export interface Row {
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

/** An indicator ready to accumulate. */
export interface Plan {
  readonly index: number;
  readonly recordSet: 'householdYears' | 'households' | 'enrollments';
  readonly measure: MeasurePlan;
  readonly dimensions: readonly DimensionAssigner[];
  readonly overall: CellAccumulator;
  readonly perDimension: readonly CellAccumulator[];
  /** Key of the distance table the indicator reads (its sites filter), or `null`. */
  readonly distanceKey: string | null;
  /** Per dimension: whether its group depends on the year (a derived field such as fplPercent or eligible). */
  readonly yearDependent: readonly boolean[];
  /** Per dimension: the current household's group, for dimensions that do not depend on the year. */
  readonly householdGroup: Int32Array;
}

/** A household's program enrolments, from the enrolment index. */
export interface EnrolledHousehold {
  /** Program years with an enrolment. */
  readonly years: number[];
  /** The enrolments with their year (kept only when an indicator runs over the enrollments record set). */
  readonly rows: { readonly enrollment: Enrollment; readonly year: number }[];
  /** Number of program enrolments. */
  count: number;
  /** Whether the household was read. */
  seen: boolean;
}

/** How eligibility is decided for a batch. */
type EligibilityKind = 'none' | 'function' | 'screened' | 'rules';

/** Builds the mergeable state of a goal's evaluation from batches of households. */
export class PartialAccumulator {
  readonly goal: EquityGoal;
  private readonly basis: YearBasis;
  private readonly years: readonly number[];
  private readonly yearIndex: ReadonlyMap<number, number>;
  private readonly plans: readonly Plan[];
  readonly index: Map<string, EnrolledHousehold> = new Map();
  private readonly sites: readonly Site[];
  private readonly eligibility: NormalizedEligibility | undefined;
  private readonly eligibilityKind: EligibilityKind;
  private readonly rulesByYear: (EligibilityRule | null)[] = [];
  private readonly eligibilityRules: { year: number; id: string; version: string; asOf: string }[] = [];
  private readonly tables = new Map<string, EligibilityTableRef>();
  private readonly povertyTables: AccumulatorData['povertyTables'];
  private readonly needsFpl: boolean;
  private readonly fplPath: string;
  private readonly fieldDistanceKey: string | null;
  /** The nearest-site index per distinct sites filter (its JSON). */
  private readonly siteSets = new Map<string, NearestGrid>();
  private readonly keepEnrollmentRows: boolean;
  private readonly row: Row = emptyRow();
  private readonly contribution: Contribution = { num: 0, den: 0, events: 0, records: 0, value: Number.NaN, distinct: undefined };
  readonly attributeNames: Set<string> = new Set();
  households = 0;
  private enrollmentsJoined = 0;
  private householdsWithIncome = 0;
  private otherPrograms = 0;
  private finished = false;
  private readonly checked: CheckedGoal;
  private readonly asOf: string;

  /**
   * @param checked - The validated goal and as-of year.
   * @param data - Enrolments, sites, eligibility and poverty tables.
   * @param options - `asOf` and `years`.
   * @param fn - The public function's name, for messages.
   * @param knownHouseholds - Checks the households and returns their ids, when they are known in advance (in
   *   memory): the evaluated years then count only enrolments of known households, as they always have.
   */
  constructor(
    checked: CheckedGoal,
    data: AccumulatorData,
    options: GoalOptions,
    readonly fn: string,
    knownHouseholds?: () => ReadonlySet<string>,
  ) {
    const goal = checked.goal;
    this.goal = goal;
    this.checked = checked;
    this.asOf = options.asOf;
    this.basis = goal.yearBasis;
    if (data.enrollments !== undefined && !Array.isArray(data.enrollments)) fail('invalid_type', 'data.enrollments', `${fn}: data.enrollments must be an array of enrolments.`);
    if (data.sites !== undefined && !Array.isArray(data.sites)) fail('invalid_type', 'data.sites', `${fn}: data.sites must be an array of sites.`);
    const eligibility = normalizeEligibility(data.eligibility, fn);
    const needs = checkNeeds(goal, { eligibility: eligibility !== undefined, enrollments: data.enrollments !== undefined, sites: data.sites !== undefined }, fn);
    this.keepEnrollmentRows = goal.indicators.some((indicator) => indicator.recordSet === 'enrollments');
    const enrolledYears = this.indexEnrollments(data.enrollments ?? [], goal.program.id, knownHouseholds?.());
    this.years = resolveYears(options.years, enrolledYears, checked.asOfYear);
    const yearIndex = new Map<number, number>();
    this.years.forEach((year, i) => yearIndex.set(year, i));
    this.yearIndex = yearIndex;
    this.sites = data.sites ?? [];
    this.eligibility = eligibility;
    this.eligibilityKind = eligibility === undefined ? 'none' : typeof eligibility === 'function' ? 'function' : 'statusByYear' in eligibility ? 'screened' : 'rules';
    this.povertyTables = data.povertyTables ?? (eligibility !== undefined && typeof eligibility === 'object' && 'rules' in eligibility ? eligibility.tables?.poverty : undefined);
    const fplNeed = needs.find(({ fields }) => fields.has('fplPercent'));
    this.needsFpl = fplNeed !== undefined;
    // Stryker disable next-line StringLiteral: equivalent — without an fplPercent need, needsFpl is false and fplPath is never read
    this.fplPath = fplNeed?.path ?? 'goal';
    this.selectRules();

    const programSites: Filter | undefined = this.sites.some((site) => Array.isArray(site.programs))
      ? { field: 'programs', op: 'contains', value: goal.program.id }
      : undefined;
    const distanceKey = (filter: Filter | undefined, path: string): string => {
      const key = JSON.stringify(filter ?? null);
      // No site passing the filter is an error before any household is read.
      // Stryker disable next-line ConditionalExpression: equivalent — building a key's index again gives the same index (siteIndexFor is pure)
      if (!this.siteSets.has(key)) this.siteSets.set(key, siteIndexFor(this.sites, filter, path));
      return key;
    };
    this.fieldDistanceKey = needs.some(({ fields }) => fields.has('distanceKm')) && this.sites.length > 0 ? distanceKey(programSites, 'data.sites') : null;
    const Y = this.years.length;
    this.plans = goal.indicators.map((indicator, index) => {
      const measure = measurePlan(indicator);
      const byId = new Map<string, DisaggregationAssigner>();
      const fieldById = new Map<string, string>();
      const dimensions: DimensionAssigner[] = indicator.disaggregations.map((d) => {
        const assigner = disaggregationAssigner(d);
        byId.set(d.id, assigner);
        fieldById.set(d.id, d.field);
        return assigner;
      });
      const yearDependent = indicator.disaggregations.map((d) => dependsOnYear(d.field));
      for (const ids of indicator.intersections) {
        dimensions.push(intersectionAssigner(ids.map((id) => byId.get(id) as DisaggregationAssigner)));
        yearDependent.push(ids.some((id) => dependsOnYear(fieldById.get(id) as string)));
      }
      const path = `goal.indicators[${index}]`;
      const distance =
        indicator.measure.kind === 'distance' ? distanceKey(indicator.measure.sites ?? programSites, `${path}.measure.sites`) : this.fieldDistanceKey;
      return {
        index,
        recordSet: indicator.recordSet,
        measure,
        dimensions,
        overall: new CellAccumulator(Y, measure),
        perDimension: dimensions.map(() => new CellAccumulator(Y, measure)),
        distanceKey: distance,
        yearDependent,
        householdGroup: new Int32Array(dimensions.length),
      };
    });
  }

  /** Reads the program's enrolments into the index by household id; returns the years seen. */
  private indexEnrollments(enrollments: readonly Enrollment[], programId: string, knownHouseholds: ReadonlySet<string> | undefined): Set<number> {
    const fn = this.fn;
    const years = new Set<number>();
    for (let e = 0; e < enrollments.length; e++) {
      const enrollment = enrollments[e] as Enrollment;
      const path = `data.enrollments[${e}]`;
      if (enrollment === null || typeof enrollment !== 'object') fail('invalid_type', path, `${fn}: ${path} is ${describe(enrollment)}; expected an enrolment.`);
      if (enrollment.programId !== programId) {
        this.otherPrograms++;
        continue;
      }
      let year: number;
      if (enrollment.programYear !== undefined) {
        if (!Number.isInteger(enrollment.programYear)) {
          fail('not_integer', `${path}.programYear`, `${fn}: ${path}.programYear is ${describe(enrollment.programYear)}; expected a whole year such as 2024.`);
        }
        year = enrollment.programYear;
      } else if (enrollment.date !== undefined) {
        year = programYearOf(enrollment.date, this.basis, `${path}.date`);
      } else {
        fail('missing_field', path, `${fn}: ${path} has neither programYear nor date; give one so the enrolment can be counted in a year.`);
      }
      const id = enrollment.householdId;
      if (knownHouseholds !== undefined && !knownHouseholds.has(id)) {
        this.addToIndex(id, enrollment, year);
        continue;
      }
      years.add(year);
      this.addToIndex(id, enrollment, year);
    }
    return years;
  }

  private addToIndex(id: string, enrollment: Enrollment, year: number): void {
    let entry = this.index.get(id);
    if (entry === undefined) {
      entry = { years: [], rows: [], count: 0, seen: false };
      this.index.set(id, entry);
    }
    entry.years.push(year);
    entry.count++;
    if (this.keepEnrollmentRows) entry.rows.push({ enrollment, year });
  }

  /** Selects the rule version in force at each year's start (rules only). */
  private selectRules(): void {
    const input = this.eligibility;
    if (input === undefined || typeof input === 'function' || 'statusByYear' in input) return;
    const { rules } = input;
    for (const year of this.years) {
      const asOf = yearStartDate(year, this.basis);
      try {
        this.rulesByYear.push('versions' in rules ? selectEligibilityRule(rules, asOf) : rules);
      } catch (error) {
        throw withYearContext(error, year, asOf, this.fn);
      }
    }
  }

  /** Whether households were added. */
  get householdCount(): number {
    return this.households;
  }

  /** The program years (any, not only the evaluated ones) in which a household already read has an enrolment in the program. */
  yearsEnrolledRead(): Set<number> {
    const years = new Set<number>();
    for (const entry of this.index.values()) if (entry.seen) for (const year of entry.years) years.add(year);
    return years;
  }

  /**
   * Adds a batch of households (validated here: type, id, size; duplicate ids within the batch, and across batches
   * for households with enrolments).
   */
  add(households: readonly Household[], validated = false): void {
    if (this.finished) fail('invalid_value', 'households', `${this.fn}: the accumulator is finished; create a new one to add households.`);
    if (!Array.isArray(households)) fail('invalid_type', 'households', `${this.fn}: a batch of households must be an array; got ${describe(households)}.`);
    const H = households.length;
    if (H === 0) return;
    const offset = this.households;
    if (!validated) checkHouseholds(households, this.fn, offset);
    this.markSeen(H, offset, (h) => (households[h] as Household).id);
    if (this.attributeNames.size < 1000) {
      for (let h = 0; h < Math.min(H, 1000 - offset); h++) {
        const attributes = (households[h] as Household).attributes;
        if (attributes !== null && typeof attributes === 'object') for (const key of Object.keys(attributes)) this.attributeNames.add(`attributes.${key}`);
      }
    }
    this.households += H;
    this.accumulate(households, offset, null);
  }

  /** Marks the enrolled households of a batch as read; an enrolled household read twice is a duplicate id. */
  markSeen(H: number, offset: number, idOf: (h: number) => string): void {
    for (let h = 0; h < H; h++) {
      const id = idOf(h);
      const entry = this.index.get(id);
      if (entry === undefined) continue;
      if (entry.seen) {
        const path = `data.households[${offset + h}]`;
        fail('duplicate', `${path}.id`, `${this.fn}: ${path}.id "${id}" appears twice; household ids must be unique.`);
      }
      entry.seen = true;
    }
  }

  /** Accumulates a batch (read as columns by `reader` when given; `households` is then its view). */
  accumulate(households: readonly Household[], offset: number, reader: ColumnReader | null): void {
    const Y = this.years.length;
    const H = households.length;
    const enrolled = new Uint8Array(H * Y);
    const enrolledPriorYear = new Uint8Array(H * Y);
    const entries: (EnrolledHousehold | undefined)[] = new Array<EnrolledHousehold | undefined>(H);
    for (let h = 0; h < H; h++) {
      const entry = this.index.get(reader === null ? (households[h] as Household).id : reader.id(h));
      entries[h] = entry;
      if (entry === undefined) continue;
      this.enrollmentsJoined += entry.count;
      for (const year of entry.years) {
        const y = this.yearIndex.get(year);
        if (y !== undefined) enrolled[h * Y + y] = 1;
        const next = this.yearIndex.get(year + 1);
        if (next !== undefined) enrolledPriorYear[h * Y + next] = 1;
      }
    }
    const eligible = this.eligibilityOf(households, offset);
    let fpl: Float64Array | null = null;
    if (this.needsFpl) {
      const { income, sizes } = reader === null ? householdIncomes(households) : reader.incomes();
      for (let h = 0; h < H; h++) if (!Number.isNaN(income[h] as number)) this.householdsWithIncome++;
      fpl = fplPercentOf(income, sizes, this.years, this.basis, this.povertyTables === undefined ? undefined : { poverty: this.povertyTables }, this.fplPath);
    }
    const distances = new Map<string, Float64Array>();
    if (this.siteSets.size > 0) {
      const { located, points } = reader === null ? householdPositions(households, offset) : reader.positions(offset);
      for (const [key, grid] of this.siteSets) distances.set(key, nearestOf(H, located, points, grid));
    }
    const fieldDistance = this.fieldDistanceKey === null ? null : (distances.get(this.fieldDistanceKey) as Float64Array);
    const plans = this.plans;
    const row = this.row;
    const contribution = this.contribution;

    // Groups of dimensions that do not depend on the year are read once per household, not once per year (from a
    // columnar batch's dictionary-encoded attribute: once per dictionary entry).
    const readers = new Map(reader === null ? [] : plans.map((plan) => [plan, reader.groupReaders(plan, this.goal)]));
    const cacheHouseholdGroups = (plan: Plan, h: number): void => {
      for (let d = 0; d < plan.dimensions.length; d++) {
        if (plan.yearDependent[d]) continue;
        const read = readers.get(plan)?.[d];
        plan.householdGroup[d] = read === undefined ? (plan.dimensions[d] as DimensionAssigner).assign(row) : read(h);
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
      if (reader !== null) return reader.fill(row, h);
      const household = households[h] as Household;
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
      row.programYear = this.years[y] as number;
      row.enrolled = enrolled[cell] === 1;
      row.enrolledPriorYear = enrolledPriorYear[cell] === 1;
      const e = eligible === null ? -1 : (eligible[cell] as number);
      row.eligible = e < 0 ? undefined : e === 1;
      const f = fpl === null ? Number.NaN : (fpl[cell] as number);
      row.fplPercent = Number.isNaN(f) ? undefined : f;
      const d = fieldDistance === null ? Number.NaN : (fieldDistance[h] as number);
      row.distanceKm = Number.isNaN(d) ? undefined : d;
    };
    const distanceOf = (plan: Plan): Float64Array | null => (plan.distanceKey === null ? null : (distances.get(plan.distanceKey) as Float64Array));

    const householdYearPlans = plans.filter((p) => p.recordSet === 'householdYears');
    const householdPlans = plans.filter((p) => p.recordSet === 'households');
    const enrollmentPlans = plans.filter((p) => p.recordSet === 'enrollments');
    const yearDistances = householdYearPlans.map(distanceOf);
    const householdDistances = householdPlans.map(distanceOf);
    const enrollmentDistances = enrollmentPlans.map(distanceOf);
    if (householdYearPlans.length > 0 || householdPlans.length > 0) {
      const cachedPlans = [...householdYearPlans, ...householdPlans];
      for (let h = 0; h < H; h++) {
        setHousehold(h);
        setYear(h, 0);
        for (const plan of cachedPlans) cacheHouseholdGroups(plan, h);
        for (let y = 0; y < Y; y++) {
          setYear(h, y);
          for (let p = 0; p < householdYearPlans.length; p++) {
            const distance = yearDistances[p] as Float64Array | null;
            accumulate(householdYearPlans[p] as Plan, y, distance === null ? Number.NaN : (distance[h] as number), true);
          }
          if (y === Y - 1) {
            for (let p = 0; p < householdPlans.length; p++) {
              const distance = householdDistances[p] as Float64Array | null;
              accumulate(householdPlans[p] as Plan, y, distance === null ? Number.NaN : (distance[h] as number), true);
            }
          }
        }
      }
    }
    if (enrollmentPlans.length > 0) {
      for (let h = 0; h < H; h++) {
        const entry = entries[h];
        if (entry === undefined) continue;
        for (const { enrollment, year } of entry.rows) {
          const y = this.yearIndex.get(year);
          if (y === undefined) continue;
          setHousehold(h);
          setYear(h, y);
          row.householdId = enrollment.householdId;
          row.programId = enrollment.programId;
          row.siteId = enrollment.siteId;
          row.date = enrollment.date;
          for (let p = 0; p < enrollmentPlans.length; p++) {
            const distance = enrollmentDistances[p] as Float64Array | null;
            accumulate(enrollmentPlans[p] as Plan, y, distance === null ? Number.NaN : (distance[h] as number), false);
          }
        }
      }
      row.householdId = undefined;
      row.programId = undefined;
      row.siteId = undefined;
      row.date = undefined;
    }
  }

  /** Eligibility of a batch per household and year: 1 eligible, 0 ineligible, −1 undecided; `null` without eligibility. */
  private eligibilityOf(households: readonly Household[], offset: number): Int8Array | null {
    const input = this.eligibility;
    if (input === undefined) return null;
    const fn = this.fn;
    const years = this.years;
    const Y = years.length;
    const H = households.length;
    const eligible = new Int8Array(H * Y);
    if (typeof input === 'function') {
      for (let h = 0; h < H; h++) {
        for (let y = 0; y < Y; y++) {
          const verdict: unknown = input(households[h] as Household, years[y] as number);
          if (verdict !== true && verdict !== false && verdict !== null) {
            fail(
              'invalid_type',
              'data.eligibility',
              `${fn}: data.eligibility returned ${describe(verdict)} for household "${(households[h] as Household).id}" in ${years[y]}; return true, false or null (undecided).`,
            );
          }
          eligible[h * Y + y] = verdict === null ? -1 : verdict ? 1 : 0;
        }
      }
      return eligible;
    }
    if ('statusByYear' in input) {
      const byYear = input.statusByYear;
      for (let y = 0; y < Y; y++) {
        const status = byYear.get(years[y] as number);
        if (status === undefined || typeof status.length !== 'number') {
          fail('missing_field', 'data.eligibility.statusByYear', `${fn}: data.eligibility.statusByYear has no statuses for program year ${years[y]}; screen every evaluated year.`);
        }
        if (status.length < offset + H) {
          fail(
            'length_mismatch',
            'data.eligibility.statusByYear',
            `${fn}: data.eligibility.statusByYear for ${years[y]} has ${status.length} statuses for ${offset + H} households or more; give one per household, in order.`,
          );
        }
        for (let h = 0; h < H; h++) {
          const code = status[offset + h];
          eligible[h * Y + y] = code === 1 ? 1 : code === 0 ? 0 : -1;
        }
      }
      return eligible;
    }
    const options = input.tables === undefined ? {} : { tables: input.tables };
    for (let y = 0; y < Y; y++) {
      const year = years[y] as number;
      const asOf = yearStartDate(year, this.basis);
      let screening;
      try {
        screening = screenHouseholds(households, this.rulesByYear[y] as EligibilityRule, { asOf, ...options });
      } catch (error) {
        throw withYearContext(error, year, asOf, fn);
      }
      if (this.eligibilityRules.length <= y) this.eligibilityRules.push({ year, id: screening.rule.id, version: screening.rule.version, asOf });
      for (const table of screening.tables) this.tables.set(`${table.kind}:${table.id}`, table);
      // screenHouseholds codes: 0 ineligible, 1 eligible, 2 indeterminate.
      const status = screening.status;
      for (let h = 0; h < H; h++) {
        const code = status[h];
        eligible[h * Y + y] = code === 1 ? 1 : code === 0 ? 0 : -1;
      }
    }
    return eligible;
  }

  /** The partial state; the accumulator takes no more households afterwards. */
  finish(partition: string | null): GoalPartial {
    this.finished = true;
    const fn = this.fn;
    if (this.eligibility !== undefined && typeof this.eligibility === 'object' && 'statusByYear' in this.eligibility) {
      for (const year of this.years) {
        const status = this.eligibility.statusByYear.get(year);
        if (status === undefined || typeof status.length !== 'number') {
          fail('missing_field', 'data.eligibility.statusByYear', `${fn}: data.eligibility.statusByYear has no statuses for program year ${year}; screen every evaluated year.`);
        }
        if (status.length !== this.households) {
          fail(
            'length_mismatch',
            'data.eligibility.statusByYear',
            `${fn}: data.eligibility.statusByYear for ${year} has ${status.length} statuses for ${this.households} households; give one per household, in order.`,
          );
        }
      }
    }
    let unknown = 0;
    for (const entry of this.index.values()) if (!entry.seen) unknown += entry.count;
    const Y = this.years.length;
    const indicators: GoalPartialIndicator[] = this.plans.map((plan) => {
      const indicator = this.goal.indicators[plan.index] as EquityGoal['indicators'][number];
      const dimensions: GoalPartialDimension[] = plan.dimensions.map((dimension, d) => {
        const acc = plan.perDimension[d] as CellAccumulator;
        const keys = Array.from({ length: dimension.groupCount() }, (_, id) => dimension.parts(id));
        const order = keys.map((_, id) => id).sort((a, b) => compareTuples(keys[a] as string[], keys[b] as string[]));
        const seen = dimension.seen();
        return {
          id: dimension.id,
          groups: order.map((id) => keys[id] as string[]),
          cells: order.map((id) => Array.from({ length: Y }, (_, y) => cellJson(acc, id, y))),
          unmatched: dimension.unmatchedUsed(),
          seen: { records: seen.records, withField: seen.withField },
        };
      });
      return {
        id: indicator.id,
        resolution: plan.measure.resolution,
        overall: Array.from({ length: Y }, (_, y) => cellJson(plan.overall, 0, y)),
        dimensions,
      };
    });
    return {
      format: 'equity-lens/goal-partial',
      version: 1,
      library: { name: 'equity-lens', version: LIBRARY_VERSION },
      goal: this.goal,
      goalWarnings: [...this.checked.goalWarnings],
      asOf: this.asOf,
      years: [...this.years],
      inputs: { eligibility: this.eligibilityKind, povertyTables: this.povertyTables === undefined ? 'bundled' : 'supplied' },
      eligibilityRules: [...this.eligibilityRules],
      tables: [...this.tables.values()].sort((a, b) => compareTuples([a.kind, a.id], [b.kind, b.id])),
      records: { households: this.households, enrollments: this.enrollmentsJoined, sites: this.sites.length, householdYears: this.households * Y },
      counts: {
        otherProgramEnrollments: this.otherPrograms,
        unknownHouseholdEnrollments: unknown,
        householdsWithIncome: this.needsFpl ? this.householdsWithIncome : this.households,
      },
      attributeNames: [...this.attributeNames].sort(),
      partitions: [{ id: partition, households: this.households, enrollments: this.enrollmentsJoined }],
      indicators,
    };
  }
}

/**
 * Checks a batch of households (an object with a string id, a size from 1 to 30, ids unique within the batch) and
 * returns their ids. `offset` is the position of the batch's first household in the whole input, for error paths.
 */
export function checkHouseholds(households: readonly Household[], fn: string, offset = 0): Set<string> {
  const ids = new Set<string>();
  for (let h = 0; h < households.length; h++) {
    const household = households[h] as Household;
    const path = `data.households[${offset + h}]`;
    if (household === null || typeof household !== 'object' || typeof household.id !== 'string') {
      fail('invalid_type', path, `${fn}: ${path} is ${describe(household)}; expected a household with a string id.`);
    }
    householdSize(household.size, `${path}.size`, fn);
    if (ids.has(household.id)) fail('duplicate', `${path}.id`, `${fn}: ${path}.id "${household.id}" appears twice; household ids must be unique.`);
    ids.add(household.id);
  }
  return ids;
}

/** The JSON of one cell, or `null` when nothing was added to it. */
function cellJson(acc: CellAccumulator, group: number, y: number): GoalPartialCell | null {
  if (group >= acc.groups) return null;
  const records = (acc.records[group] as Float64Array)[y] as number;
  const events = (acc.events[group] as Float64Array)[y] as number;
  const plan = acc.plan;
  if (records === 0 && events === 0) return null;
  const cell: { -readonly [K in keyof GoalPartialCell]: GoalPartialCell[K] } = {
    records,
    events,
    num: plan.exactNumDen ? encodeExact((acc.numSum[group] as ExactSum[])[y] as ExactSum) : ((acc.num[group] as Float64Array)[y] as number),
    den: plan.exactNumDen ? encodeExact((acc.denSum[group] as ExactSum[])[y] as ExactSum) : ((acc.den[group] as Float64Array)[y] as number),
  };
  if (plan.keepSums) {
    cell.sum = encodeExact((acc.sum[group] as ExactSum[])[y] as ExactSum);
    cell.sumSquares = encodeExact((acc.sumSquares[group] as ExactSum[])[y] as ExactSum);
  }
  if (plan.keepValues) cell.histogram = ((acc.values[group] as ValueHistogram[])[y] as ValueHistogram).toJson();
  if (plan.keepDistinct) cell.distinct = sortDistinct([...((acc.distinct[group] as Set<unknown>[])[y] as Set<unknown>)]);
  return cell;
}

function withYearContext(error: unknown, year: number, asOf: string, fn: string): unknown {
  if (!(error instanceof EquityLensError)) return error;
  return new EquityLensError(
    error.code,
    `data.eligibility (program year ${year})`,
    `${fn}: could not decide eligibility for program year ${year} (rules as of ${asOf}): ${error.message}`,
    { cause: error, hint: 'give rules or parameter tables that cover every evaluated year, or pass options.years' },
  );
}
