/**
 * The two non-values a cell reader returns: missing, or a failure that says why.
 *
 * @internal
 * @module
 */
import type { TableProblemCode } from '../types.ts';

/**
 * A cell that holds nothing: `null`, `undefined`, `NaN`, blank or a missing token.
 *
 * @internal
 */
export const MISSING: unique symbol = Symbol('missing');

/**
 * Why a cell could not be read. Built only on the slow path (bad cells are rare), so readers allocate nothing
 * for good cells.
 *
 * @internal
 */
export class Failure {
  /** The problem code. */
  readonly code: TableProblemCode;
  /** What was wrong, without the fix (the caller adds the field and the fix). */
  readonly detail: string;
  /** The fix, when the reader knows a better one than the field's generic advice. */
  readonly hint: string | undefined;

  constructor(code: TableProblemCode, detail: string, hint?: string) {
    this.code = code;
    this.detail = detail;
    this.hint = hint;
  }
}

/**
 * A cell's value as text for a problem report: strings as written, numbers and bigints in decimal, dates in ISO,
 * `null` when absent.
 *
 * @internal
 */
export function rawText(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return raw;
  // NaN and ±Infinity as written (JSON would say null); bigints in decimal even where a BigInt toJSON polyfill
  // would quote them. Booleans read the same either way below.
  if (typeof raw === 'number' || typeof raw === 'bigint') return String(raw);
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? 'Invalid Date' : raw.toISOString();
  try {
    const json = JSON.stringify(raw);
    return json === undefined ? String(raw) : json.length > 200 ? `${json.slice(0, 200)}…` : json;
  } catch {
    return String(raw);
  }
}

/**
 * Quotes a cell for a message, shortened.
 *
 * @internal
 */
export function quote(raw: unknown): string {
  const text = rawText(raw);
  if (text === null) return 'blank';
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
