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
 */
import { suite } from './harness.ts';
import { mannKendall } from '../../src/trends/mannKendall.ts';
import { seriesByYear } from '../../src/trends/seriesByYear.ts';
import { theilSen } from '../../src/trends/theilSen.ts';

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
});
