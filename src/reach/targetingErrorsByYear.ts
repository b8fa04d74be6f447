import type { FiscalYearLabel } from '../internal/calendar.ts';
import { buildResult, collectCells, pickCounts, addCounts, type RawCell, type SummaryMeta } from './internal/summary.ts';
import {
  confidenceOption,
  groupDimensions,
  inclusionDenominatorOption,
  optionalAccessor,
  optionsObject,
  requiredAccessor,
  rowsArray,
} from './internal/options.ts';
import { readRecords, type Dimension } from './internal/tabulate.ts';
import { yearBasisOptions, yearOf } from './internal/years.ts';
import type { GroupBy, TargetingCounts, TargetingErrorsOptions, TargetingErrorsResult } from './targetingErrors.ts';

/**
 * How dates are bucketed into years, as a goal's `yearBasis`. A record whose year accessor returns a whole number
 * keeps it as its program year; a `YYYY-MM-DD` date falls in the fiscal year starting on the first day of
 * `startMonth`.
 *
 * @category Reach
 */
export interface YearBasis {
  /** First month of the fiscal year, 1–12 (7 = July, San José's). With 1 the fiscal year is the calendar year. */
  startMonth: number;
  /** `'end'`: a fiscal year is named by the calendar year it ends in (FY 2024-25 is 2025); `'start'`: by the year it starts in. */
  label: FiscalYearLabel;
  /** @deprecated The 0.1 name of `startMonth` (same value); removed in 0.3. */
  fiscalYearStartMonth: number;
  /** @deprecated The 0.1 name of `label` (same value); removed in 0.3. */
  fiscalYearLabel: FiscalYearLabel;
}

/**
 * The year-basis option of the reach functions: a goal's `yearBasis`. Defaults `startMonth: 7` (San José's
 * fiscal year starts 1 July) and `label: 'end'` (FY 2024-25 is 2025) — unlike a goal, whose default is the
 * calendar year.
 *
 * @category Reach
 */
export interface YearBasisOption {
  /** First month of the fiscal year for dates, 1–12. Default 7. */
  startMonth?: number;
  /** How a fiscal year is named. Default `'end'`. */
  label?: FiscalYearLabel;
}

/** Options of {@link targetingErrorsByYear}: those of {@link targetingErrors} plus the year. */
export interface TargetingErrorsByYearOptions<T> extends TargetingErrorsOptions<T> {
  /** The record's year: a program year (whole number) or a date `YYYY-MM-DD`, bucketed by fiscal year. */
  year: (row: T, index: number) => number | string;
  /** How dates become years. Default `{ startMonth: 7, label: 'end' }`. */
  yearBasis?: YearBasisOption;
  /** @deprecated The 0.1 name of `yearBasis.startMonth`; accepted until 0.3 with a warning. */
  fiscalYearStartMonth?: number;
  /** @deprecated The 0.1 name of `yearBasis.label`; accepted until 0.3 with a warning. */
  fiscalYearLabel?: FiscalYearLabel;
}

/**
 * One year's result: a complete {@link TargetingErrorsResult} for the records of that year.
 *
 * @category Reach
 */
export interface TargetingErrorsYear extends TargetingErrorsResult {
  /** The program or fiscal year. */
  year: number;
}

/**
 * The result of {@link targetingErrorsByYear}.
 *
 * @category Reach
 */
export interface TargetingErrorsByYearResult {
  /** How dates were bucketed into years. */
  yearBasis: YearBasis;
  /** One result per year present in the records, in increasing year order. */
  years: TargetingErrorsYear[];
  /** `deprecated:` warnings for 0.1 option names used. */
  warnings: string[];
}

/**
 * {@link targetingErrors} year by year: coverage, exclusion error and inclusion error per program or fiscal year,
 * overall and by group — the San José framework's third step, monitoring year after year.
 *
 * Each record is a household-year (for instance a row of {@link joinEnrollments}). The year accessor returns a
 * program year, kept as is, or a `YYYY-MM-DD` date, bucketed into its fiscal year (San José's starts 1 July and is
 * named by the year it ends in: 2024-07-01 and 2025-06-30 are both FY2025). The year is one more integer
 * dimension of the same single-pass tally, so the cost is that of {@link targetingErrors}. Each year's entry is a
 * full result and merges with {@link mergeReach}.
 *
 * @param rows - Household-year records. Not mutated.
 * @param options - The options of {@link targetingErrors} plus `year` and `yearBasis` (default
 *   `{ startMonth: 7, label: 'end' }`).
 * @returns The year basis used and one result per year present, in increasing order.
 * @throws {EquityLensError} as {@link targetingErrors}; also `invalid_type` when `year` returns neither a number
 *   nor a string, `not_integer` for a fractional year, `invalid_date` for a string that is not a real
 *   `YYYY-MM-DD` date, `out_of_range` for a fiscal start month outside 1–12.
 * @category Reach
 * @example
 * ```ts
 * import { targetingErrorsByYear } from "./targetingErrorsByYear.ts";
 *
 * const rows = [
 *   { date: "2024-06-30", eligible: true, enrolled: true },
 *   { date: "2024-07-01", eligible: true, enrolled: false },
 *   { date: "2025-03-15", eligible: true, enrolled: true },
 * ];
 * const result = targetingErrorsByYear(rows, {
 *   year: (r) => r.date,
 *   eligible: (r) => r.eligible,
 *   enrolled: (r) => r.enrolled,
 * });
 * result.years.map((y) => [y.year, y.overall.coverage]); // => [[2024, 1], [2025, 0.5]]
 * ```
 */
export function targetingErrorsByYear<T>(rows: readonly T[], options: TargetingErrorsByYearOptions<T>): TargetingErrorsByYearResult {
  const fn = 'targetingErrorsByYear';
  const list = rowsArray<T>(rows, fn);
  const opts = optionsObject(
    options,
    ['year', 'eligible', 'enrolled', 'by', 'weight', 'confidence', 'inclusionErrorDenominator', 'yearBasis', 'fiscalYearStartMonth', 'fiscalYearLabel'],
    fn,
  );
  const yearAccessor = requiredAccessor<TargetingErrorsByYearOptions<T>['year']>(opts, 'year', fn, 'a function (row) => program year or "YYYY-MM-DD"');
  const eligible = requiredAccessor<TargetingErrorsOptions<T>['eligible']>(opts, 'eligible', fn, 'a function (row) => true | false | null');
  const enrolled = requiredAccessor<TargetingErrorsOptions<T>['enrolled']>(opts, 'enrolled', fn, 'a function (row) => boolean');
  const weight = optionalAccessor<(row: T, index: number) => number>(opts, 'weight', fn, 'a function (row) => number ≥ 0');
  const warnings: string[] = [];
  const yearBasis = yearBasisOptions(opts, fn, warnings);
  const confidence = confidenceOption(opts, fn);
  const inclusionErrorDenominator = inclusionDenominatorOption(opts, fn);
  const named = groupDimensions(opts['by'] as GroupBy<T> | undefined, fn);
  const { outcomes, dimensions } = readRecords(list, eligible, enrolled, weight, named, fn);
  const yearDimension = readYears(list, yearAccessor, yearBasis, fn);
  const { cells } = collectCells(outcomes, [yearDimension.dimension, ...dimensions], list.length);

  const perYear = new Map<number, { overall: TargetingCounts; cells: RawCell[] }>();
  for (const cell of cells) {
    const year = yearDimension.years[yearDimension.dimension.ids[cell.row] as number] as number;
    let entry = perYear.get(year);
    if (entry === undefined) {
      entry = { overall: pickCounts(cell.counts), cells: [] };
      perYear.set(year, entry);
    } else {
      entry.overall = addCounts(entry.overall, cell.counts);
    }
    if (dimensions.length > 0) {
      entry.cells.push({ keys: dimensions.map((d) => d.keys[d.ids[cell.row] as number] as string), counts: cell.counts });
    }
  }
  const meta: SummaryMeta = { dimensions: dimensions.map((d) => d.name), weighted: weight !== undefined, confidence, inclusionErrorDenominator };
  const years = [...perYear.keys()].sort((a, b) => a - b);
  return {
    yearBasis,
    years: years.map((year) => {
      const entry = perYear.get(year) as { overall: TargetingCounts; cells: RawCell[] };
      return { year, ...buildResult(meta, entry.overall, entry.cells, fn) };
    }),
    warnings,
  };
}

function readYears<T>(
  rows: readonly T[],
  accessor: (row: T, index: number) => number | string,
  basis: YearBasis,
  fn: string,
): { dimension: Dimension; years: number[] } {
  const n = rows.length;
  const ids = new Int32Array(n);
  // Year → id in order of first appearance; a Map iterates in insertion order, so its keys are the years by id.
  const index = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const year = yearOf(accessor(rows[i] as T, i), `rows[${i}]`, 'options.year', basis, fn);
    let id = index.get(year);
    if (id === undefined) {
      id = index.size;
      index.set(year, id);
    }
    ids[i] = id;
  }
  const years = [...index.keys()];
  // Stryker disable next-line StringLiteral: equivalent — collectCells reads a dimension's ids and keys, never its name
  return { dimension: { name: 'year', ids, keys: years.map(String) }, years };
}
