/**
 * An exact spatial index of sites for great-circle queries: the grid itself. The queries live apart, so an import
 * carries only those it uses (a bundler cannot drop an unused method of a class it keeps): nearest sites in
 * `nearestGrid.ts` (`NearestGrid`; shared, as here, because `evaluateGoal` measures distances to sites too), k nearest
 * sites and sites within a radius in `proximity/internal/sphereGridQueries.ts`, the demand sweeps of the catchment
 * functions in `proximity/internal/demandGrid.ts`.
 *
 * Sites are placed on the unit sphere in 3-D (x = cos φ cos λ, y = cos φ sin λ, z = sin φ) and bucketed in a
 * uniform grid of cubes with per-cell candidate lists (counting sort, so each list keeps site order). The
 * straight-line (chord) distance between two points on the unit sphere is 2·sin(θ/2), a strictly increasing
 * function of the great-circle angle θ, so a Euclidean bound on the grid is a bound on the great-circle
 * distance with no projection error: no special case at high latitudes, at the poles or across the
 * antimeridian. Candidates are compared by chord; every candidate within {@link CHORD_MARGIN} of the decisive
 * chord is re-measured with turf's haversine, so results (and `≤ radius` decisions) are exactly those of a
 * brute-force loop over `@turf/distance`.
 *
 * @internal
 * @module
 */
import { toRadians } from './haversine.ts';

/**
 * Chord-length margin on the unit sphere (≈ 64 µm on the earth) inside which two candidates, or a candidate
 * and a radius, are decided by turf's haversine rather than by the chord. Floating-point error of the chord is
 * below 1e-15, four orders of magnitude smaller.
 */
export const CHORD_MARGIN = 1e-11;

/** Default average number of sites per grid cell: right for radius queries. */
export const SITES_PER_CELL = 2;

/**
 * Sites per cell for nearest-site queries. Candidate lists are sorted, so a query reads only the first few
 * entries (~4 at 1.5 sites per cell, of lists of ~18); finer cells meant more lists in memory and more cache
 * misses (0.5 per cell measured ~25% slower on 1M households × 5,000 sites).
 */
export const NEAREST_SITES_PER_CELL = 1.5;

/** Unit-sphere coordinates of a position given in degrees; writes into `out` at `offset`. */
export function unitVector(lng: number, lat: number, out: Float64Array, offset: number): void {
  const phi = toRadians(lat);
  const lambda = toRadians(lng);
  const cosPhi = Math.cos(phi);
  out[offset] = cosPhi * Math.cos(lambda);
  out[offset + 1] = cosPhi * Math.sin(lambda);
  out[offset + 2] = Math.sin(phi);
}

/**
 * A static grid index over sites given as packed `[lng, lat, …]` degrees: sites bucketed in cubes of the unit
 * sphere, in a frame rotated so that they lie flat.
 *
 * @internal
 */
export class SphereGrid {
  /** Number of sites. */
  readonly size: number;
  /** Packed `[lng, lat]` of the sites, in degrees. */
  readonly coordinates: Float64Array;
  /** cos(latitude) of each site, as turf computes it. */
  readonly cosLat: Float64Array;
  /** Unit vectors of the sites in the rotated frame, packed `[x, y, z]`. */
  readonly xyz: Float64Array;
  /** Rotation rows: the frame's axes e1, e2 (in the sites' tangent plane) and n (their mean direction). */
  readonly frame: Float64Array;
  /** Cube edge of the grid on the unit sphere. */
  readonly cell: number;
  /** Grid origin and cells per axis. */
  readonly ox: number;
  readonly oy: number;
  readonly oz: number;
  readonly nx: number;
  readonly ny: number;
  readonly nz: number;
  /** Number of cells (nx · ny · nz). */
  readonly cellCount: number;
  /** Sites of cell c are `cellSites[cellStart[c]]` … `cellSites[cellStart[c + 1] − 1]`. */
  readonly cellStart: Int32Array;
  /** Site indices sorted by grid cell (a spatial order: neighbours in it are near each other). */
  readonly cellSites: Int32Array;
  /** Scratch of `kNearestInGrid`: the k best squared chords so far. */
  kTop: Float64Array = new Float64Array(0);
  /** Scratch list of near-tied candidates for one nearest query (also the candidate list of `kNearestInGrid`). */
  readonly ties: Int32Array;
  /** Squared chords of {@link SphereGrid.ties}. */
  readonly ties2: Float64Array;
  /** Scratch of {@link ringCells}: the cells of one ring (at most every cell). */
  readonly ring: Int32Array;

  constructor(coordinates: Float64Array, sitesPerCell: number = SITES_PER_CELL) {
    const n = coordinates.length >> 1;
    this.size = n;
    this.coordinates = coordinates;
    this.cosLat = new Float64Array(n);
    this.xyz = new Float64Array(3 * n);
    // Rotate so the sites' mean direction is the z axis: a city then lies flat in x–y and the grid is
    // effectively 2-D. A rotation preserves chord lengths, so the bounds stay exact.
    const raw = new Float64Array(3 * n);
    let sx = 0, sy = 0, sz = 0;
    for (let s = 0; s < n; s++) {
      unitVector(coordinates[2 * s] as number, coordinates[2 * s + 1] as number, raw, 3 * s);
      sx += raw[3 * s] as number;
      sy += raw[3 * s + 1] as number;
      sz += raw[3 * s + 2] as number;
    }
    this.frame = orthonormalFrame(sx, sy, sz);
    let minX = Infinity, minY = Infinity, minZ = Infinity;
    let maxX = -Infinity, maxY = -Infinity, maxZ = -Infinity;
    for (let s = 0; s < n; s++) {
      const lat = coordinates[2 * s + 1] as number;
      this.cosLat[s] = Math.cos(toRadians(lat));
      rotate(this.frame, raw[3 * s] as number, raw[3 * s + 1] as number, raw[3 * s + 2] as number, this.xyz, 3 * s);
      const x = this.xyz[3 * s] as number, y = this.xyz[3 * s + 1] as number, z = this.xyz[3 * s + 2] as number;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      if (z < minZ) minZ = z;
      if (z > maxZ) maxZ = z;
    }
    if (n === 0) {
      minX = minY = minZ = 0;
      maxX = maxY = maxZ = 0;
    }
    const ex = maxX - minX, ey = maxY - minY, ez = maxZ - minZ;
    const target = Math.max(1, Math.ceil(n / sitesPerCell));
    // Smallest cube edge whose grid has at most `target` cells (bisection on a monotone count), never below
    // 1e-9 (6 mm) so a cluster of identical sites gets one cell.
    const cells = (h: number): number => (Math.floor(ex / h) + 1) * (Math.floor(ey / h) + 1) * (Math.floor(ez / h) + 1);
    let lo = 1e-9;
    let hi = 4;
    if (cells(lo) <= target) hi = lo;
    else {
      for (let iteration = 0; iteration < 60; iteration++) {
        const mid = Math.sqrt(lo * hi);
        if (cells(mid) <= target) hi = mid;
        else lo = mid;
      }
    }
    this.cell = hi;
    // Pad the grid in x–y by a quarter of the extent on each side (at most ~2.25× the cells), so households a
    // little beyond the outermost sites still get a cell and its candidate list instead of a ring search;
    // extend z to where the sphere lies over the padded footprint. Cells never exceed max(4·target, 64).
    let padX = 0.25 * ex + hi;
    let padY = 0.25 * ey + hi;
    const maxCells = Math.max(4 * target, 64);
    while (padX > 0 && (Math.floor((ex + 2 * padX) / hi) + 1) * (Math.floor((ey + 2 * padY) / hi) + 1) * (Math.floor(ez / hi) + 1) > maxCells) {
      padX /= 2;
      padY /= 2;
      if (padX < hi) padX = padY = 0;
    }
    const x0 = minX - padX, x1 = maxX + padX, y0 = minY - padY, y1 = maxY + padY;
    const farX = Math.max(Math.abs(x0), Math.abs(x1)), farY = Math.max(Math.abs(y0), Math.abs(y1));
    const nearX = x0 > 0 ? x0 : x1 < 0 ? x1 : 0, nearY = y0 > 0 ? y0 : y1 < 0 ? y1 : 0;
    let z0 = minZ, z1 = maxZ;
    if (padX > 0 && farX * farX + farY * farY < 1 && minZ > 0) {
      z0 = Math.min(minZ, Math.sqrt(1 - farX * farX - farY * farY));
      z1 = Math.max(maxZ, Math.min(1, Math.sqrt(Math.max(0, 1 - nearX * nearX - nearY * nearY))));
    }
    this.ox = x0;
    this.oy = y0;
    this.oz = z0;
    this.nx = Math.floor((x1 - x0) / hi) + 1;
    this.ny = Math.floor((y1 - y0) / hi) + 1;
    this.nz = Math.floor((z1 - z0) / hi) + 1;
    if (this.nx * this.ny * this.nz > 4 * maxCells) {
      // The z extension made the grid too deep (a wide, curved region): fall back to the sites' own box.
      this.ox = minX;
      this.oy = minY;
      this.oz = minZ;
      this.nx = Math.floor(ex / hi) + 1;
      this.ny = Math.floor(ey / hi) + 1;
      this.nz = Math.floor(ez / hi) + 1;
    }
    const cellCount = this.nx * this.ny * this.nz;
    this.cellCount = cellCount;
    const cellOf = new Int32Array(n);
    const counts = new Int32Array(cellCount + 1);
    for (let s = 0; s < n; s++) {
      const c = this.cellIndex(this.xyz[3 * s] as number, this.xyz[3 * s + 1] as number, this.xyz[3 * s + 2] as number);
      cellOf[s] = c;
      counts[c + 1] = (counts[c + 1] as number) + 1;
    }
    for (let c = 0; c < cellCount; c++) counts[c + 1] = (counts[c + 1] as number) + (counts[c] as number);
    this.cellStart = counts;
    const fill = counts.slice(0, cellCount);
    this.cellSites = new Int32Array(n);
    for (let s = 0; s < n; s++) {
      const c = cellOf[s] as number;
      this.cellSites[fill[c] as number] = s;
      fill[c] = (fill[c] as number) + 1;
    }
    this.ties = new Int32Array(Math.max(1, n));
    this.ties2 = new Float64Array(Math.max(1, n));
    this.ring = new Int32Array(cellCount);
  }

  /**
   * Writes the rotated unit vector of `(lng, lat)` and cos(latitude) (as turf computes it) into `out` at
   * `offset`: `[x, y, z, cosLat]`.
   */
  project(lng: number, lat: number, out: Float64Array, offset: number): void {
    const phi = toRadians(lat);
    const lambda = toRadians(lng);
    const cosPhi = Math.cos(phi);
    const x = cosPhi * Math.cos(lambda);
    const y = cosPhi * Math.sin(lambda);
    const z = Math.sin(phi);
    rotate(this.frame, x, y, z, out, offset);
    out[offset + 3] = cosPhi;
  }

  private clampIndex(value: number, count: number): number {
    return value < 0 ? 0 : value >= count ? count - 1 : value;
  }

  private cellIndex(x: number, y: number, z: number): number {
    const i = this.clampIndex(Math.floor((x - this.ox) / this.cell), this.nx);
    const j = this.clampIndex(Math.floor((y - this.oy) / this.cell), this.ny);
    const k = this.clampIndex(Math.floor((z - this.oz) / this.cell), this.nz);
    return (i * this.ny + j) * this.nz + k;
  }
}

/** An orthonormal frame whose third axis is the direction of `(x, y, z)` (the z axis when it is ~0). */
function orthonormalFrame(x: number, y: number, z: number): Float64Array {
  let length = Math.sqrt(x * x + y * y + z * z);
  let nx = 0, ny = 0, nz = 1;
  if (length > 1e-9) {
    nx = x / length;
    ny = y / length;
    nz = z / length;
  }
  // Cross n with the coordinate axis least aligned with it.
  const ax = Math.abs(nx), ay = Math.abs(ny), az = Math.abs(nz);
  let ux = 0, uy = 0, uz = 0;
  if (ax <= ay && ax <= az) ux = 1;
  else if (ay <= az) uy = 1;
  else uz = 1;
  let e1x = ny * uz - nz * uy, e1y = nz * ux - nx * uz, e1z = nx * uy - ny * ux;
  length = Math.sqrt(e1x * e1x + e1y * e1y + e1z * e1z);
  e1x /= length;
  e1y /= length;
  e1z /= length;
  const e2x = ny * e1z - nz * e1y, e2y = nz * e1x - nx * e1z, e2z = nx * e1y - ny * e1x;
  return Float64Array.of(e1x, e1y, e1z, e2x, e2y, e2z, nx, ny, nz);
}

/**
 * The cells of ring `r` around cell `(ci, cj, ck)` that hold a site — the cells at Chebyshev distance exactly `r`
 * from it, clipped to the grid — written to `grid.ring`; returns how many. Rings 0, 1, … r together are the cube of side 2r + 1
 * around the cell, each cell once. The cell may lie outside the grid (a query point off the grid): rings that do
 * not reach the grid are empty. The ring searches of `NearestGrid` and `kNearestInGrid` visit cells in this order.
 */
export function ringCells(grid: SphereGrid, ci: number, cj: number, ck: number, r: number): number {
  const { nx, ny, nz, ring, cellStart } = grid;
  const i0 = Math.max(0, ci - r), i1 = Math.min(nx - 1, ci + r);
  const j0 = Math.max(0, cj - r), j1 = Math.min(ny - 1, cj + r);
  const k0 = Math.max(0, ck - r), k1 = Math.min(nz - 1, ck + r);
  let count = 0;
  for (let i = i0; i <= i1; i++) {
    const iShell = i === ci - r || i === ci + r;
    for (let j = j0; j <= j1; j++) {
      const shell = iShell || j === cj - r || j === cj + r;
      const base = (i * ny + j) * nz;
      // Off the i/j shell only the two k-faces of the ring are new (r ≥ 1 there: at r = 0 every cell is shell).
      const kFirst = shell ? k0 : ck - r;
      const kLast = shell ? k1 : ck + r;
      const kStep = shell ? 1 : 2 * r;
      for (let k = kFirst; k <= kLast; k += kStep) {
        if (k < k0 || k > k1) continue;
        const c = base + k;
        if ((cellStart[c + 1] as number) > (cellStart[c] as number)) ring[count++] = c;
      }
    }
  }
  return count;
}

/**
 * A lower bound on the chord from the query point `(qx, qy, qz)` (in cell `(ci, cj, ck)`, possibly off the grid)
 * to any site in a cell outside rings 0 … `r`: the distance to the nearest face of the cube of those rings that
 * has grid cells beyond it; `Infinity` when the rings cover the grid.
 */
export function beyondRings(grid: SphereGrid, qx: number, qy: number, qz: number, ci: number, cj: number, ck: number, r: number): number {
  const h = grid.cell;
  let bound = Infinity;
  if (ci - r > 0) bound = Math.min(bound, qx - (grid.ox + (ci - r) * h));
  if (ci + r < grid.nx - 1) bound = Math.min(bound, grid.ox + (ci + r + 1) * h - qx);
  if (cj - r > 0) bound = Math.min(bound, qy - (grid.oy + (cj - r) * h));
  if (cj + r < grid.ny - 1) bound = Math.min(bound, grid.oy + (cj + r + 1) * h - qy);
  if (ck - r > 0) bound = Math.min(bound, qz - (grid.oz + (ck - r) * h));
  if (ck + r < grid.nz - 1) bound = Math.min(bound, grid.oz + (ck + r + 1) * h - qz);
  return bound;
}

/** Applies the frame rotation to `(x, y, z)`, writing to `out` at `offset`. */
export function rotate(frame: Float64Array, x: number, y: number, z: number, out: Float64Array, offset: number): void {
  out[offset] = (frame[0] as number) * x + (frame[1] as number) * y + (frame[2] as number) * z;
  out[offset + 1] = (frame[3] as number) * x + (frame[4] as number) * y + (frame[5] as number) * z;
  out[offset + 2] = (frame[6] as number) * x + (frame[7] as number) * y + (frame[8] as number) * z;
}
