/**
 * Who reaches whom: the demand–site pairs within a cut-off, from coordinates (through {@link SphereGrid}) or
 * from a dense or sparse travel-cost matrix. Pairs are produced one demand location at a time into scratch
 * arrays, so no function ever holds all pairs in memory.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import type { TravelCosts } from '../types.ts';
import type { SphereGrid } from '../../internal/sphereGrid.ts';
import { sitesWithin } from './sphereGridQueries.ts';

/** The pairs within a cut-off, one demand location at a time. */
export interface Neighbourhood {
  /** Number of demand locations. */
  readonly demandCount: number;
  /** Number of sites. */
  readonly siteCount: number;
  /** `'km'` for coordinates, else the matrix's unit label. */
  readonly unit: string;
  /**
   * Writes the sites with cost ≤ cut-off (inclusive) for demand `i` into `sites` and their costs into `costs`;
   * returns how many. Costs are exact when the neighbourhood was built with `needCost`; otherwise a site
   * clearly inside may carry −1.
   */
  query(i: number, sites: Int32Array, costs: Float64Array): number;
}

/** Pairs from coordinates. */
export class GeoNeighbourhood implements Neighbourhood {
  readonly demandCount: number;
  readonly siteCount: number;
  readonly unit: string = 'km';
  private readonly demand: Float64Array;
  /** Per demand: x, y, z, cos(lat). */
  private readonly demandXyz: Float64Array;

  constructor(
    demand: Float64Array,
    readonly grid: SphereGrid,
    private readonly cutoffKm: number,
    private readonly needCost: boolean,
  ) {
    this.demand = demand;
    this.demandCount = demand.length >> 1;
    this.siteCount = grid.size;
    this.demandXyz = new Float64Array(4 * this.demandCount);
    for (let i = 0; i < this.demandCount; i++) {
      const lng = demand[2 * i] as number;
      const lat = demand[2 * i + 1] as number;
      grid.project(lng, lat, this.demandXyz, 4 * i);
    }
  }

  query(i: number, sites: Int32Array, costs: Float64Array): number {
    const q = this.demandXyz;
    return sitesWithin(
      this.grid,
      q[4 * i] as number,
      q[4 * i + 1] as number,
      q[4 * i + 2] as number,
      this.demand[2 * i] as number,
      this.demand[2 * i + 1] as number,
      q[4 * i + 3] as number,
      this.cutoffKm,
      this.needCost,
      false,
      sites,
      costs,
    );
  }
}

/** Pairs from a dense matrix (validated, copied row-major). */
class DenseNeighbourhood implements Neighbourhood {
  constructor(
    readonly demandCount: number,
    readonly siteCount: number,
    readonly unit: string,
    private readonly matrix: Float64Array,
    private readonly cutoff: number,
  ) {}

  query(i: number, sites: Int32Array, costs: Float64Array): number {
    const m = this.siteCount;
    const row = i * m;
    let count = 0;
    for (let j = 0; j < m; j++) {
      const c = this.matrix[row + j] as number;
      // Infinity marks an unreachable pair, also when there is no cut-off (cutoff = Infinity).
      if (c <= this.cutoff && c !== Infinity) {
        sites[count] = j;
        costs[count] = c;
        count++;
      }
    }
    return count;
  }
}

/** Pairs from origin–destination triples, grouped by origin. */
class SparseNeighbourhood implements Neighbourhood {
  constructor(
    readonly demandCount: number,
    readonly siteCount: number,
    readonly unit: string,
    private readonly start: Int32Array,
    private readonly destination: Int32Array,
    private readonly cost: Float64Array,
    private readonly cutoff: number,
  ) {}

  query(i: number, sites: Int32Array, costs: Float64Array): number {
    let count = 0;
    const end = this.start[i + 1] as number;
    for (let p = this.start[i] as number; p < end; p++) {
      const c = this.cost[p] as number;
      if (c <= this.cutoff) {
        sites[count] = this.destination[p] as number;
        costs[count] = c;
        count++;
      }
    }
    return count;
  }
}

function costIndex(value: unknown, path: string, count: number, what: string, fn: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= count) {
    fail(
      'out_of_range',
      path,
      `${fn}: ${path} is ${describe(value)}; expected a whole-number index of the ${what} array, 0 to ${count - 1}.`,
    );
  }
  return value;
}

/** Validates a {@link TravelCosts} for `n` demand locations and `m` sites and builds its neighbourhood. */
export function costNeighbourhood(costs: unknown, n: number, m: number, cutoff: number, path: string, fn: string): Neighbourhood {
  if (costs === null || typeof costs !== 'object') {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(costs)}; expected { dense: number[][] } or { sparse: { origin, destination, cost }[] }.`);
  }
  const record = costs as Record<string, unknown>;
  const unitValue = record['unit'];
  if (unitValue !== undefined && typeof unitValue !== 'string') {
    fail('invalid_type', `${path}.unit`, `${fn}: ${path}.unit is ${describe(unitValue)}; expected a label such as "minutes".`);
  }
  const unit = unitValue ?? 'cost';
  if ('dense' in record) {
    const rows = record['dense'];
    if (!Array.isArray(rows)) fail('invalid_type', `${path}.dense`, `${fn}: ${path}.dense is ${describe(rows)}; expected one row per demand location.`);
    if (rows.length !== n) {
      fail('length_mismatch', `${path}.dense`, `${fn}: ${path}.dense has ${rows.length} rows but there are ${n} demand locations; pass one row per demand location (origin = demand).`);
    }
    const matrix = new Float64Array(n * m);
    for (let i = 0; i < n; i++) {
      const row: unknown = rows[i];
      if (!Array.isArray(row) && !ArrayBuffer.isView(row)) {
        fail('invalid_type', `${path}.dense[${i}]`, `${fn}: ${path}.dense[${i}] is ${describe(row)}; expected an array of ${m} costs.`);
      }
      const cells = row as ArrayLike<unknown>;
      if (cells.length !== m) {
        fail('length_mismatch', `${path}.dense[${i}]`, `${fn}: ${path}.dense[${i}] has ${cells.length} costs but there are ${m} sites; pass one column per site (destination = site).`);
      }
      for (let j = 0; j < m; j++) {
        const c = cells[j];
        if (typeof c !== 'number' || Number.isNaN(c) || c < 0 || c === -Infinity) {
          fail('out_of_range', `${path}.dense[${i}][${j}]`, `${fn}: ${path}.dense[${i}][${j}] is ${describe(c)}; expected a cost ≥ 0 (Infinity for an unreachable pair).`);
        }
        matrix[i * m + j] = c;
      }
    }
    return new DenseNeighbourhood(n, m, unit, matrix, cutoff);
  }
  if ('sparse' in record) {
    const entries = record['sparse'];
    if (!Array.isArray(entries)) fail('invalid_type', `${path}.sparse`, `${fn}: ${path}.sparse is ${describe(entries)}; expected an array of { origin, destination, cost }.`);
    const start = new Int32Array(n + 1);
    const origins = new Int32Array(entries.length);
    for (let p = 0; p < entries.length; p++) {
      const entry: unknown = entries[p];
      if (entry === null || typeof entry !== 'object') {
        fail('invalid_type', `${path}.sparse[${p}]`, `${fn}: ${path}.sparse[${p}] is ${describe(entry)}; expected { origin, destination, cost }.`);
      }
      const e = entry as Record<string, unknown>;
      const origin = costIndex(e['origin'], `${path}.sparse[${p}].origin`, n, 'demand', fn);
      costIndex(e['destination'], `${path}.sparse[${p}].destination`, m, 'site', fn);
      const c = e['cost'];
      if (typeof c !== 'number' || !Number.isFinite(c) || c < 0) {
        fail('out_of_range', `${path}.sparse[${p}].cost`, `${fn}: ${path}.sparse[${p}].cost is ${describe(c)}; expected a finite cost ≥ 0 (leave unreachable pairs out).`);
      }
      origins[p] = origin;
      start[origin + 1] = (start[origin + 1] as number) + 1;
    }
    for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
    const fill = start.slice(0, n);
    const destination = new Int32Array(entries.length);
    const cost = new Float64Array(entries.length);
    const entryAt = new Int32Array(entries.length);
    for (let p = 0; p < entries.length; p++) {
      const e = entries[p] as { destination: number; cost: number };
      const o = origins[p] as number;
      const slot = fill[o] as number;
      fill[o] = slot + 1;
      destination[slot] = e.destination;
      cost[slot] = e.cost;
      entryAt[slot] = p;
    }
    // A pair given twice is ambiguous: report the second occurrence.
    const seenAt = new Int32Array(m).fill(-1);
    for (let i = 0; i < n; i++) {
      for (let p = start[i] as number; p < (start[i + 1] as number); p++) {
        const j = destination[p] as number;
        if ((seenAt[j] as number) === i) {
          fail('duplicate', `${path}.sparse[${entryAt[p] as number}]`, `${fn}: ${path}.sparse[${entryAt[p] as number}] repeats the pair origin ${i} → destination ${j}; give each pair once.`);
        }
        seenAt[j] = i;
      }
    }
    return new SparseNeighbourhood(n, m, unit, start, destination, cost, cutoff);
  }
  return fail('invalid_value', path, `${fn}: ${path} has neither "dense" nor "sparse"; pass { dense: number[][] } or { sparse: { origin, destination, cost }[] }.`);
}
