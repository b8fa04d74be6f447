/**
 * Builds the {@link Neighbourhood} of an accessibility or planning call from its options: coordinates with a
 * km cut-off, or a travel-cost matrix with a cost cut-off.
 *
 * @internal
 * @module
 */
import { fail } from '../../internal/errors.ts';
import { positiveNumber } from '../../internal/validate.ts';
import { packLocations, packPositions } from './inputs.ts';
import { costNeighbourhood, GeoNeighbourhood, type Neighbourhood } from './neighbourhood.ts';
import { SphereGrid } from '../../internal/sphereGrid.ts';

/** What {@link resolvePairs} needs to know. */
export interface PairsRequest {
  readonly fn: string;
  readonly demand: readonly unknown[];
  readonly demandPath: string;
  readonly demandShape: string;
  /** Whether `demand` holds positions rather than records with `.location`. */
  readonly demandArePositions?: boolean;
  /** Site records with `.location`, or positions when `sitesArePositions`. */
  readonly sites: readonly unknown[];
  readonly sitesPath: string;
  readonly siteShape: string;
  readonly sitesArePositions: boolean;
  readonly options: Readonly<Record<string, unknown>>;
  /** Name of the km cut-off option (`catchmentKm`, `radiusKm`). */
  readonly cutoffKey: string;
  /** Whether a cut-off is required (else every pair is in reach). */
  readonly cutoffRequired: boolean;
  /** Whether exact costs are needed for every pair in reach. */
  readonly needCost: boolean;
}

/** Coordinates of a resolved request, for the site-centric sweeps. */
export interface GeoPairs {
  /** Demand `[lng, lat, …]`, validated. */
  readonly demand: Float64Array;
  /** The sites' index. */
  readonly sites: SphereGrid;
  /** The cut-off in km (Infinity when none). */
  readonly cutoffKm: number;
}

/** The resolved neighbourhood and its cut-off. */
export interface ResolvedPairs {
  /** The pairs one demand location at a time (built on first use from coordinates). */
  readonly pairs: Neighbourhood;
  /** The coordinates, when the request gave coordinates rather than costs. */
  readonly geo: GeoPairs | null;
  /** `'coordinates'` or `'costs'`. */
  readonly input: 'coordinates' | 'costs';
  /** The cut-off in `unit` (Infinity when none). */
  readonly cutoff: number;
  /** `'km'` or the matrix's unit label. */
  readonly unit: string;
}

/** Validates the inputs and builds the pairs provider. */
export function resolvePairs(request: PairsRequest): ResolvedPairs {
  const { fn, options, cutoffKey } = request;
  const n = request.demand.length;
  const m = request.sites.length;
  if (options['costs'] !== undefined) {
    if (options[cutoffKey] !== undefined) {
      fail('invalid_value', `options.${cutoffKey}`, `${fn}: options.${cutoffKey} is given with options.costs; with a travel-cost matrix give the cut-off in its unit as options.maxCost.`);
    }
    let cutoff = Infinity;
    if (options['maxCost'] !== undefined) cutoff = positiveNumber(options['maxCost'], 'options.maxCost', fn);
    else if (request.cutoffRequired) {
      fail('missing_field', 'options.maxCost', `${fn}: options.maxCost is missing; with a travel-cost matrix give the cut-off in the matrix's unit.`);
    }
    const pairs = costNeighbourhood(options['costs'], n, m, cutoff, 'options.costs', fn);
    return { pairs, geo: null, input: 'costs', cutoff, unit: pairs.unit };
  }
  if (options['maxCost'] !== undefined) {
    fail('invalid_value', 'options.maxCost', `${fn}: options.maxCost needs options.costs (a travel-cost matrix); with coordinates use options.${cutoffKey} in km.`);
  }
  let cutoff = Infinity;
  if (options[cutoffKey] !== undefined) cutoff = positiveNumber(options[cutoffKey], `options.${cutoffKey}`, fn);
  else if (request.cutoffRequired) {
    fail('missing_field', `options.${cutoffKey}`, `${fn}: options.${cutoffKey} is missing; give the radius in km (or pass options.costs and options.maxCost).`);
  }
  const demand = request.demandArePositions === true
    ? packPositions(request.demand, request.demandPath, fn)
    : packLocations(request.demand, request.demandPath, fn, request.demandShape);
  const sites = request.sitesArePositions
    ? packPositions(request.sites, request.sitesPath, fn)
    : packLocations(request.sites, request.sitesPath, fn, request.siteShape);
  const grid = new SphereGrid(sites);
  let pairs: Neighbourhood | undefined;
  return {
    get pairs(): Neighbourhood {
      pairs ??= new GeoNeighbourhood(demand, grid, cutoff, request.needCost);
      return pairs;
    },
    geo: { demand, sites: grid, cutoffKm: cutoff },
    input: 'coordinates',
    cutoff,
    unit: 'km',
  };
}

/**
 * The pairs of the accessibility functions: demand rows `{ location, population }` and supply rows
 * `{ location, capacity }`, linked by coordinates within `options.catchmentKm` or by a travel-cost matrix.
 */
export function resolveAccessPairs(
  fn: string,
  demand: readonly unknown[],
  supply: readonly unknown[],
  options: object,
  cutoffRequired: boolean,
  needCost: boolean,
): ResolvedPairs {
  return resolvePairs({
    fn,
    demand,
    demandPath: 'demand',
    demandShape: '{ location, population }',
    sites: supply,
    sitesPath: 'supply',
    siteShape: '{ location, capacity }',
    sitesArePositions: false,
    options: options as Readonly<Record<string, unknown>>,
    cutoffKey: 'catchmentKm',
    cutoffRequired,
    needCost,
  });
}
