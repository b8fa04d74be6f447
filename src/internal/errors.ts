/**
 * The error model shared by every module.
 *
 * Policy: input that a function cannot use throws an {@link EquityLensError}; a value that is mathematically
 * undefined for valid input (a rate whose denominator is 0) is `null` in a structured result with a reason.
 * Nothing returns a silent `NaN`.
 *
 * @module
 */

/**
 * The kinds of problem an {@link EquityLensError} reports. Codes are stable: code that catches an error may
 * branch on them.
 *
 * - `invalid_type`: a value of the wrong type (a string where a number is needed).
 * - `not_finite`: `NaN` or `±Infinity` where a finite number is needed.
 * - `out_of_range`: a number outside its allowed range (a negative population, a probability of 1.2).
 * - `not_integer`: a fractional number where a whole number is needed (a household size of 2.5).
 * - `invalid_position`: a coordinate pair that is not a finite `[lng, lat]` inside the globe's ranges.
 * - `invalid_date`: a date that is not a real calendar date written `YYYY-MM-DD`.
 * - `duplicate`: two entries that must be unique share a key (two values for one year, two indicators with one id).
 * - `length_mismatch`: arrays that must line up have different lengths.
 * - `empty`: an input that must hold at least one item holds none.
 * - `too_short`: a series shorter than the method needs.
 * - `unknown_key`: a field, option or name the function does not know (often a typo).
 * - `missing_field`: a required field is absent.
 * - `not_found`: a name refers to something that does not exist (an absent reference group, an unknown table).
 * - `not_covered`: a date or key outside the coverage of a parameter table.
 * - `invalid_value`: any other value that cannot be used, explained in the message.
 * - `invalid_schema`: a declarative document (goal, rule, table) that fails validation; see `issues`.
 */
export type EquityLensErrorCode =
  | 'invalid_type'
  | 'not_finite'
  | 'out_of_range'
  | 'not_integer'
  | 'invalid_position'
  | 'invalid_date'
  | 'duplicate'
  | 'length_mismatch'
  | 'empty'
  | 'too_short'
  | 'unknown_key'
  | 'missing_field'
  | 'not_found'
  | 'not_covered'
  | 'invalid_value'
  | 'invalid_schema';

/**
 * One problem found in an input: what kind, where, and how to fix it.
 *
 * @category Errors
 */
export interface EquityLensIssue {
  /** The kind of problem. */
  readonly code: EquityLensErrorCode;
  /** Where the problem is, as a path into the input: `"sites[3]"`, `"indicators[0].parityBand.relative"`. */
  readonly path: string;
  /** A sentence that names the function, the field, what was found and how to fix it. */
  readonly message: string;
  /** An optional suggestion, such as the nearest valid field name or "positions are [lng, lat] — swapped?". */
  readonly hint?: string;
}

/** Options of the {@link EquityLensError} constructor. */
export interface EquityLensErrorOptions {
  /** A suggestion shown after the message. */
  hint?: string | undefined;
  /** Every problem found, when a validator reports several at once. Defaults to this one problem. */
  issues?: readonly EquityLensIssue[] | undefined;
  /** The underlying error, when one was caught and translated. */
  cause?: unknown;
}

/**
 * Marks every {@link EquityLensError}. A registered symbol is the same in every copy of the library, so the
 * ESM and CommonJS builds (or two installed versions) recognise each other's errors, where `instanceof` cannot.
 *
 * @internal
 */
export const equityLensErrorBrand: unique symbol = Symbol.for('equity-lens.error');

/**
 * The one error type equity-lens throws for input it cannot use.
 *
 * Every error carries a stable {@link EquityLensErrorCode}, the `path` of the offending field and a message
 * that names the function and says how to fix the input. Validators of declarative documents (goals,
 * eligibility rules, parameter tables) report **every** problem at once in `issues`.
 *
 * To recognise it in a `catch` block, use {@link isEquityLensError}: it also works when an application loads
 * both the ESM and the CommonJS build, where `instanceof` sees two different classes.
 *
 * @category Errors
 * @example
 * ```ts
 * import { EquityLensError } from "./errors.ts";
 *
 * const error = new EquityLensError("out_of_range", "options.radiusKm", "coverage: options.radiusKm is -1; use a positive radius in kilometres.");
 * error.code; // => "out_of_range"
 * error.path; // => "options.radiusKm"
 * error instanceof Error; // => true
 * ```
 */
export class EquityLensError extends Error {
  /** The kind of problem. */
  readonly code: EquityLensErrorCode;
  /** Where the (first) problem is, as a path into the input. */
  readonly path: string;
  /** A suggestion, when there is one. */
  readonly hint: string | undefined;
  /** Every problem found (at least one). */
  readonly issues: readonly EquityLensIssue[];

  /**
   * Creates an error; validators usually call {@link EquityLensError.fromIssues} or the internal `fail` instead.
   *
   * @param code - The kind of problem.
   * @param path - Where the problem is, as a path into the input.
   * @param message - What is wrong and how to fix it, starting with the function's name.
   * @param options - A hint, the full list of issues, or the underlying cause.
   */
  constructor(code: EquityLensErrorCode, path: string, message: string, options: EquityLensErrorOptions = {}) {
    const hint = options.hint;
    super(hint === undefined ? message : `${message} (${hint})`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'EquityLensError';
    Object.defineProperty(this, equityLensErrorBrand, { value: true });
    this.code = code;
    this.path = path;
    this.hint = hint;
    const own: EquityLensIssue = hint === undefined ? { code, path, message } : { code, path, message, hint };
    this.issues = options.issues !== undefined && options.issues.length > 0 ? [...options.issues] : [own];
  }

  /**
   * Builds one error from several issues: the first gives the code and path, the message lists all of them.
   *
   * @param functionName - The function that validated the input, used as the message prefix.
   * @param issues - The problems found; at least one.
   * @param code - The code of the combined error when there are several issues (default `invalid_schema`).
   * @returns An error whose `issues` holds every problem.
   */
  static fromIssues(
    functionName: string,
    issues: readonly EquityLensIssue[],
    code: EquityLensErrorCode = 'invalid_schema',
  ): EquityLensError {
    const first = issues[0];
    if (first === undefined) {
      return new EquityLensError('invalid_value', '', `${functionName}: invalid input.`);
    }
    if (issues.length === 1) {
      return new EquityLensError(first.code, first.path, first.message, { hint: first.hint, issues });
    }
    const lines = issues.map((issue) => `  - ${issue.path || '(root)'}: ${issue.message}${issue.hint ? ` (${issue.hint})` : ''}`);
    const message = `${functionName}: ${issues.length} problems found:\n${lines.join('\n')}`;
    return new EquityLensError(code, first.path, message, { issues });
  }
}

/**
 * Throws an {@link EquityLensError}. A helper so validators read as one line each.
 *
 * @internal
 */
export function fail(code: EquityLensErrorCode, path: string, message: string, hint?: string): never {
  throw new EquityLensError(code, path, message, { hint });
}

/**
 * Describes a value for an error message without dumping large objects: a number, boolean, null or undefined as
 * written (`true`, `NaN`, `-Infinity`), a string quoted (cut at 40 characters), a bigint as `10n`, anything else
 * by its kind (`an array of length 3`, `an object`, `a function`, `a symbol`).
 *
 * @internal
 */
export function describe(value: unknown): string {
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
