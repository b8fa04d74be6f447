/**
 * Demand bucketed in a uniform grid of cubes on the unit sphere, and the site-centric sweep that finds, for one
 * site, the demand within a cut-off — whole cells at once where the cut-off circle (or a ring of a step decay)
 * contains the cell, one household at a time only in cells the circle crosses.
 *
 * Households are placed on the unit sphere in the frame of the sites' {@link SphereGrid} (so site and household
 * coordinates compare directly), sorted by cell (counting sort, stable, so each cell keeps input order), and each
 * occupied cell keeps the bounding box of its own households. The chord between two points of the unit sphere is
 * 2·sin(θ/2), strictly increasing in the great-circle angle θ, so the box's least and greatest chord to a site
 * bound the distance of every household in it: a cell whose greatest chord is inside the circle by more than
 * {@link CHORD_MARGIN} (≈ 64 µm, four orders of magnitude above the rounding of any chord or haversine) has every
 * household within the cut-off by turf's haversine too, and one beyond it by the margin has none. Households of
 * crossed cells are decided by chord with the same margin, and the few within the margin by turf's haversine, so
 * every decision is the one a brute-force loop over `@turf/distance` makes.
 *
 * @internal
 * @module
 */
import { fail } from '../../internal/errors.ts';
import { BINARY, type CompiledDecay, decayValue, STEPS } from './decay.ts';
import { chordOfKm, EARTH_RADIUS_KM } from '../../internal/haversine.ts';
import { CHORD_MARGIN, type SphereGrid } from '../../internal/sphereGrid.ts';

const EARTH_KM: number = EARTH_RADIUS_KM;

/**
 * Cell edge as a fraction of the cut-off chord. A site visits about (2/f)² cells and tests one by one the
 * households of a band about one cell wide around its circle; 1/15 (200 m cells at a 3 km catchment) measured
 * fastest on a million households around San José.
 */
const CELL_PER_CHORD = 1 / 15;

/** Numbers per household in {@link DemandGrid.data}: 64 bytes, one cache line. */
export const STRIDE = 8;

/** Households in cells, with per-cell bounding boxes. */
export class DemandGrid {
  /** Number of households. */
  readonly size: number;
  /** Sorted position → input index. */
  readonly order: Int32Array;
  /**
   * Per household in sorted order, {@link STRIDE} numbers: the rotated unit vector x, y, z, then lng and lat in
   * degrees, cos(latitude) as turf computes it, and the household's weight (population; 1 when none is given).
   */
  readonly data: Float64Array;
  /** Households of cell c are sorted positions `cellStart[c]` … `cellStart[c + 1] − 1`. */
  readonly cellStart: Int32Array;
  /** Per cell: `[minX, minY, minZ, maxX, maxY, maxZ]` of its households. */
  readonly box: Float64Array;
  readonly nx: number;
  readonly ny: number;
  readonly nz: number;
  readonly ox: number;
  readonly oy: number;
  readonly oz: number;
  /** Cube edge on the unit sphere. */
  readonly edge: number;

  /**
   * @param packed - Households `[lng, lat, …]` in degrees, validated.
   * @param sites - The sites' grid, whose frame the households are placed in.
   * @param cutoffChord - The chord of the largest cut-off the sweeps will use (2 for none).
   * @param weights - Per household (input order) weight, stored with it; 1 each when omitted.
   */
  constructor(packed: Float64Array, sites: SphereGrid, cutoffChord: number, weights?: ArrayLike<number>) {
    const n = packed.length >> 1;
    this.size = n;
    const frame = sites.frame;
    const f0 = frame[0] as number, f1 = frame[1] as number, f2 = frame[2] as number;
    const f3 = frame[3] as number, f4 = frame[4] as number, f5 = frame[5] as number;
    const f6 = frame[6] as number, f7 = frame[7] as number, f8 = frame[8] as number;
    const raw = new Float64Array(3 * n);
    const rawCos = new Float64Array(n);
    let minX = Infinity, minY = Infinity, minZ = Infinity;
    let maxX = -Infinity, maxY = -Infinity, maxZ = -Infinity;
    const pi = Math.PI;
    // Stryker disable next-line EqualityOperator: equivalent — at i = n the vector is NaN: its writes fall past the end and NaN changes no min or max
    for (let i = 0; i < n; i++) {
      // toRadians inlined: validated positions have |lng| ≤ 180 and |lat| ≤ 90, where turf's `% 360` is the identity.
      const phi = ((packed[2 * i + 1] as number) * pi) / 180;
      const lambda = ((packed[2 * i] as number) * pi) / 180;
      const cosPhi = Math.cos(phi);
      const ux = cosPhi * Math.cos(lambda);
      const uy = cosPhi * Math.sin(lambda);
      const uz = Math.sin(phi);
      const x = f0 * ux + f1 * uy + f2 * uz;
      const y = f3 * ux + f4 * uy + f5 * uz;
      const z = f6 * ux + f7 * uy + f8 * uz;
      raw[3 * i] = x;
      raw[3 * i + 1] = y;
      raw[3 * i + 2] = z;
      rawCos[i] = cosPhi;
      // Stryker disable next-line EqualityOperator: equivalent — on a tie the extreme keeps the same value
      if (x < minX) minX = x;
      // Stryker disable next-line EqualityOperator: equivalent — on a tie the extreme keeps the same value
      if (x > maxX) maxX = x;
      // Stryker disable next-line EqualityOperator: equivalent — on a tie the extreme keeps the same value
      if (y < minY) minY = y;
      // Stryker disable next-line EqualityOperator: equivalent — on a tie the extreme keeps the same value
      if (y > maxY) maxY = y;
      // Stryker disable next-line EqualityOperator: equivalent — on a tie the extreme keeps the same value
      if (z < minZ) minZ = z;
      // Stryker disable next-line EqualityOperator: equivalent — on a tie the extreme keeps the same value
      if (z > maxZ) maxZ = z;
    }
    if (n === 0) minX = minY = minZ = maxX = maxY = maxZ = 0;
    const ex = maxX - minX, ey = maxY - minY, ez = maxZ - minZ;
    // At most about one cell per two households (and 4,096 for small inputs), so memory stays O(N).
    const maxCells = Math.max(4096, n >> 1);
    const count = (h: number): number => (Math.floor(ex / h) + 1) * (Math.floor(ey / h) + 1) * (Math.floor(ez / h) + 1);
    let h = Math.max(cutoffChord * CELL_PER_CHORD, 1e-9);
    if (count(h) > maxCells) {
      let lo = h;
      let hi = 4;
      for (let iteration = 0; iteration < 60; iteration++) {
        const mid = Math.sqrt(lo * hi);
        if (count(mid) <= maxCells) hi = mid;
        else lo = mid;
      }
      h = hi;
    }
    this.edge = h;
    this.ox = minX;
    this.oy = minY;
    this.oz = minZ;
    this.nx = Math.floor(ex / h) + 1;
    this.ny = Math.floor(ey / h) + 1;
    this.nz = Math.floor(ez / h) + 1;
    const cells = this.nx * this.ny * this.nz;
    const rawCell = new Int32Array(n);
    const start = new Int32Array(cells + 1);
    // Stryker disable next-line EqualityOperator: equivalent — at i = n the cell index is NaN, and typed arrays ignore writes at NaN or past the end
    for (let i = 0; i < n; i++) {
      const c = this.cellIndex(raw[3 * i] as number, raw[3 * i + 1] as number, raw[3 * i + 2] as number);
      rawCell[i] = c;
      start[c + 1] = (start[c + 1] as number) + 1;
    }
    // Stryker disable next-line EqualityOperator: equivalent — at c = cells the write to start[cells + 1] falls past the end, which a typed array ignores
    for (let c = 0; c < cells; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
    this.cellStart = start;
    // One interleaved record per household, so that the scatter of the counting sort (and later a cell's
    // households) touches one cache line per household instead of one per array.
    const fill = start.slice(0, cells);
    const order = new Int32Array(n);
    const data = new Float64Array(STRIDE * n);
    // Stryker disable next-line EqualityOperator: equivalent — at i = n the cell is undefined: the writes land on a non-index property or at NaN, never on an element
    for (let i = 0; i < n; i++) {
      const c = rawCell[i] as number;
      const t = fill[c] as number;
      fill[c] = t + 1;
      order[t] = i;
      const d = STRIDE * t;
      data[d] = raw[3 * i] as number;
      data[d + 1] = raw[3 * i + 1] as number;
      data[d + 2] = raw[3 * i + 2] as number;
      data[d + 3] = packed[2 * i] as number;
      data[d + 4] = packed[2 * i + 1] as number;
      data[d + 5] = rawCos[i] as number;
      data[d + 6] = weights === undefined ? 1 : (weights[i] as number);
    }
    this.order = order;
    this.data = data;
    const box = new Float64Array(6 * cells);
    // Stryker disable next-line EqualityOperator: equivalent — at c = cells no household is read and the box writes fall past the end
    for (let c = 0; c < cells; c++) {
      const end = start[c + 1] as number;
      let loX = Infinity, loY = Infinity, loZ = Infinity, hiX = -Infinity, hiY = -Infinity, hiZ = -Infinity;
      for (let t = start[c] as number; t < end; t++) {
        const x = data[STRIDE * t] as number, y = data[STRIDE * t + 1] as number, z = data[STRIDE * t + 2] as number;
        // Stryker disable next-line EqualityOperator: equivalent — on a tie the box bound keeps the same value
        if (x < loX) loX = x;
        // Stryker disable next-line EqualityOperator: equivalent — on a tie the box bound keeps the same value
        if (x > hiX) hiX = x;
        // Stryker disable next-line EqualityOperator: equivalent — on a tie the box bound keeps the same value
        if (y < loY) loY = y;
        // Stryker disable next-line EqualityOperator: equivalent — on a tie the box bound keeps the same value
        if (y > hiY) hiY = y;
        // Stryker disable next-line EqualityOperator: equivalent — on a tie the box bound keeps the same value
        if (z < loZ) loZ = z;
        // Stryker disable next-line EqualityOperator: equivalent — on a tie the box bound keeps the same value
        if (z > hiZ) hiZ = z;
      }
      box[6 * c] = loX;
      box[6 * c + 1] = loY;
      box[6 * c + 2] = loZ;
      box[6 * c + 3] = hiX;
      box[6 * c + 4] = hiY;
      box[6 * c + 5] = hiZ;
    }
    this.box = box;
  }

  /** Number of cells. */
  get cellCount(): number {
    return this.cellStart.length - 1;
  }

  /**
   * The cell of a household of this grid. No clamping needed: ox is the least coordinate and rounding is
   * monotone, so 0 ≤ x − ox ≤ the extent and the floor lies in 0 … nx − 1 (likewise y, z).
   */
  private cellIndex(x: number, y: number, z: number): number {
    const i = Math.floor((x - this.ox) / this.edge);
    const j = Math.floor((y - this.oy) / this.edge);
    const k = Math.floor((z - this.oz) / this.edge);
    return (i * this.ny + j) * this.nz + k;
  }

  /** The households' weights summed per cell. */
  weightPerCell(): Float64Array {
    const cells = this.cellCount;
    const data = this.data;
    const sums = new Float64Array(cells);
    // Stryker disable next-line EqualityOperator: equivalent — at c = cells the inner loop never runs and the write falls past the end
    for (let c = 0; c < cells; c++) {
      const end = this.cellStart[c + 1] as number;
      let sum = 0;
      for (let t = this.cellStart[c] as number; t < end; t++) sum += data[STRIDE * t + 6] as number;
      sums[c] = sum;
    }
    return sums;
  }
}

/**
 * The chord of a cut-off in km; with a margin of {@link CHORD_MARGIN}, the squared chords below which a point is
 * surely inside (−1 when none is) and above which it is surely outside.
 */
function thresholds(km: number): { inside2: number; outside2: number } {
  const chord = chordOfKm(km);
  const inner = chord - CHORD_MARGIN;
  const outer = chord + CHORD_MARGIN;
  // Stryker disable next-line EqualityOperator: equivalent — at inner = 0 only a household at chord 0 skips the exact test, and its exact weight is the first ring's as well
  return { inside2: inner > 0 ? inner * inner : -1, outside2: outer * outer };
}

/**
 * For one site at a time, the demand within the cut-off: whole cells with their (ring) weight, and single
 * households (sorted positions) with theirs. Binary and step decays take whole cells; other kernels weigh each
 * household by its exact distance.
 */
export class CatchmentSweep {
  /** Cells wholly in one ring of the site's catchment, after {@link CatchmentSweep.collect}. */
  cellCount = 0;
  readonly cells: Int32Array;
  readonly cellWeights: Float64Array;
  /** Households decided one by one (sorted positions), after {@link CatchmentSweep.collect}. */
  pairCount = 0;
  readonly pairs: Int32Array;
  readonly pairWeights: Float64Array;
  /** Ring upper bounds as squared chords, inside and outside the margin. */
  private readonly inside2: Float64Array;
  private readonly outside2: Float64Array;
  /** Weight of each ring. */
  private readonly ringWeights: Float64Array;
  /** Whether whole cells can be taken (binary and step decays). */
  private readonly bulk: boolean;

  constructor(
    readonly demand: DemandGrid,
    readonly sites: SphereGrid,
    readonly cutoffKm: number,
    readonly decay: CompiledDecay,
    private readonly fn: string,
    private readonly minPath: string,
  ) {
    this.cells = new Int32Array(demand.cellCount);
    this.cellWeights = new Float64Array(demand.cellCount);
    this.pairs = new Int32Array(demand.size);
    this.pairWeights = new Float64Array(demand.size);
    // Rings: each step bound below the cut-off, then the cut-off. decayValue is constant on (previous bound,
    // bound], so a ring's weight is its value at the upper bound.
    const bounds: number[] = [];
    // Stryker disable next-line ConditionalExpression: equivalent — the other kinds have no bounds (an empty array)
    if (decay.kind === STEPS) {
      // Stryker disable next-line EqualityOperator: equivalent — a bound equal to the cut-off repeats its ring, and the first of equal rings decides
      for (const b of decay.bounds) if (b < cutoffKm) bounds.push(b);
    }
    bounds.push(cutoffKm);
    this.bulk = decay.kind === BINARY || decay.kind === STEPS;
    const k = bounds.length;
    this.inside2 = new Float64Array(k);
    this.outside2 = new Float64Array(k);
    this.ringWeights = new Float64Array(k);
    bounds.forEach((bound, q) => {
      const t = thresholds(bound);
      this.inside2[q] = t.inside2;
      this.outside2[q] = t.outside2;
      // Stryker disable next-line ConditionalExpression: equivalent — decayValue of the binary decay is 1 too
      this.ringWeights[q] = decay.kind === BINARY ? 1 : decayValue(decay, bound);
    });
  }

  /** Collects site `j`'s catchment into `cells`/`cellWeights` and `pairs`/`pairWeights`. */
  collect(j: number): void {
    const g = this.demand;
    const sitesXyz = this.sites.xyz;
    const sx = sitesXyz[3 * j] as number, sy = sitesXyz[3 * j + 1] as number, sz = sitesXyz[3 * j + 2] as number;
    const rings = this.inside2.length;
    const outer2 = this.outside2[rings - 1] as number;
    const reach = Math.sqrt(outer2);
    const h = g.edge;
    const i0 = Math.max(0, Math.floor((sx - reach - g.ox) / h)), i1 = Math.min(g.nx - 1, Math.floor((sx + reach - g.ox) / h));
    const j0 = Math.max(0, Math.floor((sy - reach - g.oy) / h)), j1 = Math.min(g.ny - 1, Math.floor((sy + reach - g.oy) / h));
    const k0 = Math.max(0, Math.floor((sz - reach - g.oz) / h)), k1 = Math.min(g.nz - 1, Math.floor((sz + reach - g.oz) / h));
    const ny = g.ny, nz = g.nz;
    const cellStart = g.cellStart;
    const box = g.box;
    const data = g.data;
    const cells = this.cells;
    const cellWeights = this.cellWeights;
    const pairs = this.pairs;
    const pairWeights = this.pairWeights;
    const inside2 = this.inside2;
    const outside2 = this.outside2;
    const ringWeights = this.ringWeights;
    const bulk = this.bulk;
    let cellCount = 0;
    let pairCount = 0;
    for (let i = i0; i <= i1; i++) {
      for (let jj = j0; jj <= j1; jj++) {
        const base = (i * ny + jj) * nz;
        for (let k = k0; k <= k1; k++) {
          const c = base + k;
          const first = cellStart[c] as number;
          const end = cellStart[c + 1] as number;
          if (first === end) continue;
          const b = 6 * c;
          const loX = box[b] as number, loY = box[b + 1] as number, loZ = box[b + 2] as number;
          const hiX = box[b + 3] as number, hiY = box[b + 4] as number, hiZ = box[b + 5] as number;
          // Stryker disable next-line EqualityOperator: equivalent — on a tie both branches give a gap of 0
          const gx = loX > sx ? loX - sx : sx > hiX ? sx - hiX : 0;
          // Stryker disable next-line EqualityOperator: equivalent — on a tie both branches give a gap of 0
          const gy = loY > sy ? loY - sy : sy > hiY ? sy - hiY : 0;
          // Stryker disable next-line EqualityOperator: equivalent — on a tie both branches give a gap of 0
          const gz = loZ > sz ? loZ - sz : sz > hiZ ? sz - hiZ : 0;
          const min2 = gx * gx + gy * gy + gz * gz;
          // Stryker disable next-line EqualityOperator: equivalent — a cell at exactly the outer chord has no household inside: each is beyond the cut-off by the margin
          if (min2 > outer2) continue;
          if (bulk) {
            const fx = Math.max(sx - loX, hiX - sx);
            const fy = Math.max(sy - loY, hiY - sy);
            const fz = Math.max(sz - loZ, hiZ - sz);
            const max2 = fx * fx + fy * fy + fz * fz;
            // The first ring that surely holds the farthest corner; the cell is wholly in it when its nearest
            // point is surely beyond the ring before.
            let q = 0;
            while (q < rings && max2 > (inside2[q] as number)) q++;
            if (q < rings && (q === 0 || min2 > (outside2[q - 1] as number))) {
              cells[cellCount] = c;
              cellWeights[cellCount] = ringWeights[q] as number;
              cellCount++;
              continue;
            }
            for (let t = first; t < end; t++) {
              const dx = sx - (data[STRIDE * t] as number);
              const dy = sy - (data[STRIDE * t + 1] as number);
              const dz = sz - (data[STRIDE * t + 2] as number);
              const c2 = dx * dx + dy * dy + dz * dz;
              // Stryker disable next-line EqualityOperator: equivalent — a household at exactly the outer chord is beyond the cut-off by the margin, and the exact test says so
              if (c2 > outer2) continue;
              // Stryker disable next-line UnaryOperator: equivalent — every household that gets here is at most the last ring's outer chord, so the loop below always sets the weight
              let weight = -1;
              // Stryker disable next-line EqualityOperator: equivalent — the loop always breaks by the last ring (c2 ≤ its outer chord), so r never reaches rings
              for (let r = 0; r < rings; r++) {
                // Stryker disable next-line EqualityOperator, BlockStatement: equivalent — a household inside the ring falls through to the exact test, which gives the ring's weight too
                if (c2 <= (inside2[r] as number)) {
                  weight = ringWeights[r] as number;
                  break;
                }
                // Stryker disable next-line EqualityOperator: equivalent — at exactly the outer chord the household is beyond the ring by the margin: the next ring (or the cut-off) decides it the same
                if (c2 <= (outside2[r] as number)) {
                  weight = this.exactWeight(t, j);
                  break;
                }
              }
              if (weight < 0) continue;
              pairs[pairCount] = t;
              pairWeights[pairCount] = weight;
              pairCount++;
            }
          } else {
            for (let t = first; t < end; t++) {
              const dx = sx - (data[STRIDE * t] as number);
              const dy = sy - (data[STRIDE * t + 1] as number);
              const dz = sz - (data[STRIDE * t + 2] as number);
              // Stryker disable next-line EqualityOperator: equivalent — a household at exactly the outer chord is beyond the cut-off by the margin, and the exact test says so
              if (dx * dx + dy * dy + dz * dz > outer2) continue;
              const weight = this.exactWeight(t, j);
              if (weight < 0) continue;
              pairs[pairCount] = t;
              pairWeights[pairCount] = weight;
              pairCount++;
            }
          }
        }
      }
    }
    this.cellCount = cellCount;
    this.pairCount = pairCount;
  }

  /**
   * The weight of household `t` (sorted) and site `j` from turf's haversine: −1 beyond the cut-off. The
   * haversine is {@link haversineKm}'s, inlined (same operations in the same order, so bit-identical).
   */
  private exactWeight(t: number, j: number): number {
    const g = this.demand;
    const lng = g.data[STRIDE * t + 3] as number;
    const lat = g.data[STRIDE * t + 4] as number;
    const coordinates = this.sites.coordinates;
    const pi = Math.PI;
    const dLat = (((coordinates[2 * j + 1] as number) - lat) * pi) / 180;
    const dLonDegrees = (coordinates[2 * j] as number) - lng;
    // Stryker disable next-line UnaryOperator: equivalent — with +360 the test is always true and `%` runs, which is the identity inside (−360, 360) and gives 0 at ±360
    const dLon = ((dLonDegrees < 360 && dLonDegrees > -360 ? dLonDegrees : dLonDegrees % 360) * pi) / 180;
    let a = Math.pow(Math.sin(dLat / 2), 2) + Math.pow(Math.sin(dLon / 2), 2) * (g.data[STRIDE * t + 5] as number) * (this.sites.cosLat[j] as number);
    // Stryker disable next-line EqualityOperator: equivalent — at a = 1 the clamp sets a to the 1 it already is
    if (a > 1) a = 1;
    const km = 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * EARTH_KM;
    if (!(km <= this.cutoffKm)) return -1;
    if (this.decay.kind === BINARY) return 1;
    const weight = decayValue(this.decay, km);
    if (weight === Infinity) {
      const i = g.order[t] as number;
      fail(
        'invalid_value',
        this.minPath,
        `${this.fn}: demand ${i} and site ${j} are ${km} apart, where a power decay d^−β is infinite; set ${this.minPath} > 0 (e.g. 0.1 km).`,
      );
    }
    return weight;
  }
}

/** The demand grid (with per-household weights, if given) and sweep for a cut-off in km (Infinity for none). */
export function sweepFor(
  packedDemand: Float64Array,
  sites: SphereGrid,
  cutoffKm: number,
  decay: CompiledDecay,
  fn: string,
  minPath: string,
  weights?: ArrayLike<number>,
): CatchmentSweep {
  const grid = new DemandGrid(packedDemand, sites, chordOfKm(cutoffKm), weights);
  return new CatchmentSweep(grid, sites, cutoffKm, decay, fn, minPath);
}

/**
 * How many sites lie within the sweep's cut-off of each household, in input order (`count`) and in the grid's
 * sorted order (`sortedCount`): whole cells through a per-cell counter, crossed cells one household at a time.
 * With `weightWithin`, also writes each site's demand within the cut-off (Σ of the households' weights).
 */
export function countSweep(sweep: CatchmentSweep, weightWithin?: Float64Array): { count: Int32Array; sortedCount: Int32Array } {
  const grid = sweep.demand;
  const n = grid.size;
  const m = sweep.sites.size;
  const cellCounts = new Int32Array(grid.cellCount);
  const sortedCount = new Int32Array(n);
  const cellWeight = weightWithin === undefined ? null : grid.weightPerCell();
  const data = grid.data;
  const siteOrder = sweep.sites.cellSites;
  // Stryker disable next-line EqualityOperator: equivalent — at o = m the site is undefined: its vector is NaN, no cell is visited and the weight lands on a non-index key
  for (let o = 0; o < m; o++) {
    const j = siteOrder[o] as number;
    sweep.collect(j);
    const cells = sweep.cells;
    const pairs = sweep.pairs;
    let weight = 0;
    for (let q = 0; q < sweep.cellCount; q++) {
      const c = cells[q] as number;
      cellCounts[c] = (cellCounts[c] as number) + 1;
      if (cellWeight !== null) weight += cellWeight[c] as number;
    }
    for (let q = 0; q < sweep.pairCount; q++) {
      const t = pairs[q] as number;
      sortedCount[t] = (sortedCount[t] as number) + 1;
      if (cellWeight !== null) weight += data[STRIDE * t + 6] as number;
    }
    if (weightWithin !== undefined) weightWithin[j] = weight;
  }
  const count = new Int32Array(n);
  const cells = grid.cellCount;
  // Stryker disable next-line EqualityOperator: equivalent — at c = cells cellStart[c + 1] is undefined and the inner loop never runs
  for (let c = 0; c < cells; c++) {
    const end = grid.cellStart[c + 1] as number;
    const inCell = cellCounts[c] as number;
    for (let t = grid.cellStart[c] as number; t < end; t++) {
      const total = (sortedCount[t] as number) + inCell;
      sortedCount[t] = total;
      count[grid.order[t] as number] = total;
    }
  }
  return { count, sortedCount };
}

/**
 * Per site, the weight of the households within the cut-off that no other site reaches (`sortedCount` from
 * {@link countSweep} on the same sweep): a second sweep, with per-cell sums of those households' weights.
 */
export function exclusiveSweep(sweep: CatchmentSweep, sortedCount: Int32Array): Float64Array {
  const grid = sweep.demand;
  const m = sweep.sites.size;
  const data = grid.data;
  const cellOnly = new Float64Array(grid.cellCount);
  // Stryker disable next-line EqualityOperator: equivalent — at c = cellCount no household is read and the write falls past the end
  for (let c = 0; c < grid.cellCount; c++) {
    const end = grid.cellStart[c + 1] as number;
    let sum = 0;
    for (let t = grid.cellStart[c] as number; t < end; t++) if ((sortedCount[t] as number) === 1) sum += data[STRIDE * t + 6] as number;
    cellOnly[c] = sum;
  }
  const exclusive = new Float64Array(m);
  const siteOrder = sweep.sites.cellSites;
  // Stryker disable next-line EqualityOperator: equivalent — at o = m the site is undefined: its vector is NaN, no cell is visited and the weight lands on a non-index key
  for (let o = 0; o < m; o++) {
    const j = siteOrder[o] as number;
    sweep.collect(j);
    let weight = 0;
    for (let q = 0; q < sweep.cellCount; q++) weight += cellOnly[sweep.cells[q] as number] as number;
    for (let q = 0; q < sweep.pairCount; q++) {
      const t = sweep.pairs[q] as number;
      if ((sortedCount[t] as number) === 1) weight += data[STRIDE * t + 6] as number;
    }
    exclusive[j] = weight;
  }
  return exclusive;
}
