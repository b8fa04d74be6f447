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
import { type CatchmentSweep, STRIDE } from './demandGrid.ts';
import { type CatchmentScores, unsort, weightOf } from './fca.ts';
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

/** Per household (sorted order): Σⱼ wᵢⱼ over the sites in reach; per site: Σᵢ wᵢⱼ. One sweep over the sites. */
function sweepSums(sweep: CatchmentSweep): { row: Float64Array; column: Float64Array } {
  const grid = sweep.demand;
  const m = sweep.sites.size;
  const cellRow = new Float64Array(grid.cellCount);
  const row = new Float64Array(grid.size);
  const column = new Float64Array(m);
  const { cells, cellWeights, pairs, pairWeights } = sweep;
  const siteOrder = sweep.sites.cellSites;
  for (let o = 0; o < m; o++) {
    const j = siteOrder[o] as number;
    sweep.collect(j);
    let sum = 0;
    for (let q = 0; q < sweep.cellCount; q++) {
      const c = cells[q] as number;
      const w = cellWeights[q] as number;
      cellRow[c] = (cellRow[c] as number) + w;
      sum += w * ((grid.cellStart[c + 1] as number) - (grid.cellStart[c] as number));
    }
    for (let q = 0; q < sweep.pairCount; q++) {
      const t = pairs[q] as number;
      const w = pairWeights[q] as number;
      row[t] = (row[t] as number) + w;
      sum += w;
    }
    column[j] = sum;
  }
  for (let c = 0; c < grid.cellCount; c++) {
    const add = cellRow[c] as number;
    if (add === 0) continue;
    for (let t = grid.cellStart[c] as number; t < (grid.cellStart[c + 1] as number); t++) row[t] = (row[t] as number) + add;
  }
  return { row, column };
}

/** Per household (sorted order) Pₜ ÷ rowₜ (0 where the row is 0), and its sum per cell. */
function sharesOf(sweep: CatchmentSweep, row: Float64Array): { share: Float64Array; cellShare: Float64Array } {
  const grid = sweep.demand;
  const share = new Float64Array(grid.size);
  const cellShare = new Float64Array(grid.cellCount);
  for (let c = 0; c < grid.cellCount; c++) {
    let sum = 0;
    for (let t = grid.cellStart[c] as number; t < (grid.cellStart[c + 1] as number); t++) {
      const r = row[t] as number;
      const s = r > 0 ? (grid.data[STRIDE * t + 6] as number) / r : 0;
      share[t] = s;
      sum += s;
    }
    cellShare[c] = sum;
  }
  return { share, cellShare };
}

/** Site demand Σᵢ Pᵢ wᵢⱼ^power ÷ rowᵢ (whole cells through their summed shares) and the ratio Sⱼ ÷ demand. */
function allocate(sweep: CatchmentSweep, share: Float64Array, cellShare: Float64Array, power: 1 | 2, capacity: Float64Array): { siteDemand: Float64Array; siteRatio: Float64Array; supplyReached: number } {
  const m = sweep.sites.size;
  const { cells, cellWeights, pairs, pairWeights } = sweep;
  const siteOrder = sweep.sites.cellSites;
  const siteDemand = new Float64Array(m);
  const siteRatio = new Float64Array(m);
  let supplyReached = 0;
  for (let o = 0; o < m; o++) {
    const j = siteOrder[o] as number;
    sweep.collect(j);
    let demand = 0;
    for (let q = 0; q < sweep.cellCount; q++) {
      const w = cellWeights[q] as number;
      demand += (power === 2 ? w * w : w) * (cellShare[cells[q] as number] as number);
    }
    for (let q = 0; q < sweep.pairCount; q++) {
      const w = pairWeights[q] as number;
      demand += (power === 2 ? w * w : w) * (share[pairs[q] as number] as number);
    }
    siteDemand[j] = demand;
    if (demand > 0) {
      siteRatio[j] = (capacity[j] as number) / demand;
      supplyReached += capacity[j] as number;
    }
  }
  return { siteDemand, siteRatio, supplyReached };
}

/** Σⱼ valueⱼ wᵢⱼ^power per household: per-cell accumulators for whole cells, per household for the others. */
function spread(sweep: CatchmentSweep, value: Float64Array, power: 1 | 2): { sortedScore: Float64Array; sortedReached: Uint8Array; cellScore: Float64Array; cellReached: Uint8Array } {
  const grid = sweep.demand;
  const m = sweep.sites.size;
  const { cells, cellWeights, pairs, pairWeights } = sweep;
  const siteOrder = sweep.sites.cellSites;
  const cellScore = new Float64Array(grid.cellCount);
  const cellReached = new Uint8Array(grid.cellCount);
  const sortedScore = new Float64Array(grid.size);
  const sortedReached = new Uint8Array(grid.size);
  for (let o = 0; o < m; o++) {
    const j = siteOrder[o] as number;
    sweep.collect(j);
    const v = value[j] as number;
    for (let q = 0; q < sweep.cellCount; q++) {
      const c = cells[q] as number;
      const w = cellWeights[q] as number;
      cellScore[c] = (cellScore[c] as number) + v * (power === 2 ? w * w : w);
      cellReached[c] = 1;
    }
    for (let q = 0; q < sweep.pairCount; q++) {
      const t = pairs[q] as number;
      const w = pairWeights[q] as number;
      sortedScore[t] = (sortedScore[t] as number) + v * (power === 2 ? w * w : w);
      sortedReached[t] = 1;
    }
  }
  return { sortedScore, sortedReached, cellScore, cellReached };
}

/**
 * {@link balancedCore} from coordinates, site by site over the demand grid of `sweep` (population as the grid's
 * weights): three sweeps (row and column sums, allocated demand, scores), whole cells where the decay allows,
 * memory O(N + M + cells). Equal to the pair path up to the order of floating-point sums.
 */
export function balancedSweep(sweep: CatchmentSweep, capacity: Float64Array): BalancedScores {
  const m = sweep.sites.size;
  const { row, column } = sweepSums(sweep);
  const { share, cellShare } = sharesOf(sweep, row);
  const { siteDemand, siteRatio, supplyReached } = allocate(sweep, share, cellShare, 1, capacity);
  let demandAllocated = 0;
  const value = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    demandAllocated += siteDemand[j] as number;
    const total = column[j] as number;
    value[j] = total > 0 ? (siteRatio[j] as number) / total : 0;
  }
  const spreadOut = spread(sweep, value, 1);
  const { score, reachable } = unsort(sweep, spreadOut.sortedScore, spreadOut.sortedReached, spreadOut.cellScore, spreadOut.cellReached);
  return { score, reachable, siteDemand, siteRatio, supplyReached, demandAllocated };
}

/**
 * {@link threeStepCore} with the selection weight normalised within the catchment, from coordinates, over the
 * demand grid of `sweep` (population as its weights): Gᵢⱼ = wᵢⱼ / rowᵢ, so site demand is Σᵢ Pᵢ wᵢⱼ² / rowᵢ and
 * the score Σⱼ Rⱼ wᵢⱼ² / rowᵢ — three sweeps, whole cells where the decay allows.
 */
export function threeStepSweep(sweep: CatchmentSweep, capacity: Float64Array): CatchmentScores {
  const grid = sweep.demand;
  const { row } = sweepSums(sweep);
  const { share, cellShare } = sharesOf(sweep, row);
  const { siteDemand, siteRatio, supplyReached } = allocate(sweep, share, cellShare, 2, capacity);
  const { sortedScore, sortedReached, cellScore, cellReached } = spread(sweep, siteRatio, 2);
  // Divide each household's sum by its own row total (the selection weight's denominator).
  for (let c = 0; c < grid.cellCount; c++) {
    const add = cellScore[c] as number;
    for (let t = grid.cellStart[c] as number; t < (grid.cellStart[c + 1] as number); t++) {
      const r = row[t] as number;
      sortedScore[t] = r > 0 ? ((sortedScore[t] as number) + add) / r : 0;
    }
    cellScore[c] = 0;
  }
  const { score, reachable } = unsort(sweep, sortedScore, sortedReached, cellScore, cellReached);
  return { score, reachable, siteDemand, siteRatio, supplyReached };
}
