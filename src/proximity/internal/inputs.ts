/**
 * Validation and packing of proximity inputs (records with locations, populations, capacities, radii).
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import { nonNegativeNumber, position, positions, positiveNumber } from '../../internal/validate.ts';

/** Checks an array argument and returns it. */
export function arrayOf(values: unknown, path: string, fn: string, what: string): readonly unknown[] {
  if (!Array.isArray(values)) fail('invalid_type', path, `${fn}: ${path} is ${describe(values)}; expected an array of ${what}.`);
  return values;
}

/** Checks an array is non-empty. */
export function nonEmpty(values: readonly unknown[], path: string, fn: string, what: string): void {
  if (values.length === 0) fail('empty', path, `${fn}: ${path} is empty; pass at least one ${what}.`);
}

/** Checks each record is an object. */
function recordAt(records: readonly unknown[], i: number, path: string, fn: string, shape: string): Record<string, unknown> {
  const record = records[i];
  if (record === null || typeof record !== 'object') {
    fail('invalid_type', `${path}[${i}]`, `${fn}: ${path}[${i}] is ${describe(record)}; expected ${shape}.`);
  }
  return record as Record<string, unknown>;
}

/** Packs `records[i].location` as `[lng0, lat0, …]`, validating each position. */
export function packLocations(records: readonly unknown[], path: string, fn: string, shape: string): Float64Array {
  const packed = new Float64Array(records.length * 2);
  for (let i = 0; i < records.length; i++) {
    const record = recordAt(records, i, path, fn, shape);
    if (record['location'] === undefined) {
      fail('missing_field', `${path}[${i}].location`, `${fn}: ${path}[${i}].location is missing; give [lng, lat], or pass options.costs with a travel-cost matrix.`);
    }
    const location = record['location'];
    if (Array.isArray(location) && location.length >= 2) {
      const lng: unknown = location[0];
      const lat: unknown = location[1];
      if (typeof lng === 'number' && typeof lat === 'number' && lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90) {
        packed[2 * i] = lng;
        packed[2 * i + 1] = lat;
        continue;
      }
    }
    const [lng, lat] = position(location, `${path}[${i}].location`, fn);
    packed[2 * i] = lng;
    packed[2 * i + 1] = lat;
  }
  return packed;
}

/** Reads a non-negative numeric field of every record. */
export function readAmounts(records: readonly unknown[], field: string, path: string, fn: string, shape: string): Float64Array {
  const out = new Float64Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const record = recordAt(records, i, path, fn, shape);
    out[i] = nonNegativeNumber(record[field], `${path}[${i}].${field}`, fn);
  }
  return out;
}

/** Checks a radius/catchment option: finite and > 0. */
export function radius(value: unknown, path: string, fn: string): number {
  return positiveNumber(value, path, fn);
}

/** The sum of a typed array. */
export function total(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum;
}

/**
 * Packs positions `[lng, lat]` as `[lng0, lat0, …]`: the shared `positions` validator, which allocates nothing per
 * valid position and re-checks an invalid one with `position` for its error.
 */
export function packPositions(values: unknown, path: string, fn: string): Float64Array {
  return positions(values, path, fn);
}
