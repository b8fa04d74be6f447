/**
 * Validation without zod, for the tables and policies that compute functions accept from a city
 * (`povertyGuideline(…, { tables })`, `suppressCounts(…, { policy })`). A function that validated them with their
 * zod schema would carry the zod engine (about 88 KiB minified) into every bundle that imports it, even when the
 * bundled tables are used. These checks are the same schemas written with a few plain combinators: each reports
 * the issues its zod schema reports — same codes, paths, English messages (zod 4's `en` locale), order and
 * abort rules — so the errors a city analyst reads do not depend on which of the two validated the input.
 * The zod schemas stay the published form (types, JSON Schema); the differential tests beside each schema
 * (`tests/eligibility/tableChecks.test.ts`, `tests/disclosure/policyChecks.test.ts`) hold the two equal on
 * generated inputs, and `tests/internal/plainChecks.test.ts` holds each combinator equal to its zod counterpart.
 *
 * Covered: `z.string()` with `.min`, `.regex` and `.refine`; `z.number()` / `z.int()` with `.int`, `.gt`, `.min`,
 * `.max`; `z.boolean()`; `z.enum`; `z.array` with `.length` and `.min`; `z.strictObject` with optional fields and
 * a `.superRefine`. Nothing else: a schema that needs more keeps zod.
 *
 * @internal
 * @module
 */

/** One problem, shaped as the zod issue it mirrors (the fields the library's error translations read). */
export interface PlainIssue {
  readonly code: 'invalid_type' | 'too_small' | 'too_big' | 'invalid_value' | 'invalid_format' | 'unrecognized_keys' | 'custom';
  readonly path: PropertyKey[];
  readonly message: string;
  readonly expected?: string;
  readonly origin?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly inclusive?: boolean;
  readonly exact?: boolean;
  readonly format?: string;
  readonly pattern?: string;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  /**
   * zod's flag for the checks that follow on the same value: `true` lets them run, `false` stops them all, absent
   * stops those without a `when` condition (type errors).
   */
  readonly continue?: boolean;
}

/** A check of one value: appends the value's issues, with paths relative to the value. */
export type PlainCheck = (value: unknown, issues: PlainIssue[]) => void;

/** A field of {@link strictObject} that may be absent or `undefined` (zod's `.optional()`). */
export interface OptionalField {
  readonly optional: PlainCheck;
}

/** A message, or zod's `error` function of the failing input. */
export type PlainMessage = string | ((input: unknown) => string);

/** Reports a problem found by a refinement: its path inside the checked value and its message. */
export type ReportIssue = (path: PropertyKey[], message: string) => void;

/** A cross-field rule shared by a zod schema (through `.superRefine`) and its plain check. */
export type Refinement<T> = (value: T, report: ReportIssue) => void;

function messageOf(custom: PlainMessage | undefined, input: unknown, standard: string): string {
  if (custom === undefined) return standard;
  return customMessage(custom, input);
}

/** The message of a check that has no standard one here (a regex or a refinement always comes with its own). */
function customMessage(custom: PlainMessage, input: unknown): string {
  return typeof custom === 'string' ? custom : custom(input);
}

/** zod's `parsedType`: the type name an `invalid_type` message says it received. */
function receivedType(input: unknown): string {
  if (typeof input === 'number') return Number.isFinite(input) ? 'number' : String(input);
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'object') {
    const proto: unknown = Object.getPrototypeOf(input);
    const ctor = (input as { constructor?: { name?: unknown } }).constructor;
    if (proto !== Object.prototype && 'constructor' in input && ctor) return String(ctor.name);
  }
  return typeof input;
}

function invalidType(expected: string, input: unknown, stop?: false): PlainIssue {
  const message = `Invalid input: expected ${expected}, received ${receivedType(input)}`;
  return stop === false ? { code: 'invalid_type', expected, path: [], message, continue: false } : { code: 'invalid_type', expected, path: [], message };
}

function quoted(value: string): string {
  return `"${value}"`;
}

/** Whether a later check without a `when` condition still runs (no issue stopped it). */
function open(issues: readonly PlainIssue[], from: number): boolean {
  for (let i = from; i < issues.length; i++) if ((issues[i] as PlainIssue).continue !== true) return false;
  return true;
}

/** Whether a later size check (zod's `when: has length`) still runs: no issue stopped everything. */
function notStopped(issues: readonly PlainIssue[], from: number): boolean {
  for (let i = from; i < issues.length; i++) if ((issues[i] as PlainIssue).continue === false) return false;
  return true;
}

function prefixed(key: PropertyKey, issues: readonly PlainIssue[], into: PlainIssue[]): void {
  for (const issue of issues) into.push({ ...issue, path: [key, ...issue.path] });
}

/** A check of `z.string()` followed by its checks in order; `typeError` is `z.string({ error })`'s message. */
export type StringRule =
  | { readonly typeError: string }
  | { readonly min: number; readonly message?: PlainMessage }
  | { readonly regex: RegExp; readonly message: PlainMessage }
  | { readonly refine: (value: string) => boolean; readonly message: PlainMessage };

/** Whether zod runs a size check on a value (its `when`: the value is not nullish and has a `length`). */
function hasLength(value: unknown): boolean {
  return value !== null && value !== undefined && (value as { length?: unknown }).length !== undefined;
}

/**
 * A size check of zod (`.min(n)` of strings and arrays, `.length(n)` of arrays) on any value with a length: zod
 * runs it even after a type error, on whatever has a `length` (a string given for an array, an array for a
 * string). Strings are measured in code points, as zod does.
 */
function sizeCheck(value: unknown, rule: 'min' | 'length', n: number, custom: PlainMessage | undefined, issues: PlainIssue[]): void {
  const length = typeof value === 'string' ? [...value].length : (value as { length: number }).length;
  if (rule === 'min' ? length >= n : length === n) return;
  const origin = Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';
  // Stryker disable next-line EqualityOperator: equivalent — a length equal to n has returned above, so > and >= agree
  const big = length > n;
  const adjective = rule === 'length' ? 'exactly ' : '>=';
  const unit = origin === 'array' ? 'items' : origin === 'string' ? 'characters' : '';
  const verb = unit === '' ? `to be ${adjective}${n}` : `to have ${adjective}${n} ${unit}`;
  const message = messageOf(custom, value, `${big ? 'Too big' : 'Too small'}: expected ${origin} ${verb}`);
  const exact = rule === 'length' ? { exact: true } : {};
  issues.push(big
    ? { code: 'too_big', origin, maximum: n, inclusive: true, ...exact, path: [], message, continue: true }
    : { code: 'too_small', origin, minimum: n, inclusive: true, ...exact, path: [], message, continue: true });
}

/** `z.string()` (or `z.string({ error })`) with `.min(n)`, `.regex(re, message)` and `.refine(test, message)`, in the order given. */
export function string(...rules: StringRule[]): PlainCheck {
  return (value, issues) => {
    const start = issues.length;
    if (typeof value !== 'string') {
      const typeError = rules.find((rule) => 'typeError' in rule);
      issues.push(typeError === undefined ? invalidType('string', value) : { ...invalidType('string', value), message: typeError.typeError });
    }
    for (const rule of rules) {
      if ('min' in rule) {
        if (hasLength(value) && notStopped(issues, start)) sizeCheck(value, 'min', rule.min, rule.message, issues);
      } else if ('typeError' in rule || typeof value !== 'string') {
        // z.string({ error }) is no check; zod runs regex and refine only on a string, whose own issues never stop them.
      } else if ('regex' in rule) {
        rule.regex.lastIndex = 0;
        if (rule.regex.test(value)) continue;
        const pattern = rule.regex.toString();
        issues.push({ code: 'invalid_format', origin: 'string', format: 'regex', pattern, path: [], message: customMessage(rule.message, value), continue: true });
      } else if (!rule.refine(value)) {
        issues.push({ code: 'custom', path: [], message: customMessage(rule.message, value), continue: true });
      }
    }
  };
}

/** A check of `z.number()`: `.int()`, `.gt(n)` (`.positive()` is `gt: 0`), `.min(n)` (`gte`), `.max(n)` (`lte`). */
export type NumberRule =
  | { readonly int: true; readonly message?: PlainMessage }
  | { readonly gt: number; readonly message?: PlainMessage }
  | { readonly gte: number; readonly message?: PlainMessage }
  | { readonly lte: number; readonly message?: PlainMessage };

/** `z.number()` (finite numbers only, as zod 4) with its checks in the order given; `z.int()` is `number({ int: true }, …)`. */
export function number(...rules: NumberRule[]): PlainCheck {
  return (input, issues) => {
    if (!Number.isFinite(input)) {
      issues.push(invalidType('number', input));
      return;
    }
    const value = input as number;
    const start = issues.length;
    for (const rule of rules) {
      if (!open(issues, start)) return;
      if ('int' in rule) {
        if (!Number.isInteger(value)) {
          issues.push({ ...invalidType('int', value, false), format: 'safeint', message: messageOf(rule.message, value, `Invalid input: expected int, received number`) });
        } else if (!Number.isSafeInteger(value)) {
          // Stryker disable next-line EqualityOperator: equivalent — 0 is a safe integer and never reaches this branch
          const big = value > 0;
          const bound = big ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
          const standard = big ? `Too big: expected int to be <=${bound}` : `Too small: expected int to be >=${bound}`;
          const message = messageOf(rule.message, value, standard);
          issues.push(big
            ? { code: 'too_big', origin: 'int', maximum: bound, inclusive: true, path: [], message, continue: true }
            : { code: 'too_small', origin: 'int', minimum: bound, inclusive: true, path: [], message, continue: true });
        }
      } else if ('gt' in rule) {
        if (value > rule.gt) continue;
        issues.push({ code: 'too_small', origin: 'number', minimum: rule.gt, inclusive: false, path: [], message: messageOf(rule.message, value, `Too small: expected number to be >${rule.gt}`), continue: true });
      } else if ('gte' in rule) {
        if (value >= rule.gte) continue;
        issues.push({ code: 'too_small', origin: 'number', minimum: rule.gte, inclusive: true, path: [], message: messageOf(rule.message, value, `Too small: expected number to be >=${rule.gte}`), continue: true });
      } else {
        if (value <= rule.lte) continue;
        issues.push({ code: 'too_big', origin: 'number', maximum: rule.lte, inclusive: true, path: [], message: messageOf(rule.message, value, `Too big: expected number to be <=${rule.lte}`), continue: true });
      }
    }
  };
}

/** `z.boolean()`. */
export function boolean(): PlainCheck {
  return (value, issues) => {
    if (typeof value !== 'boolean') issues.push(invalidType('boolean', value));
  };
}

/** `z.enum(values)`. */
export function oneOf(values: readonly string[]): PlainCheck {
  const message = values.length === 1 ? `Invalid input: expected ${quoted(values[0] as string)}` : `Invalid option: expected one of ${values.map(quoted).join('|')}`;
  return (value, issues) => {
    if (!(values as readonly unknown[]).includes(value)) issues.push({ code: 'invalid_value', values, path: [], message });
  };
}

/** A size check of `z.array()`: `.length(n)` or `.min(n)`. */
export type ArrayRule = { readonly length: number; readonly message?: PlainMessage } | { readonly min: number; readonly message?: PlainMessage };

/** `z.array(element)` with its size checks. */
export function array(element: PlainCheck, ...rules: ArrayRule[]): PlainCheck {
  return (value, issues) => {
    const start = issues.length;
    if (!Array.isArray(value)) {
      issues.push(invalidType('array', value));
    } else {
      // zod checks an exact length above its bound before the elements, and then stops (a large array is not walked).
      for (const rule of rules) {
        if ('length' in rule && value.length > rule.length) {
          sizeCheck(value, 'length', rule.length, rule.message, issues);
          issues.push({ ...(issues.pop() as PlainIssue), continue: false });
          return;
        }
      }
      for (let i = 0; i < value.length; i++) {
        const inner: PlainIssue[] = [];
        element(value[i], inner);
        prefixed(i, inner, issues);
      }
    }
    for (const rule of rules) {
      if (!hasLength(value) || !notStopped(issues, start)) return;
      if ('length' in rule) sizeCheck(value, 'length', rule.length, rule.message, issues);
      else sizeCheck(value, 'min', rule.min, rule.message, issues);
    }
  };
}

/** `.optional()` of a field of {@link strictObject}. */
export function optional(check: PlainCheck): OptionalField {
  return { optional: check };
}

/**
 * `z.strictObject(shape)`, then `.superRefine(refinement)` when given: the fields in the shape's order, then the
 * unknown keys, then the refinement (which zod runs only when no issue stopped the object's checks).
 */
export function strictObject<T>(shape: Readonly<Record<string, PlainCheck | OptionalField>>, refinement?: Refinement<T>): PlainCheck {
  const keys = Object.keys(shape);
  return (value, issues) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issues.push(invalidType('object', value));
      return;
    }
    const start = issues.length;
    const record = value as Record<string, unknown>;
    for (const key of keys) {
      const field = shape[key] as PlainCheck | OptionalField;
      const fieldValue = record[key];
      if (typeof field !== 'function') {
        if (fieldValue === undefined) continue;
        const inner: PlainIssue[] = [];
        field.optional(fieldValue, inner);
        prefixed(key, inner, issues);
        continue;
      }
      const inner: PlainIssue[] = [];
      field(fieldValue, inner);
      prefixed(key, inner, issues);
    }
    const unknown: string[] = [];
    for (const key in record) if (!keys.includes(key)) unknown.push(key);
    if (unknown.length > 0) {
      const message = `Unrecognized key${unknown.length > 1 ? 's' : ''}: ${unknown.map(quoted).join(', ')}`;
      issues.push({ code: 'unrecognized_keys', keys: unknown, path: [], message, continue: true });
    }
    if (refinement !== undefined && open(issues, start)) {
      refinement(value as T, (path, message) => issues.push({ code: 'custom', path, message, continue: true }));
    }
  };
}

/** The issues of `value` (an empty list when it passes). */
export function plainIssues(check: PlainCheck, value: unknown): PlainIssue[] {
  const issues: PlainIssue[] = [];
  check(value, issues);
  return issues;
}
