/**
 * Benchmarks of the trends module (`npm run bench -- trends`).
 *
 * 1. `mannKendall` on 20,000 points (S by merge sort, O(n log n)) against the pairwise definition
 *    Σ_{i<j} sign(x_j − x_i) in a plain double loop over a Float64Array (O(n²)): the speed-up over the naive method.
 * 2. `theilSen` on 2,000 points (2 million pairwise slopes, sorted in a Float64Array) against the floor of any
 *    implementation: filling the same slopes into a Float64Array and sorting it, without validation or interval.
 * 3. `seriesByYear` on 1,000,000 dated records (3,360 distinct dates, as real enrolment dates repeat) against a
 *    hand-written loop that slices the year and month out of every date string and counts into a Map.
 *    `seriesByYear` validates each distinct date once and caches its fiscal year.
 * 4. `joinpoint` on 21 years with up to 3 joinpoints and Joinpoint's default 4,499 permutations per test (the
 *    sequence 0 vs 3, 1 vs 3, 2 vs 3 on Scotland's male cancer mortality, 3 × 4,499 grid searches of 408
 *    placements each) against the straightforward method: refit every placement by QR on every permuted data set,
 *    timed on 60 permutations per test and scaled to 4,499. The grid keeps each placement's hinge orthonormalised
 *    once, so a placement costs one dot product per permuted data set.
 */
import { suite } from './harness.ts';
import { mannKendall } from '../../src/trends/mannKendall.ts';
import { seriesByYear } from '../../src/trends/seriesByYear.ts';
import { theilSen } from '../../src/trends/theilSen.ts';
import { joinpoint } from '../../src/trends/joinpoint.ts';
import { leastSquares } from '../../src/trends/internal/leastSquares.ts';
import { Sfc32 } from '../../src/internal/random.ts';

/** Every placement of k joinpoints on n points with 2 observations from each end and between (Joinpoint's default). */
function placements(n: number, k: number): number[][] {
  const out: number[][] = [];
  const grow = (prefix: number[], start: number): void => {
    if (prefix.length === k) {
      out.push(prefix);
      return;
    }
    for (let j = start; j <= n - 3; j++) grow([...prefix, j], j + 3);
  };
  grow([], 2);
  return out;
}

/** Smallest SSE over all placements of k joinpoints, each refitted by QR (the straightforward grid search). */
function naiveBestSse(x: Float64Array, y: Float64Array, k: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const placement of placements(x.length, k)) {
    const columns = [new Float64Array(x.length).fill(1), Float64Array.from(x)];
    for (const j of placement) columns.push(Float64Array.from(x, (t) => Math.max(0, t - (x[j] as number))));
    best = Math.min(best, leastSquares(columns, y).sse);
  }
  return best;
}

/** The naive permutation sequence 0 vs 3, 1 vs 3, 2 vs 3 with `perms` permutations per test. */
function naivePermutationTests(x: Float64Array, y: Float64Array, perms: number): number[] {
  const random = new Sfc32(7160);
  const counts: number[] = [];
  for (const ka of [0, 1, 2]) {
    const nullFit = (() => {
      let best: { sse: number; residuals: Float64Array } = { sse: Number.POSITIVE_INFINITY, residuals: new Float64Array(0) };
      for (const placement of placements(x.length, ka)) {
        const columns = [new Float64Array(x.length).fill(1), Float64Array.from(x)];
        for (const j of placement) columns.push(Float64Array.from(x, (t) => Math.max(0, t - (x[j] as number))));
        const fit = leastSquares(columns, y);
        if (fit.sse < best.sse) best = fit;
      }
      return best;
    })();
    const observed = nullFit.sse / naiveBestSse(x, y, 3);
    const residuals = Float64Array.from(nullFit.residuals);
    let atLeast = 0;
    for (let r = 0; r < perms; r++) {
      for (let i = residuals.length - 1; i > 0; i--) {
        const j = random.nextInt(i + 1);
        const t = residuals[i] as number;
        residuals[i] = residuals[j] as number;
        residuals[j] = t;
      }
      const permuted = Float64Array.from(y, (v, i) => v - (nullFit.residuals[i] as number) + (residuals[i] as number));
      if (naiveBestSse(x, permuted, ka) / naiveBestSse(x, permuted, 3) >= observed) atLeast++;
    }
    counts.push(atLeast);
  }
  return counts;
}

function makeValues(n: number, seed: number): Float64Array {
  // xorshift: deterministic data without Math.random; values rounded so ties occur.
  let state = seed >>> 0 || 1;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[i] = Math.round(((state >>> 0) / 4294967296) * 1000 + i * 0.01);
  }
  return out;
}

function naiveS(values: Float64Array): number {
  let s = 0;
  const n = values.length;
  for (let i = 0; i < n - 1; i++) {
    const xi = values[i] as number;
    for (let j = i + 1; j < n; j++) {
      const d = (values[j] as number) - xi;
      s += d > 0 ? 1 : d < 0 ? -1 : 0;
    }
  }
  return s;
}

suite('trends', (ctx) => {
  const nMk = 20_000;
  const mkValues = makeValues(nMk, 7);
  const mkSeries = Array.from(mkValues, (value, i) => ({ year: i, value }));
  const check = mannKendall(mkSeries).s;
  if (check !== naiveS(mkValues)) throw new Error('mannKendall S disagrees with the pairwise definition');
  ctx.compare({
    name: 'mannKendall (merge-sort S)',
    run: () => mannKendall(mkSeries),
    baselineName: 'pairwise S, double loop',
    baseline: () => naiveS(mkValues),
    ratioIs: 'baseline/case',
    goal: 10,
    options: { n: nMk, repeat: 5 },
    baselineRepeat: 3,
  });

  const nSen = 2_000;
  const senValues = makeValues(nSen, 11);
  const senSeries = Array.from(senValues, (value, i) => ({ year: 1000 + i, value }));
  ctx.compare({
    name: 'theilSen (with Sen interval)',
    run: () => theilSen(senSeries),
    baselineName: 'fill and sort the slopes only',
    baseline: () => {
      const slopes = new Float64Array((nSen * (nSen - 1)) / 2);
      let k = 0;
      for (let i = 0; i < nSen - 1; i++) {
        for (let j = i + 1; j < nSen; j++) slopes[k++] = ((senValues[j] as number) - (senValues[i] as number)) / (j - i);
      }
      slopes.sort();
      return slopes[slopes.length >> 1];
    },
    goal: 1.5,
    options: { n: nSen, repeat: 5 },
  });

  const nRecords = 1_000_000;
  const dates: { date: string }[] = [];
  for (let i = 0; i < nRecords; i++) {
    const year = 2016 + (i % 10);
    const month = 1 + ((i * 7) % 12);
    const day = 1 + ((i * 13) % 28);
    dates.push({ date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` });
  }
  ctx.compare({
    name: 'seriesByYear (validated dates, fiscal years from July)',
    run: () => seriesByYear(dates, { date: (r) => r.date }),
    baselineName: 'slice year/month, count in a Map',
    baseline: () => {
      const counts = new Map<number, number>();
      for (const r of dates) {
        const year = Number(r.date.slice(0, 4));
        const fy = Number(r.date.slice(5, 7)) >= 7 ? year + 1 : year;
        counts.set(fy, (counts.get(fy) ?? 0) + 1);
      }
      return counts;
    },
    goal: 3,
    options: { n: nRecords, repeat: 5 },
  });

  // Scotland, males, cancer mortality 1998–2018 (GLOBOCAN; tests/fixtures/peers/joinpoint-scotland-globocan.json).
  const mortality = [
    178.6950101, 176.0234282, 173.6135393, 177.6442884, 175.5396286, 168.3851338, 166.7562731, 162.560395, 160.4511898,
    157.1551705, 154.1235189, 149.6724052, 146.7768136, 146.6937726, 143.3753774, 142.2832349, 139.9661599, 142.5678222,
    138.0455606, 133.5048667, 132.2409217,
  ];
  const jpSeries = mortality.map((value, i) => ({ year: 1998 + i, value }));
  const jpYears = Float64Array.from(jpSeries, (p) => p.year - 2008);
  const jpLogs = Float64Array.from(mortality, Math.log);
  if (joinpoint(jpSeries).joinpointCount !== 2) throw new Error('joinpoint no longer selects the published 2 joinpoints');
  const naivePermutations = 60;
  ctx.compare({
    name: 'joinpoint (permutation selection, 3 tests × 4,499 permutations)',
    run: () => joinpoint(jpSeries),
    baselineName: `refit every placement by QR per permutation (${naivePermutations} permutations, scaled to 4,499)`,
    baseline: () => naivePermutationTests(jpYears, jpLogs, naivePermutations),
    baselineScale: 4499 / naivePermutations,
    ratioIs: 'baseline/case',
    goal: 10,
    options: { n: jpSeries.length, repeat: 5 },
    baselineRepeat: 3,
  });
});
