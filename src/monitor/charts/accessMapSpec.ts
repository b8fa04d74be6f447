import { earthRadius, polygon } from '@turf/helpers';
import { describe, fail } from '../../internal/errors.ts';
import { integer, position, positiveNumber } from '../../internal/validate.ts';
import type { VegaLiteJson, VegaLiteSpec } from './VegaLiteSpec.ts';
import { VEGA_LITE_V5_SCHEMA } from './VegaLiteSpec.ts';
import { object, optionalString } from './internal/checks.ts';
import { chartOptions, titleBlock, tooltip } from './internal/common.ts';

/**
 * What {@link accessMapSpec} draws.
 *
 * @category Charts
 */
export interface AccessMapInput {
  /** Chart title. */
  readonly title?: string | undefined;
  /** Households as GeoJSON positions `[lng, lat]`, with an optional group for colour (e.g. eligible / enrolled). */
  readonly households: readonly { readonly location: readonly number[]; readonly group?: string | undefined }[];
  /** Sites with an optional name and coverage radius in km (falls back to `options.radiusKm`). */
  readonly sites: readonly { readonly location: readonly number[]; readonly name?: string | undefined; readonly radiusKm?: number | undefined }[];
}

/**
 * Options of {@link accessMapSpec}.
 *
 * @category Charts
 */
export interface AccessMapSpecOptions {
  /** Width of the map in pixels (default 560). */
  readonly width?: number | undefined;
  /** Height of the map in pixels (default 560). */
  readonly height?: number | undefined;
  /** Most households drawn (default 2000): every k-th household is drawn, k = ⌈n / sample⌉ — deterministic, no randomness. */
  readonly sample?: number | undefined;
  /** Coverage radius in km for sites that give none; sites without either get no circle. */
  readonly radiusKm?: number | undefined;
  /** Vertices of each coverage circle (default 64, at least 8). */
  readonly circleSegments?: number | undefined;
}

// Mean Earth radius in km, turf's (6371008.8 m), so circles match the distances of the proximity module.
const EARTH_RADIUS_KM = earthRadius / 1000;

/**
 * The ring of a circle of `radiusKm` around `[lng, lat]` on the sphere, by the destination-point formula
 * φ₂ = asin(sin φ₁ cos δ + cos φ₁ sin δ cos θ), λ₂ = λ₁ + atan2(sin θ sin δ cos φ₁, cos δ − sin φ₁ sin φ₂) with
 * δ = r / R. Bearings run clockwise (north, east, south, west), which is the exterior-ring orientation d3-geo (and
 * so Vega) expects; note that RFC 7946 asks for the opposite, so do not reuse these rings as GeoJSON for other tools.
 */
function circleRing(lng: number, lat: number, radiusKm: number, segments: number): number[][] {
  const phi1 = (lat * Math.PI) / 180;
  const lambda1 = (lng * Math.PI) / 180;
  const delta = radiusKm / EARTH_RADIUS_KM;
  const ring: number[][] = [];
  for (let k = 0; k <= segments; k++) {
    const theta = ((k % segments) / segments) * 2 * Math.PI;
    const phi2 = Math.asin(Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta));
    const lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
    ring.push([Math.round(((((lambda2 * 180) / Math.PI + 540) % 360) - 180) * 1e6) / 1e6, Math.round(((phi2 * 180) / Math.PI) * 1e6) / 1e6]);
  }
  return ring;
}

/**
 * A Vega-Lite v5 map of households (a deterministic sample) and service sites with their coverage radius, in
 * longitude/latitude on a Mercator projection fitted to the data. Each coverage circle is a polygon computed in
 * the data (the spherical destination-point formula, Earth radius 6371.0088 km as turf), so its size is exact at
 * any zoom rather than a pixel approximation. Households are drawn every k-th (k = ⌈n / sample⌉), never at random;
 * the subtitle says how many of how many are shown.
 *
 * Mark names: `coverage` (one shape per site with a radius), `households`, `sites` (Vega names them `<name>_marks`).
 *
 * @param input - See {@link AccessMapInput}.
 * @param options - See {@link AccessMapSpecOptions}.
 * @returns A plain-JSON Vega-Lite v5 spec.
 * @throws {EquityLensError} `invalid_position` for a location that is not `[lng, lat]` in range (with a "swapped?"
 *   hint); `empty` when there are no sites; `out_of_range` for a radius, sample or size ≤ 0; `not_integer` for a
 *   fractional sample or segment count; `unknown_key` for an unknown option.
 * @category Charts
 * @example
 * ```ts
 * import { accessMapSpec } from "./accessMapSpec.ts";
 *
 * const spec = accessMapSpec({
 *   households: [
 *     { location: [-121.89, 37.33], group: "eligible" },
 *     { location: [-121.86, 37.35], group: "enrolled" },
 *     { location: [-121.84, 37.31], group: "eligible" },
 *   ],
 *   sites: [{ location: [-121.88, 37.34], name: "Roosevelt Community Center", radiusKm: 1.6 }],
 * }, { sample: 2 });
 * (spec.layer as unknown[]).length; // => 3
 * ```
 */
export function accessMapSpec(input: AccessMapInput, options: AccessMapSpecOptions = {}): VegaLiteSpec {
  const fn = 'accessMapSpec';
  const opts = chartOptions(options, ['sample', 'radiusKm', 'circleSegments'], fn, 560, 560);
  if (opts.format !== undefined) fail('unknown_key', 'options.format', `${fn}: options has unknown option "format"; a map has no value axis.`);
  const o = options as AccessMapSpecOptions;
  const sample = o.sample === undefined ? 2000 : integer(o.sample, 'options.sample', fn, { min: 1 });
  const defaultRadius = o.radiusKm === undefined ? undefined : positiveNumber(o.radiusKm, 'options.radiusKm', fn);
  const segments = o.circleSegments === undefined ? 64 : integer(o.circleSegments, 'options.circleSegments', fn, { min: 8, max: 720 });
  const data = object(input, 'input', fn, '{ title?, households, sites }');
  const title = optionalString(data['title'], 'input.title', fn) ?? 'Households and sites with their coverage radius';
  const households = data['households'];
  const sites = data['sites'];
  if (!Array.isArray(households)) fail('invalid_type', 'input.households', `${fn}: input.households is ${describe(households)}; expected an array of { location, group? }.`);
  if (!Array.isArray(sites)) fail('invalid_type', 'input.sites', `${fn}: input.sites is ${describe(sites)}; expected an array of { location, name?, radiusKm? }.`);
  if (sites.length === 0) fail('empty', 'input.sites', `${fn}: input.sites is empty; pass at least one site.`);

  // Validate every household (a bad row should not hide behind the sample), draw every k-th.
  const step = Math.max(1, Math.ceil(households.length / sample));
  const drawn: VegaLiteJson[] = [];
  let grouped = false;
  for (let i = 0; i < households.length; i++) {
    const path = `input.households[${i}]`;
    const h = object(households[i], path, fn, '{ location, group? }');
    const [lng, lat] = position(h['location'], `${path}.location`, fn);
    const group = optionalString(h['group'], `${path}.group`, fn);
    if (group !== undefined) grouped = true;
    if (i % step === 0) drawn.push({ lng, lat, group: group ?? 'Household' });
  }
  const siteRows: VegaLiteJson[] = [];
  const circles: VegaLiteJson[] = [];
  for (let j = 0; j < sites.length; j++) {
    const path = `input.sites[${j}]`;
    const s = object(sites[j], path, fn, '{ location, name?, radiusKm? }');
    const [lng, lat] = position(s['location'], `${path}.location`, fn);
    const name = optionalString(s['name'], `${path}.name`, fn) ?? `Site ${j + 1}`;
    const radiusKm = s['radiusKm'] === undefined ? defaultRadius : positiveNumber(s['radiusKm'], `${path}.radiusKm`, fn);
    siteRows.push(radiusKm === undefined ? { lng, lat, name } : { lng, lat, name, radiusKm });
    if (radiusKm !== undefined) {
      // @turf/helpers checks the ring (closed, at least four positions) and builds the Feature; a GeoJSON
      // Feature is JSON, but its interface has no index signature, hence the widening.
      circles.push(polygon([circleRing(lng, lat, radiusKm, segments)], { name, radiusKm }) as unknown as VegaLiteJson);
    }
  }
  const layers: VegaLiteJson[] = [];
  if (circles.length > 0) {
    layers.push({
      name: 'coverage',
      data: { values: circles },
      mark: { type: 'geoshape', fill: '#4c78a8', fillOpacity: 0.12, stroke: '#4c78a8', strokeWidth: 1 },
    });
  }
  layers.push({
    name: 'households',
    data: { values: drawn },
    mark: { type: 'circle', size: 8, opacity: 0.7 },
    encoding: {
      longitude: { field: 'lng', type: 'quantitative' },
      latitude: { field: 'lat', type: 'quantitative' },
      color: grouped ? { field: 'group', type: 'nominal', title: 'Households' } : { value: '#e45756' },
    },
  });
  layers.push({
    name: 'sites',
    data: { values: siteRows },
    mark: { type: 'point', shape: 'triangle-up', filled: true, size: 110, color: '#222222' },
    encoding: {
      longitude: { field: 'lng', type: 'quantitative' },
      latitude: { field: 'lat', type: 'quantitative' },
      tooltip: [tooltip('name', 'nominal', 'Site'), tooltip('radiusKm', 'quantitative', 'Radius (km)', '.1f')],
    },
  });
  const shown = drawn.length === households.length ? `${households.length} households` : `${drawn.length} of ${households.length} households (one in every ${step})`;
  return {
    $schema: VEGA_LITE_V5_SCHEMA,
    description: `${title}: ${shown}, ${sites.length} sites.`,
    title: titleBlock(title, [`Showing ${shown}; ${sites.length} sites, ${circles.length} with a coverage circle.`]),
    width: opts.width,
    height: opts.height,
    projection: { type: 'mercator' },
    layer: layers,
  };
}
