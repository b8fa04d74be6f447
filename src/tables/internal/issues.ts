/**
 * Collects the problems of a mapping document while it is compiled, so one error lists them all.
 *
 * @internal
 * @module
 */
import { EquityLensError, describe, type EquityLensErrorCode, type EquityLensIssue } from '../../internal/errors.ts';
import { nearestName } from '../../internal/validate.ts';

/**
 * A list of mapping problems with helpers for the common checks.
 *
 * @internal
 */
export class MappingIssues {
  readonly list: EquityLensIssue[] = [];
  readonly fn: string;

  constructor(fn: string) {
    this.fn = fn;
  }

  add(code: EquityLensErrorCode, path: string, message: string, hint?: string): void {
    const text = `${this.fn}: ${path === '' ? 'the mapping' : path} ${message}`;
    this.list.push(hint === undefined ? { code, path, message: text } : { code, path, message: text, hint });
  }

  /** Checks a value is a plain object whose keys are all allowed; returns it, or undefined after an issue. */
  object(value: unknown, path: string, allowed: readonly string[], what: string): Readonly<Record<string, unknown>> | undefined {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.add('invalid_type', path, `is ${describe(value)}; expected ${what}.`);
      return undefined;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) {
        const nearest = nearestName(key, allowed);
        this.add('unknown_key', join(path, key), `is not a field of ${what}; allowed: ${allowed.join(', ')}.`, nearest === undefined ? undefined : `did you mean "${nearest}"?`);
      }
    }
    return record;
  }

  /** Checks a non-empty string. */
  text(value: unknown, path: string, what: string): string | undefined {
    if (typeof value !== 'string' || value.trim() === '') {
      this.add(value === undefined ? 'missing_field' : 'invalid_type', path, `is ${describe(value)}; expected ${what}.`);
      return undefined;
    }
    return value;
  }

  /** Checks one of a list of values. */
  oneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T | undefined {
    if ((options as readonly unknown[]).includes(value)) return value as T;
    const nearest = typeof value === 'string' ? nearestName(value, options) : undefined;
    this.add('invalid_value', path, `is ${describe(value)}; use one of ${options.map((o) => JSON.stringify(o)).join(', ')}.`, nearest === undefined ? undefined : `did you mean "${nearest}"?`);
    return undefined;
  }

  /** Checks an array of strings. */
  strings(value: unknown, path: string, what: string): string[] | undefined {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      this.add('invalid_type', path, `is ${describe(value)}; expected ${what} (a list of strings).`);
      return undefined;
    }
    return value as string[];
  }

  /** Throws every collected problem at once. */
  throwIfAny(): void {
    if (this.list.length > 0) throw EquityLensError.fromIssues(this.fn, this.list);
  }
}

/**
 * Joins a path and a key: `households` + `size` → `households.size`; keys that are not identifiers are quoted.
 *
 * @internal
 */
export function join(path: string, key: string | number): string {
  // A number key fails the identifier test and is written as JSON: `[0]`.
  if (/^[A-Za-z_$][\w$]*$/.test(String(key))) return path === '' ? String(key) : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}
