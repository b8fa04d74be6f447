// Theil T between/within decomposition. Peer: PySAL inequality.theil.TheilD (pysal/inequality @ 9655a59).
// Its tests (inequality/tests/test_theil.py) decompose the 32 Mexican states' per capita GDP by the hanson98
// regions and print bg to 8 decimals; its docstring prints wg. Full-precision values come from PySAL's TheilD
// formula transcribed to numpy 2.4 (bg = Σ s_g ln(n s_g/n_g), wg = T − bg) on the same data.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { theilDecomposition } from '../../src/disparity/theilDecomposition.ts';
import { theilT } from '../../src/disparity/theilT.ts';
import { caught } from './caught.ts';
import { mexicoStates } from './fixtures/mexico.ts';

let columns: number[][];
let regions: string[];

beforeAll(() => {
  const states = mexicoStates();
  columns = [0, 1, 2, 3, 4, 5, 6].map((c) => states.map(([, gdp]) => gdp[c] as number));
  regions = states.map(([, , region]) => String(region));
});

describe('theilDecomposition', () => {
  it("reproduces PySAL TheilD on the Mexican states by hanson98 region, 1940–2000 (test_theil.py)", () => {
    const printedBetween = [0.0345889, 0.02816853, 0.05260921, 0.05931219, 0.03205257, 0.02963731, 0.03635872];
    const printedWithin = [0.17435454, 0.12405598, 0.0521202, 0.04263506, 0.06354856, 0.07547525, 0.0702496];
    const total = [0.20894344230358594, 0.1522245052653124, 0.10472941488245856, 0.10194724969688372, 0.09560112758525616, 0.1051125639798185, 0.10660832349588023];
    const between = [0.03458890004670406, 0.02816852907872249, 0.052609214821841936, 0.059312191112279346, 0.03205257097345335, 0.02963731218314942, 0.036358718879680466];
    const within = [0.17435454225688188, 0.1240559761865899, 0.05212020006061662, 0.042635058584604375, 0.06354855661180281, 0.07547525179666907, 0.07024960461619977];
    columns.forEach((gdp, c) => {
      const t = theilDecomposition(gdp, regions);
      // numpy.testing.assert_almost_equal's default: 7 decimals.
      expect(Math.abs(t.between - (printedBetween[c] as number))).toBeLessThan(1.5e-7);
      expect(Math.abs(t.within - (printedWithin[c] as number))).toBeLessThan(1.5e-7);
      expect(Math.abs(t.total - (total[c] as number))).toBeLessThan(1e-12);
      expect(Math.abs(t.between - (between[c] as number))).toBeLessThan(1e-12);
      expect(Math.abs(t.within - (within[c] as number))).toBeLessThan(1e-12);
    });
    const y1940 = theilDecomposition(columns[0] as number[], regions);
    expect(y1940.groups.map((g) => [g.group, g.count])).toEqual([['2', 7], ['1', 6], ['5', 7], ['3', 10], ['4', 2]]);
    expect(Math.abs((y1940.betweenShare as number) - between[0]! / total[0]!)).toBeLessThan(1e-12);
  });

  it('gives a group of zeros no part: [0, 0, 0, 10, 10, 10] is all between (PySAL test after inequality#92)', () => {
    const t = theilDecomposition([0, 0, 0, 10, 10, 10], ['a', 'a', 'a', 'b', 'b', 'b']);
    expect(Math.abs(t.total - Math.LN2)).toBeLessThan(1e-15);
    expect(Math.abs(t.between - Math.LN2)).toBeLessThan(1e-15);
    expect(t.within).toBe(0);
    expect(t.betweenShare).toBe(1);
    expect(t.groups[0]).toMatchObject({ group: 'a', valueShare: 0, theilT: null, betweenContribution: 0, withinContribution: 0 });
  });

  it('adds up: total = between + within, each part is its group term, the total is theilT', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.constantFrom('n', 's', 'e', 'w'), fc.integer({ min: 1, max: 9 })), { minLength: 1, maxLength: 40 }),
        (rows) => {
          if (!rows.some(([x]) => x > 0)) return;
          const values = rows.map(([x]) => x);
          const keys = rows.map(([, g]) => g);
          const weights = rows.map(([, , w]) => w);
          const t = theilDecomposition(values, keys, { weights });
          expect(Math.abs(t.total - (t.between + t.within))).toBeLessThan(1e-12);
          expect(Math.abs(t.total - theilT(values, { weights }))).toBeLessThan(1e-12);
          expect(t.within).toBeGreaterThanOrEqual(0);
          expect(Math.abs(t.groups.reduce((s, g) => s + g.betweenContribution, 0) - t.between)).toBeLessThan(1e-12);
          expect(Math.abs(t.groups.reduce((s, g) => s + g.populationShare, 0) - 1)).toBeLessThan(1e-12);
          // Frequency weights give the decomposition of the expanded data.
          const expanded = theilDecomposition(
            rows.flatMap(([x, , w]) => Array.from({ length: w }, () => x)),
            rows.flatMap(([, g, w]) => Array.from({ length: w }, () => g)),
          );
          expect(Math.abs(expanded.between - t.between)).toBeLessThan(1e-12);
          expect(Math.abs(expanded.within - t.within)).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('is all within when the groups have equal means, all between when groups are internally equal', () => {
    const within = theilDecomposition([1, 3, 2, 2], ['x', 'x', 'y', 'y']);
    expect(within.between).toBeLessThan(1e-16);
    expect(within.betweenShare).toBeLessThan(1e-15);
    const between = theilDecomposition([1, 1, 5, 5], ['x', 'x', 'y', 'y']);
    expect(between.within).toBe(0);
    expect(theilDecomposition([4, 4], ['x', 'y']).betweenShare).toBeNull();
  });

  it('rejects groups that are missing, of the wrong length or not strings, and bad values', () => {
    expect(caught(() => theilDecomposition([1, 2], ['a'])).code).toBe('length_mismatch');
    expect(caught(() => theilDecomposition([1, 2], 'ab' as never)).path).toBe('groups');
    const numeric = caught(() => theilDecomposition([1, 2], ['a', 2 as never]));
    expect([numeric.code, numeric.path]).toEqual(['invalid_type', 'groups[1]']);
    expect(caught(() => theilDecomposition([-1, 2], ['a', 'b'])).path).toBe('values[0]');
    expect(caught(() => theilDecomposition([0, 0], ['a', 'b'])).code).toBe('invalid_value');
    expect(caught(() => theilDecomposition([1, 2], ['a', 'b'], { weights: [1] })).path).toBe('options.weights');
    expect(caught(() => theilDecomposition([1, 2], ['a', 'b'], { weight: [1, 1] } as never)).code).toBe('unknown_key');
  });
});

// Per-group report (Shorrocks 1980): group means in the values' unit; a group with no weight has mean 0 and no index.
describe('theilDecomposition groups', () => {
  it('reports weighted group means, and mean 0 with no index for a group whose weight is 0', () => {
    // a: (1·1 + 3·2) / 4 = 1.75; b carries no weight
    const result = theilDecomposition([1, 2, 3], ['a', 'a', 'b'], { weights: [1, 3, 0] });
    expect(result.groups.map((g) => [g.group, g.count, g.mean, g.theilT, g.populationShare])).toEqual([
      ['a', 2, 1.75, expect.any(Number), 1],
      ['b', 1, 0, null, 0],
    ]);
  });

  it('reports group means near the largest double in the values’ unit', () => {
    const result = theilDecomposition([1e308, 1.5e308], ['a', 'b']);
    expect(result.groups.map((g) => g.mean)).toEqual([1e308, 1.5e308]);
  });

  it('rejects groups that are not an array or do not line up with the values, and unknown options', () => {
    const text = caught(() => theilDecomposition([1, 2], 'ab' as never));
    expect([text.code, text.path, text.message]).toEqual(['invalid_type', 'groups', 'theilDecomposition: groups is not an array; pass one group key (a string) per value.']);
    const short = caught(() => theilDecomposition([1, 2, 3], ['a', 'b']));
    expect([short.code, short.path, short.message]).toEqual([
      'length_mismatch',
      'groups',
      'theilDecomposition: groups has 2 entries but values has 3; pass one group key per value.',
    ]);
    const typo = caught(() => theilDecomposition([1, 2], ['a', 'b'], { weight: [1, 1] } as never));
    expect([typo.code, typo.path]).toEqual(['unknown_key', 'options.weight']);
  });
});
