/**
 * Shared input validators. Each throws an {@link EquityLensError} whose message starts with the calling
 * function's name, names the offending path and says how to fix it.
 *
 * @internal
 * @module
 */
import { describe, fail } from './errors.ts';
import { representable } from './magnitude.ts';

/** A GeoJSON position, `[longitude, latitude]` in degrees. */
export type Position = readonly [number, number] | readonly number[];

/**
 * Checks a number is finite (not `NaN`, not `±Infinity`) and returns it.
 *
 * @internal
 */
export function finiteNumber(value: unknown, path: string, fn: string): number {
  if (typeof value !== 'number') {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; expected a finite number.`);
  }
  if (!Number.isFinite(value)) {
    fail('not_finite', path, `${fn}: ${path} is ${describe(value)}; expected a finite number.`);
  }
  return value;
}

/**
 * Checks a number is finite and ≥ 0.
 *
 * @internal
 */
export function nonNegativeNumber(value: unknown, path: string, fn: string): number {
  const x = finiteNumber(value, path, fn);
  if (x < 0) negative(x, path, fn);
  return x;
}

/** Throws the error of {@link nonNegativeNumber} for a negative number. */
function negative(x: number, path: string, fn: string): never {
  return fail('out_of_range', path, `${fn}: ${path} is ${x}; expected a number ≥ 0.`);
}

/**
 * Checks a number is finite and > 0.
 *
 * @internal
 */
export function positiveNumber(value: unknown, path: string, fn: string): number {
  const x = finiteNumber(value, path, fn);
  if (!(x > 0)) fail('out_of_range', path, `${fn}: ${path} is ${x}; expected a number > 0.`);
  return x;
}

/** Bounds for {@link integer}. */
export interface IntegerBounds {
  /** Smallest allowed value (inclusive). */
  min?: number;
  /** Largest allowed value (inclusive). */
  max?: number;
}

/**
 * Checks a number is a whole number within optional inclusive bounds.
 *
 * @internal
 */
export function integer(value: unknown, path: string, fn: string, bounds: IntegerBounds = {}): number {
  const x = finiteNumber(value, path, fn);
  if (!Number.isInteger(x)) fail('not_integer', path, `${fn}: ${path} is ${x}; expected a whole number.`);
  if (x < (bounds.min ?? Number.NEGATIVE_INFINITY)) {
    fail('out_of_range', path, `${fn}: ${path} is ${x}; expected a whole number ≥ ${bounds.min}.`);
  }
  if (x > (bounds.max ?? Number.POSITIVE_INFINITY)) {
    fail('out_of_range', path, `${fn}: ${path} is ${x}; expected a whole number ≤ ${bounds.max}.`);
  }
  return x;
}


/**
 * Checks a probability-like level lies strictly inside (0, 1), e.g. a confidence of 0.95 or an alpha of 0.05.
 *
 * @internal
 */
export function openUnitInterval(value: unknown, path: string, fn: string): number {
  const x = finiteNumber(value, path, fn);
  // The hint reads 10–100 as a percent (95 → 0.95, an alpha of 10 → 0.1), a confidence only from 50. Below that it
  // gives the usual levels: an alpha of 5 may be 5 % or 500 %, and 1.5 is not "1.5 %" confidence. Not
  // src/internal/percentHint.ts, whose two readings would take wilsonInterval's bundle over its 5 KiB.
  if (!(x > 0 && x < 1)) {
    fail(
      'out_of_range',
      path,
      `${fn}: ${path} is ${x}; expected a number strictly between 0 and 1.`,
      x >= (path.endsWith('confidence') ? 50 : 10) && x < 100 ? `write ${x} % as ${Number((x / 100).toPrecision(12))}` : 'usual: 0.95 (confidence), 0.05 (alpha)',
    );
  }
  return x;
}

/**
 * How to fix a coordinate out of range: beyond 360 it is almost surely projected (metres or feet), otherwise a
 * typo or a wrong column.
 */
function rangeHint(coordinate: number): string {
  return Math.abs(coordinate) > 360
    ? 'pass WGS84 degrees [lng, lat] (EPSG:4326); numbers this large are usually projected coordinates (metres or feet, e.g. State Plane), so reproject them first'
    : 'pass WGS84 degrees [lng, lat] with longitude in [-180, 180] and latitude in [-90, 90]; check the column the value came from';
}

/**
 * Checks a position is a finite `[lng, lat]` pair with longitude in [−180, 180] and latitude in [−90, 90].
 * A latitude out of range whose longitude would be a valid latitude gets the hint that the order looks swapped.
 *
 * @internal
 */
export function position(value: unknown, path: string, fn: string): readonly [number, number] {
  // No length test: an array shorter than 2 has no number at [1].
  if (Array.isArray(value)) {
    const lng: unknown = value[0];
    const lat: unknown = value[1];
    // The range tests are false for NaN, and ±Infinity is out of range: a position that passes is finite.
    if (typeof lng === 'number' && typeof lat === 'number' && lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90) return [lng, lat];
  }
  return invalidPosition(value, path, fn);
}

/**
 * Throws the error for a value that {@link position} rejects: not a pair, not finite numbers, the latitude out of
 * range, else the longitude.
 */
function invalidPosition(value: unknown, path: string, fn: string): never {
  if (!Array.isArray(value) || value.length < 2) {
    fail('invalid_position', path, `${fn}: ${path} is ${describe(value)}; expected a position [lng, lat].`);
  }
  const lng: unknown = value[0];
  const lat: unknown = value[1];
  if (!isFiniteNumber(lng) || !isFiniteNumber(lat)) {
    fail(
      'invalid_position',
      path,
      `${fn}: ${path} is [${describe(lng)}, ${describe(lat)}]; expected finite numbers [lng, lat] in degrees.`,
    );
  }
  if (lat < -90 || lat > 90) {
    const swapped = lng >= -90 && lng <= 90 && lat >= -180 && lat <= 180;
    fail(
      'invalid_position',
      path,
      `${fn}: ${path} has latitude ${lat}, outside [-90, 90]; ${swapped ? `write [${lat}, ${lng}]` : `${rangeHint(lat)}.`}`,
      swapped ? 'positions are [lng, lat] — swapped?' : undefined,
    );
  }
  // The latitude is in range, so the longitude is the one outside [-180, 180].
  // Rounded to 10 decimals so 238.11 reads as -121.89, not -121.88999999999999.
  const wrapped = lng > 180 && lng <= 360 ? Number((lng - 360).toFixed(10)) : null;
  return fail(
    'invalid_position',
    path,
    wrapped === null
      ? `${fn}: ${path} has longitude ${lng}, outside [-180, 180]; ${rangeHint(lng)}.`
      : `${fn}: ${path} has longitude ${lng}, outside [-180, 180]; a longitude east of 180 counted from 0 to 360 is ${wrapped} — write [${wrapped}, ${lat}].`,
  );
}

/** `Number.isFinite` as a type guard: it is false for anything that is not a number. */
function isFiniteNumber(value: unknown): value is number {
  return Number.isFinite(value);
}

/**
 * Checks every entry of an array of positions; returns their coordinates packed as
 * `Float64Array [lng0, lat0, lng1, lat1, …]` for hot loops.
 *
 * @internal
 */
export function positions(values: unknown, path: string, fn: string): Float64Array {
  if (!Array.isArray(values)) fail('invalid_type', path, `${fn}: ${path} is ${describe(values)}; expected an array of [lng, lat] positions.`);
  const packed = new Float64Array(values.length * 2);
  for (let i = 0; i < values.length; i++) {
    const value: unknown = values[i];
    // The same test as position's, inline: no pair is allocated, and the path string is built only for a bad entry.
    if (Array.isArray(value)) {
      const lng: unknown = value[0];
      const lat: unknown = value[1];
      if (typeof lng === 'number' && typeof lat === 'number' && lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90) {
        packed[2 * i] = lng;
        packed[2 * i + 1] = lat;
        continue;
      }
    }
    invalidPosition(value, `${path}[${i}]`, fn);
  }
  return packed;
}

/**
 * Checks two arrays line up.
 *
 * @internal
 */
export function sameLength(
  a: { readonly length: number },
  b: { readonly length: number },
  pathA: string,
  pathB: string,
  fn: string,
): void {
  if (a.length !== b.length) {
    fail(
      'length_mismatch',
      pathB,
      `${fn}: ${pathB} has ${b.length} entries but ${pathA} has ${a.length}; pass one entry per item of ${pathA}.`,
    );
  }
}

/** Options of {@link weights}. */
export interface WeightsOptions {
  /** Reject weights that sum to 0 (default true). */
  requirePositiveTotal?: boolean;
}

/**
 * Checks a weight array: one finite, non-negative weight per item and (by default) a positive total.
 * Returns the weights as a `Float64Array` and their total.
 *
 * @internal
 */
export function weights(
  values: unknown,
  n: number,
  path: string,
  fn: string,
  options: WeightsOptions = {},
): { weights: Float64Array; total: number } {
  if (!Array.isArray(values) && !ArrayBuffer.isView(values)) {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(values)}; expected an array of weights.`);
  }
  const source = values as ArrayLike<unknown>;
  if (source.length !== n) {
    fail('length_mismatch', path, `${fn}: ${path} has ${source.length} weights for ${n} values; pass one weight per value.`);
  }
  const out = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const value = source[i];
    // The path string is built only for a bad weight: building it for every item dominated large inputs.
    const w = typeof value === 'number' && value >= 0 && value < Number.POSITIVE_INFINITY ? value : invalidWeight(value, `${path}[${i}]`, fn);
    out[i] = w;
    total += w;
  }
  representable(total, path, fn, `the sum of ${path}`, 'divide every weight by a common factor (shares and means do not change)');
  if ((options.requirePositiveTotal ?? true) && !(total > 0)) {
    fail('out_of_range', path, `${fn}: ${path} sum to 0; at least one weight must be positive.`);
  }
  return { weights: out, total };
}

/**
 * Throws the error of {@link nonNegativeNumber} for a weight that is not a finite number ≥ 0: not a number, not
 * finite, else negative.
 */
function invalidWeight(value: unknown, path: string, fn: string): never {
  return negative(finiteNumber(value, path, fn), path, fn);
}

/** A calendar date split into its parts. */
export interface CalendarDate {
  /** Four-digit year. */
  readonly year: number;
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month, 1–31. */
  readonly day: number;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a year is a leap year in the proleptic Gregorian calendar.
 *
 * @internal
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month of a year (month 1–12).
 *
 * @internal
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Checks a `YYYY-MM-DD` date string names a real calendar date and returns its parts. The string is never
 * handed to `Date`, so no time zone can shift it by a day.
 *
 * @internal
 */
export function dateString(value: unknown, path: string, fn: string): CalendarDate {
  if (typeof value !== 'string') {
    fail('invalid_date', path, `${fn}: ${path} is ${describe(value)}; expected a date string "YYYY-MM-DD".`);
  }
  const match = DATE_PATTERN.exec(value);
  if (match === null) {
    fail('invalid_date', path, `${fn}: ${path} is ${describe(value)}; expected a date string "YYYY-MM-DD", e.g. "2025-07-01".`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) {
    const nearest = nearestValidDate(year, month, day);
    fail('invalid_date', path, `${fn}: ${path} is "${value}", which has month ${month}; months run 01–12 — did you mean "${nearest}"?`);
  }
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    const nearest = nearestValidDate(year, month, day);
    fail('invalid_date', path, `${fn}: ${path} is "${value}", which does not exist; ${year}-${match[2]} has ${last} days — did you mean "${nearest}"?`);
  }
  return { year, month, day };
}

/**
 * The real date nearest to an impossible `year-month-day`, for an error's fix hint: day and month swapped when
 * that makes a real date (`2025-13-05` → `2025-05-13`), else the month clamped to 1–12 and the day to the
 * month's length (`2025-02-30` → `2025-02-28`, `2025-04-00` → `2025-04-01`).
 *
 * @internal
 */
export function nearestValidDate(year: number, month: number, day: number): string {
  const two = (x: number): string => String(x).padStart(2, '0');
  const yyyy = String(year).padStart(4, '0');
  if (month > 12 && day >= 1 && day <= 12 && month <= daysInMonth(year, day)) return `${yyyy}-${two(day)}-${two(month)}`;
  const m = Math.min(12, Math.max(1, month));
  const d = Math.min(daysInMonth(year, m), Math.max(1, day));
  return `${yyyy}-${two(m)}-${two(d)}`;
}

/**
 * Compares two `YYYY-MM-DD` strings already validated by {@link dateString}: negative, 0 or positive.
 *
 * @internal
 */
export function compareDateStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One observation of a yearly series. */
export interface YearValue {
  /** The (calendar, program or fiscal) year. */
  readonly year: number;
  /** The observed value. */
  readonly value: number;
}

/**
 * Checks a yearly series — whole years, finite values, no year twice — and returns a sorted copy.
 *
 * @internal
 */
export function yearSeries(series: unknown, path: string, fn: string): YearValue[] {
  if (!Array.isArray(series)) {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(series)}; expected an array of { year, value }.`);
  }
  const out: YearValue[] = [];
  const seen = new Map<number, number>();
  for (let i = 0; i < series.length; i++) {
    const point: unknown = series[i];
    if (point === null || typeof point !== 'object') {
      fail('invalid_type', `${path}[${i}]`, `${fn}: ${path}[${i}] is ${describe(point)}; expected { year, value }.`);
    }
    const record = point as { year?: unknown; value?: unknown };
    const year = integer(record.year, `${path}[${i}].year`, fn);
    const value = finiteNumber(record.value, `${path}[${i}].value`, fn);
    const earlier = seen.get(year);
    if (earlier !== undefined) {
      fail(
        'duplicate',
        `${path}[${i}].year`,
        `${fn}: ${path}[${i}].year is ${year}, already given at ${path}[${earlier}]; a series has one value per year — combine the two (sum the counts, or recompute the rate from the summed counts) or drop the one that does not belong (a fiscal and a calendar year mixed?).`,
      );
    }
    seen.set(year, i);
    out.push({ year, value });
  }
  out.sort((a, b) => a.year - b.year);
  return out;
}

/**
 * Whether `value` is a plain record: an object that is neither null nor an array (JSON's object).
 *
 * @internal
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Checks an options argument — the one policy of every export: absent is `{}`; otherwise a plain object whose keys
 * are all documented (`allowed`). An unknown key, usually a typo (`weight` for `weights`), throws `unknown_key`
 * with the nearest valid name as a hint, rather than being ignored while the function returns a result computed
 * without it.
 *
 * @internal
 */
export function optionsObject(options: unknown, allowed: readonly string[], fn: string, path = 'options'): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail(
      'invalid_type',
      path,
      `${fn}: ${path} is ${describe(options)}; expected an options object${allowed.length === 0 ? '' : ` with ${allowed.slice(0, 4).join(', ')}${allowed.length > 4 ? ' …' : ''}`}.`,
    );
  }
  knownKeys(options, allowed, path, fn);
  return options as Record<string, unknown>;
}

/**
 * Checks that an options object has only known keys; an unknown key (usually a typo) gets the nearest valid
 * name as a hint.
 *
 * @internal
 */
export function knownKeys(value: object, allowed: readonly string[], path: string, fn: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      const nearest = nearestName(key, allowed);
      fail(
        'unknown_key',
        path === '' ? key : `${path}.${key}`,
        `${fn}: ${path === '' ? '' : `${path} has `}unknown option "${key}"; allowed: ${allowed.length === 0 ? 'none — remove it' : allowed.join(', ')}.`,
        nearest === undefined ? undefined : `did you mean "${nearest}"?`,
      );
    }
  }
}

/**
 * The allowed name closest to `name` by edit distance, when it is close enough to be a likely typo.
 *
 * @internal
 */
export function nearestName(name: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const lower = name.toLowerCase();
  for (const candidate of allowed) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/**
 * Levenshtein distance between two strings (insert, delete, substitute each cost 1).
 *
 * @internal
 */
export function editDistance(a: string, b: string): number {
  // Stryker disable next-line ArrayDeclaration: equivalent — every index 0…b.length is assigned in the first loop below, so an array that grows gives the same distances
  const previous = new Array<number>(b.length + 1);
  // Stryker disable next-line ArrayDeclaration: equivalent — every index read is assigned first (current[0] = i, then j = 1…b.length in order), so an array that grows gives the same distances
  const current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    for (let j = 0; j <= b.length; j++) previous[j] = current[j] ?? 0;
  }
  return previous[b.length] ?? 0;
}

/** The largest household size the library accepts; a larger value is almost certainly a data error. */
export const MAX_HOUSEHOLD_SIZE = 30;

/**
 * Checks a household size is a whole number in [1, 30]; the message says how to correct the record. Shared by
 * the eligibility functions and `evaluateGoal`.
 *
 * @internal
 */
export function householdSize(value: unknown, path: string, fn: string): number {
  // A value that is not a whole number gets integer's error (wrong type, not finite, or a fraction).
  if (!isWholeNumber(value)) return integer(value, path, fn);
  if (value >= 1 && value <= MAX_HOUSEHOLD_SIZE) return value;
  return fail(
    'out_of_range',
    path,
    value <= 0
      ? `${fn}: ${path} is ${value}; a household has between 1 and ${MAX_HOUSEHOLD_SIZE} persons — the size counts everyone who lives there, the applicant included, so set it to the number of members (at least 1) or leave the record out until it is corrected.`
      : `${fn}: ${path} is ${value}; a household has between 1 and ${MAX_HOUSEHOLD_SIZE} persons — a larger size is almost surely a data-entry error (an extra digit, or several households counted as one); correct the record.`,
  );
}

/** `Number.isInteger` as a type guard: a whole number is a finite number. */
function isWholeNumber(value: unknown): value is number {
  return Number.isInteger(value);
}
