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

/**
 * Independent brute-force RAAM: PySAL access/raam.py (iterate_raam and its raam() wrapper) transcribed line for
 * line on a dense matrix, NaN = missing pair (numpy masked), every cycle run, no early stop.
 */
export function pysalRaam(
  population: number[],
  capacity: number[],
  cost: number[][],
  tau: number,
  options: { maxCycles?: number; initialStep?: number; stepIsCount?: boolean; minStep?: number; halfLife?: number; limitInitial?: number } = {},
): (number | null)[] {
  const maxCycles = options.maxCycles ?? 150;
  const initialStep = options.initialStep ?? 0.2;
  const minStep = options.minStep ?? 0.005;
  const halfLife = options.halfLife ?? 50;
  const limitInitial = options.limitInitial ?? 20;
  const rows = population.map((p, i) => i).filter((i) => (population[i] as number) > 0 && cost[i]!.some((c, j) => Number.isFinite(c) && (capacity[j] as number) > 0));
  const cols = capacity.map((_, j) => j).filter((j) => (capacity[j] as number) > 0);
  const rho = population.reduce((a, b) => a + b, 0) / capacity.reduce((a, b) => a + b, 0);
  const travel = rows.map((i) => cols.map((j) => (Number.isFinite(cost[i]![j] as number) ? (cost[i]![j] as number) / tau : Number.NaN)));
  const supply = cols.map((j) => (capacity[j] as number) * rho);
  const demand = rows.map((i) => population[i] as number);
  const R = rows.length;
  const M = cols.length;
  const argmin = (values: number[], ok: (j: number) => boolean): number => {
    let best = -1;
    for (let j = 0; j < values.length; j++) if (ok(j) && (best < 0 || (values[j] as number) < (values[best] as number))) best = j;
    return best;
  };
  const argmax = (values: number[], ok: (j: number) => boolean): number => {
    let best = -1;
    for (let j = 0; j < values.length; j++) if (ok(j) && (best < 0 || (values[j] as number) > (values[best] as number))) best = j;
    return best;
  };
  const roundEven = (x: number): number => {
    const r = Math.round(x);
    return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
  };
  const assignment = travel.map(() => new Array<number>(M).fill(0));
  travel.forEach((row, r) => (assignment[r]![argmin(row, (j) => !Number.isNaN(row[j] as number))] = demand[r] as number));
  let total: number[][] = [];
  for (let i = 0; i < maxCycles; i++) {
    const atSupply = cols.map((_, j) => assignment.reduce((a, row) => a + (row[j] as number), 0));
    const congestion = atSupply.map((d, j) => d / (supply[j] as number));
    total = travel.map((row) => row.map((t, j) => (congestion[j] as number) + t));
    const minL = total.map((row) => argmin(row, (j) => !Number.isNaN(row[j] as number)));
    const maxL = total.map((row, r) => argmax(row, (j) => !Number.isNaN(row[j] as number) && assignment[r]![j] !== 0));
    let delta = demand.map((_, r) => {
      const lmin = minL[r] as number;
      const lmax = maxL[r] as number;
      const slmin = supply[lmin] as number;
      const slmax = supply[lmax] as number;
      const trlmin = travel[r]![lmin] as number;
      const trlmax = travel[r]![lmax] as number;
      const drlmin = assignment[r]![lmin] as number;
      const drlmax = assignment[r]![lmax] as number;
      const dr = drlmin + drlmax;
      const drotherlmin = (atSupply[lmin] as number) - drlmin;
      const drotherlmax = (atSupply[lmax] as number) - drlmax;
      const drlminNew = ((slmin * slmax) / (slmin + slmax)) * ((trlmax - trlmin) + (dr + drotherlmax) / slmax - drotherlmin / slmin);
      let d = Math.min(drlminNew - drlmin, drlmax);
      if (lmax === lmin) d = 0;
      return d;
    });
    if (options.stepIsCount !== true) {
      let step = initialStep * 0.5 ** (i / halfLife);
      if (step < minStep) step = minStep;
      delta = delta.map((d, r) => Math.trunc(Math.min(d, step * (demand[r] as number))));
    } else {
      let step = roundEven(initialStep * 0.5 ** (i / halfLife));
      if (step < minStep) step = minStep;
      delta = delta.map((d) => Math.trunc(Math.min(d, step)));
    }
    if (i < limitInitial) {
      const into = new Array<number>(M).fill(0);
      delta.forEach((d, r) => (into[minL[r] as number] = (into[minL[r] as number] as number) + d));
      delta = delta.map((d, r) => roundEven(d / Math.max((into[minL[r] as number] as number) / (supply[minL[r] as number] as number), 1)));
    }
    delta.forEach((d, r) => {
      assignment[r]![minL[r] as number] = (assignment[r]![minL[r] as number] as number) + d;
      assignment[r]![maxL[r] as number] = (assignment[r]![maxL[r] as number] as number) - d;
    });
  }
  const out: (number | null)[] = population.map(() => null);
  rows.forEach((i, r) => {
    let weighted = 0;
    let assigned = 0;
    for (let j = 0; j < M; j++) {
      if (Number.isNaN(total[r]![j] as number)) continue;
      weighted += (total[r]![j] as number) * (assignment[r]![j] as number);
      assigned += assignment[r]![j] as number;
    }
    out[i] = weighted / assigned;
  });
  return out;
}

/** Every k-subset of 0..m−1, in lexicographic order. */
export function subsets(m: number, k: number): number[][] {
  const out: number[][] = [];
  const walk = (from: number, current: number[]): void => {
    if (current.length === k) {
      out.push([...current]);
      return;
    }
    for (let j = from; j < m; j++) walk(j + 1, [...current, j]);
  };
  walk(0, []);
  return out;
}

/** 2,000 households and 30 sites clustered in a 9 × 7 km box around San José, with the turf distance matrix. */
export function clusteredCity(seed: number): {
  demand: { location: number[]; population: number }[];
  supply: { location: number[]; capacity: number }[];
  dense: number[][];
} {
  const random = seeded(seed);
  const homes = Array.from({ length: 2000 }, () => [-121.9 + (random() - 0.5) * 0.08, 37.33 + (random() - 0.5) * 0.06]);
  const centres = Array.from({ length: 30 }, () => [-121.9 + (random() - 0.5) * 0.08, 37.33 + (random() - 0.5) * 0.06]);
  return {
    demand: homes.map((location, i) => ({ location, population: 1 + (i % 5) })),
    supply: centres.map((location, j) => ({ location, capacity: 3 + (j % 7) })),
    dense: turfMatrix(homes, centres),
  };
}

/** A binary and a step catchment of 1.5 km, each in its km and its cost spelling. */
export const sweepDecays = [
  ['binary', 'binary'],
  [{ steps: [{ maxKm: 0.8, weight: 1 }, { maxKm: 1.5, weight: 0.4 }] }, { steps: [{ maxCost: 0.8, weight: 1 }, { maxCost: 1.5, weight: 0.4 }] }],
] as const;
