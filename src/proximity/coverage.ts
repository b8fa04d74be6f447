import { fail } from '../internal/errors.ts';
import { knownKeys, positiveNumber, weights as readWeights } from '../internal/validate.ts';
import { SphereGrid } from '../internal/sphereGrid.ts';
import { flagWithin } from './internal/sphereGridQueries.ts';
import { type CostCutoff, costCutoff, countByCost, noMaxCostWithoutCosts } from './internal/costQueries.ts';
import type { Position, TravelCosts } from './types.ts';
import { packPositions } from './internal/inputs.ts';

/** Options of {@link coverage}. */
export interface CoverageOptions {
  /** Radius in km; a point is covered when some site is at distance ≤ `radiusKm` (inclusive). */
  readonly radiusKm: number;
  /** One weight per point (households, eligible children …), ≥ 0. Default: every point weighs 1. */
  readonly weights?: ArrayLike<number>;
}

/** Options of {@link coverage} with a travel-cost matrix. */
export interface CoverageCostOptions {
  /**
   * Travel costs from each point (rows, origins) to each site (columns, destinations), e.g. walking minutes from
   * a routing engine. Absent sparse pairs and dense `Infinity` are not reachable.
   */
  readonly costs: TravelCosts;
  /** Cut-off in the matrix's unit; a point is covered when some site costs ≤ `maxCost` (inclusive). */
  readonly maxCost: number;
  /** One weight per point, ≥ 0. Default: every point weighs 1. */
  readonly weights?: ArrayLike<number>;
}

/** Result of {@link coverage}. */
export interface CoverageResult {
  /** 1 where the point has a site within the radius, else 0. */
  readonly covered: Uint8Array;
  /** Covered points ÷ points; `null` when there are no points. */
  readonly share: number | null;
  /** Covered weight ÷ total weight; `null` when the total weight is 0. Equals `share` without weights. */
  readonly weightedShare: number | null;
  /** Number of covered points. */
  readonly coveredCount: number;
  /** Weight of the covered points. */
  readonly coveredWeight: number;
  /** Total weight. */
  readonly totalWeight: number;
  /** Indices of the points with no site within the radius (the uncovered list), ascending. */
  readonly uncovered: Int32Array;
  /** The radius used, km. */
  readonly radiusKm: number;
  /** The unit of the cut-off: `'km'`. */
  readonly unit: 'km';
  /** The threshold convention: always `'distance <= radius'`. */
  readonly threshold: 'distance <= radius';
  /** Why a share is `null`, when one is. */
  readonly warnings: string[];
}

/** Result of {@link coverage} with a travel-cost matrix: the same fields, with the cut-off in the matrix's unit. */
export interface CoverageCostResult extends Omit<CoverageResult, 'radiusKm' | 'unit' | 'threshold'> {
  /** The cut-off used, in `unit`. */
  readonly maxCost: number;
  /** The matrix's unit label (`costs.unit`, e.g. `'minutes'`; `'cost'` when none was given). */
  readonly unit: string;
  /** Always `'cost <= maxCost'`. */
  readonly threshold: 'cost <= maxCost';
}

/**
 * Which points have a site within a radius, and the share covered — by count and weighted (households,
 * eligible children). Coverage by count and by population differ (spopt issue #287); equity analysis needs the
 * weighted share, so both are reported.
 *
 * Inside means turf distance ≤ radius (PySAL `access`, spopt `aij[cost <= radius]`). Straight-line coverage is
 * an upper bound on what a walk network reaches (ParkServe uses a ½-mile *network* walk).
 *
 * @param points - Points `[lng, lat]`. May be empty.
 * @param sites - Site positions `[lng, lat]`; at least one.
 * @param options - `radiusKm` and optional `weights`.
 * @returns Per-point flags, shares, the uncovered list and the convention used.
 * @throws {EquityLensError} `invalid_position` for a bad position, `empty` for no sites, `out_of_range` for a
 * radius ≤ 0 or a negative weight, `not_finite` for a NaN radius, `length_mismatch` when the weights do not line
 * up with the points.
 * @category Proximity
 * @example
 * ```ts
 * import { coverage } from "./coverage.ts";
 *
 * const centres = [[-121.90, 37.33]];
 * const homes = [[-121.89, 37.33], [-121.80, 37.33], [-121.90, 37.34]];
 * const result = coverage(homes, centres, { radiusKm: 1.5, weights: [1, 3, 2] });
 * Array.from(result.covered); // => [1, 0, 1]
 * result.share; // => 0.6666666666666666
 * result.weightedShare; // => 0.5
 * Array.from(result.uncovered); // => [1]
 * ```
 */
export function coverage(points: readonly unknown[], sites: readonly unknown[], options: CoverageCostOptions): CoverageCostResult;
/** {@link coverage} by great-circle distance: a site covers a point within `options.radiusKm`. */
export function coverage(points: readonly Position[], sites: readonly Position[], options: CoverageOptions): CoverageResult;
export function coverage(points: readonly unknown[], sites: readonly unknown[], options: CoverageOptions | CoverageCostOptions): CoverageResult | CoverageCostResult {
  const fn = 'coverage';
  if (options === null || typeof options !== 'object') {
    fail('missing_field', 'options.radiusKm', `${fn}: options.radiusKm is missing; give the radius in km, e.g. { radiusKm: 1.2 } (or { costs, maxCost }).`);
  }
  knownKeys(options, ['radiusKm', 'weights', 'costs', 'maxCost'], 'options', fn);
  let covered: Uint8Array;
  let cutoff: { radiusKm: number } | CostCutoff;
  let n: number;
  if ('costs' in options && options.costs !== undefined) {
    cutoff = costCutoff(points, sites, options as unknown as Readonly<Record<string, unknown>>, 'radiusKm', fn);
    n = points.length;
    const count = countByCost(cutoff.pairs);
    covered = new Uint8Array(n);
    for (let i = 0; i < n; i++) covered[i] = (count[i] as number) > 0 ? 1 : 0;
  } else {
    noMaxCostWithoutCosts(options as unknown as Readonly<Record<string, unknown>>, 'radiusKm', fn);
    const packedSites = packPositions(sites, 'sites', fn);
    const packedPoints = packPositions(points, 'points', fn);
    if (packedSites.length === 0) fail('empty', 'sites', `${fn}: sites is empty; pass at least one site position [lng, lat].`);
    const radiusKm = positiveNumber((options as CoverageOptions).radiusKm, 'options.radiusKm', fn);
    cutoff = { radiusKm };
    n = packedPoints.length >> 1;
    covered = flagWithin(new SphereGrid(packedSites), packedPoints, radiusKm);
  }
  const weights = options.weights === undefined ? undefined : readWeights(options.weights, n, 'options.weights', fn, { requirePositiveTotal: false }).weights;
  let coveredCount = 0;
  let coveredWeight = 0;
  let totalWeight = 0;
  for (let i = 0; i < n; i++) {
    const w = weights === undefined ? 1 : (weights[i] as number);
    totalWeight += w;
    if (covered[i] === 1) {
      coveredCount++;
      coveredWeight += w;
    }
  }
  const uncovered = new Int32Array(n - coveredCount);
  for (let i = 0, u = 0; i < n; i++) if (covered[i] === 0) uncovered[u++] = i;
  const warnings: string[] = [];
  if (n === 0) warnings.push('coverage: no points, so the shares are undefined (null).');
  else if (!(totalWeight > 0)) warnings.push('coverage: the weights sum to 0, so the weighted share is undefined (null).');
  return {
    covered,
    share: n === 0 ? null : coveredCount / n,
    weightedShare: totalWeight > 0 ? coveredWeight / totalWeight : null,
    coveredCount,
    coveredWeight,
    totalWeight,
    uncovered,
    ...('pairs' in cutoff
      ? { maxCost: cutoff.maxCost, unit: cutoff.unit, threshold: 'cost <= maxCost' as const }
      : { radiusKm: cutoff.radiusKm, unit: 'km' as const, threshold: 'distance <= radius' as const }),
    warnings,
  };
}
