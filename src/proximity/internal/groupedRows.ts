/**
 * Reads records through accessors into packed arrays for the by-group summaries.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import { GroupIndex } from '../../internal/groups.ts';
import { nonNegativeNumber, position } from '../../internal/validate.ts';
import type { Position } from '../types.ts';

/** Accessors shared by the by-group functions. */
export interface GroupAccessors<T> {
  /** Omitted with a travel-cost matrix (then `packed` is empty). */
  readonly location?: (row: T) => Position;
  readonly by: (row: T) => string;
  readonly weight?: (row: T) => number;
}

/** Packed rows. */
export interface GroupedRows {
  readonly packed: Float64Array;
  readonly groupOf: Int32Array;
  readonly weights: Float64Array;
  readonly groups: GroupIndex;
}

/** Validates the accessors and reads every row. */
export function readGroupedRows<T>(rows: readonly T[], options: GroupAccessors<T>, fn: string): GroupedRows {
  if (!Array.isArray(rows)) fail('invalid_type', 'rows', `${fn}: rows is ${describe(rows)}; expected an array of records.`);
  for (const key of options.location === undefined && !('location' in options) ? (['by'] as const) : (['location', 'by'] as const)) {
    if (typeof options[key] !== 'function') {
      fail('missing_field', `options.${key}`, `${fn}: options.${key} is ${describe(options[key])}; pass an accessor, e.g. { ${key}: (row) => row.${key === 'location' ? 'location' : 'district'} }.`);
    }
  }
  if (options.weight !== undefined && typeof options.weight !== 'function') {
    fail('invalid_type', 'options.weight', `${fn}: options.weight is ${describe(options.weight)}; pass an accessor (row) => number, or leave it out.`);
  }
  const n = rows.length;
  const location = options.location;
  const packed = new Float64Array(location === undefined ? 0 : 2 * n);
  const groupOf = new Int32Array(n);
  const weights = new Float64Array(n);
  const groups = new GroupIndex();
  for (let i = 0; i < n; i++) {
    const row = rows[i] as T;
    if (location !== undefined) {
      const [lng, lat] = position(location(row), `rows[${i}] location`, fn);
      packed[2 * i] = lng;
      packed[2 * i + 1] = lat;
    }
    groupOf[i] = groups.idOf(options.by(row), `rows[${i}]`, fn, 'options.by');
    weights[i] = options.weight === undefined ? 1 : nonNegativeNumber(options.weight(row), `rows[${i}] weight`, fn);
  }
  return { packed, groupOf, weights, groups };
}
