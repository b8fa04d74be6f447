import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { raam } from '../../src/proximity/index.ts';
import { caught, pysalRaam } from './helpers.ts';

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
    expect(percent.message).toBe("raam: options.initialStep is 20; it is a share of each origin's demand, a fraction in (0, 1] — write 20 % as 0.2.");
    // Issue 12: 1.5 may be 1.5 % or 150 % (it said "almost surely meant as 0.015"); 500 is neither (it said "meant as 5").
    const ambiguous = caught(() => raam([{ population: 1 }], [{ capacity: 1 }], { costs: { dense: [[1]] }, tauCost: 60, minStep: 1.5 }));
    expect(ambiguous.message).toBe(
      "raam: options.minStep is 1.5; it is a share of each origin's demand, a fraction in (0, 1] — if 1.5 means 1.5 %, write 0.015; 150 % is not allowed here: no origin moves more than all of its demand (1 = 100 %).",
    );
    const large = caught(() => raam([{ population: 1 }], [{ capacity: 1 }], { costs: { dense: [[1]] }, tauCost: 60, initialStep: 500 }));
    expect(large.message).toBe("raam: options.initialStep is 500; it is a share of each origin's demand, a fraction in (0, 1].");
    const noSupply = caught(() => raam([{ population: 1 }], [{ capacity: 0 }], { costs: { dense: [[1]] }, tauCost: 60 }));
    expect([noSupply.code, noSupply.path]).toEqual(['invalid_value', 'supply']);
    expect(caught(() => raam([{ population: 1 }], [{ capacity: 1 }], { costs: { dense: [[1]] }, tauCost: 60, maxCycles: 2.5 })).code).toBe('not_integer');
  });
});
