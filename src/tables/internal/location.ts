/**
 * Locations from latitude/longitude columns, from `POINT(lng lat)` text, or from a feature's point geometry.
 *
 * @internal
 * @module
 */
import { cellNumber, cellText } from './cells.ts';
import type { ColumnIndex } from './columns.ts';
import { Failure, MISSING, quote, rawText } from './failure.ts';
import { join, type MappingIssues } from './issues.ts';
import { bindField, type BoundField, type RowContext } from './read.ts';
import { compileField, coordinateSpec, type FieldSpec, type ResolvedDefaults } from './spec.ts';
import type { TableProblemCode } from '../types.ts';

/** A compiled location mapping. */
export type LocationSpec =
  | { readonly kind: 'latLng'; readonly path: string; readonly lat: FieldSpec; readonly lng: FieldSpec }
  | { readonly kind: 'point'; readonly path: string; readonly point: FieldSpec }
  | { readonly kind: 'geometry'; readonly path: string };

/** A location mapping bound to a table, with the headers its problems name. */
export type BoundLocation =
  | { readonly kind: 'latLng'; readonly lat: BoundField; readonly lng: BoundField; readonly required: boolean; readonly column: string; readonly latColumn: string; readonly lngColumn: string }
  | { readonly kind: 'point'; readonly point: BoundField; readonly required: boolean; readonly column: string }
  | { readonly kind: 'geometry'; readonly required: boolean; readonly column: string };

/** A location problem: its code, what is wrong and how to fix it. */
interface LocationProblem {
  readonly code: TableProblemCode;
  readonly detail: string;
  readonly hint: string;
}

// POINT(lng lat), POINT (lng lat), POINT Z (lng lat z), SRID=4326;POINT(…), any case.
const WKT_POINT = /^(?:SRID=\d+;)?\s*POINT\s*(?:ZM|Z|M)?\s*\(\s*([^\s(),]+)\s+([^\s(),]+)(?:\s+[^\s(),]+){0,2}\s*\)$/i;
const WKT_EMPTY = /^(?:SRID=\d+;)?\s*POINT\s*(?:ZM|Z|M)?\s+EMPTY$/i;

/**
 * Compiles a location mapping.
 *
 * @internal
 */
export function compileLocation(input: unknown, path: string, required: boolean, defaults: ResolvedDefaults, issues: MappingIssues): LocationSpec | undefined {
  if (input === undefined) {
    if (required) issues.add('missing_field', path, 'is missing; a site needs a location: { "lat": …, "lng": … }, { "point": … } or "geometry".');
    return undefined;
  }
  if (input === 'geometry') return { kind: 'geometry', path };
  if (typeof input === 'string') {
    issues.add('invalid_value', path, `is ${JSON.stringify(input)}; write { "lat": "<latitude column>", "lng": "<longitude column>" }, { "point": "<POINT(lng lat) column>" } or "geometry" (a GeoJSON FeatureCollection's points).`);
    return undefined;
  }
  if (input !== null && typeof input === 'object' && 'point' in input) {
    const record = issues.object(input, path, ['point'], 'a POINT column mapping ({ "point": "<column>" })');
    if (record === undefined) return undefined;
    const point = compileField(record['point'], join(path, 'point'), {
      kind: 'text',
      // Stryker disable next-line StringLiteral: equivalent — a location's problems name the field "location" themselves; a coordinate spec's field is read by no location reader
      field: 'location',
      label: 'location (POINT)',
      advice: 'write POINT(lng lat) with longitude first, e.g. POINT(-121.8863 37.3382), or leave it blank if unknown',
      required,
      columnOnly: 'every record would share one place. Name the column of POINT(lng lat) text',
    }, defaults, issues);
    return point === undefined ? undefined : { kind: 'point', path, point };
  }
  const record = issues.object(input, path, ['lat', 'lng'], 'a location mapping ({ "lat": …, "lng": … }, { "point": … } or "geometry")');
  if (record === undefined) return undefined;
  const lat = compileField(record['lat'], join(path, 'lat'), {
    kind: 'number',
    // Stryker disable next-line StringLiteral: equivalent — a location's problems name the field "location" themselves; a coordinate spec's field is read by no location reader
    field: 'location',
    label: 'latitude',
    advice: 'write the latitude in decimal degrees (WGS 84), or leave both coordinates blank if unknown',
    required: true,
    columnOnly: 'every record would share one place. Name the latitude column',
  }, defaults, issues);
  const lng = compileField(record['lng'], join(path, 'lng'), {
    kind: 'number',
    // Stryker disable next-line StringLiteral: equivalent — a location's problems name the field "location" themselves; a coordinate spec's field is read by no location reader
    field: 'location',
    label: 'longitude',
    advice: 'write the longitude in decimal degrees (WGS 84), or leave both coordinates blank if unknown',
    required: true,
    columnOnly: 'every record would share one place. Name the longitude column',
  }, defaults, issues);
  if (lat === undefined || lng === undefined) return undefined;
  // Stryker disable next-line StringLiteral: equivalent — bindLocation reads every kind but "geometry" and "point" as two columns, and nothing else reads the kind of a column pair
  return { kind: 'latLng', path, lat: coordinateSpec(lat), lng: coordinateSpec(lng) };
}

/**
 * Binds a location mapping to a table.
 *
 * @internal
 */
export function bindLocation(spec: LocationSpec | undefined, required: boolean, columns: ColumnIndex, issues: MappingIssues, isFeatureCollection: boolean): BoundLocation | undefined {
  if (spec === undefined) return undefined;
  if (spec.kind === 'geometry') {
    if (!isFeatureCollection) {
      issues.add('invalid_value', spec.path, `is "geometry", but the ${columns.table} table is rows, not a GeoJSON FeatureCollection; name the coordinate columns ({ "lat": …, "lng": … }) or pass the FeatureCollection.`);
      return undefined;
    }
    return {
      // Stryker disable next-line StringLiteral: equivalent — readLocation reads every kind but "latLng" and "point" as a feature's geometry
      kind: 'geometry',
      required,
      column: 'geometry',
    };
  }
  // A location is never a constant (compileLocation refuses one), so a bound location always has its columns.
  if (spec.kind === 'point') {
    const point = bindField(spec.point, columns, issues);
    return point?.column === undefined ? undefined : { kind: 'point', point, required, column: point.column.header };
  }
  const lat = bindField(spec.lat, columns, issues);
  const lng = bindField(spec.lng, columns, issues);
  if (lat?.column === undefined || lng?.column === undefined) return undefined;
  const latColumn = lat.column.header;
  const lngColumn = lng.column.header;
  return { kind: 'latLng', lat, lng, required, column: `${latColumn}, ${lngColumn}`, latColumn, lngColumn };
}

function positionProblem(lng: number, lat: number): LocationProblem | undefined {
  if (lat < -90 || lat > 90 || lng < -180 || lng > 180) {
    if (Math.abs(lng) > 180 && Math.abs(lat) > 90) {
      return { code: 'invalid_position', detail: `[${lng}, ${lat}] is not in degrees`, hint: 'these look like projected coordinates (feet or metres): export longitude/latitude in WGS 84 (EPSG:4326)' };
    }
    const swapped = lng >= -90 && lng <= 90 && lat >= -180 && lat <= 180;
    return {
      code: 'invalid_position',
      detail: `latitude ${lat}, longitude ${lng} is outside the globe (latitude −90 to 90, longitude −180 to 180)`,
      hint: swapped ? 'latitude and longitude look swapped: check which column is which (positions are [lng, lat]; POINT text is POINT(lng lat))' : 'check the coordinates',
    };
  }
  if (lat === 0 && lng === 0) {
    return { code: 'invalid_position', detail: 'latitude 0, longitude 0 is the mark of a failed geocode (a point in the Gulf of Guinea)', hint: 'geocode the address again, or leave the coordinates blank if unknown' };
  }
  return undefined;
}

/**
 * Reads the location of the current row: `[lng, lat]`, or undefined (missing, or a problem recorded).
 *
 * @internal
 */
export function readLocation(location: BoundLocation, ctx: RowContext, geometry: unknown): readonly [number, number] | undefined {
  if (location.kind === 'latLng') {
    const latRaw = ctx.cell(location.lat);
    const lngRaw = ctx.cell(location.lng);
    const latValue = cellNumber(latRaw, location.lat.spec.missing, location.lat.spec.number);
    const lngValue = cellNumber(lngRaw, location.lng.spec.missing, location.lng.spec.number);
    if (latValue === MISSING && lngValue === MISSING) return missingLocation(location, ctx, null);
    // A bad coordinate is left out only when both columns say so.
    const lenient = location.lat.spec.onInvalid === 'treatAsMissing' && location.lng.spec.onInvalid === 'treatAsMissing';
    if (latValue === MISSING || lngValue === MISSING) {
      const blank = latValue === MISSING ? 'latitude' : 'longitude';
      const given = latValue === MISSING ? 'longitude' : 'latitude';
      return invalidLocation(location, ctx, cellPair(latRaw, lngRaw), location.column, { code: 'incomplete_location', detail: `${blank} is blank but ${given} is not`, hint: 'give both coordinates, or leave both blank if the location is unknown' }, lenient);
    }
    if (latValue instanceof Failure) return invalidLocation(location, ctx, latRaw, location.latColumn, readerProblem('latitude ', latValue, location.lat.spec.advice), lenient);
    if (lngValue instanceof Failure) return invalidLocation(location, ctx, lngRaw, location.lngColumn, readerProblem('longitude ', lngValue, location.lng.spec.advice), lenient);
    const problem = positionProblem(lngValue, latValue);
    return problem === undefined ? [lngValue, latValue] : invalidLocation(location, ctx, cellPair(latRaw, lngRaw), location.column, problem, lenient);
  }
  let lng: number;
  let lat: number;
  let raw: unknown;
  let lenient = false;
  if (location.kind === 'point') {
    raw = ctx.cell(location.point);
    lenient = location.point.spec.onInvalid === 'treatAsMissing';
    const text = cellText(raw, location.point.spec.missing);
    if (text === MISSING) return missingLocation(location, ctx, raw);
    if (text instanceof Failure) return invalidLocation(location, ctx, raw, location.column, readerProblem('', text, location.point.spec.advice), lenient);
    if (WKT_EMPTY.test(text)) return missingLocation(location, ctx, raw);
    const match = WKT_POINT.exec(text);
    const x = match === null ? Number.NaN : Number(match[1]);
    const y = match === null ? Number.NaN : Number(match[2]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      return invalidLocation(location, ctx, raw, location.column, { code: 'invalid_position', detail: `${quote(text)} is not a point written POINT(lng lat)`, hint: 'write POINT(lng lat) with the longitude first, e.g. POINT(-121.8863 37.3382)' }, lenient);
    }
    lng = x;
    lat = y;
  } else {
    raw = geometry;
    if (geometry === null || geometry === undefined) return missingLocation(location, ctx, null);
    const g = geometry as { type?: unknown; coordinates?: unknown };
    const coordinates = g.coordinates;
    if (g.type !== 'Point') {
      const what = typeof g.type === 'string' ? `a ${g.type} geometry` : 'not a GeoJSON geometry';
      return invalidLocation(location, ctx, raw, location.column, { code: 'invalid_position', detail: `the feature's geometry is ${what}, not a Point`, hint: 'give each feature a Point geometry (use a centroid for areas)' }, false);
    }
    if (!Array.isArray(coordinates) || typeof coordinates[0] !== 'number' || typeof coordinates[1] !== 'number') {
      return invalidLocation(location, ctx, raw, location.column, { code: 'invalid_position', detail: "the feature's Point geometry has no numeric [lng, lat] coordinates", hint: 'write its coordinates as two numbers, longitude first, e.g. [-121.8863, 37.3382]' }, false);
    }
    lng = coordinates[0];
    lat = coordinates[1];
  }
  const problem = positionProblem(lng, lat);
  return problem === undefined ? [lng, lat] : invalidLocation(location, ctx, raw, location.column, problem, lenient);
}

/** The two coordinate cells as one value for a problem: `"<latitude>, <longitude>"`, blanks empty. */
function cellPair(latRaw: unknown, lngRaw: unknown): string {
  return `${rawText(latRaw) ?? ''}, ${rawText(lngRaw) ?? ''}`;
}

/** A cell reader's failure as a location problem, named by what was read, with the field's advice when the reader has no better fix. */
function readerProblem(what: string, failure: Failure, advice: string): LocationProblem {
  return { code: failure.code, detail: `${what}${failure.detail}`, hint: failure.hint ?? advice };
}

function missingLocation(location: BoundLocation, ctx: RowContext, raw: unknown): undefined {
  if (location.required) {
    ctx.report('missing_value', 'error', location.column, raw, 'location', 'location is blank; a site needs one: fill in its coordinates (decimal degrees, WGS 84).');
  }
  return undefined;
}

/** Reports a location that cannot be read: an error, or a warning when the location is optional and its columns say `treatAsMissing`. */
function invalidLocation(location: BoundLocation, ctx: RowContext, raw: unknown, column: string, problem: LocationProblem, lenient: boolean): undefined {
  const keep = !location.required && lenient;
  const tail = keep ? ' The location was left out (onInvalid: treatAsMissing).' : '';
  ctx.report(problem.code, keep ? 'warning' : 'error', column, raw, 'location', `location: ${problem.detail}; ${problem.hint}.${tail}`);
  return undefined;
}
