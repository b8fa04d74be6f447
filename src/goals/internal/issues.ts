/**
 * Turns zod issues into {@link EquityLensIssue}s: a readable path (`indicators[0].parityBand.relative`), a stable
 * code, and a message that starts with the function name, says what was found and how to fix it. Unknown keys
 * get the nearest valid name as a hint; unions report the branch the input was evidently meant to be.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { describe, type EquityLensErrorCode, type EquityLensIssue } from '../../internal/errors.ts';
import { nearestName } from '../../internal/validate.ts';

type PathSegment = PropertyKey;

/** Writes a path as `indicators[0].parityBand.relative`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

const CODES: ReadonlySet<unknown> = new Set<EquityLensErrorCode>([
  'invalid_type',
  'not_finite',
  'out_of_range',
  'not_integer',
  'invalid_date',
  'duplicate',
  'empty',
  'unknown_key',
  'missing_field',
  'not_found',
  'invalid_value',
]);

/** Operator spellings people write for the filter operators. */
const OPERATOR_ALIASES: ReadonlyMap<string, string> = new Map([
  ['=', 'eq'],
  ['==', 'eq'],
  ['===', 'eq'],
  ['equals', 'eq'],
  ['equal', 'eq'],
  ['is', 'eq'],
  ['!=', 'ne'],
  ['!==', 'ne'],
  ['<>', 'ne'],
  ['neq', 'ne'],
  ['notequal', 'ne'],
  ['<', 'lt'],
  ['<=', 'lte'],
  ['le', 'lte'],
  ['>', 'gt'],
  ['>=', 'gte'],
  ['ge', 'gte'],
  ['nin', 'notIn'],
  ['not_in', 'notIn'],
  ['notin', 'notIn'],
  ['oneof', 'in'],
  ['includes', 'contains'],
  ['has', 'contains'],
  ['range', 'between'],
  ['present', 'exists'],
  ['exist', 'exists'],
]);

function suggestion(value: unknown, allowed: readonly string[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  const alias = OPERATOR_ALIASES.get(value.toLowerCase());
  // Stryker disable next-line ConditionalExpression: equivalent — allowed holds strings only, so includes(undefined) is false anyway; the test narrows the type
  if (alias !== undefined && allowed.includes(alias)) return `did you mean "${alias}"?`;
  const nearest = nearestName(value, allowed);
  return nearest === undefined ? undefined : `did you mean "${nearest}"?`;
}

function expectedWord(expected: string): string {
  switch (expected) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a finite number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'tuple':
      return 'a list of fixed length';
    case 'object':
      return 'an object';
    default:
      return expected;
  }
}

/** Describes a raw value for a message: strings quoted, objects and arrays by kind. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return describe(value);
}

function descriptionOf(schema: unknown): string | undefined {
  // Stryker disable next-line ConditionalExpression, LogicalOperator: equivalent — zod passes the failing schema with every issue; the guard keeps the registry lookup from throwing were it ever absent
  if (schema === null || typeof schema !== 'object') return undefined;
  const meta = z.globalRegistry.get(schema as z.ZodType);
  return typeof meta?.description === 'string' ? meta.description : undefined;
}

/**
 * The error map used while parsing: writes the tail of each message (after the path) in the library's voice;
 * for unknown keys, the allowed names of the object, so the translator can suggest the nearest.
 */
function errorMap(): z.core.$ZodErrorMap {
  return (issue) => {
    const input: unknown = issue.input;
    switch (issue.code) {
      case 'unrecognized_keys': {
        // Several union branches may reject keys of the same object, so the allowed names travel in the message.
        // The failing schema: an object (its fields) or a record with enumerated keys (no shape).
        const { shape } = (issue.inst as unknown as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def;
        return `${ALLOWED_PREFIX}${Object.keys(shape ?? {}).join(', ')}`;
      }
      case 'invalid_type': {
        if (input === undefined) {
          const help = descriptionOf(issue.inst);
          return help === undefined ? 'is missing; add it.' : `is missing; add it: ${help}`;
        }
        return `is ${shown(input)}; expected ${expectedWord(issue.expected)}.`;
      }
      case 'too_small': {
        if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'is empty; write a value.';
        if (issue.origin === 'array') return `has ${Array.isArray(input) ? input.length : 0} items; list at least ${String(issue.minimum)}.`;
        return `is ${shown(input)}; expected a value ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}.`;
      }
      case 'too_big': {
        if (issue.origin === 'array') return `has ${Array.isArray(input) ? input.length : 0} items; list at most ${String(issue.maximum)}.`;
        return `is ${shown(input)}; expected a value ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}.`;
      }
      case 'invalid_format':
        if (issue.format === 'date') return `is ${shown(input)}, not a real calendar date written YYYY-MM-DD; write e.g. "2025-07-01".`;
        return `is ${shown(input)}; it does not have the expected format (${issue.format}).`;
      case 'invalid_value':
        return `is ${shown(input)}; expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
      case 'invalid_union':
        return `is ${shown(input)}; ${GENERIC_UNION_MESSAGE}`;
      default:
        return `is ${shown(input)}; ${issue.message ?? 'invalid value'}.`;
    }
  };
}

interface Translation {
  readonly fn: string;
  readonly rootLabel: string;
}

type AnyIssue = z.core.$ZodIssue & { input?: unknown };

/**
 * How far a union's branch is from the input (lower is nearer): the whole value of another type 100, unknown
 * fields 50, a missing field (or a nested union's missing discriminator) 10, any other problem 1.
 */
function branchScore(issues: readonly AnyIssue[]): number {
  let score = 0;
  for (const issue of issues) {
    if (issue.path.length === 0) score += issue.code === 'unrecognized_keys' ? 50 : 100;
    else if (issue.input === undefined || missingDiscriminator(issue)) score += 10;
    else score += 1;
  }
  return score;
}

const ALLOWED_PREFIX = 'has unknown fields; allowed: ';
const GENERIC_UNION_MESSAGE = 'it matches none of the allowed forms.';

/**
 * A discriminated union whose discriminator matched none of its options: the discriminator, the options and the
 * value found (undefined when missing). zod reports a value that is not an object as a wrong type, so the input
 * here is the object that holds the discriminator.
 */
function unmatchedDiscriminator(issue: AnyIssue): { key: string; options: readonly unknown[]; value: unknown } | undefined {
  const { discriminator, options } = issue as { discriminator?: string; options?: readonly unknown[] };
  if (discriminator === undefined) return undefined;
  return { key: discriminator, options: options as readonly unknown[], value: (issue.input as Record<string, unknown>)[discriminator] };
}

function missingDiscriminator(issue: AnyIssue): boolean {
  const unmatched = unmatchedDiscriminator(issue);
  return unmatched !== undefined && unmatched.value === undefined;
}

/** A union branch that failed on the type of the whole value (a wrong type stops zod's checks: its only issue). */
function wrongTypeAtRoot(branch: readonly AnyIssue[]): boolean {
  const first = branch[0] as AnyIssue;
  return first.path.length === 0 && first.code === 'invalid_type';
}

function where(path: readonly PathSegment[], t: Translation): string {
  return path.length === 0 ? t.rootLabel : formatPath(path);
}

function push(out: EquityLensIssue[], code: EquityLensErrorCode, path: string, message: string, hint?: string): void {
  out.push(hint === undefined ? { code, path, message } : { code, path, message, hint });
}

function translateAll(issues: readonly AnyIssue[], prefix: readonly PathSegment[], t: Translation, out: EquityLensIssue[]): void {
  for (const issue of issues) translateOne(issue, prefix, t, out);
}

function translateOne(issue: AnyIssue, prefix: readonly PathSegment[], t: Translation, out: EquityLensIssue[]): void {
  const path = [...prefix, ...issue.path];
  const at = where(path, t);
  switch (issue.code) {
    case 'unrecognized_keys': {
      // The allowed names travel in the message written by errorMap (not when the schema has its own message).
      const allowed = issue.message.startsWith(ALLOWED_PREFIX) ? issue.message.slice(ALLOWED_PREFIX.length).split(', ').filter((k) => k !== '') : [];
      const fix = allowed.length === 0 ? 'remove it.' : `allowed fields: ${allowed.join(', ')}.`;
      for (const key of issue.keys) push(out, 'unknown_key', formatPath([...path, key]), `${t.fn}: ${at} has unknown field "${key}"; ${fix}`, suggestion(key, allowed));
      return;
    }
    case 'invalid_union': {
      const unmatched = unmatchedDiscriminator(issue);
      if (unmatched !== undefined) {
        const { key, options, value } = unmatched;
        const list = options.map((o) => JSON.stringify(o)).join(', ');
        if (value === undefined) {
          push(out, 'missing_field', formatPath(path), `${t.fn}: ${at} is missing; add ${key}: one of ${list}.`);
        } else {
          const names = options.filter((o): o is string => typeof o === 'string');
          push(out, 'invalid_value', formatPath(path), `${t.fn}: ${at} is ${shown(value)}, not a known ${key}; use one of ${list}.`, suggestion(value, names));
        }
        return;
      }
      // A failing union has at least one branch, and each failing branch at least one issue.
      const branches = issue.errors as readonly (readonly AnyIssue[])[];
      const allWrongType = branches.every(wrongTypeAtRoot);
      if (allWrongType && !issue.message.endsWith(GENERIC_UNION_MESSAGE)) {
        push(out, issue.input === undefined ? 'missing_field' : 'invalid_type', formatPath(path), `${t.fn}: ${at} ${issue.message}`);
        return;
      }
      if (allWrongType) {
        const expected = [...new Set(branches.flatMap((b) => b.map((i) => expectedWord((i as { expected: string }).expected))))];
        const value = issue.input;
        const code: EquityLensErrorCode = value === undefined ? 'missing_field' : 'invalid_type';
        const found = value === undefined ? 'is missing' : `is ${shown(value)}`;
        push(out, code, formatPath(path), `${t.fn}: ${at} ${found}; expected ${expected.join(' or ')}.`);
        return;
      }
      let best = branches[0] as readonly AnyIssue[];
      let bestScore = Number.POSITIVE_INFINITY;
      for (const branch of branches) {
        const score = branchScore(branch);
        if (score < bestScore) {
          bestScore = score;
          best = branch;
        }
      }
      translateAll(best, path, t, out);
      return;
    }
    case 'invalid_type': {
      const code: EquityLensErrorCode =
        issue.input === undefined ? 'missing_field' : issue.expected === 'int' ? 'not_integer' : 'invalid_type';
      push(out, code, formatPath(path), `${t.fn}: ${at} ${issue.message}`);
      return;
    }
    case 'too_small': {
      const empty = (issue.origin === 'string' || issue.origin === 'array') && Number(issue.minimum) === 1;
      push(out, empty ? 'empty' : 'out_of_range', formatPath(path), `${t.fn}: ${at} ${issue.message}`);
      return;
    }
    case 'too_big':
      push(out, 'out_of_range', formatPath(path), `${t.fn}: ${at} ${issue.message}`);
      return;
    case 'invalid_format':
      push(out, issue.format === 'date' ? 'invalid_date' : 'invalid_value', formatPath(path), `${t.fn}: ${at} ${issue.message}`);
      return;
    case 'invalid_value': {
      const allowed = issue.values.filter((v): v is string => typeof v === 'string');
      push(out, 'invalid_value', formatPath(path), `${t.fn}: ${at} ${issue.message}`, suggestion(issue.input, allowed));
      return;
    }
    case 'custom': {
      const wanted = (issue.params as { code?: unknown } | undefined)?.code;
      const code = CODES.has(wanted) ? (wanted as EquityLensErrorCode) : 'invalid_value';
      push(out, code, formatPath(path), `${t.fn}: ${at} ${issue.message}`);
      return;
    }
    default:
      push(out, 'invalid_value', formatPath(path), `${t.fn}: ${at} ${issue.message}`);
  }
}

/** The outcome of {@link parseWithIssues}. */
export type ParseOutcome<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: EquityLensIssue[] };

/**
 * Parses `input` with `schema`; on failure returns every problem as an {@link EquityLensIssue} whose message
 * starts with `fn` and names the path (the root is called `rootLabel`; `prefix` is prepended to every path).
 */
export function parseWithIssues<T>(
  schema: z.ZodType<T>,
  input: unknown,
  fn: string,
  rootLabel: string,
  prefix: readonly PropertyKey[] = [],
): ParseOutcome<T> {
  const result = schema.safeParse(input, { reportInput: true, error: errorMap() });
  if (result.success) return { success: true, data: result.data };
  const out: EquityLensIssue[] = [];
  translateAll(result.error.issues as readonly AnyIssue[], prefix, { fn, rootLabel }, out);
  return { success: false, issues: dropEchoes(out) };
}

/**
 * Keeps one issue per path once a field is reported empty: zod's later checks would repeat it. A misspelled
 * field is reported once, as an unknown field with the suggestion: the "missing" report of the field it was
 * meant to be (or of the object left empty) is dropped.
 */
function dropEchoes(issues: readonly EquityLensIssue[]): EquityLensIssue[] {
  const misspeltIn = new Set<string>();
  const explained = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unknown_key') continue;
    // Stryker disable next-line Regex: equivalent — a key's path ends in .name, ["name"] or is the name alone, and the earlier alternatives match first wherever the unanchored last one could
    const parent = issue.path.replace(/(\.[^.[\]]+|\["[^\]]*"\]|^[^.[\]]+)$/, '');
    misspeltIn.add(parent);
    // Stryker disable next-line Regex, StringLiteral: equivalent — every hint is written by suggestion() in exactly this form, and no other text matches
    const meant = /^did you mean "(.+)"\?$/.exec(issue.hint ?? '')?.[1];
    // Stryker disable next-line ConditionalExpression: equivalent — without a hint it would add parent.undefined, a path no goal field has
    if (meant !== undefined) explained.add(parent === '' ? meant : `${parent}.${meant}`);
  }
  const settled = new Set<string>();
  const out: EquityLensIssue[] = [];
  for (const issue of issues) {
    if (settled.has(issue.path)) continue;
    if (issue.code === 'missing_field' && (misspeltIn.has(issue.path) || explained.has(issue.path))) continue;
    // zod reports nothing else at a path it finds missing (a missing value stops its checks), only after "empty".
    if (issue.code === 'empty') settled.add(issue.path);
    out.push(issue);
  }
  return out;
}
