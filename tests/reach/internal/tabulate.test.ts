/**
 * The counting engine behind targetingErrors and targetingErrorsByYear (src/reach/internal/tabulate.ts), on small
 * inputs counted by hand, so each path is seen on its own: the cell layout (mixed radix while the product of the
 * dimension sizes is at most 2¹⁶, compact renumbering above), the first row of each cell (−1 when empty), the
 * single-pass table's capacities (8 per present dimension, doubling up to 2¹⁶ slots, then null) and its re-layout.
 * The public functions give the same groups whichever path counted them, so only these tests see the layout.
 */
import { describe, expect, it } from 'vitest';
import {
  ELIGIBLE,
  ELIGIBLE_ENROLLED,
  ELIGIBLE_WEIGHT_SQUARES,
  ENROLLED,
  FIELDS,
  INDETERMINATE,
  INDETERMINATE_ENROLLED,
  INELIGIBLE,
  INELIGIBLE_ENROLLED,
  POPULATION,
  RECORDS,
  combineCells,
  readOutcomes,
  readRecords,
  tally,
  tallyDimensions,
  tallyRecords,
  type Dimension,
  type DimensionAccessor,
  type FusedTally,
} from '../../../src/reach/internal/tabulate.ts';

interface Row {
  e: boolean | null;
  n: boolean;
  w: number;
  k: string[];
}

const eligible = (r: Row) => r.e;
const enrolled = (r: Row) => r.n;
const weight = (r: Row) => r.w;

/** Dimension accessors reading r.k[0], r.k[1] …, labelled as options.by[d]. */
function dims(count: number): DimensionAccessor<Row>[] {
  return Array.from({ length: count }, (_, d) => ({ name: String(d), accessor: (r: Row) => r.k[d] as string, label: `options.by[${d}]` }));
}

/** The ten counts of cell `cell`. */
function cellCounts(counts: Float64Array, cell: number): number[] {
  return Array.from(counts.subarray(cell * FIELDS, (cell + 1) * FIELDS));
}

/** Records per non-empty slot of a single-pass tally, keyed by the slot's keys. */
function recordsByKeys(result: FusedTally): Map<string, number> {
  const out = new Map<string, number>();
  for (let cell = 0; cell < result.cellCount; cell++) {
    const records = result.counts[cell * FIELDS + RECORDS] as number;
    if (records !== 0) out.set(result.keysOf(cell).join('|'), records);
  }
  return out;
}

/** The same, counted row by row. */
function bruteRecords(rows: readonly Row[], count: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    const key = r.k.slice(0, count).join('|');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

describe('readOutcomes and readRecords', () => {
  it('code eligibility 0 eligible, 1 ineligible, 2 indeterminate, enrolment 1/0, weights only when asked', () => {
    const rows: Row[] = [
      { e: true, n: true, w: 2, k: ['x'] },
      { e: false, n: false, w: 0.5, k: ['y'] },
      { e: null, n: true, w: 3, k: ['x'] },
    ];
    const plain = readOutcomes(rows, eligible, enrolled, undefined, 'fn');
    expect(Array.from(plain.eligibility)).toEqual([0, 1, 2]);
    expect(Array.from(plain.enrolled)).toEqual([1, 0, 1]);
    expect(plain.weights).toBeNull();
    const weighted = readOutcomes(rows, eligible, enrolled, weight, 'fn');
    expect(Array.from(weighted.weights as Float64Array)).toEqual([2, 0.5, 3]);
  });

  it('intern every dimension’s keys in order of first appearance, the fourth and later dimensions too', () => {
    const rows: Row[] = [
      { e: true, n: true, w: 1, k: ['b', 'q', 'm', 'z', 'u'] },
      { e: true, n: false, w: 1, k: ['a', 'q', 'n', 'z', 'v'] },
      { e: false, n: true, w: 1, k: ['b', 'p', 'm', 'y', 'u'] },
    ];
    for (let count = 0; count <= 5; count++) {
      const { outcomes, dimensions } = readRecords(rows, eligible, enrolled, undefined, dims(count), 'fn');
      expect(Array.from(outcomes.eligibility)).toEqual([0, 0, 1]);
      const expected = [
        { ids: [0, 1, 0], keys: ['b', 'a'] },
        { ids: [0, 0, 1], keys: ['q', 'p'] },
        { ids: [0, 1, 0], keys: ['m', 'n'] },
        { ids: [0, 0, 1], keys: ['z', 'y'] },
        { ids: [0, 1, 0], keys: ['u', 'v'] },
      ].slice(0, count);
      expect(dimensions.map((d) => ({ name: d.name, ids: Array.from(d.ids), keys: d.keys }))).toEqual(expected.map((e, d) => ({ name: String(d), ...e })));
    }
  });

  it('name the accessor that returned a non-string key, in any dimension', () => {
    const rows: Row[] = [{ e: true, n: true, w: 1, k: ['a', 'b', 'c', 'd'] }];
    for (let d = 0; d < 4; d++) {
      const bad = dims(4).map((dim, j) => (j === d ? { ...dim, accessor: () => 7 as unknown as string } : dim));
      expect(() => readRecords(rows, eligible, enrolled, undefined, bad, 'fn')).toThrow(`fn: options.by[${d}] returned 7 for rows[0]; a group key must be a string`);
    }
  });
});

describe('combineCells', () => {
  it('gives every row cell 0 of 1 without dimensions', () => {
    expect(combineCells([], 3)).toEqual({ cellOf: new Int32Array(3), cellCount: 1 });
  });

  it('combines ids in mixed radix, the first dimension fastest, while the sizes multiply to at most 2¹⁶', () => {
    const cells = combineCells(
      [
        { ids: Int32Array.of(0, 1, 1, 0), size: 2 },
        { ids: Int32Array.of(2, 0, 2, 1), size: 3 },
      ],
      4,
    );
    // id0 + 2 · id1
    expect(Array.from(cells.cellOf)).toEqual([4, 1, 5, 2]);
    expect(cells.cellCount).toBe(6);
    // 256 × 256 = 2¹⁶ exactly: still mixed radix, 65,536 cells.
    const edge = combineCells(
      [
        { ids: Int32Array.of(255, 0, 1), size: 256 },
        { ids: Int32Array.of(255, 0, 1), size: 256 },
      ],
      3,
    );
    expect(Array.from(edge.cellOf)).toEqual([255 + 256 * 255, 0, 1 + 256]);
    expect(edge.cellCount).toBe(65536);
  });

  it('renumbers the combinations seen, in order of first appearance, above 2¹⁶', () => {
    // 300 × 300 = 90,000 > 65,536: the rows' combinations (299,299), (0,0), (299,299), (5,7) become 0, 1, 0, 2.
    const cells = combineCells(
      [
        { ids: Int32Array.of(299, 0, 299, 5), size: 300 },
        { ids: Int32Array.of(299, 0, 299, 7), size: 300 },
      ],
      4,
    );
    expect(Array.from(cells.cellOf)).toEqual([0, 1, 0, 2]);
    expect(cells.cellCount).toBe(3);
    // A third dimension then combines with the 3 renumbered cells in mixed radix: cell + 3 · id2.
    const three = combineCells(
      [
        { ids: Int32Array.of(299, 0, 299, 5), size: 300 },
        { ids: Int32Array.of(299, 0, 299, 7), size: 300 },
        { ids: Int32Array.of(1, 1, 0, 0), size: 2 },
      ],
      4,
    );
    expect(Array.from(three.cellOf)).toEqual([3, 4, 0, 2]);
    expect(three.cellCount).toBe(6);
  });
});

describe('tally and tallyDimensions', () => {
  const rows: Row[] = [
    { e: true, n: true, w: 2, k: ['a', 'x', 'u'] },
    { e: false, n: true, w: 1, k: ['b', 'x', 'u'] },
    { e: true, n: false, w: 3, k: ['a', 'y', 'v'] },
    { e: null, n: true, w: 1, k: ['b', 'z', 'v'] },
  ];

  it('counts each row into its cell, weighted, and records each cell’s first row (−1 when empty)', () => {
    const outcomes = readOutcomes(rows, eligible, enrolled, weight, 'fn');
    const { counts, firstRow } = tally(outcomes, { cellOf: Int32Array.of(2, 0, 2, 0), cellCount: 4 });
    expect(Array.from(firstRow)).toEqual([1, -1, 0, -1]);
    // Field order: records, population, eligible, ineligible, indeterminate, enrolled, eligible enrolled,
    // ineligible enrolled, indeterminate enrolled, Σ w² of the eligible.
    expect(cellCounts(counts, 0)).toEqual([2, 2, 0, 1, 1, 2, 0, 1, 1, 0]);
    expect(cellCounts(counts, 1)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(cellCounts(counts, 2)).toEqual([2, 5, 5, 0, 0, 2, 2, 0, 0, 4 + 9]);
    expect([RECORDS, POPULATION, ELIGIBLE, INELIGIBLE, INDETERMINATE, ENROLLED, ELIGIBLE_ENROLLED, INELIGIBLE_ENROLLED, INDETERMINATE_ENROLLED, ELIGIBLE_WEIGHT_SQUARES]).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });

  it('without dimensions has one cell, the whole', () => {
    const outcomes = readOutcomes(rows, eligible, enrolled, undefined, 'fn');
    const result = tallyDimensions(outcomes, [], rows.length);
    expect(result.cellCount).toBe(1);
    expect(Array.from(result.firstRow)).toEqual([0]);
    expect(cellCounts(result.counts, 0)).toEqual([4, 4, 2, 1, 1, 3, 1, 1, 1, 2]);
  });

  it('lays out one, two and three dimensions in mixed radix, the first fastest, first rows by cell', () => {
    const { outcomes, dimensions } = readRecords(rows, eligible, enrolled, undefined, dims(3), 'fn');
    // Sizes 2 (a, b), 3 (x, y, z), 2 (u, v): row cells a+2·x+6·u = 0, 1, 0+2+6 = 8, 1+4+6 = 11.
    const three = tallyDimensions(outcomes, dimensions, rows.length);
    expect(three.cellCount).toBe(12);
    expect(Array.from(three.firstRow)).toEqual([0, 1, -1, -1, -1, -1, -1, -1, 2, -1, -1, 3]);
    expect(cellCounts(three.counts, 11)).toEqual([1, 1, 0, 0, 1, 1, 0, 0, 1, 0]);
    const two = tallyDimensions(outcomes, dimensions.slice(0, 2), rows.length);
    expect(two.cellCount).toBe(6);
    expect(Array.from(two.firstRow)).toEqual([0, 1, 2, -1, -1, 3]);
    const one = tallyDimensions(outcomes, dimensions.slice(1, 2), rows.length);
    expect(Array.from(one.firstRow)).toEqual([0, 2, 3]);
    expect(cellCounts(one.counts, 0)).toEqual([2, 2, 1, 1, 0, 2, 1, 1, 0, 1]);
  });

  it('renumbers compactly when the sizes multiply past 2¹⁶, and keeps the first row of each cell', () => {
    const outcomes = readOutcomes(rows, eligible, enrolled, undefined, 'fn');
    const many = Array.from({ length: 300 }, (_, i) => `k${i}`);
    const dimensions: Dimension[] = [
      { name: 'p', ids: Int32Array.of(299, 0, 299, 5), keys: many },
      { name: 'q', ids: Int32Array.of(299, 0, 299, 7), keys: many },
    ];
    const result = tallyDimensions(outcomes, dimensions, rows.length);
    expect(result.cellCount).toBe(3);
    expect(Array.from(result.firstRow)).toEqual([0, 1, 3]);
    expect(cellCounts(result.counts, 0)).toEqual([2, 2, 2, 0, 0, 1, 1, 0, 0, 2]);
    // Exactly 2¹⁶ stays dense.
    const edge: Dimension[] = [
      { name: 'p', ids: Int32Array.of(255, 0, 255, 1), keys: many.slice(0, 256) },
      { name: 'q', ids: Int32Array.of(255, 0, 255, 1), keys: many.slice(0, 256) },
    ];
    expect(tallyDimensions(outcomes, edge, rows.length).cellCount).toBe(65536);
  });

  it('takes every dimension beyond the third into the cell', () => {
    const fourRows: Row[] = [
      { e: true, n: true, w: 1, k: ['a', 'x', 'u', 'p'] },
      { e: true, n: false, w: 1, k: ['a', 'x', 'u', 'q'] },
    ];
    const { outcomes, dimensions } = readRecords(fourRows, eligible, enrolled, undefined, dims(4), 'fn');
    const result = tallyDimensions(outcomes, dimensions, fourRows.length);
    // Sizes 1, 1, 1, 2: the rows differ only in the fourth key, so they fall in cells 0 and 1.
    expect(result.cellCount).toBe(2);
    expect(Array.from(result.firstRow)).toEqual([0, 1]);
  });
});

describe('tallyRecords (the single pass)', () => {
  const rows: Row[] = [
    { e: true, n: true, w: 2, k: ['a', 'x', 'u', 'p'] },
    { e: false, n: true, w: 1, k: ['b', 'x', 'u', 'p'] },
    { e: true, n: false, w: 3, k: ['a', 'y', 'v', 'p'] },
    { e: null, n: true, w: 1, k: ['b', 'z', 'v', 'p'] },
  ];

  it('without dimensions counts one cell with no keys', () => {
    const result = tallyRecords(rows, eligible, enrolled, weight, [], 'fn') as FusedTally;
    expect(result.cellCount).toBe(1);
    expect(result.keysOf(0)).toEqual([]);
    expect(cellCounts(result.counts, 0)).toEqual([4, 7, 5, 1, 1, 4, 2, 1, 1, 13]);
  });

  it('starts each present dimension at 8 slots: 8, 64, 512 cells; four dimensions go to the two-pass path', () => {
    const one = tallyRecords(rows, eligible, enrolled, undefined, dims(1), 'fn') as FusedTally;
    expect(one.cellCount).toBe(8);
    expect(one.keysOf(1)).toEqual(['b']);
    expect(cellCounts(one.counts, 0)).toEqual([2, 2, 2, 0, 0, 1, 1, 0, 0, 2]);
    const two = tallyRecords(rows, eligible, enrolled, undefined, dims(2), 'fn') as FusedTally;
    expect(two.cellCount).toBe(64);
    // b × z: slot 1 + 8 · 2.
    expect(two.keysOf(17)).toEqual(['b', 'z']);
    expect(cellCounts(two.counts, 17)).toEqual([1, 1, 0, 0, 1, 1, 0, 0, 1, 0]);
    const three = tallyRecords(rows, eligible, enrolled, undefined, dims(3), 'fn') as FusedTally;
    expect(three.cellCount).toBe(512);
    // a × y × v: slot 0 + 8 · (1 + 8 · 1) = 72.
    expect(three.keysOf(72)).toEqual(['a', 'y', 'v']);
    expect(cellCounts(three.counts, 72)).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 1]);
    expect(tallyRecords(rows, eligible, enrolled, undefined, dims(4), 'fn')).toBeNull();
  });

  /** Rows whose dimension `grow` takes `keys` distinct keys while the other two take 8 each. */
  function growing(grow: number, keys: number): Row[] {
    return Array.from({ length: keys }, (_, i) => ({
      e: i % 3 === 0 ? null : i % 2 === 0,
      n: i % 5 < 2,
      w: 1,
      k: [0, 1, 2].map((d) => (d === grow ? `g${i}` : `o${(i * (d + 3)) % 8}`)),
    }));
  }

  it.each([0, 1, 2])('doubles dimension %i up to 2¹⁶ slots in all (8 × 8 × 1024), with every record in its cell', (grow) => {
    // 513 keys need 1024 slots (doubling from 8); the other dimensions keep 8: 65,536 slots, the most allowed.
    const rows513 = growing(grow, 513);
    const result = tallyRecords(rows513, eligible, enrolled, undefined, dims(3), 'fn') as FusedTally;
    expect(result).not.toBeNull();
    expect(result.cellCount).toBe(65536);
    expect(recordsByKeys(result)).toEqual(bruteRecords(rows513, 3));
    // 1025 keys would need 131,072 slots: the two-pass path takes over.
    expect(tallyRecords(growing(grow, 1025), eligible, enrolled, undefined, dims(3), 'fn')).toBeNull();
  });

  it.each([0, 1, 2])('re-lays out counted cells exactly when dimension %i doubles (few keys)', (grow) => {
    // 40 keys in the growing dimension: 8 → 16 → 32 → 64 slots, three re-layouts.
    const few = growing(grow, 40).concat(growing(grow, 17));
    const result = tallyRecords(few, eligible, enrolled, weight, dims(3), 'fn') as FusedTally;
    expect(result.cellCount).toBe(64 * 64);
    expect(recordsByKeys(result)).toEqual(bruteRecords(few, 3));
    let total = 0;
    for (let cell = 0; cell < result.cellCount; cell++) total += result.counts[cell * FIELDS + RECORDS] as number;
    expect(total).toBe(few.length);
  });

  it('names the accessor and record of a bad key or weight', () => {
    const bad = dims(2).map((dim, j) => (j === 1 ? { ...dim, accessor: (_: Row, i: number) => (i === 2 ? (null as unknown as string) : 'k') } : dim));
    expect(() => tallyRecords(rows, eligible, enrolled, undefined, bad, 'fn')).toThrow('fn: options.by[1] returned null for rows[2]; a group key must be a string (use String(value)).');
  });
});
