/**
 * Locations from latitude/longitude columns, from `POINT(lng lat)` text, or from a feature's point geometry.
 *
 * @internal
 * @module
 */
import { cellNumber, cellText } from './cells.ts';
import type { ColumnIndex } from './columns.ts';
import { Failure, MISSING, quote } from './failure.ts';
import { join, type MappingIssues } from './issues.ts';
import { bindField, type BoundField, type RowContext } from './read.ts';
import { compileField, coordinateSpec, type FieldSpec, type ResolvedDefaults } from './spec.ts';

/** A compiled location mapping. */
export type LocationSpec =
  | { readonly kind: 'latLng'; readonly path: string; readonly lat: FieldSpec; readonly lng: FieldSpec }
  | { readonly kind: 'point'; readonly path: string; readonly point: FieldSpec }
  | { readonly kind: 'geometry'; readonly path: string };

/** A location mapping bound to a table. */
export type BoundLocation =
  | { readonly kind: 'latLng'; readonly lat: BoundField; readonly lng: BoundField; readonly required: boolean; readonly column: string }
  | { readonly kind: 'point'; readonly point: BoundField; readonly required: boolean; readonly column: string }
  | { readonly kind: 'geometry'; readonly required: boolean; readonly column: string };

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
    const point = compileField(record['point'], join(path, 'point'), { kind: 'text', field: 'location', label: 'location (POINT)', advice: 'write POINT(lng lat) with longitude first, e.g. POINT(-121.8863 37.3382), or leave it blank if unknown', required }, defaults, issues);
    return point === undefined ? undefined : { kind: 'point', path, point };
  }
  const record = issues.object(input, path, ['lat', 'lng'], 'a location mapping ({ "lat": …, "lng": … }, { "point": … } or "geometry")');
  if (record === undefined) return undefined;
  const lat = compileField(record['lat'], join(path, 'lat'), { kind: 'number', field: 'location', label: 'latitude', advice: 'write the latitude in decimal degrees (WGS 84), or leave both coordinates blank if unknown', required: true }, defaults, issues);
  const lng = compileField(record['lng'], join(path, 'lng'), { kind: 'number', field: 'location', label: 'longitude', advice: 'write the longitude in decimal degrees (WGS 84), or leave both coordinates blank if unknown', required: true }, defaults, issues);
  if (lat === undefined || lng === undefined) return undefined;
  if (lat.hasConstant || lng.hasConstant) {
    issues.add('invalid_value', path, 'gives a constant coordinate; every record would share one place. Name the latitude and longitude columns.');
    return undefined;
  }
  // The spec's `required` makes a blank coordinate a "missing" read; whether the location itself is required is
  // decided below, so a household may have none.
  return { kind: 'latLng', path, lat: coordinateSpec({ ...lat, required: false }), lng: coordinateSpec({ ...lng, required: false }) };
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
    return { kind: 'geometry', required, column: 'geometry' };
  }
  if (spec.kind === 'point') {
    const point = bindField(spec.point, columns, issues);
    return point === undefined ? undefined : { kind: 'point', point, required, column: point.column?.header ?? '' };
  }
  const lat = bindField(spec.lat, columns, issues);
  const lng = bindField(spec.lng, columns, issues);
  if (lat === undefined || lng === undefined) return undefined;
  return { kind: 'latLng', lat, lng, required, column: `${lat.column?.header ?? ''}, ${lng.column?.header ?? ''}` };
}

function positionProblem(lng: number, lat: number): Failure | undefined {
  if (lat < -90 || lat > 90 || lng < -180 || lng > 180) {
    if (Math.abs(lng) > 180 && Math.abs(lat) > 90) {
      return new Failure('invalid_position', `[${lng}, ${lat}] is not in degrees`, 'these look like projected coordinates (feet or metres): export longitude/latitude in WGS 84 (EPSG:4326)');
    }
    const swapped = lng >= -90 && lng <= 90 && lat >= -180 && lat <= 180;
    return new Failure(
      'invalid_position',
      `latitude ${lat}, longitude ${lng} is outside the globe (latitude −90 to 90, longitude −180 to 180)`,
      swapped ? 'latitude and longitude look swapped: check which column is which (positions are [lng, lat]; POINT text is POINT(lng lat))' : 'check the coordinates',
    );
  }
  if (lat === 0 && lng === 0) {
    return new Failure('invalid_position', 'latitude 0, longitude 0 is the mark of a failed geocode (a point in the Gulf of Guinea)', 'geocode the address again, or leave the coordinates blank if unknown');
  }
  return undefined;
}

/**
 * Reads the location of the current row: `[lng, lat]`, or undefined (missing, or a problem recorded).
 *
 * @internal
 */
export function readLocation(location: BoundLocation, ctx: RowContext, geometry: unknown): readonly [number, number] | undefined {
  let lng: number;
  let lat: number;
  let raw: unknown;
  let column: string | null = location.column;
  let onInvalid: 'rejectRow' | 'treatAsMissing' = 'rejectRow';
  if (location.kind === 'latLng') {
    const latRaw = ctx.cell(location.lat);
    const lngRaw = ctx.cell(location.lng);
    const latValue = cellNumber(latRaw, location.lat.spec.missing, location.lat.spec.number);
    const lngValue = cellNumber(lngRaw, location.lng.spec.missing, location.lng.spec.number);
    onInvalid = location.lat.spec.onInvalid === 'treatAsMissing' && location.lng.spec.onInvalid === 'treatAsMissing' ? 'treatAsMissing' : 'rejectRow';
    if (latValue === MISSING && lngValue === MISSING) return missingLocation(location, ctx, null);
    if (typeof latValue === 'number' && typeof lngValue === 'number') {
      if (latValue >= -90 && latValue <= 90 && lngValue >= -180 && lngValue <= 180 && (latValue !== 0 || lngValue !== 0)) return [lngValue, latValue];
    }
    // The slow path: something is wrong; the raw text names both cells.
    raw = `${latRaw === null || latRaw === undefined ? '' : String(latRaw)}, ${lngRaw === null || lngRaw === undefined ? '' : String(lngRaw)}`;
    if (latValue === MISSING || lngValue === MISSING) {
      return invalidLocation(location, ctx, raw, column, new Failure('incomplete_location', `${latValue === MISSING ? 'latitude' : 'longitude'} is blank but ${latValue === MISSING ? 'longitude' : 'latitude'} is not`, 'give both coordinates, or leave both blank if the location is unknown'), onInvalid);
    }
    if (latValue instanceof Failure) return invalidLocation(location, ctx, latRaw, location.lat.column?.header ?? column, prefix('latitude', latValue), onInvalid);
    if (lngValue instanceof Failure) return invalidLocation(location, ctx, lngRaw, location.lng.column?.header ?? column, prefix('longitude', lngValue), onInvalid);
    lat = latValue;
    lng = lngValue;
  } else if (location.kind === 'point') {
    raw = ctx.cell(location.point);
    onInvalid = location.point.spec.onInvalid;
    const text = cellText(raw, location.point.spec.missing);
    if (text === MISSING) return missingLocation(location, ctx, raw);
    if (text instanceof Failure) return invalidLocation(location, ctx, raw, column, text, onInvalid);
    if (WKT_EMPTY.test(text)) return missingLocation(location, ctx, raw);
    const match = WKT_POINT.exec(text);
    const x = match === null ? Number.NaN : Number(match[1]);
    const y = match === null ? Number.NaN : Number(match[2]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      return invalidLocation(location, ctx, raw, column, new Failure('invalid_position', `${quote(text)} is not a point written POINT(lng lat)`, 'write POINT(lng lat) with the longitude first, e.g. POINT(-121.8863 37.3382)'), onInvalid);
    }
    lng = x;
    lat = y;
  } else {
    raw = geometry;
    if (geometry === null || geometry === undefined) return missingLocation(location, ctx, null);
    const g = geometry as { type?: unknown; coordinates?: unknown };
    const coordinates = g.coordinates;
    if (g.type !== 'Point' || !Array.isArray(coordinates) || typeof coordinates[0] !== 'number' || typeof coordinates[1] !== 'number') {
      const what = typeof g.type === 'string' ? `a ${g.type} geometry` : 'not a GeoJSON geometry';
      return invalidLocation(location, ctx, raw, column, new Failure('invalid_position', `the feature's geometry is ${what}, not a Point`, 'give each feature a Point geometry (use a centroid for areas)'), 'rejectRow');
    }
    lng = coordinates[0];
    lat = coordinates[1];
  }
  const problem = positionProblem(lng, lat);
  if (problem !== undefined) return invalidLocation(location, ctx, raw, column, problem, onInvalid);
  return [lng, lat];
}

function prefix(what: string, failure: Failure): Failure {
  return new Failure(failure.code, `${what} ${failure.detail}`, failure.hint);
}

function missingLocation(location: BoundLocation, ctx: RowContext, raw: unknown): undefined {
  if (location.required) {
    ctx.report('missing_value', 'error', location.column, raw, 'location', 'location is blank; a site needs one: fill in its coordinates (decimal degrees, WGS 84).');
  }
  return undefined;
}

function invalidLocation(location: BoundLocation, ctx: RowContext, raw: unknown, column: string | null, failure: Failure, onInvalid: 'rejectRow' | 'treatAsMissing'): undefined {
  const keep = !location.required && onInvalid === 'treatAsMissing';
  const tail = keep ? ' The location was left out (onInvalid: treatAsMissing).' : '';
  ctx.report(failure.code, keep ? 'warning' : 'error', column, raw, 'location', `location: ${failure.detail}; ${failure.hint ?? 'check the coordinates'}.${tail}`);
  return undefined;
}
