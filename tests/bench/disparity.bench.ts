/**
 * Disparity benchmarks (`npm run bench -- disparity`). Data: seeded lognormal incomes (1,000,000 values) and
 * 2,000 groups of counts, built here.
 *
 * 1. `gini` (unweighted, weighted) and `concentrationIndex` against a bare `Float64Array` sort of the same
 *    values — the floor of any O(n log n) rank-based index. The ratio is the price of validation and, when
 *    weighted or tied, of pooling items by distinct value (a binary search per item).
 * 2. `theilT` and `atkinson` against a hand-written two-pass loop (mean, then Σ x ln x) with no validation.
 * 3. `compareGroups` on 2,000 groups against a hand-written loop that computes each rate and its ratio to the
 *    pooled rate (no intervals, no exact comparisons, no result objects).
 */
import { atkinson, compareGroups, concentrationIndex, gini, theilT } from '../../src/disparity/index.ts';
import { suite } from './harness.ts';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const N = 1_000_000;
const random = mulberry32(7);
const incomes: number[] = new Array(N);
const weights: number[] = new Array(N);
const rank: number[] = new Array(N);
for (let i = 0; i < N; i++) {
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  incomes[i] = Math.round(60000 * Math.exp(0.8 * normal));
  weights[i] = 1 + Math.floor(random() * 4);
  rank[i] = Math.floor(random() * 1000);
}

const groups = Array.from({ length: 2000 }, (_, i) => {
  const denominator = 50 + Math.floor(random() * 2000);
  return { group: `g${i}`, numerator: Math.floor(random() * denominator), denominator };
});

function sortFloor(): number {
  const sorted = Float64Array.from(incomes).sort();
  return sorted[sorted.length >> 1] as number;
}

function theilLoop(): number {
  let sum = 0;
  for (let i = 0; i < N; i++) sum += incomes[i] as number;
  const mean = sum / N;
  let t = 0;
  for (let i = 0; i < N; i++) {
    const r = (incomes[i] as number) / mean;
    if (r > 0) t += r * Math.log(r);
  }
  return t / N;
}

function rateLoop(): number {
  let num = 0;
  let den = 0;
  for (const g of groups) {
    num += g.numerator;
    den += g.denominator;
  }
  const overall = num / den;
  let s = 0;
  for (const g of groups) s += g.numerator / g.denominator / overall;
  return s;
}

suite('disparity', (ctx) => {
  ctx.compare({ name: 'gini (1e6 values)', run: () => gini(incomes), baselineName: 'Float64Array sort', baseline: sortFloor, goal: 2, options: { n: N, repeat: 5 } });
  ctx.compare({
    name: 'gini weighted (1e6 values)',
    run: () => gini(incomes, { weights }),
    baselineName: 'Float64Array sort',
    baseline: sortFloor,
    goal: 8,
    options: { n: N, repeat: 3 },
  });
  ctx.compare({
    name: 'concentrationIndex (1e6, 1,000 tied ranks)',
    run: () => concentrationIndex(incomes, rank),
    baselineName: 'Float64Array sort',
    baseline: sortFloor,
    goal: 8,
    options: { n: N, repeat: 3 },
  });
  ctx.compare({ name: 'theilT (1e6 values)', run: () => theilT(incomes), baselineName: 'two-pass loop', baseline: theilLoop, goal: 2, options: { n: N } });
  ctx.compare({ name: 'atkinson ε=1 (1e6 values)', run: () => atkinson(incomes, 1), baselineName: 'two-pass loop', baseline: theilLoop, goal: 2, options: { n: N } });
  ctx.compare({
    name: 'compareGroups (2,000 groups)',
    run: () => compareGroups(groups, { referenceGroup: 'best' }),
    baselineName: 'rate loop',
    baseline: rateLoop,
    options: { n: groups.length, repeat: 9 },
  });
});
