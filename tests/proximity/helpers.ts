import distance from '@turf/distance';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';

export { caught } from '../helpers/caught.ts';

/** turf's distance in km, the reference every proximity result must equal. */
export function turfKm(a: readonly number[], b: readonly number[]): number {
  return distance(a as [number, number], b as [number, number], { units: 'kilometers' });
}

/** Brute-force nearest site with a strict `<` scan (turf nearestPoint's tie rule). */
export function bruteNearest(points: readonly (readonly number[])[], sites: readonly (readonly number[])[]): { index: number[]; km: number[] } {
  const index: number[] = [];
  const km: number[] = [];
  for (const p of points) {
    let best = -1;
    let bestKm = Infinity;
    sites.forEach((s, j) => {
      const d = turfKm(p, s);
      if (d < bestKm) {
        bestKm = d;
        best = j;
      }
    });
    index.push(best);
    km.push(bestKm);
  }
  return { index, km };
}

/** Brute-force turf distance matrix (rows = points). */
export function turfMatrix(points: readonly (readonly number[])[], sites: readonly (readonly number[])[]): number[][] {
  return points.map((p) => sites.map((s) => turfKm(p, s)));
}

/**
 * Positions on a lattice of 1/256° steps around a base, so coordinate differences are exact and equal
 * distances (ties) are common.
 */
export function latticePosition(baseLng: number, baseLat: number, span: number): fc.Arbitrary<[number, number]> {
  return fc
    .tuple(fc.integer({ min: -span, max: span }), fc.integer({ min: -span, max: span }))
    .map(([i, j]) => [wrapLng(baseLng + i / 256), clampLat(baseLat + j / 256)] as [number, number]);
}

function wrapLng(lng: number): number {
  if (lng > 180) return lng - 360;
  if (lng < -180) return lng + 360;
  return lng;
}

function clampLat(lat: number): number {
  return Math.max(-90, Math.min(90, lat));
}

/** Regions where a projected shortcut would break, plus an ordinary city. */
export const regions: readonly { name: string; lng: number; lat: number }[] = [
  { name: 'San José', lng: -121.89, lat: 37.33 },
  { name: 'antimeridian (Fiji)', lng: 180, lat: -17.5 },
  { name: 'high latitude (Longyearbyen)', lng: 15.6, lat: 78.2 },
  { name: 'north pole', lng: 0, lat: 89.9 },
];

/** A small seeded generator (mulberry32) for fixed data sets. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** spopt's San Francisco data: 205 tracts × 16 stores, network metres, columns in spopt's pivot order. */
export function sanFrancisco(): { stores: string[]; tracts: string[]; dense: number[][]; weight: number[]; expected: Record<string, unknown> } {
  const here = new URL('../fixtures/peers/', import.meta.url);
  const lines = readFileSync(new URL('SF_network_distance_candidateStore_16_censusTract_205_new.csv', here), 'utf8').trim().split('\n').slice(1);
  const rows = lines.map((line) => {
    const [d, store, tract, w] = line.split(',');
    return { d: Number(d), store: String(store), tract: String(tract), w: Number(w) };
  });
  // pandas pivot_table sorts labels lexicographically: Store_1, Store_11 … Store_19, Store_2 …
  const stores = [...new Set(rows.map((r) => r.store))].sort();
  const tracts = [...new Set(rows.map((r) => r.tract))].sort();
  const storeIndex = new Map(stores.map((s, j) => [s, j]));
  const tractIndex = new Map(tracts.map((t, i) => [t, i]));
  const dense = tracts.map(() => new Array<number>(stores.length).fill(Infinity));
  const weight = new Array<number>(tracts.length).fill(0);
  for (const r of rows) {
    const i = tractIndex.get(r.tract) as number;
    (dense[i] as number[])[storeIndex.get(r.store) as number] = r.d;
    weight[i] = r.w;
  }
  const expected = JSON.parse(readFileSync(new URL('spopt-san-francisco.json', here), 'utf8')) as Record<string, unknown>;
  return { stores, tracts, dense, weight, expected };
}
