/**
 * Date cells: declared formats read with date-fns `parse`, spreadsheet serial days, and `Date` values; always
 * written back as `YYYY-MM-DD` from calendar parts, never through `toISOString` of a local date.
 *
 * date-fns `parse` returns a `Date` at local midnight of the day it read, so its calendar parts are read with the
 * local getters (`getFullYear`, `getMonth`, `getDate`); in a zone where midnight does not exist on some day (a
 * daylight-saving change at 00:00), the engine moves the time forward within the same day, and the parts stay
 * right. Reading it in UTC, or through `toISOString`, would shift the day east of Greenwich.
 *
 * @internal
 * @module
 */
import { format, parse } from 'date-fns';
import { civilFromDays, daysFromCivil } from '../../internal/days.ts';
import { daysInMonth } from '../../internal/validate.ts';
import { MissingTokens, isoDate } from './cells.ts';
import { Failure, MISSING, quote } from './failure.ts';

/** The earliest and latest years a date cell may hold: anything else is almost surely a misread format. */
export const MIN_DATE_YEAR = 1800;
export const MAX_DATE_YEAR = 2200;

/** Cached results per date column; cleared when it grows past this many distinct cells. */
const CACHE_LIMIT = 100_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * A date format the mappers understand: a date-fns pattern or a spreadsheet serial-day system.
 *
 * @internal
 */
export interface CompiledDateFormat {
  readonly pattern: string;
  readonly kind: 'iso' | 'dateFns' | 'excel1900' | 'excel1904';
}

const EXCEL_1900_EPOCH = daysFromCivil(1899, 12, 30);
const EXCEL_1900_BEFORE_BUG = daysFromCivil(1899, 12, 31);
const EXCEL_1904_EPOCH = daysFromCivil(1904, 1, 1);

/**
 * A spreadsheet serial day as a date. In the 1900 system serial 1 is 1900-01-01 and serial 60 is Lotus 1-2-3's
 * 29 February 1900, which never existed (Excel keeps it for compatibility); from serial 61 (1900-03-01) on, day
 * `s` is 1899-12-30 + `s`. In the 1904 system serial 0 is 1904-01-01. A time of day (the fraction) is dropped.
 *
 * @internal
 */
export function excelSerialDate(serial: number, system: 1900 | 1904): string | Failure {
  if (!Number.isFinite(serial)) return new Failure('invalid_date', `${serial} is not a serial day`);
  const whole = Math.floor(serial);
  let days: number;
  if (system === 1904) {
    days = EXCEL_1904_EPOCH + whole;
  } else {
    if (whole < 1) return new Failure('out_of_range', `serial day ${serial} is before 1900-01-01, the first day of the 1900 date system`);
    if (whole === 60) return new Failure('invalid_date', 'serial day 60 is 29 February 1900, a day that never existed (a Lotus 1-2-3 leap-year bug Excel keeps)', 'check the source cell');
    days = whole < 60 ? EXCEL_1900_BEFORE_BUG + whole : EXCEL_1900_EPOCH + whole;
  }
  const parts = new Int32Array(3);
  civilFromDays(days, parts);
  const year = parts[0] as number;
  if (year < MIN_DATE_YEAR || year > MAX_DATE_YEAR) return new Failure('out_of_range', `serial day ${serial} is the year ${year}`, yearHint());
  return isoDate(year, parts[1] as number, parts[2] as number);
}

function yearHint(): string {
  return `dates must fall in ${MIN_DATE_YEAR}–${MAX_DATE_YEAR}: check the declared format (a two-digit year read with yyyy?), or add a placeholder such as 0001-01-01 to the mapping's missing values`;
}

/**
 * Whether a date-fns pattern holds a two-digit year (`yy`, not `yyyy`), which needs a reference date.
 *
 * @internal
 */
export function hasTwoDigitYear(pattern: string): boolean {
  const unquoted = pattern.replace(/'[^']*'/g, '');
  return /(^|[^y])yy([^y]|$)/.test(unquoted);
}

/**
 * Checks a format once, when the mapping is compiled: date-fns throws on tokens it refuses (stray letters).
 * Week-numbering years (`Y`, `YYYY`) and days of the year (`D`, `DD`) are refused here, before date-fns sees them:
 * they are almost always a mistyped `yyyy` or `dd`, and date-fns would write its own warning to the console for
 * them (a library function must not). Returns the error message, or undefined when the format is usable.
 *
 * @internal
 */
export function checkDateFormat(pattern: string): string | undefined {
  if (pattern === 'excelSerial' || pattern === 'excelSerial1904') return undefined;
  const protectedToken = /Y+|D+/.exec(pattern.replace(/'[^']*'/g, ''))?.[0];
  if (protectedToken !== undefined) {
    const calendar = protectedToken[0] === 'Y' ? 'yyyy (the calendar year)' : 'dd (the day of the month)';
    const meaning = protectedToken[0] === 'Y' ? 'a week-numbering year' : 'a day of the year';
    return `${protectedToken} is ${meaning}; use ${calendar}`;
  }
  try {
    // Parsing the reference day as the pattern writes it walks every token: parsing '' would stop at the first
    // token that does not fit, and a stray letter after it would throw later, on the first cell that fits.
    const reference = new Date(2000, 0, 1);
    parse(format(reference, pattern), pattern, reference);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Compiles a list of formats.
 *
 * @internal
 */
export function compileDateFormats(patterns: readonly string[]): CompiledDateFormat[] {
  return patterns.map((pattern) => ({
    pattern,
    kind: pattern === 'excelSerial' ? 'excel1900' : pattern === 'excelSerial1904' ? 'excel1904' : pattern === 'yyyy-MM-dd' ? 'iso' : 'dateFns',
  }));
}

/**
 * Reads date cells of one column. Holds a cache of the text cells it has read: a column of birth or enrolment
 * dates repeats a few tens of thousands of distinct values, so date-fns (about 10 µs a call) runs once per distinct
 * value.
 *
 * @internal
 */
export class DateReader {
  private readonly formats: readonly CompiledDateFormat[];
  private readonly reference: Date;
  private readonly missing: MissingTokens;
  private readonly cache = new Map<string, string | Failure>();
  private readonly readsSerials: boolean;
  private readonly isoFirst: boolean;

  constructor(formats: readonly CompiledDateFormat[], referenceDate: string | undefined, missing: MissingTokens) {
    this.formats = formats;
    const match = referenceDate === undefined ? null : ISO_DATE.exec(referenceDate);
    // Local midnight of the reference day: date-fns fills fields the format lacks from it, in local time.
    this.reference = match === null ? new Date(2000, 0, 1) : new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    this.missing = missing;
    this.readsSerials = formats.some((f) => f.kind === 'excel1900' || f.kind === 'excel1904');
    this.isoFirst = formats[0]?.kind === 'iso';
  }

  /** A cell as `YYYY-MM-DD`, {@link MISSING} or a failure. */
  read(raw: unknown): string | typeof MISSING | Failure {
    if (typeof raw === 'string') {
      const t = raw.trim();
      if (this.missing.has(t)) return MISSING;
      // The common case, checked by hand without the cache: a real yyyy-MM-dd date when that format comes first.
      if (this.isoFirst) {
        const iso = isoFast(t);
        if (iso !== undefined) return iso;
      }
      let cached = this.cache.get(t);
      if (cached === undefined) {
        cached = this.readText(t);
        if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
        this.cache.set(t, cached);
      }
      return cached;
    }
    if (raw === null || raw === undefined) return MISSING;
    if (typeof raw === 'number' || typeof raw === 'bigint') {
      const value = Number(raw);
      if (Number.isNaN(value)) return MISSING;
      if (this.readsSerials) {
        for (const format of this.formats) {
          if (format.kind === 'excel1900') return excelSerialDate(value, 1900);
          if (format.kind === 'excel1904') return excelSerialDate(value, 1904);
        }
      }
      return this.read(String(raw));
    }
    if (raw instanceof Date) {
      const time = raw.getTime();
      if (Number.isNaN(time)) return MISSING;
      // A Date from Arrow, DuckDB or a spreadsheet reader stands for a calendar day at UTC midnight.
      const year = raw.getUTCFullYear();
      if (year < MIN_DATE_YEAR || year > MAX_DATE_YEAR) return new Failure('out_of_range', `${quote(raw)} is the year ${year}`, yearHint());
      return isoDate(year, raw.getUTCMonth() + 1, raw.getUTCDate());
    }
    return new Failure('invalid_date', `${quote(raw)} is not a date`);
  }

  private readText(text: string): string | Failure {
    let yearProblem: Failure | undefined;
    for (const format of this.formats) {
      let result: string | Failure | undefined;
      if (format.kind === 'iso') {
        result = isoText(text);
        if (result === undefined) result = this.dateFns(text, format.pattern);
      } else if (format.kind === 'dateFns') {
        result = this.dateFns(text, format.pattern);
      } else if (PLAIN_NUMBER.test(text)) {
        result = excelSerialDate(Number(text), format.kind === 'excel1900' ? 1900 : 1904);
      }
      if (typeof result === 'string') return result;
      if (result instanceof Failure && yearProblem === undefined) yearProblem = result;
    }
    if (yearProblem !== undefined) return yearProblem;
    const declared = this.formats.map((f) => f.pattern).join(', ');
    return new Failure(
      'invalid_date',
      `${quote(text)} is not a date in the declared format${this.formats.length > 1 ? 's' : ''} (${declared}), or the day does not exist`,
      'write the date in a declared format, add the format the column uses to "formats" (date-fns tokens: yyyy-MM-dd, MM/dd/yyyy, d.M.yyyy …), or leave it blank if unknown',
    );
  }

  /** One date-fns attempt: a date string, a year failure, or undefined when the format does not fit. */
  private dateFns(text: string, pattern: string): string | Failure | undefined {
    const parsed = parse(text, pattern, this.reference);
    const time = parsed.getTime();
    if (Number.isNaN(time)) return undefined;
    const year = parsed.getFullYear();
    if (year < MIN_DATE_YEAR || year > MAX_DATE_YEAR) return new Failure('out_of_range', `${quote(text)} read as ${pattern} is the year ${year}`, yearHint());
    return isoDate(year, parsed.getMonth() + 1, parsed.getDate());
  }
}

/** A digit's value, or -1. */
function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * `yyyy-MM-dd` read by hand: the date itself when the text is exactly a real date in the supported years, else
 * undefined (the text then takes the general path, which also explains what is wrong).
 */
function isoFast(text: string): string | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y0 = digit(text, 0);
  const y1 = digit(text, 1);
  const y2 = digit(text, 2);
  const y3 = digit(text, 3);
  const m0 = digit(text, 5);
  const m1 = digit(text, 6);
  const d0 = digit(text, 8);
  const d1 = digit(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < MIN_DATE_YEAR || year > MAX_DATE_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return text;
}

/** The fast path of `yyyy-MM-dd`: exactly ten characters, checked by hand; undefined sends other shapes to date-fns. */
function isoText(text: string): string | Failure | undefined {
  const match = ISO_DATE.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (year < MIN_DATE_YEAR || year > MAX_DATE_YEAR) return new Failure('out_of_range', `${quote(text)} is the year ${year}`, yearHint());
  return text;
}
