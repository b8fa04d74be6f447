/**
 * Translates zod issues into {@link EquityLensIssue}s whose messages name the calling function, the field,
 * what was found and how to fix it.
 *
 * @internal
 * @module
 */
import type { EquityLensErrorCode, EquityLensIssue } from '../../internal/errors.ts';
import { describe } from '../../internal/errors.ts';
import { nearestName } from '../../internal/validate.ts';

/** The subset of a zod issue this translation reads. */
export interface ZodLikeIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: unknown;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly minimum?: unknown;
  readonly inclusive?: boolean;
  readonly params?: { readonly code?: EquityLensErrorCode } | undefined;
}

// A policy holds no arrays: an issue's path is field names, each inside an object the checks have entered.
function joinPath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const key of path) out += out === '' ? String(key) : `.${String(key)}`;
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) current = (current as Record<PropertyKey, unknown>)[key];
  return current;
}

/**
 * Converts zod issues on `input` into equity-lens issues rooted at `basePath`.
 *
 * @internal
 */
export function translateZodIssues(
  issues: readonly ZodLikeIssue[],
  input: unknown,
  basePath: string,
  fn: string,
  allowedKeys: (path: readonly PropertyKey[]) => readonly string[],
): EquityLensIssue[] {
  const out: EquityLensIssue[] = [];
  for (const issue of issues) {
    const path = joinPath(basePath, issue.path);
    const found = valueAt(input, issue.path);
    const shown = path === '' ? 'the policy' : path;
    let code: EquityLensErrorCode;
    let message: string;
    switch (issue.code) {
      case 'invalid_type':
        // zod (and the plain checks) expect 'int' only of a finite number that is not whole; a non-finite one fails as 'number'.
        if (issue.expected === 'int') {
          code = 'not_integer';
          message = `${fn}: ${shown} is ${describe(found)}; expected a whole number.`;
        } else if (typeof found === 'number' && !Number.isFinite(found)) {
          code = 'not_finite';
          message = `${fn}: ${shown} is ${describe(found)}; expected a finite number.`;
        } else {
          code = 'invalid_type';
          message = `${fn}: ${shown} is ${describe(found)}; expected ${String(issue.expected)}.`;
        }
        break;
      case 'too_small':
        code = 'out_of_range';
        message = `${fn}: ${shown} is ${describe(found)}; expected a value ${issue.inclusive === false ? '>' : '≥'} ${String(issue.minimum)}.`;
        break;
      case 'unrecognized_keys': {
        // One issue lists every unknown key of the object (at least one); each gets its own problem.
        const allowed = allowedKeys(issue.path);
        for (const key of issue.keys as readonly string[]) {
          const nearest = nearestName(key, allowed);
          out.push({
            code: 'unknown_key',
            path: joinPath(basePath, [...issue.path, key]),
            message: `${fn}: ${shown} has unknown field "${key}"; allowed: ${allowed.join(', ')}.`,
            ...(nearest === undefined ? {} : { hint: `did you mean "${nearest}"?` }),
          });
        }
        continue;
      }
      case 'invalid_value':
        code = 'invalid_value';
        // Deprecated spellings stay accepted but are not offered (kebab-case values are 0.1 names: docs/conventions.md).
        // An invalid_value issue lists the allowed values; a policy's are all strings.
        message = `${fn}: ${shown} is ${describe(found)}; expected one of ${(issue.values as readonly string[])
          .filter((v) => !v.includes('-'))
          .map((v) => JSON.stringify(v))
          .join(', ')}.`;
        break;
      // The policy's one upper bound (maxRelativeStandardError ≤ 1) has a message written for it, which says how
      // to fix the value ("is 30; a relative standard error is a fraction … meant as 0.3"): too_big keeps it here.
      default:
        code = issue.params?.code ?? 'out_of_range';
        message = `${fn}: ${shown} ${issue.message}`;
    }
    out.push({ code, path, message });
  }
  return out;
}
