/**
 * What every path of the monitor checks first: the goal, the options, and which data each indicator needs.
 *
 * @internal
 * @module
 */
import type { EquityGoal } from '../../goals/EquityGoalSchema.ts';
import type { Filter } from '../../goals/FilterSchema.ts';
import type { Indicator } from '../../goals/IndicatorSchema.ts';
import { validateGoal } from '../../goals/internal/validateGoal.ts';
import { describe, EquityLensError, fail } from '../../internal/errors.ts';
import { dateString, knownKeys } from '../../internal/validate.ts';
import { programYearOf } from './prepare.ts';

/** Fields the monitor derives for the `householdYears` record set. */
export const DERIVED_FIELDS = ['programYear', 'eligible', 'enrolled', 'enrolledPriorYear', 'fplPercent', 'distanceKm'] as const;

/** Derived fields whose value changes from one program year to the next. */
const YEAR_FIELDS: ReadonlySet<string> = new Set(['programYear', 'eligible', 'enrolled', 'enrolledPriorYear', 'fplPercent']);

/** Whether a field's value depends on the program year. */
export function dependsOnYear(field: string): boolean {
  return YEAR_FIELDS.has(field.split('.')[0] as string);
}

/** Whether a field is one the monitor derives (checked where it is made, not as a household field). */
export function isDerived(field: string): boolean {
  return (DERIVED_FIELDS as readonly string[]).includes(field.split('.')[0] as string);
}

/** Options every evaluation takes. */
export interface GoalOptions {
  readonly asOf: string;
  readonly years?: readonly number[];
}

/** A goal validated with the as-of year it is evaluated at. */
export interface CheckedGoal {
  readonly goal: EquityGoal;
  readonly goalWarnings: readonly string[];
  readonly asOfYear: number;
}

/**
 * Validates the goal and the options (`asOf` a date on or after every indicator's baseline year); `extraKeys`
 * are further option names the caller accepts.
 */
export function checkGoal(goal: unknown, options: GoalOptions, fn: string, extraKeys: readonly string[] = []): CheckedGoal {
  const validated = validateGoal(goal, 'defineGoal');
  if (!validated.success) throw EquityLensError.fromIssues('defineGoal', validated.issues);
  const parsed = validated.goal;
  if (options === null || typeof options !== 'object') fail('invalid_type', 'options', `${fn}: options is ${describe(options)}; pass { asOf: "YYYY-MM-DD" }.`);
  knownKeys(options, ['asOf', 'years', ...extraKeys], 'options', fn);
  if (options.asOf === undefined) fail('missing_field', 'options.asOf', `${fn}: options.asOf is missing; pass the as-of date, e.g. { asOf: "2025-06-30" }.`);
  dateString(options.asOf, 'options.asOf', fn);
  const asOfYear = programYearOf(options.asOf, parsed.yearBasis, 'options.asOf');
  parsed.indicators.forEach((indicator, i) => {
    if (indicator.baseline !== undefined && indicator.baseline.year > asOfYear) {
      fail(
        'out_of_range',
        'options.asOf',
        `${fn}: options.asOf ${options.asOf} falls in program year ${asOfYear}, before the baseline year ${indicator.baseline.year} of goal.indicators[${i}] ("${indicator.id}"); evaluate on or after the baseline.`,
      );
    }
  });
  return { goal: parsed, goalWarnings: validated.warnings, asOfYear };
}

/** Every field path an indicator reads. */
export function fieldsOf(indicator: Indicator): Set<string> {
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

/** Which kinds of data were supplied. */
export interface DataPresence {
  readonly eligibility: boolean;
  readonly enrollments: boolean;
  readonly sites: boolean;
}

/** The fields each indicator reads, checked against the data supplied so the message names the indicator and the field. */
export function checkNeeds(goal: EquityGoal, present: DataPresence, fn: string): { fields: Set<string>; path: string }[] {
  return goal.indicators.map((indicator, i) => {
    const fields = fieldsOf(indicator);
    const path = `goal.indicators[${i}]`;
    const requires = (field: string, isPresent: boolean, what: string): void => {
      if (fields.has(field) && !isPresent) {
        fail('missing_field', `data.${what}`, `${fn}: indicator "${indicator.id}" (${path}) reads the field "${field}", which needs data.${what}; ${hint(what)}.`);
      }
    };
    requires('eligible', present.eligibility, 'eligibility');
    requires('enrolled', present.enrollments, 'enrollments');
    requires('enrolledPriorYear', present.enrollments, 'enrollments');
    requires('distanceKm', present.sites, 'sites');
    if (indicator.recordSet === 'enrollments' && !present.enrollments) {
      fail('missing_field', 'data.enrollments', `${fn}: indicator "${indicator.id}" (${path}) runs over the enrollments record set; pass data.enrollments.`);
    }
    return { fields, path };
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
