import { describe, fail } from '../internal/errors.ts';
import { renamedOption } from '../internal/deprecation.ts';
import { knownKeys } from '../internal/validate.ts';
import { readGroupedRows } from './internal/groupedRows.ts';
import { NEAREST_SITES_PER_CELL, nearestAll, SphereGrid } from './internal/sphereGrid.ts';
import type { Position } from './types.ts';
import { packPositions } from './internal/inputs.ts';

/** Options of {@link distanceSummaryByGroup}. */
export interface DistanceSummaryByGroupOptions<T> {
  /** The row's location `[lng, lat]`. */
  readonly location: (row: T) => Position;
  /** The row's group (district, race/ethnicity, language …). Required (optional in the type only while its 0.1 name `group` is accepted). */
  readonly by?: (row: T) => string;
  /** @deprecated The 0.1 name of `by`; accepted until 0.3 with a warning. */
  readonly group?: (row: T) => string;
  /** The row's weight (households, eligible children), ≥ 0. Default 1. */
  readonly weight?: (row: T) => number;
  /** Probabilities in [0, 1] of the quantiles to report (0.9 is the 90th percentile). Default `[0.25, 0.5, 0.75, 0.9]`. */
  readonly quantiles?: readonly number[];
  /** @deprecated The 0.1 name of `quantiles` (a "percentile" would be 0–100); accepted until 0.3 with a warning. */
  readonly percentiles?: readonly number[];
}

/** One quantile of the nearest-site distance. */
export interface DistanceQuantile {
  /** Probability in [0, 1]. */
  readonly p: number;
  /** The distance in km; `null` when the group's weight is 0. */
  readonly km: number | null;
}

/** @deprecated Renamed {@link DistanceQuantile} in 0.2; this name goes in 0.3. */
export type DistancePercentile = DistanceQuantile;

/** Distance-to-nearest-site summary of one group (or of everyone). */
export interface DistanceSummary {
  /** Number of rows. */
  readonly count: number;
  /** Total weight. */
  readonly weight: number;
  /** Weighted mean distance in km; `null` when the weight is 0. */
  readonly meanKm: number | null;
  /** Weighted median distance in km (the 0.5 percentile); `null` when the weight is 0. */
  readonly medianKm: number | null;
  /** The requested quantiles. */
  readonly quantiles: readonly DistanceQuantile[];
  /** @deprecated The 0.1 name of `quantiles` (same values); removed in 0.3. */
  readonly percentiles: readonly DistanceQuantile[];
  /** Largest distance among rows of positive weight; `null` when the weight is 0. */
  readonly maxKm: number | null;
}

/** Result of {@link distanceSummaryByGroup}. */
export interface DistanceSummaryByGroupResult {
  /** Everyone together. */
  readonly overall: DistanceSummary;
  /** Per group, in order of first appearance. */
  readonly groups: Map<string, DistanceSummary>;
  /** The quantile definition: Hyndman & Fan (1996) type 2, weighted. */
  readonly quantileMethod: 'weighted inverse CDF, averaged at jumps (Hyndman-Fan type 2)';
  /** @deprecated The 0.1 name of `quantileMethod`; removed in 0.3. */
  readonly percentileMethod: 'weighted inverse CDF, averaged at jumps (Hyndman-Fan type 2)';
  /** Deprecated names used, when any. */
  readonly warnings: string[];
}

/**
 * How far each group lives from its nearest site: weighted mean, median, percentiles and maximum of the
 * great-circle distance to the nearest site ({@link nearestSite}), overall and per group.
 *
 * Percentiles are the weighted inverse empirical CDF, averaged where the cumulative weight lands exactly on a
 * jump (Hyndman & Fan 1996, type 2): with equal weights the median is the ordinary median (the mean of the two
 * middle values for an even count). Rows of weight 0 are counted in `count` but do not affect the statistics.
 *
 * @param rows - Records, read through the accessors.
 * @param sites - Site positions `[lng, lat]`; at least one.
 * @param options - `location`, `by`, optional `weight` and `quantiles`.
 * @returns Overall and per-group summaries.
 * @throws {EquityLensError} `missing_field` for a missing accessor, `invalid_position` for a bad location,
 * `invalid_type` for a non-string group, `out_of_range` for a negative weight or a percentile outside [0, 1],
 * `empty` for no sites.
 * @category Proximity
 * @example
 * ```ts
 * import { distanceSummaryByGroup } from "./distanceSummaryByGroup.ts";
 *
 * const centres = [[-121.90, 37.33]];
 * const homes = [
 *   { at: [-121.90, 37.34], district: "D3" },
 *   { at: [-121.90, 37.36], district: "D3" },
 *   { at: [-121.90, 37.42], district: "D7" },
 * ];
 * const summary = distanceSummaryByGroup(homes, centres, { location: (h) => h.at, by: (h) => h.district });
 * Math.round(summary.groups.get("D3")!.meanKm! * 100) / 100; // => 2.22
 * Math.round(summary.groups.get("D7")!.medianKm! * 100) / 100; // => 10.01
 * ```
 */
export function distanceSummaryByGroup<T>(
  rows: readonly T[],
  sites: readonly Position[],
  options: DistanceSummaryByGroupOptions<T>,
): DistanceSummaryByGroupResult {
  const fn = 'distanceSummaryByGroup';
  if (options === null || typeof options !== 'object') {
    fail('missing_field', 'options.location', `${fn}: options is ${describe(options)}; pass { location, by }.`);
  }
  knownKeys(options, ['location', 'by', 'group', 'weight', 'quantiles', 'percentiles'], 'options', fn);
  const deprecations: string[] = [];
  const by = renamedOption(options, 'by', 'group', 'options', fn, deprecations) as (row: T) => string;
  const requested = renamedOption(options, 'quantiles', 'percentiles', 'options', fn, deprecations) as readonly number[] | undefined;
  const packedSites = packPositions(sites, 'sites', fn);
  if (packedSites.length === 0) fail('empty', 'sites', `${fn}: sites is empty; pass at least one site position [lng, lat].`);
  const probabilities = requested ?? [0.25, 0.5, 0.75, 0.9];
  if (!Array.isArray(probabilities)) fail('invalid_type', 'options.quantiles', `${fn}: options.quantiles is ${describe(probabilities)}; expected an array of probabilities in [0, 1].`);
  probabilities.forEach((p, q) => {
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
      fail('out_of_range', `options.quantiles[${q}]`, `${fn}: options.quantiles[${q}] is ${describe(p)}; expected a probability in [0, 1] (write the 90th percentile as 0.9).`);
    }
  });
  const grouped = readGroupedRows(rows, { location: options.location, by, ...(options.weight === undefined ? {} : { weight: options.weight }) }, fn);
  const n = grouped.groupOf.length;
  const distance = nearestAll(new SphereGrid(packedSites, NEAREST_SITES_PER_CELL), grouped.packed).distanceKm;
  // Sort all rows once by distance (then index, for determinism); each group reads its rows in that order.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (distance[a] as number) - (distance[b] as number) || a - b);
  const members: number[][] = grouped.groups.keys.map(() => []);
  for (const i of order) members[grouped.groupOf[i] as number]?.push(i);
  const summarise = (rowsInOrder: readonly number[]): DistanceSummary => {
    let count = 0;
    let weight = 0;
    let weighted = 0;
    let maxKm: number | null = null;
    const sorted: number[] = [];
    for (const i of rowsInOrder) {
      count++;
      const w = grouped.weights[i] as number;
      if (w > 0) {
        weight += w;
        weighted += w * (distance[i] as number);
        maxKm = distance[i] as number;
        sorted.push(i);
      }
    }
    const percentile = (p: number): number | null => weightedPercentile(sorted, distance, grouped.weights, weight, p);
    return {
      count,
      weight,
      meanKm: weight > 0 ? weighted / weight : null,
      medianKm: percentile(0.5),
      ...quantiles(probabilities.map((p) => ({ p, km: percentile(p) }))),
      maxKm,
    };
  };
  const groups = new Map<string, DistanceSummary>();
  grouped.groups.keys.forEach((key, g) => groups.set(key, summarise(members[g] ?? [])));
  return {
    overall: summarise(order),
    groups,
    quantileMethod: 'weighted inverse CDF, averaged at jumps (Hyndman-Fan type 2)',
    percentileMethod: 'weighted inverse CDF, averaged at jumps (Hyndman-Fan type 2)',
    warnings: deprecations,
  };
}

/** The quantiles under their 0.2 name and, until 0.3, their 0.1 name. */
function quantiles(values: readonly DistanceQuantile[]): { quantiles: readonly DistanceQuantile[]; percentiles: readonly DistanceQuantile[] } {
  return { quantiles: values, percentiles: values };
}

/** Weighted type-2 percentile of `values[sorted[k]]` (sorted ascending, positive weights). */
function weightedPercentile(sorted: readonly number[], values: Float64Array, weights: Float64Array, total: number, p: number): number | null {
  if (sorted.length === 0 || !(total > 0)) return null;
  const first = sorted[0] as number;
  const last = sorted[sorted.length - 1] as number;
  if (p <= 0) return values[first] as number;
  if (p >= 1) return values[last] as number;
  const target = p * total;
  const slack = 1e-12 * total;
  let cumulative = 0;
  for (let k = 0; k < sorted.length; k++) {
    const i = sorted[k] as number;
    cumulative += weights[i] as number;
    if (Math.abs(cumulative - target) <= slack && k + 1 < sorted.length) {
      return ((values[i] as number) + (values[sorted[k + 1] as number] as number)) / 2;
    }
    if (cumulative > target) return values[i] as number;
  }
  return values[last] as number;
}
