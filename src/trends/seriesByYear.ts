import { fiscalYearOfDate } from '../internal/calendar.ts';
import { describe, fail } from '../internal/errors.ts';
import { finiteNumber, integer } from '../internal/validate.ts';
import { calendarDate } from './internal/calendarDate.ts';
import { checkOptions, choice } from './internal/options.ts';

/** Options of {@link seriesByYear}. Give `date`, `year` or both. */
export interface SeriesByYearOptions<T> {
  /** The record's date (`YYYY-MM-DD` or `Date`), bucketed into fiscal/program years. */
  date?: (record: T, index: number) => string | Date | null | undefined;
  /**
   * The record's program or fiscal year when already known (like an enrolment's `programYear`). When it returns
   * `undefined` or `null`, `date` is used instead.
   */
  year?: (record: T, index: number) => number | null | undefined;
  /** The value to aggregate. Default 1 per record, so `'sum'` counts records. */
  value?: (record: T, index: number) => number;
  /** `'sum'` (default), `'count'` (records per year, ignoring `value`) or `'mean'`. */
  aggregate?: 'sum' | 'count' | 'mean';
  /** First month of the fiscal/program year, 1–12. Default 7 (July, San José's fiscal year); 1 for calendar years. */
  startMonth?: number;
  /** Name years by the year they end in (`'end'`, default) or start in (`'start'`). */
  label?: 'end' | 'start';
  /**
   * A value for years between the first and the last with no record (0 for counts). Default: such years are left
   * out, and the series has a gap (every trend function accepts gaps).
   */
  fill?: number;
}

const FN = 'seriesByYear';

/**
 * Buckets dated records into fiscal or program years and aggregates a value per year, giving the
 * `{ year, value }[]` series every trend function takes.
 *
 * Each record's year is `year(record)` when given, else the fiscal year of `date(record)` (see {@link fiscalYear}:
 * `startMonth`, default July, named by the end year). One pass over the records, O(N) plus sorting the years.
 *
 * @param records - Any records, e.g. enrolments.
 * @param options - Accessors and aggregation; see {@link SeriesByYearOptions}.
 * @returns One `{ year, value }` per year with records (or every year from first to last with `fill`), sorted.
 * @throws {EquityLensError} `missing_field` when neither `date` nor `year` is given, or a record has neither;
 *   `invalid_date` for a bad date; `not_integer`/`not_finite` for a bad year or value; `out_of_range` for a
 *   `startMonth` outside 1–12; `invalid_value` for an unknown aggregate or label.
 * @category Calendar
 * @example
 * ```ts
 * import { seriesByYear } from "./seriesByYear.ts";
 *
 * const enrolments = [{ date: "2023-08-14" }, { date: "2024-03-02" }, { date: "2024-07-01" }, { date: "2026-09-01" }];
 * seriesByYear(enrolments, { date: (e) => e.date });
 * // => [{ year: 2024, value: 2 }, { year: 2025, value: 1 }, { year: 2027, value: 1 }]
 * seriesByYear(enrolments, { date: (e) => e.date, fill: 0 }).length; // => 4
 * ```
 */
export function seriesByYear<T>(records: readonly T[], options: SeriesByYearOptions<T>): { year: number; value: number }[] {
  if (options === null || typeof options !== 'object') {
    fail('missing_field', 'options', `${FN}: options is ${describe(options)}; pass at least { date } or { year } accessors.`);
  }
  const opts = checkOptions(options, ['date', 'year', 'value', 'aggregate', 'startMonth', 'label', 'fill'], FN);
  const dateOf = accessor(opts.date, 'options.date');
  const yearOf = accessor(opts.year, 'options.year');
  const valueOf = accessor(opts.value, 'options.value');
  if (dateOf === undefined && yearOf === undefined) {
    fail('missing_field', 'options.date', `${FN}: pass options.date (a record's date) or options.year (its program year), e.g. { date: (r) => r.enrolledOn }.`);
  }
  const aggregate = choice(
    opts.aggregate,
    ['sum', 'count', 'mean'] as const,
    // Stryker disable next-line StringLiteral: equivalent — the aggregate is only compared with 'count' and 'mean'; any other value, '' included, sums
    'sum',
    'options.aggregate',
    FN,
  );
  const startMonth = opts.startMonth === undefined ? 7 : integer(opts.startMonth, 'options.startMonth', FN, { min: 1, max: 12 });
  const label = choice(opts.label, ['end', 'start'] as const, 'end', 'options.label', FN);
  const fill = opts.fill === undefined ? undefined : finiteNumber(opts.fill, 'options.fill', FN);
  if (!Array.isArray(records)) fail('invalid_type', 'records', `${FN}: records is ${describe(records)}; expected an array.`);

  const slotOf = new Map<number, number>();
  const yearOfDateString = new Map<string, number>();
  const yearsSeen: number[] = [];
  const sums: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as T;
    let year: number | undefined;
    const given = yearOf === undefined ? undefined : yearOf(record, i);
    if (given !== undefined && given !== null) {
      year = integer(given, `records[${i}] (options.year)`, FN);
    } else if (dateOf !== undefined) {
      const date = dateOf(record, i);
      if (date === undefined || date === null) {
        fail('missing_field', `records[${i}]`, `${FN}: records[${i}] has no ${yearOf === undefined ? 'date' : 'year or date'}; every record needs one.`);
      }
      // Records share dates (a decade has ~3,650 days), so each distinct date string is parsed once.
      // Stryker disable next-line ConditionalExpression, EqualityOperator, StringLiteral: equivalent — a Date is never a key (only strings are set), so looking one up finds nothing; a string not looked up is parsed again to the same year
      const cached = typeof date === 'string' ? yearOfDateString.get(date) : undefined;
      // Stryker disable next-line ConditionalExpression: equivalent — without the cache every date string is parsed again, to the same year
      if (cached !== undefined) {
        year = cached;
      } else {
        year = fiscalYearOfDate(calendarDate(date, `records[${i}] (options.date)`, FN), startMonth, label);
        // Stryker disable next-line ConditionalExpression, EqualityOperator, StringLiteral: equivalent — a Date set as a key is never looked up (only strings are), and a string not cached is parsed again to the same year
        if (typeof date === 'string') yearOfDateString.set(date, year);
      }
    } else {
      fail('missing_field', `records[${i}]`, `${FN}: records[${i}] has no year; pass options.date as a fallback or fix the record.`);
    }
    const value = aggregate === 'count' || valueOf === undefined ? 1 : finiteNumber(valueOf(record, i), `records[${i}] (options.value)`, FN);
    let slot = slotOf.get(year);
    if (slot === undefined) {
      slot = yearsSeen.length;
      slotOf.set(year, slot);
      yearsSeen.push(year);
      sums.push(0);
      counts.push(0);
    }
    sums[slot] = (sums[slot] as number) + value;
    counts[slot] = (counts[slot] as number) + 1;
  }
  const order = yearsSeen.map((_, slot) => slot).sort((a, b) => (yearsSeen[a] as number) - (yearsSeen[b] as number));
  const out: { year: number; value: number }[] = [];
  for (const slot of order) {
    const year = yearsSeen[slot] as number;
    const previous = out[out.length - 1];
    if (fill !== undefined && previous !== undefined) {
      for (let missing = previous.year + 1; missing < year; missing++) out.push({ year: missing, value: fill });
    }
    const sum = sums[slot] as number;
    const count = counts[slot] as number;
    out.push({ year, value: aggregate === 'mean' ? sum / count : sum });
  }
  return out;

  function accessor<F>(value: F | undefined, path: string): F | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'function') fail('invalid_type', path, `${FN}: ${path} is ${describe(value)}; expected a function (record) => value.`);
    return value;
  }
}
