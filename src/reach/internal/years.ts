/**
 * Program-year and fiscal-year bucketing shared by the year-over-year functions.
 *
 * @internal
 * @module
 */
import { fiscalYearOfDate, type FiscalYearLabel } from '../../internal/calendar.ts';
import { deprecation } from '../../internal/deprecation.ts';
import { describe, EquityLensError, fail } from '../../internal/errors.ts';
import { dateString, integer, knownKeys } from '../../internal/validate.ts';
import type { YearBasis } from '../targetingErrorsByYear.ts';

/**
 * Reads `yearBasis: { startMonth, label }` (defaults 7, San José's 1 July, and `'end'`), the goal JSON's names;
 * the 0.1 options `fiscalYearStartMonth` and `fiscalYearLabel` are accepted until 0.3 with a warning pushed onto
 * `warnings`. The result carries both spellings until then.
 */
export function yearBasisOptions(options: Record<string, unknown>, fn: string, warnings: string[]): YearBasis {
  const given = options['yearBasis'];
  const oldMonth = options['fiscalYearStartMonth'];
  const oldLabel = options['fiscalYearLabel'];
  if (given !== undefined && (oldMonth !== undefined || oldLabel !== undefined)) {
    fail('invalid_value', 'options.yearBasis', `${fn}: options gives both yearBasis and the deprecated fiscalYearStartMonth/fiscalYearLabel; keep yearBasis only.`);
  }
  let monthValue: unknown = oldMonth;
  let labelValue: unknown = oldLabel;
  // Whether the months and labels come from the deprecated top-level options (for the paths in messages).
  let deprecated = true;
  if (given !== undefined) {
    if (given === null || typeof given !== 'object' || Array.isArray(given)) {
      fail('invalid_type', 'options.yearBasis', `${fn}: options.yearBasis is ${describe(given)}; expected { startMonth, label }, e.g. { startMonth: 7, label: "end" }.`);
    }
    knownKeys(given, ['startMonth', 'label'], 'options.yearBasis', fn);
    monthValue = (given as { startMonth?: unknown }).startMonth;
    labelValue = (given as { label?: unknown }).label;
    deprecated = false;
  } else {
    if (oldMonth !== undefined) warnings.push(deprecation(fn, 'options.fiscalYearStartMonth', 'options.yearBasis.startMonth'));
    if (oldLabel !== undefined) warnings.push(deprecation(fn, 'options.fiscalYearLabel', 'options.yearBasis.label'));
  }
  const monthPath = deprecated ? 'options.fiscalYearStartMonth' : 'options.yearBasis.startMonth';
  const labelPath = deprecated ? 'options.fiscalYearLabel' : 'options.yearBasis.label';
  const startMonth = monthValue === undefined ? 7 : integer(monthValue, monthPath, fn, { min: 1, max: 12 });
  if (labelValue !== undefined && labelValue !== 'end' && labelValue !== 'start') {
    fail('invalid_value', labelPath, `${fn}: ${labelPath} is ${describe(labelValue)}; use "end" (FY 2024-25 is 2025, San José's usage) or "start" (2024).`);
  }
  const label = (labelValue ?? 'end') as FiscalYearLabel;
  return { startMonth, label, fiscalYearStartMonth: startMonth, fiscalYearLabel: label };
}

/**
 * The year of one record: a whole number is a program year, taken as is; a `YYYY-MM-DD` string is a date,
 * bucketed into its fiscal year (parsed without `Date`, so no time zone can move it across 1 July).
 */
export function yearOf(value: unknown, path: string, label: string, basis: YearBasis, fn: string): number {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) {
      fail(
        Number.isFinite(value) ? 'not_integer' : 'not_finite',
        path,
        `${fn}: ${label} returned ${describe(value)} for ${path}; a program year is a whole number such as 2024.`,
      );
    }
    return value;
  }
  if (typeof value === 'string') {
    let parts;
    try {
      parts = dateString(value, path, fn);
    } catch (error) {
      throw new EquityLensError(
        'invalid_date',
        path,
        `${fn}: ${label} returned ${describe(value)} for ${path}, which is not a real date written "YYYY-MM-DD"; return a date such as "2024-07-01" or a program year.`,
        { cause: error },
      );
    }
    return fiscalYearOfDate(parts, basis.startMonth, basis.label);
  }
  return fail(
    'invalid_type',
    path,
    `${fn}: ${label} returned ${describe(value)} for ${path}; return a program year (a whole number) or a date "YYYY-MM-DD".`,
  );
}

/** The default year of an `Enrollment`: its `programYear`, else its `date`. */
export function enrollmentYear(record: unknown): unknown {
  if (record === null || typeof record !== 'object') return record;
  const r = record as { programYear?: unknown; date?: unknown };
  return r.programYear !== undefined ? r.programYear : r.date;
}
