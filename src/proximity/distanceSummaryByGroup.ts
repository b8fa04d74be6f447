import { describe, fail } from '../internal/errors.ts';
import { renamedOption } from '../internal/deprecation.ts';
import { knownKeys } from '../internal/validate.ts';
import { costPairs, nearestByCost } from './internal/costQueries.ts';
import { type GroupedRows, readGroupedRows } from './internal/groupedRows.ts';
import { NearestGrid, nearestAll } from '../internal/nearestGrid.ts';
import { NEAREST_SITES_PER_CELL } from '../internal/sphereGrid.ts';
import type { Position, TravelCosts } from './types.ts';
import { arrayOf, nonEmpty, packPositions } from './internal/inputs.ts';

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

/**
 * Options of {@link distanceSummaryByGroup} with a travel-cost matrix: row i of the matrix is `rows[i]`;
 * `location` is not read.
 */
export interface DistanceSummaryByGroupCostOptions<T> extends Omit<DistanceSummaryByGroupOptions<T>, 'location'> {
  /** Not read with a matrix (the row's index is its matrix row). */
  readonly location?: (row: T) => Position;
  /** Travel costs from each row (origins) to each site (destinations); absent sparse pairs and dense `Infinity` are not reachable. */
  readonly costs: TravelCosts;
}

/** One quantile of the least cost to a site, in the matrix's unit. */
export interface CostQuantile {
  /** Probability in [0, 1]. */
  readonly p: number;
  /** The cost; `null` when the group's reachable weight is 0. */
  readonly value: number | null;
}

/** Least-cost-to-a-site summary of one group (or of everyone), in the matrix's unit; unreachable rows apart. */
export interface CostSummary {
  /** Number of rows. */
  readonly count: number;
  /** Total weight of the rows that reach a site (the statistics' weight). */
  readonly weight: number;
  /** Weighted mean least cost; `null` when that weight is 0. */
  readonly mean: number | null;
  /** Weighted median (the 0.5 quantile); `null` when that weight is 0. */
  readonly median: number | null;
  /** The requested quantiles. */
  readonly quantiles: readonly CostQuantile[];
  /** Largest least cost among reachable rows of positive weight; `null` when that weight is 0. */
  readonly max: number | null;
  /** Rows that reach no site in the matrix (left out of the statistics). */
  readonly unreachableCount: number;
  /** Their weight. */
  readonly unreachableWeight: number;
}

/** Result of {@link distanceSummaryByGroup} with a travel-cost matrix. */
export interface DistanceSummaryByGroupCostResult {
  /** Everyone together. */
  readonly overall: CostSummary;
  /** Per group, in order of first appearance. */
  readonly groups: Map<string, CostSummary>;
  /** The matrix's unit label (`costs.unit`, e.g. `'minutes'`; `'cost'` when none was given). */
  readonly unit: string;
  /** The quantile definition: Hyndman & Fan (1996) type 2, weighted. */
  readonly quantileMethod: 'weighted inverse CDF, averaged at jumps (Hyndman-Fan type 2)';
  /** Unreachable rows and deprecated names, when any. */
  readonly warnings: string[];
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
export function distanceSummaryByGroup<T>(rows: readonly T[], sites: readonly unknown[], options: DistanceSummaryByGroupCostOptions<T>): DistanceSummaryByGroupCostResult;
/** {@link distanceSummaryByGroup} by great-circle distance: each row's distance to its nearest site, in km. */
export function distanceSummaryByGroup<T>(rows: readonly T[], sites: readonly Position[], options: DistanceSummaryByGroupOptions<T>): DistanceSummaryByGroupResult;
export function distanceSummaryByGroup<T>(
  rows: readonly T[],
  sites: readonly unknown[],
  options: DistanceSummaryByGroupOptions<T> | DistanceSummaryByGroupCostOptions<T>,
): DistanceSummaryByGroupResult | DistanceSummaryByGroupCostResult {
  const fn = 'distanceSummaryByGroup';
  if (options === null || typeof options !== 'object') {
    fail('missing_field', 'options.location', `${fn}: options is ${describe(options)}; pass { location, by } (or { by, costs }).`);
  }
  knownKeys(options, ['location', 'by', 'group', 'weight', 'quantiles', 'percentiles', 'costs'], 'options', fn);
  const deprecations: string[] = [];
  const by = renamedOption(options, 'by', 'group', 'options', fn, deprecations) as (row: T) => string;
  const requested = renamedOption(options, 'quantiles', 'percentiles', 'options', fn, deprecations) as readonly number[] | undefined;
  const useCosts = 'costs' in options && options.costs !== undefined;
  const packedSites = useCosts ? new Float64Array(0) : packPositions(sites, 'sites', fn);
  if (!useCosts && packedSites.length === 0) fail('empty', 'sites', `${fn}: sites is empty; pass at least one site position [lng, lat].`);
  const probabilities = requested ?? [0.25, 0.5, 0.75, 0.9];
  if (!Array.isArray(probabilities)) fail('invalid_type', 'options.quantiles', `${fn}: options.quantiles is ${describe(probabilities)}; expected an array of probabilities in [0, 1].`);
  probabilities.forEach((p, q) => {
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
      fail('out_of_range', `options.quantiles[${q}]`, `${fn}: options.quantiles[${q}] is ${describe(p)}; expected a probability in [0, 1] (write the 90th percentile as 0.9).`);
    }
  });
  const weightAccessor = options.weight === undefined ? {} : { weight: options.weight };
  if (useCosts) {
    const costOptions = options as DistanceSummaryByGroupCostOptions<T>;
    if (!Array.isArray(rows)) fail('invalid_type', 'rows', `${fn}: rows is ${describe(rows)}; expected an array of records.`);
    const columns = arrayOf(sites, 'sites', fn, 'sites (one per matrix column)');
    nonEmpty(columns, 'sites', fn, 'site');
    const pairs = costPairs(costOptions.costs, rows.length, columns.length, Infinity, fn);
    const grouped = readGroupedRows(rows, { by, ...weightAccessor }, fn);
    return costSummaries(grouped, nearestByCost(pairs).cost, probabilities, pairs.unit, deprecations, fn);
  }
  const grouped = readGroupedRows(rows, { location: (options as DistanceSummaryByGroupOptions<T>).location, by, ...weightAccessor }, fn);
  const n = grouped.groupOf.length;
  const distance = nearestAll(new NearestGrid(packedSites, NEAREST_SITES_PER_CELL), grouped.packed).distanceKm;
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
/** The cost summaries: reachable rows (finite least cost) in the statistics, unreachable ones counted apart. */
function costSummaries(grouped: GroupedRows, cost: Float64Array, probabilities: readonly number[], unit: string, warnings: string[], fn: string): DistanceSummaryByGroupCostResult {
  const n = grouped.groupOf.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => ((cost[a] as number) - (cost[b] as number)) || a - b);
  const members: number[][] = grouped.groups.keys.map(() => []);
  for (const i of order) members[grouped.groupOf[i] as number]?.push(i);
  let unreachableRows = 0;
  const summarise = (rowsInOrder: readonly number[]): CostSummary => {
    let count = 0;
    let weight = 0;
    let weighted = 0;
    let max: number | null = null;
    let unreachableCount = 0;
    let unreachableWeight = 0;
    const sorted: number[] = [];
    for (const i of rowsInOrder) {
      count++;
      const w = grouped.weights[i] as number;
      const c = cost[i] as number;
      if (c === Infinity) {
        unreachableCount++;
        unreachableWeight += w;
        continue;
      }
      if (w > 0) {
        weight += w;
        weighted += w * c;
        max = c;
        sorted.push(i);
      }
    }
    const quantile = (p: number): number | null => weightedPercentile(sorted, cost, grouped.weights, weight, p);
    return {
      count,
      weight,
      mean: weight > 0 ? weighted / weight : null,
      median: quantile(0.5),
      quantiles: probabilities.map((p) => ({ p, value: quantile(p) })),
      max,
      unreachableCount,
      unreachableWeight,
    };
  };
  const groups = new Map<string, CostSummary>();
  grouped.groups.keys.forEach((key, g) => groups.set(key, summarise(members[g] ?? [])));
  const overall = summarise(order);
  unreachableRows = overall.unreachableCount;
  if (unreachableRows > 0) warnings.push(`${fn}: ${unreachableRows} row(s) reach no site in options.costs; they are counted in unreachableCount and left out of the statistics.`);
  return { overall, groups, unit, quantileMethod: 'weighted inverse CDF, averaged at jumps (Hyndman-Fan type 2)', warnings };
}

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
