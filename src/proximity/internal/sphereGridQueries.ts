/**
 * Queries over a {@link SphereGrid} that only some functions need (k nearest sites, sites within a radius), kept
 * apart from the class so that a bundle of `nearestSite` does not carry them.
 *
 * @internal
 * @module
 */
import { chordOfKm, haversineKm } from '../../internal/haversine.ts';
import { beyondRings, CHORD_MARGIN, ringCells, type SphereGrid } from '../../internal/sphereGrid.ts';

/**
 * The `k` nearest sites to a query point by turf distance, ordered by distance then site index, written to
 * `outIndex`/`outKm` from `offset`; returns how many (min(k, sites)). A ring search grows until the k-th best
 * chord plus {@link CHORD_MARGIN} is below the distance to any unvisited cell; every candidate within the margin
 * of the k-th chord is re-measured with turf's haversine, so the result is that of a brute-force sort.
 */
export function kNearestInGrid(grid: SphereGrid, qx: number, qy: number, qz: number, lng: number, lat: number, cosLat: number, k: number, outIndex: Int32Array, outKm: Float64Array, offset: number): number {
  const h = grid.cell;
  const nx = grid.nx, ny = grid.ny, nz = grid.nz;
  const ci = Math.floor((qx - grid.ox) / h);
  const cj = Math.floor((qy - grid.oy) / h);
  const ck = Math.floor((qz - grid.oz) / h);
  const xyz = grid.xyz;
  const cellStart = grid.cellStart;
  const cellSites = grid.cellSites;
  const ring = grid.ring;
  const seen = grid.ties;
  const seen2 = grid.ties2;
  if (grid.kTop.length < k) grid.kTop = new Float64Array(k);
  const top = grid.kTop;
  top.fill(Infinity, 0, k);
  let count = 0;
  let r = Math.max(0, -ci, ci - (nx - 1), -cj, cj - (ny - 1), -ck, ck - (nz - 1));
  for (;;) {
    const cells = ringCells(grid, ci, cj, ck, r);
    for (let q = 0; q < cells; q++) {
      const c = ring[q] as number;
      const end = cellStart[c + 1] as number;
      for (let p = cellStart[c] as number; p < end; p++) {
        const s = cellSites[p] as number;
        const dx = qx - (xyz[3 * s] as number);
        const dy = qy - (xyz[3 * s + 1] as number);
        const dz = qz - (xyz[3 * s + 2] as number);
        const c2 = dx * dx + dy * dy + dz * dz;
        seen[count] = s;
        seen2[count] = c2;
        count++;
        if (c2 < (top[k - 1] as number)) {
          let u = k - 1;
          while (u > 0 && (top[u - 1] as number) > c2) {
            top[u] = top[u - 1] as number;
            u--;
          }
          top[u] = c2;
        }
      }
    }
    const bound = beyondRings(grid, qx, qy, qz, ci, cj, ck, r);
    if (bound === Infinity) break;
    const kth = top[k - 1] as number;
    if (kth < Infinity && bound > Math.sqrt(kth) + CHORD_MARGIN) break;
    r++;
  }
  const limit = (top[k - 1] as number) < Infinity ? (Math.sqrt(top[k - 1] as number) + CHORD_MARGIN) ** 2 : Infinity;
  const coordinates = grid.coordinates;
  const cosLatSites = grid.cosLat;
  let kept = 0;
  for (let t = 0; t < count; t++) {
    if ((seen2[t] as number) > limit) continue;
    const s = seen[t] as number;
    const d = haversineKm(lng, lat, cosLat, coordinates[2 * s] as number, coordinates[2 * s + 1] as number, cosLatSites[s] as number);
    if (kept === k) {
      const lastKm = outKm[offset + k - 1] as number;
      if (d > lastKm || (d === lastKm && s > (outIndex[offset + k - 1] as number))) continue;
    } else kept++;
    let u = offset + kept - 1;
    while (u > offset && ((outKm[u - 1] as number) > d || ((outKm[u - 1] as number) === d && (outIndex[u - 1] as number) > s))) {
      outKm[u] = outKm[u - 1] as number;
      outIndex[u] = outIndex[u - 1] as number;
      u--;
    }
    outKm[u] = d;
    outIndex[u] = s;
  }
  return kept;
}

/**
 * Sites within `radiusKm` (turf distance ≤ radius) of a query point, written to `indexOut` (and their
 * distances to `kmOut`); returns how many. With `exact` false, distances are computed only where the chord
 * cannot decide, and `kmOut` holds −1 for sites that are clearly inside. With `firstOnly`, stops at the
 * first site found inside.
 */
export function sitesWithin(
  grid: SphereGrid,
  qx: number,
  qy: number,
  qz: number,
  lng: number,
  lat: number,
  cosLat: number,
  radiusKm: number,
  exact: boolean,
  firstOnly: boolean,
  indexOut: Int32Array,
  kmOut: Float64Array,
): number {
  const chord = chordOfKm(radiusKm);
  const reach = chord + CHORD_MARGIN;
  const upper2 = reach * reach;
  const lower2 = chord > CHORD_MARGIN ? (chord - CHORD_MARGIN) * (chord - CHORD_MARGIN) : -1;
  const h = grid.cell;
  const i0 = Math.max(0, Math.floor((qx - reach - grid.ox) / h)), i1 = Math.min(grid.nx - 1, Math.floor((qx + reach - grid.ox) / h));
  const j0 = Math.max(0, Math.floor((qy - reach - grid.oy) / h)), j1 = Math.min(grid.ny - 1, Math.floor((qy + reach - grid.oy) / h));
  const k0 = Math.max(0, Math.floor((qz - reach - grid.oz) / h)), k1 = Math.min(grid.nz - 1, Math.floor((qz + reach - grid.oz) / h));
  const ny = grid.ny, nz = grid.nz;
  const xyz = grid.xyz;
  const cellStart = grid.cellStart;
  const cellSites = grid.cellSites;
  const coordinates = grid.coordinates;
  const cosLatSites = grid.cosLat;
  let count = 0;
  for (let i = i0; i <= i1; i++) {
    const loX = grid.ox + i * h;
    const gapX = qx < loX ? loX - qx : qx > loX + h ? qx - loX - h : 0;
    for (let j = j0; j <= j1; j++) {
      // Skip columns of cells whose x–y footprint is already beyond the reach (the corners of the square).
      const loY = grid.oy + j * h;
      const gapY = qy < loY ? loY - qy : qy > loY + h ? qy - loY - h : 0;
      if (gapX * gapX + gapY * gapY > upper2 * (1 + 1e-9)) continue;
      const base = (i * ny + j) * nz;
      for (let k = k0; k <= k1; k++) {
        const c = base + k;
        const end = cellStart[c + 1] as number;
        for (let p = cellStart[c] as number; p < end; p++) {
          const s = cellSites[p] as number;
          const dx = qx - (xyz[3 * s] as number);
          const dy = qy - (xyz[3 * s + 1] as number);
          const dz = qz - (xyz[3 * s + 2] as number);
          const c2 = dx * dx + dy * dy + dz * dz;
          if (c2 > upper2) continue;
          let km = -1;
          if (exact || c2 >= lower2) {
            km = haversineKm(lng, lat, cosLat, coordinates[2 * s] as number, coordinates[2 * s + 1] as number, cosLatSites[s] as number);
            if (!(km <= radiusKm)) continue;
          }
          indexOut[count] = s;
          kmOut[count] = km;
          count++;
          if (firstOnly) return count;
        }
      }
    }
  }
  return count;
}

/**
 * 1 for each packed point with a site within `radiusKm` of it. Per point, stopping at the first site found: this
 * measured 1.6–2.5× faster than sweeping the sites over cells of points (as countWithin does), which cannot stop early.
 */
export function flagWithin(grid: SphereGrid, packedPoints: Float64Array, radiusKm: number): Uint8Array {
  const n = packedPoints.length >> 1;
  const covered = new Uint8Array(n);
  const scratchSites = new Int32Array(1);
  const scratchKm = new Float64Array(1);
  const q = new Float64Array(4);
  for (let i = 0; i < n; i++) {
    const lng = packedPoints[2 * i] as number;
    const lat = packedPoints[2 * i + 1] as number;
    grid.project(lng, lat, q, 0);
    const found = sitesWithin(grid, q[0] as number, q[1] as number, q[2] as number, lng, lat, q[3] as number, radiusKm, false, true, scratchSites, scratchKm);
    covered[i] = found > 0 ? 1 : 0;
  }
  return covered;
}
