import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dissimilarityIndex } from '../../src/disparity/dissimilarityIndex.ts';
import { representationRatio } from '../../src/disparity/representationRatio.ts';
import { caught } from './caught.ts';

describe('representationRatio', () => {
  it('reproduces SF RPD equity-zone ratios: 35 % of parks / 20 % of people = 1.75, 19 % of acreage = 0.95 (methodology.md §9 #15)', () => {
    const parks = representationRatio([
      { group: 'equity zones', served: 35, need: 20 },
      { group: 'rest', served: 65, need: 80 },
    ]);
    expect(parks.groups[0]?.ratio).toBeCloseTo(1.75, 12);
    const acreage = representationRatio([
      { group: 'equity zones', served: 19, need: 20 },
      { group: 'rest', served: 81, need: 80 },
    ]);
    expect(acreage.groups[0]?.ratio).toBeCloseTo(0.95, 12);
  });

  it('equals the group rate over the overall rate, and its dissimilarity equals dissimilarityIndex (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 })), { minLength: 1, maxLength: 12 }), (pairs) => {
        fc.pre(pairs.some(([s]) => s > 0));
        const rows = pairs.map(([served, need], i) => ({ group: `g${i}`, served, need }));
        const result = representationRatio(rows);
        result.groups.forEach((g) => {
          const expected = (g.rate as number) / result.overallRate;
          expect(Math.abs((g.ratio as number) - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, expected));
        });
        const d = dissimilarityIndex(
          pairs.map(([s]) => s),
          pairs.map(([, n]) => n),
        );
        expect(Math.abs((result.dissimilarity as number) - d)).toBeLessThan(1e-12);
      }),
      { numRuns: 150 },
    );
  });

  it('returns null with reasons for zero need and zero service', () => {
    const result = representationRatio([
      { group: '__proto__', served: 5, need: 0 },
      { group: 'b', served: 5, need: 10 },
    ]);
    expect(result.groups[0]?.group).toBe('__proto__');
    expect(result.groups[0]?.ratio).toBeNull();
    expect(result.groups[0]?.reason).toMatch(/need is 0/);
    const none = representationRatio([{ group: 'a', served: 0, need: 4 }]);
    expect(none.groups[0]?.ratio).toBeNull();
    expect(none.dissimilarity).toBeNull();
  });

  it('rejects bad input', () => {
    const zeroNeed = caught(() => representationRatio([{ group: 'a', served: 1, need: 0 }]));
    expect([zeroNeed.code, zeroNeed.path]).toEqual(['invalid_value', 'rows']);
    expect(zeroNeed.message).toMatch(/^representationRatio: every group's need is 0/);
    const negative = caught(() => representationRatio([{ group: 'a', served: -1, need: 2 }]));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'rows[0].served']);
    const duplicate = caught(() => representationRatio([{ group: 'a', served: 1, need: 2 }, { group: 'a', served: 1, need: 2 }]));
    expect([duplicate.code, duplicate.path]).toEqual(['duplicate', 'rows[1].group']);
    const empty = caught(() => representationRatio([]));
    expect(empty.code).toBe('empty');
  });
});

describe('representationRatio warnings and input errors', () => {
  it('warns about nothing served and about groups without need, and leaves their rate and ratio null', () => {
    // b: 6 of 8 served for 2 of 4 need → ratio 0.75 / 0.5 = 1.5, rate 3; dissimilarity ½(|0.25 − 0.25| + |0.75 − 0.5| + |0 − 0.25|) = 0.25
    const result = representationRatio([
      { group: 'a', served: 2, need: 1 },
      { group: 'b', served: 6, need: 2 },
      { group: 'c', served: 0, need: 1 },
      { group: 'd', served: 0, need: 0 },
    ]);
    expect(result.groups.map((g) => [g.group, g.rate, g.ratio])).toEqual([
      ['a', 2, 1],
      ['b', 3, 1.5],
      ['c', 0, 0],
      ['d', null, null],
    ]);
    expect(result.dissimilarity).toBe(0.25);
    expect(result.warnings).toEqual(['group "d" has no need: its ratio is undefined']);
    const none = representationRatio([
      { group: 'a', served: 0, need: 4 },
      { group: 'b', served: 0, need: 1 },
    ]);
    expect(none.warnings).toEqual(['nothing was served in any group: service shares and ratios are undefined']);
    expect(none.groups.map((g) => [g.serviceShare, g.rate, g.ratio, g.reason])).toEqual([
      [null, 0, null, 'nothing was served in any group'],
      [null, 0, null, 'nothing was served in any group'],
    ]);
    expect(representationRatio([{ group: 'a', served: 3, need: 4 }]).warnings).toEqual([]);
  });

  it('rejects rows that are not an array, empty, or hold a non-object, and names a bad group or need', () => {
    const notArray = caught(() => representationRatio({} as never));
    expect([notArray.code, notArray.path, notArray.message]).toEqual([
      'invalid_type',
      'rows',
      'representationRatio: rows is an object; expected an array of { group, served, need }.',
    ]);
    const empty = caught(() => representationRatio([]));
    expect([empty.path, empty.message]).toEqual(['rows', 'representationRatio: rows is empty; pass one { group, served, need } per group.']);
    for (const [row, shown] of [
      [null, 'null'],
      [5, '5'],
    ] as const) {
      const bad = caught(() => representationRatio([{ group: 'a', served: 1, need: 1 }, row] as never));
      expect([bad.code, bad.path, bad.message]).toEqual(['invalid_type', 'rows[1]', `representationRatio: rows[1] is ${shown}; expected { group, served, need }.`]);
    }
    const group = caught(() => representationRatio([{ group: 'a', served: 1, need: 1 }, { group: 7, served: 1, need: 1 }] as never));
    expect([group.code, group.path]).toEqual(['invalid_type', 'rows[1].group']);
    const duplicate = caught(() => representationRatio([{ group: 'a', served: 1, need: 2 }, { group: 'a', served: 1, need: 2 }]));
    expect(duplicate.message).toBe('representationRatio: rows[1].group is "a", already given at rows[0]; give each group once.');
    const need = caught(() => representationRatio([{ group: 'a', served: 1, need: 2 }, { group: 'b', served: 1, need: -2 }]));
    expect([need.code, need.path]).toEqual(['out_of_range', 'rows[1].need']);
  });
});
