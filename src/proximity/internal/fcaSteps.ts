/**
 * The three-step (3SFCA) and balanced (BFCA) floating-catchment cores. Like the 2SFCA core in `fca.ts` they
 * stream the pairs in reach one demand location at a time through a {@link Neighbourhood} (one extra pass for
 * the normalising sums), so memory stays O(N + M) whatever the number of pairs, and coordinates or travel-cost
 * matrices work alike.
 *
 * @internal
 * @module
 */
import { type CompiledDecay } from './decay.ts';
import { type CatchmentScores, weightOf } from './fca.ts';
import type { Neighbourhood } from './neighbourhood.ts';
import type { ThreeStepSelection } from '../threeStepFCA.ts';

/** How 3SFCA's selection weight is normalised (see {@link ThreeStepSelection}). */
export type Selection = ThreeStepSelection;

/** Per-demand normalising sums of the selection weight. */
interface SelectionTotals {
  /** Σ of the selection weight (or of 1/c for Huff) per demand. */
  readonly total: Float64Array;
  /** Huff only: number of sites at cost 0 per demand (they share the whole probability). */
  readonly zeros: Int32Array;
}

function selectionTotals(
  pairs: Neighbourhood,
  decay: CompiledDecay,
  selection: Selection,
  fn: string,
  minPath: string,
): SelectionTotals {
  const n = pairs.demandCount;
  const m = pairs.siteCount;
  const sites = new Int32Array(m);
  const costs = new Float64Array(m);
  const total = new Float64Array(n);
  const zeros = new Int32Array(selection === 'huff' ? n : 0);
  for (let i = 0; i < n; i++) {
    const count = pairs.query(i, sites, costs);
    let sum = 0;
    let zeroCount = 0;
    for (let t = 0; t < count; t++) {
      const c = costs[t] as number;
      // A dense Infinity marks a pair that is not in the table (PySAL: no row).
      if (c === Infinity) continue;
      if (selection === 'huff') {
        if (c === 0) zeroCount++;
        else sum += 1 / c;
      } else {
        sum += weightOf(decay, c, fn, minPath, i, sites[t] as number);
      }
    }
    total[i] = sum;
    if (selection === 'huff') zeros[i] = zeroCount;
  }
  return { total, zeros };
}

/** Selection weight Gᵢⱼ for one pair, from the per-demand totals. */
function selectionWeight(totals: SelectionTotals, selection: Selection, i: number, cost: number, weight: number): number {
  if (selection === 'huff') {
    const zeros = totals.zeros[i] as number;
    if (zeros > 0) return cost === 0 ? 1 / zeros : 0;
    const total = totals.total[i] as number;
    return total > 0 ? 1 / cost / total : 0;
  }
  const total = totals.total[i] as number;
  return total > 0 ? weight / total : 0;
}

/**
 * Three-step floating catchment (Wan, Zou & Sternberg 2012): Rⱼ = Sⱼ / Σᵢ Pᵢ·wᵢⱼ·Gᵢⱼ and Aᵢ = Σⱼ Rⱼ·wᵢⱼ·Gᵢⱼ,
 * sums over pairs within the cut-off. `selectionPairs` gives every pair (no cut-off) for the `allPairs` and
 * `huff` normalisations; `withinCatchment` uses `pairs` itself.
 */
export function threeStepCore(
  pairs: Neighbourhood,
  selectionPairs: Neighbourhood,
  population: Float64Array,
  capacity: Float64Array,
  decay: CompiledDecay,
  selection: Selection,
  fn: string,
  minPath: string,
): CatchmentScores {
  const n = pairs.demandCount;
  const m = pairs.siteCount;
  const totals = selectionTotals(selection === 'withinCatchment' ? pairs : selectionPairs, decay, selection, fn, minPath);
  const sites = new Int32Array(m);
  const costs = new Float64Array(m);
  const siteDemand = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const p = population[i] as number;
    if (p === 0) continue;
    const count = pairs.query(i, sites, costs);
    for (let t = 0; t < count; t++) {
      const j = sites[t] as number;
      const c = costs[t] as number;
      const w = weightOf(decay, c, fn, minPath, i, j);
      siteDemand[j] = (siteDemand[j] as number) + p * w * selectionWeight(totals, selection, i, c, w);
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
      const c = costs[t] as number;
      const w = weightOf(decay, c, fn, minPath, i, j);
      a += (siteRatio[j] as number) * w * selectionWeight(totals, selection, i, c, w);
    }
    score[i] = a;
  }
  return { score, reachable, siteDemand, siteRatio, supplyReached };
}

/** Raw output of the balanced core: the catchment scores plus the demand allocated to sites. */
export interface BalancedScores extends CatchmentScores {
  /** Σⱼ of the balanced site demand: the population with a positive weight to some site, counted once. */
  readonly demandAllocated: number;
}

/**
 * Balanced floating catchment (Paez, Higgins & Vivona 2019), as ipea `accessibility` `fca_bfca` and R
 * catchment (`adjust_consumers` / `adjust_providers`): Wⁱᵢⱼ = wᵢⱼ / Σⱼ wᵢⱼ, Wʲᵢⱼ = wᵢⱼ / Σᵢ wᵢⱼ,
 * Rⱼ = Sⱼ / Σᵢ Pᵢ·Wⁱᵢⱼ and Aᵢ = Σⱼ Rⱼ·Wʲᵢⱼ.
 */
export function balancedCore(
  pairs: Neighbourhood,
  population: Float64Array,
  capacity: Float64Array,
  decay: CompiledDecay,
  fn: string,
  minPath: string,
): BalancedScores {
  const n = pairs.demandCount;
  const m = pairs.siteCount;
  const sites = new Int32Array(m);
  const costs = new Float64Array(m);
  const rowSum = new Float64Array(n);
  const columnSum = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const count = pairs.query(i, sites, costs);
    let sum = 0;
    for (let t = 0; t < count; t++) {
      const j = sites[t] as number;
      const w = weightOf(decay, costs[t] as number, fn, minPath, i, j);
      sum += w;
      columnSum[j] = (columnSum[j] as number) + w;
    }
    rowSum[i] = sum;
  }
  const siteDemand = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const p = population[i] as number;
    const row = rowSum[i] as number;
    if (p === 0 || row === 0) continue;
    const count = pairs.query(i, sites, costs);
    for (let t = 0; t < count; t++) {
      const j = sites[t] as number;
      siteDemand[j] = (siteDemand[j] as number) + (p * weightOf(decay, costs[t] as number, fn, minPath, i, j)) / row;
    }
  }
  const siteRatio = new Float64Array(m);
  let supplyReached = 0;
  let demandAllocated = 0;
  for (let j = 0; j < m; j++) {
    const d = siteDemand[j] as number;
    demandAllocated += d;
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
      const w = weightOf(decay, costs[t] as number, fn, minPath, i, j);
      if (w > 0) a += ((siteRatio[j] as number) * w) / (columnSum[j] as number);
    }
    score[i] = a;
  }
  return { score, reachable, siteDemand, siteRatio, supplyReached, demandAllocated };
}
