/**
 * Translation of zod validation issues (or the same issues from the plain table checks of `plainChecks.ts`)
 * into {@link EquityLensError}s whose messages name the function, the path and the fix, so a city analyst never
 * sees a raw zod error.
 *
 * @internal
 * @module
 */
import { EquityLensError, type EquityLensErrorCode, type EquityLensIssue } from '../../internal/errors.ts';
import { nearestName } from '../../internal/validate.ts';

/** Formats a zod path (`["criteria", 0, "kind"]`) as `base.criteria[0].kind` (`base` is never empty). */
export function formatPath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

/** The fields of a zod issue that the translation reads. */
export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /** Set on `invalid_union` issues of a discriminated union. */
  readonly discriminator?: string | undefined;
  /** The known discriminator values of such an issue. */
  readonly options?: readonly unknown[] | undefined;
  /** Set on `unrecognized_keys` issues. */
  readonly keys?: readonly string[] | undefined;
}

function issueCode(issue: IssueLike, value: unknown): EquityLensErrorCode {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'missing_field' : 'invalid_type';
    case 'too_small':
    case 'too_big':
      return 'out_of_range';
    case 'unrecognized_keys':
      return 'unknown_key';
    case 'invalid_union':
      return issue.discriminator !== undefined ? 'unknown_key' : 'invalid_value';
    default:
      return 'invalid_value';
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Turns the issues of a failed zod parse into one {@link EquityLensError} listing every problem. An unknown
 * discriminator (a criterion `kind` that does not exist) gets the list of known kinds and the nearest one as a hint.
 *
 * @internal
 */
export function errorFromZod(fn: string, base: string, found: readonly IssueLike[], what: string, input?: unknown): EquityLensError {
  const issues: EquityLensIssue[] = found.map((issue) => {
    const path = formatPath(base, issue.path);
    const code = issueCode(issue, valueAt(input, issue.path));
    if (issue.code === 'invalid_union' && issue.discriminator !== undefined) {
      // zod reports an unknown discriminator at the discriminator itself (`…criteria.kind`), with the known values.
      const options = (issue.options as readonly unknown[]).map(String);
      const fieldPath = path;
      const found = valueAt(input, issue.path);
      const foundText = typeof found === 'string' ? `"${found}"` : String(found);
      const nearest = typeof found === 'string' ? nearestName(found, options) : undefined;
      const message = `${fn}: ${fieldPath} is ${foundText}, an unknown ${issue.discriminator} of ${what}; use one of ${options.join(', ')}.`;
      return nearest === undefined ? { code, path: fieldPath, message } : { code, path: fieldPath, message, hint: `did you mean "${nearest}"?` };
    }
    if (issue.code === 'unrecognized_keys') {
      const unknown = issue.keys as readonly string[]; // always set on unrecognized_keys issues
      const keys = unknown.join(', ');
      return { code, path: unknown.length === 1 ? formatPath(path, [unknown[0] as string]) : path, message: `${fn}: ${path || base} has unknown field(s) ${keys}; remove them or check their spelling.` };
    }
    if (code === 'missing_field') {
      return { code, path, message: `${fn}: ${path} is missing; ${what} needs it (${issue.message}).` };
    }
    return { code, path, message: `${fn}: ${path} is invalid: ${issue.message}; fix ${path} in ${what}.` };
  });
  return EquityLensError.fromIssues(fn, issues);
}
