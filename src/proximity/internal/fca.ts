/**
 * Floating-catchment cores shared by twoStepFCA, gravityAccess and capacityWithin. Each runs over the pairs in
 * reach one demand location at a time (two passes for 2SFCA), so memory is O(N + M) whatever the number of
 * pairs.
 *
 * @internal
 * @module
 */
import { fail } from '../../internal/errors.ts';
import { BINARY, type CompiledDecay, decayValue } from './decay.ts';
import { type CatchmentSweep, STRIDE } from './demandGrid.ts';
import type { Neighbourhood } from './neighbourhood.ts';

/** Raw output of a floating-catchment core. */
export interface CatchmentScores {
  readonly score: Float64Array;
  readonly reachable: Uint8Array;
  /** Σᵢ Pᵢ·w(cᵢⱼ) per site (2SFCA only; empty otherwise). */
  readonly siteDemand: Float64Array;
  /** Rⱼ = Sⱼ / siteDemand, 0 where siteDemand is 0 (2SFCA only; empty otherwise). */
  readonly siteRatio: Float64Array;
  /** Σ Sⱼ over sites with siteDemand > 0 (2SFCA), or over sites reached by anyone (potential). */
  readonly supplyReached: number;
}

export function weightOf(decay: CompiledDecay, cost: number, fn: string, minPath: string, i: number, j: number): number {
  if (decay.kind === BINARY) return 1;
  const w = decayValue(decay, cost);
  if (w === Infinity) {
    fail(
      'invalid_value',
      minPath,
      `${fn}: demand ${i} and site ${j} are ${cost} apart, where a power decay d^−β is infinite; set ${minPath} > 0 (e.g. 0.1 km).`,
    );
  }
  return w;
}

/**
 * Two-step floating catchment (Luo & Wang 2003) with the same weight in both steps, as PySAL
 * `access.fca.two_stage_fca`: Rⱼ = Sⱼ / Σᵢ Pᵢ w(cᵢⱼ); Aᵢ = Σⱼ Rⱼ w(cᵢⱼ), sums over pairs within the cut-off.
 */
export function twoStepCore(pairs: Neighbourhood, population: Float64Array, capacity: Float64Array, decay: CompiledDecay, fn: string, minPath: string): CatchmentScores {
  const n = pairs.demandCount;
  const m = pairs.siteCount;
  const sites = new Int32Array(m);
  const costs = new Float64Array(m);
  const siteDemand = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const p = population[i] as number;
    if (p === 0) continue;
    const count = pairs.query(i, sites, costs);
    for (let t = 0; t < count; t++) {
      const j = sites[t] as number;
      siteDemand[j] = (siteDemand[j] as number) + p * weightOf(decay, costs[t] as number, fn, minPath, i, j);
    }
  }
  const siteRatio = new Float64Array(m);
  let supplyReached = 0;
  for (let j = 0; j < m; j++) {
    const d = siteDemand[j] as number;
    if (d > 0) {
      siteRatio[j] = (capacity[j] as number) / d;
      supplyReached += capacity[j] as number;
    }
  }
  const score = new Float64Array(n);
  const reachable = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const count = pairs.query(i, sites, costs);
    if (count > 0) reachable[i] = 1;
    let a = 0;
    for (let t = 0; t < count; t++) {
      const j = sites[t] as number;
      a += (siteRatio[j] as number) * weightOf(decay, costs[t] as number, fn, minPath, i, j);
    }
    score[i] = a;
  }
  return { score, reachable, siteDemand, siteRatio, supplyReached };
}

/**
 * Potential (weighted catchment, Hansen 1959): Aᵢ = Σⱼ Sⱼ w(cᵢⱼ) over pairs within the cut-off, as PySAL
 * `access.fca.weighted_catchment`.
 */
export function potentialCore(pairs: Neighbourhood, capacity: Float64Array, decay: CompiledDecay, fn: string, minPath: string): CatchmentScores {
  const n = pairs.demandCount;
  const m = pairs.siteCount;
  const sites = new Int32Array(m);
  const costs = new Float64Array(m);
  const score = new Float64Array(n);
  const reachable = new Uint8Array(n);
  const reached = new Uint8Array(m);
  for (let i = 0; i < n; i++) {
    const count = pairs.query(i, sites, costs);
    if (count > 0) reachable[i] = 1;
    let a = 0;
    for (let t = 0; t < count; t++) {
      const j = sites[t] as number;
      reached[j] = 1;
      a += (capacity[j] as number) * weightOf(decay, costs[t] as number, fn, minPath, i, j);
    }
    score[i] = a;
  }
  let supplyReached = 0;
  for (let j = 0; j < m; j++) if (reached[j] === 1) supplyReached += capacity[j] as number;
  return { score, reachable, siteDemand: new Float64Array(0), siteRatio: new Float64Array(0), supplyReached };
}

/**
 * {@link twoStepCore} from coordinates, site by site (the sweep's demand grid carries the population): Rⱼ depends only on site j's own catchment, so one pass over
 * the sites computes it and at once spreads it to the catchment — to whole cells through a per-cell accumulator
 * (added to each household once, at the end) and to the households of crossed cells one by one. No pair is
 * stored; memory is O(N + M + cells). Equal to {@link twoStepCore} on the same pairs up to the order of
 * floating-point sums (each score is a sum of positive terms: relative differences of a few ulps).
 */
export function twoStepSweep(sweep: CatchmentSweep, capacity: Float64Array): CatchmentScores {
  const grid = sweep.demand;
  const n = grid.size;
  const m = sweep.sites.size;
  const cellPopulation = grid.weightPerCell();
  const data = grid.data;
  const cellScore = new Float64Array(grid.cellCount);
  const cellReached = new Uint8Array(grid.cellCount);
  const sortedScore = new Float64Array(n);
  const sortedReached = new Uint8Array(n);
  const siteDemand = new Float64Array(m);
  const siteRatio = new Float64Array(m);
  const cells = sweep.cells;
  const cellWeights = sweep.cellWeights;
  const pairs = sweep.pairs;
  const pairWeights = sweep.pairWeights;
  let supplyReached = 0;
  // Sites in grid-cell order: consecutive sites share most of their cells, which then stay in cache.
  const siteOrder = sweep.sites.cellSites;
  for (let o = 0; o < m; o++) {
    const j = siteOrder[o] as number;
    sweep.collect(j);
    const cellCount = sweep.cellCount;
    const pairCount = sweep.pairCount;
    let demand = 0;
    for (let q = 0; q < cellCount; q++) demand += (cellPopulation[cells[q] as number] as number) * (cellWeights[q] as number);
    for (let q = 0; q < pairCount; q++) demand += (data[STRIDE * (pairs[q] as number) + 6] as number) * (pairWeights[q] as number);
    siteDemand[j] = demand;
    let ratio = 0;
    if (demand > 0) {
      ratio = (capacity[j] as number) / demand;
      siteRatio[j] = ratio;
      supplyReached += capacity[j] as number;
    }
    for (let q = 0; q < cellCount; q++) {
      const c = cells[q] as number;
      cellScore[c] = (cellScore[c] as number) + ratio * (cellWeights[q] as number);
      cellReached[c] = 1;
    }
    for (let q = 0; q < pairCount; q++) {
      const t = pairs[q] as number;
      sortedScore[t] = (sortedScore[t] as number) + ratio * (pairWeights[q] as number);
      sortedReached[t] = 1;
    }
  }
  const { score, reachable } = unsort(sweep, sortedScore, sortedReached, cellScore, cellReached);
  return { score, reachable, siteDemand, siteRatio, supplyReached };
}

/** {@link potentialCore} from coordinates, site by site, with whole cells where the decay allows. */
export function potentialSweep(sweep: CatchmentSweep, capacity: Float64Array): CatchmentScores {
  const grid = sweep.demand;
  const n = grid.size;
  const m = sweep.sites.size;
  const cellScore = new Float64Array(grid.cellCount);
  const cellReached = new Uint8Array(grid.cellCount);
  const sortedScore = new Float64Array(n);
  const sortedReached = new Uint8Array(n);
  const cells = sweep.cells;
  const cellWeights = sweep.cellWeights;
  const pairs = sweep.pairs;
  const pairWeights = sweep.pairWeights;
  let supplyReached = 0;
  const siteOrder = sweep.sites.cellSites;
  for (let o = 0; o < m; o++) {
    const j = siteOrder[o] as number;
    sweep.collect(j);
    const cellCount = sweep.cellCount;
    const pairCount = sweep.pairCount;
    if (cellCount + pairCount > 0) supplyReached += capacity[j] as number;
    const supply = capacity[j] as number;
    for (let q = 0; q < cellCount; q++) {
      const c = cells[q] as number;
      cellScore[c] = (cellScore[c] as number) + supply * (cellWeights[q] as number);
      cellReached[c] = 1;
    }
    for (let q = 0; q < pairCount; q++) {
      const t = pairs[q] as number;
      sortedScore[t] = (sortedScore[t] as number) + supply * (pairWeights[q] as number);
      sortedReached[t] = 1;
    }
  }
  const { score, reachable } = unsort(sweep, sortedScore, sortedReached, cellScore, cellReached);
  return { score, reachable, siteDemand: new Float64Array(0), siteRatio: new Float64Array(0), supplyReached };
}

/** Adds each cell's accumulator to its households and returns scores and reachability in input order (also used by `fcaSteps.ts`). */
export function unsort(sweep: CatchmentSweep, sortedScore: Float64Array, sortedReached: Uint8Array, cellScore: Float64Array, cellReached: Uint8Array): { score: Float64Array; reachable: Uint8Array } {
  const grid = sweep.demand;
  const n = grid.size;
  const score = new Float64Array(n);
  const reachable = new Uint8Array(n);
  const cells = grid.cellCount;
  for (let c = 0; c < cells; c++) {
    const end = grid.cellStart[c + 1] as number;
    const cellValue = cellScore[c] as number;
    const cellFlag = cellReached[c] as number;
    for (let t = grid.cellStart[c] as number; t < end; t++) {
      const i = grid.order[t] as number;
      score[i] = (sortedScore[t] as number) + cellValue;
      reachable[i] = (sortedReached[t] as number) | cellFlag;
    }
  }
  return { score, reachable };
}

/** Post-processing shared by the accessibility functions: normalisation and the unreachable policy. */
export interface Finished {
  readonly score: Float64Array;
  readonly normalizedBy: number | null;
  readonly unreachableCount: number;
  readonly warnings: string[];
}

/**
 * Normalises (PySAL `helpers.normalized_access`: Aᵢ ÷ (Σ Aᵢ Pᵢ / Σ Pᵢ), unreachable demand counted in the
 * denominator's population) and writes `NaN` for unreachable demand in PySAL mode.
 */
export function finish(
  raw: CatchmentScores,
  population: Float64Array,
  normalize: boolean,
  unreachable: 'zero' | 'nan',
  fn: string,
): Finished {
  const n = raw.score.length;
  const score = raw.score;
  const warnings: string[] = [];
  let normalizedBy: number | null = null;
  if (normalize) {
    let weighted = 0;
    let people = 0;
    for (let i = 0; i < n; i++) {
      weighted += (score[i] as number) * (population[i] as number);
      people += population[i] as number;
    }
    const mean = people > 0 ? weighted / people : 0;
    if (mean > 0) {
      normalizedBy = mean;
      for (let i = 0; i < n; i++) score[i] = (score[i] as number) / mean;
    } else {
      warnings.push(`${fn}: the population-weighted mean score is 0 (or there is no population), so scores are not normalised (normalizedBy is null).`);
    }
  }
  let unreachableCount = 0;
  for (let i = 0; i < n; i++) {
    if (raw.reachable[i] === 0) {
      unreachableCount++;
      if (unreachable === 'nan') score[i] = Number.NaN;
    }
  }
  if (unreachableCount > 0) {
    warnings.push(
      `${fn}: ${unreachableCount} demand location(s) have no site within the cut-off; their score is ${unreachable === 'nan' ? 'NaN (PySAL mode)' : '0'} and reachable is 0.`,
    );
  }
  return { score, normalizedBy, unreachableCount, warnings };
}
