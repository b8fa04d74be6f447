/**
 * The rational agent access model's iteration (Saxon & Snow 2019), step for step as PySAL
 * `access.raam.iterate_raam`, on sparse per-origin lists of the pairs in reach instead of a dense masked
 * matrix.
 *
 * @internal
 * @module
 */

/** Origin → reachable sites (CSR), sites ascending within each origin. */
export interface RaamPairs {
  /** `start[r]..start[r+1]` indexes `site` and `travel` for origin r. */
  readonly start: Int32Array;
  readonly site: Int32Array;
  /** Travel cost ÷ τ. */
  readonly travel: Float64Array;
}

/** Step rule of {@link iterateRaam}. */
export interface RaamSteps {
  /** `'fraction'`: a share of each origin's demand may move per cycle; `'count'`: a number of units. */
  readonly mode: 'fraction' | 'count';
  readonly initialStep: number;
  readonly minStep: number;
  readonly halfLife: number;
  readonly maxCycles: number;
  readonly limitInitial: number;
}

/** State after the iteration. */
export interface RaamState {
  /** Demand of each pair (aligned with `RaamPairs.site`). */
  readonly assignment: Float64Array;
  /** Total cost (travel/τ + congestion) of each pair at the start of the last cycle run — PySAL's final costs. */
  readonly totalCost: Float64Array;
  /** Demand assigned to each site. */
  readonly siteLoad: Float64Array;
  /** Cycles run. */
  readonly cycles: number;
  /** True when a cycle past the initial limit moved nothing, so no later cycle could move anything either. */
  readonly converged: boolean;
  /** Units of demand moved over all cycles. */
  readonly moved: number;
}

/** numpy's `round` (half to even). */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Runs RAAM: every origin starts at its nearest site; each cycle moves up to a step of demand from the origin's
 * most costly used site to its cheapest site (cost = travel/τ + demand at site ÷ (ρ·supply)), toward the split
 * that equalises the two costs; moves are whole units; the step halves every `halfLife` cycles down to
 * `minStep`; for the first `limitInitial` cycles moves into a site are scaled down so that no site receives more
 * than its (ρ-scaled) supply in one cycle.
 */
export function iterateRaam(
  pairs: RaamPairs,
  demand: Float64Array,
  scaledSupply: Float64Array,
  steps: RaamSteps,
): RaamState {
  const origins = demand.length;
  const m = scaledSupply.length;
  const { start, site, travel } = pairs;
  const assignment = new Float64Array(site.length);
  for (let r = 0; r < origins; r++) {
    const begin = start[r] as number;
    const end = start[r + 1] as number;
    if (begin === end) continue;
    let best = begin;
    for (let p = begin + 1; p < end; p++) if ((travel[p] as number) < (travel[best] as number)) best = p;
    assignment[best] = demand[r] as number;
  }
  const totalCost = new Float64Array(site.length);
  const siteLoad = new Float64Array(m);
  const congestion = new Float64Array(m);
  const minAt = new Int32Array(origins);
  const minPair = new Int32Array(origins);
  const maxPair = new Int32Array(origins);
  const delta = new Float64Array(origins);
  const incoming = new Float64Array(m);
  let cycles = 0;
  let converged = false;
  let moved = 0;
  for (let cycle = 0; cycle < steps.maxCycles; cycle++) {
    cycles = cycle + 1;
    siteLoad.fill(0);
    for (let p = 0; p < site.length; p++) {
      const j = site[p] as number;
      siteLoad[j] = (siteLoad[j] as number) + (assignment[p] as number);
    }
    for (let j = 0; j < m; j++) congestion[j] = (siteLoad[j] as number) / (scaledSupply[j] as number);
    for (let p = 0; p < site.length; p++) totalCost[p] = (congestion[site[p] as number] as number) + (travel[p] as number);
    let stepSize: number;
    if (steps.mode === 'fraction') {
      stepSize = steps.initialStep * 0.5 ** (cycle / steps.halfLife);
      if (stepSize < steps.minStep) stepSize = steps.minStep;
    } else {
      stepSize = roundHalfEven(steps.initialStep * 0.5 ** (cycle / steps.halfLife));
      if (stepSize < steps.minStep) stepSize = steps.minStep;
    }
    for (let r = 0; r < origins; r++) {
      const begin = start[r] as number;
      const end = start[r + 1] as number;
      delta[r] = 0;
      minAt[r] = -1;
      if (begin === end) continue;
      // Cheapest site overall, and costliest site among those in use (first index on ties, as numpy argmin/argmax).
      let pMin = begin;
      let pMax = -1;
      for (let p = begin; p < end; p++) {
        const c = totalCost[p] as number;
        if (c < (totalCost[pMin] as number)) pMin = p;
        if (assignment[p] !== 0 && (pMax < 0 || c > (totalCost[pMax] as number))) pMax = p;
      }
      minAt[r] = site[pMin] as number;
      minPair[r] = pMin;
      maxPair[r] = pMax;
      if (pMax < 0 || pMax === pMin) continue;
      const slMin = scaledSupply[site[pMin] as number] as number;
      const slMax = scaledSupply[site[pMax] as number] as number;
      const drMin = assignment[pMin] as number;
      const drMax = assignment[pMax] as number;
      const otherMin = (siteLoad[site[pMin] as number] as number) - drMin;
      const otherMax = (siteLoad[site[pMax] as number] as number) - drMax;
      const balanced = ((slMin * slMax) / (slMin + slMax)) * (((travel[pMax] as number) - (travel[pMin] as number)) + (drMin + drMax + otherMax) / slMax - otherMin / slMin);
      let d = Math.min(balanced - drMin, drMax);
      d = Math.min(d, steps.mode === 'fraction' ? stepSize * (demand[r] as number) : stepSize);
      delta[r] = Math.trunc(d);
    }
    if (cycle < steps.limitInitial) {
      // Do not let attractive sites get mobbed: scale the moves into each site to at most its supply.
      incoming.fill(0);
      for (let r = 0; r < origins; r++) {
        const j = minAt[r] as number;
        if (j >= 0) incoming[j] = (incoming[j] as number) + (delta[r] as number);
      }
      for (let r = 0; r < origins; r++) {
        const j = minAt[r] as number;
        if (j < 0) continue;
        const scale = Math.max((incoming[j] as number) / (scaledSupply[j] as number), 1);
        delta[r] = roundHalfEven((delta[r] as number) / scale);
      }
    }
    let movedThisCycle = 0;
    for (let r = 0; r < origins; r++) {
      const d = delta[r] as number;
      if (d === 0) continue;
      const pMin = minPair[r] as number;
      const pMax = maxPair[r] as number;
      assignment[pMin] = (assignment[pMin] as number) + d;
      assignment[pMax] = (assignment[pMax] as number) - d;
      movedThisCycle += Math.abs(d);
    }
    moved += movedThisCycle;
    // The step never grows, so once no origin moves past the initial phase, none ever will.
    if (movedThisCycle === 0 && cycle >= steps.limitInitial) {
      converged = true;
      break;
    }
  }
  siteLoad.fill(0);
  for (let p = 0; p < site.length; p++) {
    const j = site[p] as number;
    siteLoad[j] = (siteLoad[j] as number) + (assignment[p] as number);
  }
  return { assignment, totalCost, siteLoad, cycles, converged, moved };
}
