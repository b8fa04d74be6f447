import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressTable } from '../../src/index.ts';
import type { SuppressTableResult } from '../../src/index.ts';
import { caught, recoverable, twoWayEquations } from './helpers.ts';

/** The published table as an (R+1)×(C+1) grid of values (null = withheld), margins last. */
function grid(t: SuppressTableResult): (number | null)[][] {
  const rows = t.cells.map((row, i) => [...row.map((c) => c.value), t.rowTotals?.[i]?.value ?? null]);
  rows.push([...(t.columnTotals ?? []).map((c) => c.value), t.grandTotal?.value ?? null]);
  return rows;
}

/** The true (R+1)×(C+1) grid with margins. */
function truth(cells: number[][]): number[][] {
  const columns = cells[0]?.length ?? 0;
  const out = cells.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const last = Array.from({ length: columns + 1 }, (_, j) => out.reduce((a, row) => a + (row[j] ?? 0), 0));
  out.push(last);
  return out;
}

const table = (maxRows: number, maxColumns: number): fc.Arbitrary<number[][]> =>
  fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxColumns }))
    .chain(([r, c]) =>
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 11, max: 400 })), {
          minLength: c,
          maxLength: c,
        }),
        { minLength: r, maxLength: r },
      ),
    );

describe('suppressTable', () => {
  it('withholds a rectangle around one small cell', () => {
    const t = suppressTable([
      [20, 4, 30],
      [25, 40, 35],
    ]);
    expect(grid(t)).toEqual([
      [null, null, 30, 54],
      [null, null, 35, 100],
      [45, 44, 65, 154],
    ]);
    expect(t.primary).toBe(1);
    expect(t.complementary).toBe(3);
    expect(t.derivable).toEqual([]);
  });

  it('reproduces the worked example of docs/disclosure.md', () => {
    const enrolled = [
      [48, 7, 23],
      [112, 35, 0],
      [64, 19, 3],
      [95, 41, 16],
    ];
    expect(grid(suppressTable(enrolled))).toEqual([
      [48, null, null, 78],
      [112, 35, 0, 147],
      [64, null, null, 86],
      [95, 41, 16, 152],
      [319, 102, 42, 463],
    ]);
    expect(grid(suppressTable(enrolled, { policy: { complementaryPreference: 'margins' } }))).toEqual([
      [48, null, 23, null],
      [112, 35, 0, 147],
      [64, 19, null, null],
      [95, 41, 16, 152],
      [319, null, null, 463],
    ]);
  });

  it('withholds margins instead under complementaryPreference "margins"', () => {
    const t = suppressTable(
      [
        [20, 4, 30],
        [25, 40, 35],
        [50, 60, 70],
      ],
      { policy: { complementaryPreference: 'margins' } },
    );
    expect(grid(t)).toEqual([
      [20, null, 30, null],
      [25, 40, 35, 100],
      [50, 60, 70, 180],
      [95, null, 135, null],
    ]);
    expect(t.withheld.map((w) => `${w.path}:${w.reason}`)).toEqual([
      'cells[0][1]:primary',
      'rowTotals[0]:complementary',
      'columnTotals[1]:complementary',
      'grandTotal:complementary',
    ]);
  });

  it('withholds small margins as primary cells', () => {
    const t = suppressTable([
      [3, 0],
      [0, 50],
    ]);
    expect(t.rowTotals?.[0]).toEqual({ value: null, suppressed: true, reason: 'primary' });
    expect(t.columnTotals?.[0]?.reason).toBe('primary');
    expect(t.derivable).toEqual([]);
  });

  it('repairs a bridge that the line rule alone leaves recoverable', () => {
    // Two withheld 2×2 blocks joined by one withheld cell: every row and column holds two or more withheld values,
    // yet the joining cell equals (sum of the first block's row totals) − (its column totals) — a bridge.
    // Built with complementary off, then compared with the protected table.
    const cells = [
      [5, 6, 100, 100, 100],
      [7, 8, 9, 100, 100],
      [100, 100, 5, 6, 100],
      [100, 100, 7, 8, 100],
      [100, 100, 100, 100, 100],
    ];
    const open = suppressTable(cells, { policy: { complementary: false } });
    expect(open.derivable).toContain('cells[1][2]');
    const closed = suppressTable(cells);
    expect(closed.derivable).toEqual([]);
    const withheld = grid(closed).flat().map((v) => v === null);
    expect(recoverable(withheld, twoWayEquations(5, 5))).toEqual([]);
  });

  it('closes a bridge with the first published cell joining its two sides: non-zero first, then the smallest, then the first in order', () => {
    // Hand computation. Primary (CMS 1–10): the 2×2 blocks rows 0–1 × columns 0–1 and rows 2–3 × columns 2–3, and
    // cells[1][2] = 9 joining them. Every row and column then holds 2 or more withheld cells (the line rule adds
    // nothing), but cells[1][2] is a bridge of the withheld graph (row 1 – column 2): it equals the sum of block A's
    // row totals minus the published cells of those rows. Removing it splits the graph into A = {rows 0, 1;
    // columns 0, 1} and B = {rows 2, 3; columns 2, 3}; a published cell joining A to B closes a cycle through it:
    // cells[0][2], [0][3], [1][3] (row in A, column in B) or [2][0], [2][1], [3][0], [3][1] (row in B, column in A).
    const rest = [
      [100, 100, 5, 6, 100],
      [100, 100, 7, 8, 100],
      [100, 100, 100, 100, 100],
    ];
    const complements = (cells: number[][], preference: 'cells' | 'margins' = 'cells'): string[] =>
      suppressTable(cells, { policy: { complementaryPreference: preference } }).withheld.filter((w) => w.reason === 'complementary').map((w) => w.path);
    // all candidates 100: the first in table order, cells[0][2] (under either preference: no margin joins A to B)
    const even = [[5, 6, 100, 100, 100], [7, 8, 9, 100, 100], ...rest];
    expect(complements(even)).toEqual(['cells[0][2]']);
    expect(complements(even, 'margins')).toEqual(['cells[0][2]']);
    // candidates 100, 50, 0 (row A) and 40, 100 … (row B): the zero is skipped, the smallest non-zero is 40
    const a = [[5, 6, 100, 50, 100], [7, 8, 9, 0, 100], [40, 100, 5, 6, 100], [100, 100, 7, 8, 100], [100, 100, 100, 100, 100]];
    expect(complements(a)).toEqual(['cells[2][0]']);
    // two candidates of 40: the first in order, cells[0][3] before cells[2][0]
    const b = [[5, 6, 100, 40, 100], [7, 8, 9, 0, 100], [40, 100, 5, 6, 100], [100, 100, 7, 8, 100], [100, 100, 100, 100, 100]];
    expect(complements(b)).toEqual(['cells[0][3]']);
    expect(suppressTable(b).derivable).toEqual([]);
  });

  it('closes a bridge only with a cell joining its two sides, not with a cheaper one inside a side', () => {
    // Hand computation. Withheld (CMS 1–10): a 6-cycle in rows 0–2 × columns 0–2 ([0][0], [0][1], [1][1], [1][2],
    // [2][2], [2][0]), a 4-cycle in rows 3–4 × columns 3–4, and cells[2][3] = 6 joining them: a bridge (the only
    // derivable value with complementary off). Inside side A the published cells [0][2], [1][0], [2][1] are 20,
    // cheaper than the 100s joining A to B, but withholding one of them closes no cycle through the bridge; the
    // first joining cell in order, cells[0][3], does.
    const cells = [[5, 6, 20, 100, 100], [20, 7, 8, 100, 100], [9, 20, 5, 6, 100], [100, 100, 100, 7, 8], [100, 100, 100, 9, 5], [100, 100, 100, 100, 100]];
    expect(suppressTable(cells, { policy: { complementary: false } }).derivable).toEqual(['cells[2][3]']);
    const t = suppressTable(cells);
    expect(t.withheld.filter((w) => w.reason === 'complementary').map((w) => w.path)).toEqual(['cells[0][3]']);
    expect([t.primary, t.complementary, t.derivable]).toEqual([11, 1, []]);
  });

  it('closes a bridge with a margin under complementaryPreference "margins", with a cell under "cells"', () => {
    // Primary (CMS 1–10, zeros shown): cells 5, 3, 2, 2; rowTotals[1] = 2; columnTotals[2] = 3. The checked
    // outcome: under "margins" every complement is a total (the bridge rule picks columnTotals[0] = 53, not the
    // cell 49 that closes the same cycle), under "cells" the line rule and bridge rule pick cells first (54), and
    // in both nothing withheld can be recovered (exact rank test, tests/disclosure/helpers.ts).
    const cells = [[49, 5, 3], [2, 0, 0], [2, 54, 0]];
    const complements = (preference: 'cells' | 'margins'): string[] =>
      suppressTable(cells, { policy: { complementaryPreference: preference } }).withheld.filter((w) => w.reason === 'complementary').map((w) => w.path);
    expect(complements('margins')).toEqual(['rowTotals[2]', 'columnTotals[0]', 'columnTotals[1]', 'grandTotal']);
    expect(complements('cells')).toEqual(['cells[2][1]', 'rowTotals[2]', 'columnTotals[0]']);
    for (const preference of ['cells', 'margins'] as const) {
      const withheld = grid(suppressTable(cells, { policy: { complementaryPreference: preference } })).flat().map((v) => v === null);
      expect(recoverable(withheld, twoWayEquations(3, 3))).toEqual([]);
    }
  });

  it('repairs the first bridge in entry order first: one complement closes both bridges of a chain', () => {
    // Three 2×2 blocks of 5s (primary, CMS 1–10) joined by two withheld 5s: cells[1][2] (block A to B) and
    // cells[3][4] (block B to C), both bridges. Repairing cells[1][2] first (entry 9 of the 7-wide grid), the
    // cheapest published cell joining A to B∪C is cells[0][4] = 12, on a cycle through both bridges: one
    // complement. Repairing cells[3][4] first would take cells[2][4] = 11 (A∪B to C) and then still need cells[0][4].
    const L = 100;
    const cells = [
      [5, 5, L, L, 12, L],
      [5, 5, 5, L, L, L],
      [L, L, 5, 5, 11, L],
      [L, L, 5, 5, 5, L],
      [L, L, L, L, 5, 5],
      [L, L, L, L, 5, 5],
    ];
    const t = suppressTable(cells);
    expect(t.withheld.filter((w) => w.reason === 'complementary').map((w) => w.path)).toEqual(['cells[0][4]']);
    expect(t.derivable).toEqual([]);
    expect(recoverable(grid(t).flat().map((v) => v === null), twoWayEquations(6, 6))).toEqual([]);
  });

  it('lists derivable values in table order (cells[0][2] before cells[3][0], entries 2 and 12)', () => {
    // complementary off: 4 is alone in row 0 and column 2, 3 alone in row 3 and column 0 — each equals its row total
    // minus the published cells. Entry numbers (row × 4 + column) 2 and 12 sort as numbers, not as text.
    const t = suppressTable([[20, 30, 4], [25, 40, 50], [30, 45, 60], [3, 50, 70]], { policy: { complementary: false } });
    expect(t.derivable).toEqual(['cells[0][2]', 'cells[3][0]']);
    expect(t.warnings.map((w) => w.split(' ', 1)[0])).toEqual(['cells[0][2]', 'cells[3][0]']);
  });

  it('publishes the table as is without margins, withholding only the small cells', () => {
    const t = suppressTable([[20, 4, 30]], { margins: false });
    expect(t.cells[0]?.map((c) => c.value)).toEqual([20, null, 30]);
    expect([t.rowTotals, t.columnTotals, t.grandTotal]).toEqual([null, null, null]);
  });

  it('without margins, withholds no total even when it is small, and needs no complement', () => {
    // Row total 2 + 3 = 5 and every column total are in 1–10 (CMS): primary if published, but they are not.
    const t = suppressTable([[2, 3], [40, 50]], { margins: false });
    expect(t.cells.map((row) => row.map((c) => c.value))).toEqual([[null, null], [40, 50]]);
    expect(t.withheld.map((w) => `${w.path}:${w.reason}`)).toEqual(['cells[0][0]:primary', 'cells[0][1]:primary']);
    expect([t.primary, t.complementary, t.derivable, t.warnings]).toEqual([2, 0, [], []]);
  });

  it('warns, in full, about each withheld value left recoverable when complementary suppression is off', () => {
    // [[20, 4], [25, 40]]: cells[0][0] = 4 is the only withheld value of row 0 and of column 1, so it equals
    // rowTotals[0] − 20 = 24 − 20 (and columnTotals[1] − 40 = 44 − 40).
    const t = suppressTable([[20, 4], [25, 40]], { policy: { complementary: false } });
    expect(t.derivable).toEqual(['cells[0][1]']);
    expect(t.warnings).toEqual(['cells[0][1] is withheld but can be recovered from the published cells and totals; turn complementary suppression on.']);
    expect(t.withheld).toEqual([
      { path: 'cells[0][1]', reason: 'primary', note: `cells[0][1] withheld: it is in 1–10 (${t.policy.name}).` },
    ]);
  });

  it('property: no withheld value is derivable from what is published', () => {
    fc.assert(
      fc.property(table(5, 5), fc.constantFrom<'cells' | 'margins'>('cells', 'margins'), (cells, preference) => {
        const t = suppressTable(cells, { policy: { complementaryPreference: preference } });
        const published = grid(t);
        const actual = truth(cells);
        const rows = cells.length;
        const columns = cells[0]?.length ?? 0;
        // published values are true values; nothing in 1–10 is published
        published.forEach((row, i) =>
          row.forEach((v, j) => {
            const real = actual[i]?.[j] ?? -1;
            if (v !== null) expect(v).toBe(real);
            if (real >= 1 && real <= 10) expect(v).toBeNull();
          }),
        );
        // the rule of the issue: no row or column where a withheld value is the only unknown
        for (const line of [...published, ...Array.from({ length: columns + 1 }, (_, j) => published.map((row) => row[j]))]) {
          expect(line.filter((v) => v === null).length).not.toBe(1);
        }
        // stronger: no withheld value is a linear combination of published values (exact rank test)
        const withheld = published.flat().map((v) => v === null);
        expect(recoverable(withheld, twoWayEquations(rows, columns))).toEqual([]);
        expect(t.derivable).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('property: derivable (complementary off) agrees with the exact rank test', () => {
    fc.assert(
      fc.property(table(4, 4), (cells) => {
        const t = suppressTable(cells, { policy: { complementary: false } });
        const withheld = grid(t).flat().map((v) => v === null);
        const width = (cells[0]?.length ?? 0) + 1;
        const expected = recoverable(withheld, twoWayEquations(cells.length, width - 1)).length;
        expect(t.derivable.length).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('suppressTable bad input', () => {
  it('rejects a ragged table', () => {
    const error = caught(() => suppressTable([[1, 2, 3], [4, 5]]));
    expect(error.code).toBe('length_mismatch');
    expect(error.path).toBe('cells[1]');
    expect(error.message).toMatch(/^suppressTable: cells\[1\] has 2 counts but cells\[0\] has 3; every row needs one count per column/);
  });
  it('rejects negative and fractional counts with their cell path', () => {
    const negative = caught(() => suppressTable([[1, 2], [3, -4]]));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'cells[1][1]']);
    expect(negative.message).toMatch(/^suppressTable: cells\[1\]\[1\] is -4; counts cannot be negative/);
    const fractional = caught(() => suppressTable([[1.5]]));
    expect([fractional.code, fractional.path]).toEqual(['not_integer', 'cells[0][0]']);
  });
  it('rejects empty tables and rows that are not arrays', () => {
    expect(caught(() => suppressTable([])).code).toBe('empty');
    const noColumns = caught(() => suppressTable([[]]));
    expect([noColumns.code, noColumns.path]).toEqual(['empty', 'cells[0]']);
    const oneWay = caught(() => suppressTable([1, 2] as unknown as number[][]));
    expect(oneWay.code).toBe('invalid_type');
    expect(oneWay.message).toContain('For a one-way table use suppressCounts');
  });
  it('names every bad table shape at its path and says how to fix it', () => {
    const notArray = caught(() => suppressTable('1,2' as never));
    expect([notArray.code, notArray.path, notArray.message]).toEqual([
      'invalid_type',
      'cells',
      'suppressTable: cells is "1,2"; expected an array of rows, each an array of counts.',
    ]);
    const empty = caught(() => suppressTable([]));
    expect([empty.code, empty.path, empty.message]).toEqual(['empty', 'cells', 'suppressTable: cells is empty; pass at least one row.']);
    const oneWay = caught(() => suppressTable([1, 2] as never));
    expect([oneWay.code, oneWay.path, oneWay.message]).toEqual([
      'invalid_type',
      'cells[0]',
      'suppressTable: cells[0] is 1; expected a row (an array of counts). For a one-way table use suppressCounts.',
    ]);
    const noColumns = caught(() => suppressTable([[]]));
    expect(noColumns.message).toBe('suppressTable: cells[0] is empty; pass at least one column.');
    // a later row that is not an array (the first one is checked before the width is taken from it)
    const laterRow = caught(() => suppressTable([[20, 30], null as never]));
    expect([laterRow.code, laterRow.path, laterRow.message]).toEqual(['invalid_type', 'cells[1]', 'suppressTable: cells[1] is null; expected a row (an array of counts).']);
    const ragged = caught(() => suppressTable([[1, 2, 3], [4, 5]]));
    expect(ragged.message).toBe('suppressTable: cells[1] has 2 counts but cells[0] has 3; every row needs one count per column (use 0 for an empty cell).');
    const text = caught(() => suppressTable([[20, 30], [40, '5' as never]]));
    expect([text.code, text.path, text.message]).toEqual(['invalid_type', 'cells[1][1]', 'suppressTable: cells[1][1] is "5"; expected a count (a whole number ≥ 0).']);
  });
  it('rejects options that are not an object, margins that are not true or false, and unknown options', () => {
    // null, and a number, which knownKeys alone would read as an options bag with no keys
    for (const bad of [null, 5]) {
      const options = caught(() => suppressTable([[20, 30]], bad as never));
      expect([options.code, options.path, options.message]).toEqual(['invalid_type', 'options', `suppressTable: options is ${String(bad)}; expected an object.`]);
    }
    const margins = caught(() => suppressTable([[20, 30]], { margins: 'no' as never }));
    expect([margins.code, margins.path, margins.message]).toEqual(['invalid_type', 'options.margins', 'suppressTable: options.margins is "no"; expected true or false.']);
    const unknown = caught(() => suppressTable([[20, 30]], { margin: false } as never));
    expect([unknown.code, unknown.path, unknown.hint]).toEqual(['unknown_key', 'options.margin', 'did you mean "margins"?']);
    expect(unknown.message).toBe('suppressTable: options has unknown option "margin"; allowed: policy, margins. (did you mean "margins"?)');
  });
  it('rejects a threshold whose min exceeds its max', () => {
    const error = caught(() => suppressTable([[1]], { policy: { threshold: { min: 5, max: 2 } } }));
    expect([error.code, error.path]).toEqual(['out_of_range', 'options.policy.threshold']);
  });
});
