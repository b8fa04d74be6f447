/**
 * Benchmarks of the disclosure module (`npm run bench -- disclosure`).
 *
 * 1. `suppressTable` on a 60 × 20 table (district × band) where about a quarter of the cells are 1–10, against a
 *    hand-written primary-only pass over the same grid (threshold test per cell and margin, no complementary
 *    suppression, no result objects): the ratio is the price of complementary suppression and of the flagged,
 *    JSON-ready result.
 * 2. `suppressCounts` on 10,000 groups against the same hand-written primary pass.
 */
import { suite } from './harness.ts';
import { suppressCounts, suppressTable } from '../../src/disclosure/index.ts';

function makeTable(rows: number, columns: number): number[][] {
  let state = 0x2545f491;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  return Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => (next() < 0.25 ? 1 + Math.floor(next() * 10) : next() < 0.1 ? 0 : 11 + Math.floor(next() * 400))),
  );
}

function primaryOnly(cells: number[][]): number {
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  const columnTotals = new Float64Array(columns);
  let withheld = 0;
  let grand = 0;
  for (let i = 0; i < rows; i++) {
    const row = cells[i] as number[];
    let total = 0;
    for (let j = 0; j < columns; j++) {
      const v = row[j] as number;
      if (v >= 1 && v <= 10) withheld++;
      total += v;
      columnTotals[j] = (columnTotals[j] ?? 0) + v;
    }
    if (total >= 1 && total <= 10) withheld++;
    grand += total;
  }
  for (let j = 0; j < columns; j++) {
    const v = columnTotals[j] ?? 0;
    if (v >= 1 && v <= 10) withheld++;
  }
  return withheld + (grand >= 1 && grand <= 10 ? 1 : 0);
}

suite('disclosure', (ctx) => {
  const table = makeTable(60, 20);
  const result = suppressTable(table);
  console.log(JSON.stringify({ suite: 'disclosure', note: 'suppressTable 60×20', primary: result.primary, complementary: result.complementary }));
  ctx.compare({
    name: 'suppressTable 60×20 (primary + complementary + bridge repair)',
    run: () => suppressTable(table),
    baselineName: 'hand-written primary-only pass',
    baseline: () => primaryOnly(table),
    options: { repeat: 21, warmup: 20, n: '60×20' },
  });
  const counts = makeTable(1, 10_000)[0] as number[];
  ctx.compare({
    name: 'suppressCounts 10,000 groups',
    run: () => suppressCounts(counts),
    baselineName: 'hand-written primary-only pass',
    baseline: () => primaryOnly([counts]),
    options: { repeat: 21, warmup: 20, n: 10_000 },
  });
});
