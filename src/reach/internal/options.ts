/**
 * Validation of the options shared by the targeting functions.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import { openUnitInterval } from '../../internal/validate.ts';
import type { GroupBy, InclusionErrorDenominator } from '../targetingErrors.ts';
import type { Accessor } from './tabulate.ts';

/** One grouping dimension as given by the caller. */
export interface NamedAccessor<T> {
  readonly name: string;
  readonly accessor: Accessor<T, string>;
  /** How the accessor is named in error messages, e.g. `options.by.district`. */
  readonly label: string;
}

/** Checks `rows` is an array. */
export function rowsArray<T>(rows: unknown, fn: string, path = 'rows'): readonly T[] {
  if (!Array.isArray(rows)) fail('invalid_type', path, `${fn}: ${path} is ${describe(rows)}; expected an array of records.`);
  return rows as readonly T[];
}

export { optionsObject } from '../../internal/validate.ts';

/** Checks a required accessor option is a function. */
export function requiredAccessor<F>(options: Record<string, unknown>, name: string, fn: string, hint: string): F {
  const value = options[name];
  if (value === undefined) fail('missing_field', `options.${name}`, `${fn}: options.${name} is missing; pass ${hint}.`);
  if (typeof value !== 'function') fail('invalid_type', `options.${name}`, `${fn}: options.${name} is ${describe(value)}; pass ${hint}.`);
  return value as F;
}

/** Checks an optional accessor option is a function when present. */
export function optionalAccessor<F>(options: Record<string, unknown>, name: string, fn: string, hint: string): F | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'function') fail('invalid_type', `options.${name}`, `${fn}: options.${name} is ${describe(value)}; pass ${hint}.`);
  return value as F;
}

/** The confidence level, default 0.95. */
export function confidenceOption(options: Record<string, unknown>, fn: string): number {
  return options['confidence'] === undefined ? 0.95 : openUnitInterval(options['confidence'], 'options.confidence', fn);
}

/** The inclusion-error denominator, default `'enrolled'`. */
export function inclusionDenominatorOption(options: Record<string, unknown>, fn: string): InclusionErrorDenominator {
  const value = options['inclusionErrorDenominator'];
  if (value === undefined) return 'enrolled';
  if (value !== 'enrolled' && value !== 'ineligible') {
    fail(
      'invalid_value',
      'options.inclusionErrorDenominator',
      `${fn}: options.inclusionErrorDenominator is ${describe(value)}; use "enrolled" (share of beneficiaries who are ineligible) or "ineligible" (share of ineligible households enrolled).`,
    );
  }
  return value;
}

/**
 * Normalises `by` — one accessor, an array of accessors or a record of named accessors — into named dimensions.
 * One accessor is the dimension `"group"`; array entries are named by their index (`"0"`, `"1"` …).
 */
export function groupDimensions<T>(by: GroupBy<T> | undefined, fn: string): NamedAccessor<T>[] {
  if (by === undefined) return [];
  if (typeof by === 'function') return [{ name: 'group', accessor: by, label: 'options.by' }];
  if (Array.isArray(by)) {
    return by.map((accessor: unknown, d) => {
      if (typeof accessor !== 'function') {
        fail('invalid_type', `options.by[${d}]`, `${fn}: options.by[${d}] is ${describe(accessor)}; each grouping key must be a function (row) => string.`);
      }
      return { name: String(d), accessor: accessor as Accessor<T, string>, label: `options.by[${d}]` };
    });
  }
  if (by !== null && typeof by === 'object') {
    return Object.keys(by).map((name) => {
      const accessor: unknown = (by as Record<string, unknown>)[name];
      if (typeof accessor !== 'function') {
        fail('invalid_type', `options.by.${name}`, `${fn}: options.by.${name} is ${describe(accessor)}; each grouping key must be a function (row) => string.`);
      }
      return { name, accessor: accessor as Accessor<T, string>, label: `options.by.${name}` };
    });
  }
  return fail(
    'invalid_type',
    'options.by',
    `${fn}: options.by is ${describe(by)}; pass a function (row) => string, an array of them or an object of named ones.`,
  );
}
