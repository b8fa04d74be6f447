/**
 * Validators shared by the eligibility functions: household size, dates as sortable day numbers, table
 * coverage lookups. Each throws an {@link EquityLensError} whose message starts with the calling function.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import { compareDateStrings, dateString } from '../../internal/validate.ts';

export { householdSize, MAX_HOUSEHOLD_SIZE } from '../../internal/validate.ts';

/**
 * Checks a `YYYY-MM-DD` string and returns it as the sortable integer `year × 10000 + month × 100 + day`.
 * Differences of two such keys floor-divided by 10000 give whole years between the dates.
 *
 * @internal
 */
export function dateKey(value: unknown, path: string, fn: string): number {
  const { year, month, day } = dateString(value, path, fn);
  return year * 10000 + month * 100 + day;
}

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The date key of a valid `YYYY-MM-DD` string, or −1 when the string is not a real date (the caller then
 * calls {@link dateKey} for the error). Reads character codes: no regular expression, no allocation.
 *
 * @internal
 */
export function fastDateKey(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return -1;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  let year = 0;
  for (let k = 0; k < 4; k++) {
    const c = value.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    year = year * 10 + c;
  }
  const m1 = value.charCodeAt(5) - 48;
  const m2 = value.charCodeAt(6) - 48;
  const d1 = value.charCodeAt(8) - 48;
  const d2 = value.charCodeAt(9) - 48;
  // The first digits need no check of their own: outside 0–9 they put the month outside 1–12 or the day outside
  // 1–31, which the next lines reject.
  if (m2 < 0 || m2 > 9 || d2 < 0 || d2 > 9) return -1;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1) return -1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 && leap ? 29 : (DAYS[month] as number);
  if (day > last) return -1;
  return year * 10000 + month * 100 + day;
}

/** Formats a date key back to `YYYY-MM-DD`. */
export function formatDateKey(key: number): string {
  const year = Math.floor(key / 10000);
  const month = Math.floor(key / 100) % 100;
  const day = key % 100;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The dated part every parameter table shares. */
export interface DatedTable {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string | undefined;
}

/**
 * The table in force on `asOf` (effectiveFrom ≤ asOf ≤ effectiveTo, both inclusive; no `effectiveTo` means
 * open-ended). A date no table covers is an error: never a silent fallback to the nearest vintage.
 *
 * @internal
 */
export function tableInForce<T extends DatedTable>(
  tables: readonly T[],
  asOf: string,
  asOfPath: string,
  fn: string,
  what: string,
): T {
  for (const table of tables) {
    if (table.effectiveFrom <= asOf && (table.effectiveTo === undefined || asOf <= table.effectiveTo)) return table;
  }
  const coverage = tables.map((t) => `${t.id} ${t.effectiveFrom} to ${t.effectiveTo ?? 'open'}`).join('; ');
  return fail(
    'not_covered',
    asOfPath,
    `${fn}: ${asOfPath} is "${asOf}", which no ${what} table covers (${coverage === '' ? 'no tables' : coverage}); pass a table whose effective dates include it.`,
  );
}

/**
 * Looks a table up by id; an unknown id is a `not_found` error that lists the known ids.
 *
 * @internal
 */
export function tableById<T extends DatedTable>(tables: readonly T[], id: unknown, path: string, fn: string, what: string): T {
  for (const table of tables) if (table.id === id) return table;
  return fail(
    'not_found',
    path,
    `${fn}: ${path} is ${describe(id)}, which names no ${what} table; known ids: ${tables.map((t) => t.id).join(', ')}.`,
  );
}

/**
 * Checks that no two tables of one set overlap in time (a date must select exactly one table).
 *
 * @internal
 */
export function noOverlap(tables: readonly DatedTable[], path: string, fn: string, indices?: readonly number[]): void {
  const sorted = tables.map((t, k) => ({ t, i: indices?.[k] ?? k })).sort((a, b) => compareDateStrings(a.t.effectiveFrom, b.t.effectiveFrom));
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1]!;
    const next = sorted[k]!;
    if (prev.t.effectiveFrom === next.t.effectiveFrom) {
      fail(
        'invalid_value',
        `${path}[${next.i}].effectiveFrom`,
        `${fn}: ${path}[${next.i}] (${next.t.id}) starts ${next.t.effectiveFrom}, the same day as ${path}[${prev.i}] (${prev.t.id}); a date must select one table, so remove one of them or change its effectiveFrom.`,
      );
    }
    if (prev.t.effectiveTo === undefined || prev.t.effectiveTo >= next.t.effectiveFrom) {
      fail(
        'invalid_value',
        `${path}[${next.i}].effectiveFrom`,
        `${fn}: ${path}[${next.i}] (${next.t.id}) starts ${next.t.effectiveFrom}, while ${path}[${prev.i}] (${prev.t.id}) is still in force; give ${prev.t.id} an effectiveTo before ${next.t.effectiveFrom}.`,
      );
    }
  }
}
