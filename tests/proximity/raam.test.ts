import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { raam } from '../../src/proximity/index.ts';
import { caught } from './helpers.ts';

/**
 * Independent brute-force RAAM: PySAL access/raam.py (iterate_raam and its raam() wrapper) transcribed line for
 * line on a dense matrix, NaN = missing pair (numpy masked), every cycle run, no early stop.
 */
function pysalRaam(
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

describe('raam — published values', () => {
  it('PySAL access tests/test_raam.py: one demand cell on the 5 × 5 grid costs Σ supply = 25, for every step rule', () => {
    const cells: [number, number][] = [];
    for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) cells.push([x, y]);
    const supply = cells.map(() => ({ capacity: 1 }));
    for (const cell of [0, 7, 12, 24]) {
      // The test samples one cell at random; any cell gives 25.
      const dense = [cells.map(([x, y]) => Math.hypot(x - cells[cell]![0], y - cells[cell]![1]))];
      const options = { costs: { dense }, tauCost: 60 };
      expect(raam([{ population: 1 }], supply, options).cost).toEqual([25]);
      expect(raam([{ population: 1 }], supply, { ...options, initialStepCount: 1 }).cost).toEqual([25]);
      expect(raam([{ population: 1 }], supply, { ...options, minStep: 1 }).cost).toEqual([25]);
      const normalised = raam([{ population: 1 }], supply, { ...options, normalize: true });
      expect(normalised.normalizedBy).toBe(25);
      expect(normalised.cost).toEqual([1]);
    }
  });
});

describe('raam — against the PySAL algorithm transcribed', () => {
  it('equals a line-by-line transcription of PySAL iterate_raam (150 cycles, no early stop) on random tracts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.boolean(),
        (n, m, seed, byCount) => {
          let state = seed;
          const random = (): number => {
            state = (Math.imul(state, 1103515245) + 12345) >>> 0;
            return state / 4294967296;
          };
          const population = Array.from({ length: n }, () => (random() < 0.1 ? 0 : 1 + Math.floor(random() * 800)));
          const capacity: number[] = Array.from({ length: m }, () => (random() < 0.1 ? 0 : 1 + Math.floor(random() * 40)));
          if (!capacity.some((c) => c > 0)) capacity[0] = 5;
          const cost = population.map(() => capacity.map(() => (random() < 0.15 ? Infinity : Math.round(random() * 900) / 10)));
          const size = byCount ? 1 + Math.floor(random() * 30) : 0.05 + random() * 0.4;
          const step = byCount ? { initialStepCount: size } : { initialStep: size };
          const expected = pysalRaam(population, capacity, cost, 30, { initialStep: size, stepIsCount: byCount });
          const result = raam(population.map((p) => ({ population: p })), capacity.map((c) => ({ capacity: c })), { costs: { dense: cost }, tauCost: 30, ...step });
          expected.forEach((e, i) => {
            if (e === null) expect(result.cost[i]).toBeNull();
            else expect(Math.abs((result.cost[i] as number) - e)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(e)));
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps every person assigned: site demand sums to the population that reaches a site', () => {
    const population = [120, 340, 55, 0, 800];
    const capacity = [10, 30, 0, 25];
    const dense = [[5, 20, 1, 40], [30, 8, 2, 12], [50, 60, 3, 9], [1, 1, 1, 1], [15, Infinity, 4, 25]];
    const result = raam(population.map((p) => ({ population: p })), capacity.map((c) => ({ capacity: c })), { costs: { dense, unit: 'minutes' }, tauCost: 30 });
    expect(result.siteDemand.reduce((a, b) => a + b, 0)).toBe(120 + 340 + 55 + 800);
    expect(result.siteDemand[2]).toBe(0);
    expect(result.siteCongestion[2]).toBeNull();
    expect(result.cost[3]).toBeNull();
    expect(result.warnings[0]).toMatch(/1 demand location\(s\) have population 0/);
    expect(result.unit).toBe('minutes');
  });
});

describe('raam — bad input', () => {
  it('asks for τ in the right unit, and refuses two step forms', () => {
    const missing = caught(() => raam([{ population: 1 }], [{ capacity: 1 }], { costs: { dense: [[1]] } }));
    expect([missing.code, missing.path]).toEqual(['missing_field', 'options.tauCost']);
    expect(missing.message).toMatch(/60 minutes/);
    const wrong = caught(() => raam([{ population: 1 }], [{ capacity: 1 }], { costs: { dense: [[1]] }, tauKm: 3 }));
    expect([wrong.code, wrong.path]).toEqual(['invalid_value', 'options.tauKm']);
    const both = caught(() => raam([{ population: 1 }], [{ capacity: 1 }], { costs: { dense: [[1]] }, tauCost: 60, initialStep: 0.2, initialStepCount: 3 }));
    expect(both.path).toBe('options.initialStepCount');
    const percent = caught(() => raam([{ population: 1 }], [{ capacity: 1 }], { costs: { dense: [[1]] }, tauCost: 60, initialStep: 20 }));
    expect([percent.code, percent.path]).toEqual(['out_of_range', 'options.initialStep']);
    expect(percent.message).toMatch(/meant as 0.2/);
    const noSupply = caught(() => raam([{ population: 1 }], [{ capacity: 0 }], { costs: { dense: [[1]] }, tauCost: 60 }));
    expect([noSupply.code, noSupply.path]).toEqual(['invalid_value', 'supply']);
    expect(caught(() => raam([{ population: 1 }], [{ capacity: 1 }], { costs: { dense: [[1]] }, tauCost: 60, maxCycles: 2.5 })).code).toBe('not_integer');
  });
});
