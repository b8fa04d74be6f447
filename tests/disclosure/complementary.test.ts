// Complementary suppression (src/disclosure/internal/complementary.ts) through suppressTable: the line rule's
// passes, the bridge rule's two sides, the order of derivable values. Every expected pattern is computed by hand
// in the comment beside it (CMS policy: counts 1–10 withheld, zeros shown).
import { describe, expect, it } from 'vitest';
import { suppressTable } from '../../src/index.ts';
import type { SuppressTableResult } from '../../src/index.ts';
import { recoverable, twoWayEquations } from './helpers.ts';

const withheld = (t: SuppressTableResult): string[] => t.withheld.map((w) => `${w.path}:${w.reason}`);

/** Which entries of the (R+1)×(C+1) grid with margins are withheld, row by row, margins last. */
function withheldGrid(t: SuppressTableResult): boolean[] {
  const rows = t.cells.map((row, i) => [...row, t.rowTotals?.[i]]);
  rows.push([...(t.columnTotals ?? []), t.grandTotal ?? undefined]);
  return rows.flat().map((c) => c?.suppressed === true);
}

describe('complementary suppression', () => {
  it('goes back over a line that got its one withheld value after its turn in the pass', () => {
    // Primary: 5, 5, 4 (row 0) and 9, 9 (row 1). Pass 1: column 2 holds only the 4, so under "margins" its total
    // columnTotals[2] = 75 is withheld — which leaves the row of column totals, visited earlier in the pass, with
    // one withheld value. Pass 2 withholds that row's total, the grand total (103), and then the column of row
    // totals holds only the grand total: its total is withheld, so its smallest part, rowTotals[0] = 14.
    const t = suppressTable([[5, 5, 4], [9, 9, 71]], { policy: { complementaryPreference: 'margins' } });
    expect(withheld(t)).toEqual([
      'cells[0][0]:primary',
      'cells[0][1]:primary',
      'cells[0][2]:primary',
      'rowTotals[0]:complementary',
      'cells[1][0]:primary',
      'cells[1][1]:primary',
      'columnTotals[2]:complementary',
      'grandTotal:complementary',
    ]);
    expect(recoverable(withheldGrid(t), twoWayEquations(2, 3))).toEqual([]);
  });

  it('closes a bridge between two 4-cycles with the smallest cell joining their sides', () => {
    // Primary (the nine counts 1–10): rows 0 and 2 × columns 1 and 3 form a 4-cycle (8, 10, 8, 3), rows 1 and 3 ×
    // columns 0 and 2 another (10, 3, 9, 7), and cells[3][3] = 9 joins them. Every row and column holds two or more
    // withheld counts, so the line rule adds nothing, but cells[3][3] is a bridge (the one derivable value with
    // complementary suppression off). Without it, side A = {row 1, row 3, column 0, column 2} and side B = {row 0,
    // row 2, column 1, column 3}; the published cells joining them are [1][1] = 19, [1][3] = 14, [3][1] = 12 (row
    // in A) and [0][0] = 17, [0][2] = 14, [2][0] = 208, [2][2] = 50 (row in B): the smallest is cells[3][1] = 12.
    // No total joins the sides (row 4 and column 4 hold no withheld value), so "margins" chooses the same cell.
    const cells = [[17, 8, 14, 10], [10, 19, 3, 14], [208, 8, 50, 3], [9, 12, 7, 9]];
    expect(suppressTable(cells, { policy: { complementary: false } }).derivable).toEqual(['cells[3][3]']);
    for (const preference of ['cells', 'margins'] as const) {
      const t = suppressTable(cells, { policy: { complementaryPreference: preference } });
      expect(withheld(t).filter((w) => w.endsWith(':complementary'))).toEqual(['cells[3][1]:complementary']);
      expect([t.primary, t.complementary, t.derivable]).toEqual([9, 1, []]);
      expect(recoverable(withheldGrid(t), twoWayEquations(4, 4))).toEqual([]);
    }
  });

  it('closes the bridge with the first joining cell when every joining cell is 0, or when the first is the smallest', () => {
    // The two 4-cycles and the bridge cells[3][3] of the test above; cells joining the sides all 0 (rows and columns
    // still total 11 or more): the first in table order, cells[0][0], is withheld.
    const zeros = [[0, 8, 0, 10], [10, 0, 5, 0], [0, 8, 0, 3], [9, 0, 7, 9]];
    expect(suppressTable(zeros).withheld.filter((w) => w.reason === 'complementary').map((w) => w.path)).toEqual(['cells[0][0]']);
    // cells[0][0] = 11 is now the smallest joining cell (before 12 at cells[3][1]): chosen although it is entry 0.
    const first = [[11, 8, 14, 10], [10, 19, 3, 14], [208, 8, 50, 3], [9, 12, 7, 9]];
    expect(suppressTable(first).withheld.filter((w) => w.reason === 'complementary').map((w) => w.path)).toEqual(['cells[0][0]']);
  });

  it('repairs every bridge, one after another', () => {
    // The table of the 4-cycles twice, on the diagonal of an 8×8 table of 100s: two bridges, cells[3][3] and
    // cells[7][7], each closed by the smallest cell joining its own sides (12), cells[3][1] and cells[7][5].
    const block = [[17, 8, 14, 10], [10, 19, 3, 14], [208, 8, 50, 3], [9, 12, 7, 9]];
    const L = [100, 100, 100, 100];
    const cells = [...block.map((row) => [...row, ...L]), ...block.map((row) => [...L, ...row])];
    expect(suppressTable(cells, { policy: { complementary: false } }).derivable).toEqual(['cells[3][3]', 'cells[7][7]']);
    const t = suppressTable(cells);
    expect(t.withheld.filter((w) => w.reason === 'complementary').map((w) => w.path)).toEqual(['cells[3][1]', 'cells[7][5]']);
    expect(t.derivable).toEqual([]);
  });

  it('under "cells", closes a bridge with a zero cell before any total', () => {
    // Values with margins: [9, 0, 0 | 9], [0, 48, 8 | 56], [51, 1, 0 | 52], column totals [60, 49, 8 | 117].
    // Primary: cells[0][0] = 9, rowTotals[0] = 9, cells[1][2] = 8, cells[2][1] = 1, columnTotals[2] = 8. Line rule
    // (smallest non-zero part): row 1 → cells[1][1] = 48, row 2 → cells[2][0] = 51, column totals → columnTotals[1]
    // = 49, row totals → rowTotals[2] = 52. Withheld graph: the cycle row 0 – column 0 – row 2 – row-totals column,
    // the cycle row 1 – column 1 – column-totals row – column 2, and the bridge cells[2][1] between them. Cells
    // joining the sides: cells[0][1], cells[0][2], cells[2][2], cells[1][0] (all 0) and the totals rowTotals[1] = 56,
    // columnTotals[0] = 60, grandTotal = 117: a zero comes before a total, the first in order: cells[0][1].
    const t = suppressTable([[9, 0, 0], [0, 48, 8], [51, 1, 0]]);
    expect(withheld(t)).toEqual([
      'cells[0][0]:primary',
      'cells[0][1]:complementary',
      'rowTotals[0]:primary',
      'cells[1][1]:complementary',
      'cells[1][2]:primary',
      'cells[2][0]:complementary',
      'cells[2][1]:primary',
      'rowTotals[2]:complementary',
      'columnTotals[1]:complementary',
      'columnTotals[2]:primary',
    ]);
    expect(recoverable(withheldGrid(t), twoWayEquations(3, 3))).toEqual([]);
  });

  it('takes a zero as a line\'s complement when it is the only published part, before the total', () => {
    // Values with margins: [0, 9 | 9], [40, 7 | 47], column totals [40, 16 | 56]. Primary: cells[0][1] = 9,
    // rowTotals[0] = 9, cells[1][1] = 7. Row 1 holds only the 7 → its smallest non-zero part, cells[1][0] = 40;
    // column 0 then holds only that 40, and its one published part is the 0 of cells[0][0], withheld before the
    // total 40; the column of row totals holds only rowTotals[0] → rowTotals[1] = 47.
    expect(withheld(suppressTable([[0, 9], [40, 7]]))).toEqual([
      'cells[0][0]:complementary',
      'cells[0][1]:primary',
      'rowTotals[0]:primary',
      'cells[1][0]:complementary',
      'cells[1][1]:primary',
      'rowTotals[1]:complementary',
    ]);
  });

  it('under "margins", closes a bridge with the smallest total joining its sides', () => {
    // Values with margins: [0, 4, 0 | 4], [18, 2, 49 | 69], [5, 8, 8 | 21], column totals [23, 14, 57 | 94].
    // Primary: cells[0][1], rowTotals[0], cells[1][1], cells[2][0], cells[2][1], cells[2][2]. Line rule (totals
    // first): rowTotals[1], columnTotals[0], columnTotals[2]. Withheld graph: the cycle row 0 – column 1 – row 1 –
    // row-totals column, the cycle row 2 – column 0 – column-totals row – column 2, and the bridge cells[2][1]. The
    // totals joining the sides are rowTotals[2] = 21, columnTotals[1] = 14 and grandTotal = 94: the smallest,
    // columnTotals[1], is withheld (before the cells 0, 0, 18, 49 that join them too).
    const t = suppressTable([[0, 4, 0], [18, 2, 49], [5, 8, 8]], { policy: { complementaryPreference: 'margins' } });
    expect(withheld(t)).toEqual([
      'cells[0][1]:primary',
      'rowTotals[0]:primary',
      'cells[1][1]:primary',
      'rowTotals[1]:complementary',
      'cells[2][0]:primary',
      'cells[2][1]:primary',
      'cells[2][2]:primary',
      'columnTotals[0]:complementary',
      'columnTotals[1]:complementary',
      'columnTotals[2]:complementary',
    ]);
    expect(recoverable(withheldGrid(t), twoWayEquations(3, 3))).toEqual([]);
  });

  it('lists derivable values in entry order, not in the order the lines find them', () => {
    // Complementary off; withheld: cells[0][0] = 4, cells[0][1] = 4, cells[2][1] = 5 — a path, so all three are
    // recoverable. Row 2 (alone in its row) is found before cells[0][0] (alone in column 0), and cells[0][1] only
    // as a bridge, last; the list is still in table order.
    const t = suppressTable([[4, 4, 50], [60, 70, 80], [90, 5, 100]], { policy: { complementary: false } });
    expect(t.derivable).toEqual(['cells[0][0]', 'cells[0][1]', 'cells[2][1]']);
  });
});
