/**
 * Turns what a caller passes (rows as objects or arrays, or a GeoJSON FeatureCollection) into rows, geometries
 * and a header.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import type { TableName } from '../types.ts';

/** A table's rows ready for mapping. */
export interface PreparedInput {
  /** The data rows (objects or arrays). */
  readonly rows: readonly unknown[];
  /** Point geometries, one per row, for a FeatureCollection. */
  readonly geometries: readonly unknown[] | undefined;
  /** The header, when it could be found. */
  readonly columns: readonly string[] | undefined;
  /** Whether the input was a FeatureCollection. */
  readonly isFeatureCollection: boolean;
  /** Whether the first array row was the header (and was removed from `rows`). */
  readonly headerRow: boolean;
}

/** How many object rows are scanned for their keys when the header is not given. */
const KEY_SCAN_ROWS = 1000;

function isFeatureCollection(value: unknown): value is { type: 'FeatureCollection'; features: readonly unknown[] } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && (value as { type?: unknown }).type === 'FeatureCollection';
}

/**
 * Prepares one table's input. `columns` (from the caller) wins; then d3-dsv's `rows.columns`; then the first row
 * when rows are arrays (a CSV parser's header line); then the keys of the first rows.
 *
 * @internal
 */
export function prepareInput(input: unknown, table: TableName, fn: string, columns: readonly string[] | undefined, bound: boolean): PreparedInput {
  if (isFeatureCollection(input)) {
    const features = input.features;
    if (!Array.isArray(features)) fail('invalid_type', table, `${fn}: ${table} is a FeatureCollection whose features are ${describe(features)}; expected an array of features.`);
    const rows = new Array<unknown>(features.length);
    const geometries = new Array<unknown>(features.length);
    const keys = new Set<string>();
    for (let i = 0; i < features.length; i++) {
      const feature = features[i] as { properties?: unknown; geometry?: unknown } | null;
      const properties = feature !== null && typeof feature === 'object' && feature.properties !== null && typeof feature.properties === 'object' ? feature.properties : {};
      rows[i] = properties;
      geometries[i] = feature !== null && typeof feature === 'object' ? feature.geometry : undefined;
      for (const key of Object.keys(properties as object)) keys.add(key);
    }
    return { rows, geometries, columns: columns ?? [...keys], isFeatureCollection: true, headerRow: false };
  }
  if (!Array.isArray(input)) {
    fail('invalid_type', table, `${fn}: ${table} is ${describe(input)}; expected an array of rows (objects keyed by column, or arrays of cells) or a GeoJSON FeatureCollection.`);
  }
  const rows = input as readonly unknown[];
  if (columns !== undefined) return { rows, geometries: undefined, columns, isFeatureCollection: false, headerRow: false };
  const d3Columns = (input as { columns?: unknown }).columns;
  if (Array.isArray(d3Columns) && d3Columns.every((c) => typeof c === 'string')) {
    return { rows, geometries: undefined, columns: d3Columns as string[], isFeatureCollection: false, headerRow: false };
  }
  const first = rows[0];
  if (Array.isArray(first) && !bound) {
    return { rows: rows.slice(1), geometries: undefined, columns: first.map((c: unknown) => (typeof c === 'string' ? c : String(c))), isFeatureCollection: false, headerRow: true };
  }
  // Rows of arrays without a header, once the table is bound (the header came with the first batch), or no rows.
  // A first row that is not a row at all (undefined, a number) is not a header: the keys come from the other rows.
  if (rows.length === 0 || bound) return { rows, geometries: undefined, columns: undefined, isFeatureCollection: false, headerRow: false };
  const keys = new Set<string>();
  const scan = Math.min(rows.length, KEY_SCAN_ROWS);
  for (let i = 0; i < scan; i++) {
    const row = rows[i];
    // A row that is not an object is listed as a problem when it is mapped.
    if (row !== null && typeof row === 'object') for (const key of Object.keys(row)) keys.add(key);
  }
  return { rows, geometries: undefined, columns: [...keys], isFeatureCollection: false, headerRow: false };
}
