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
