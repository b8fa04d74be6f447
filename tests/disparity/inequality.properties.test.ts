// Invariants every relative inequality index must satisfy (stats.md §8 item 10; STYLE.md "Tests mirror src").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atkinson } from '../../src/disparity/atkinson.ts';
import { concentrationIndex } from '../../src/disparity/concentrationIndex.ts';
import { generalizedEntropy } from '../../src/disparity/generalizedEntropy.ts';
import { gini } from '../../src/disparity/gini.ts';
import { palmaRatio } from '../../src/disparity/palmaRatio.ts';
import { theilL } from '../../src/disparity/theilL.ts';
import { theilT } from '../../src/disparity/theilT.ts';

type Index = (values: number[], weights?: number[]) => number;

const indices: Record<string, Index> = {
  gini: (v, w) => gini(v, w === undefined ? {} : { weights: w }),
  theilT: (v, w) => theilT(v, w === undefined ? {} : { weights: w }),
  theilL: (v, w) => theilL(v, w === undefined ? {} : { weights: w }),
  'generalizedEntropy(2)': (v, w) => generalizedEntropy(v, 2, w === undefined ? {} : { weights: w }),
  'generalizedEntropy(-1)': (v, w) => generalizedEntropy(v, -1, w === undefined ? {} : { weights: w }),
  'atkinson(0.5)': (v, w) => atkinson(v, 0.5, w === undefined ? {} : { weights: w }),
  'atkinson(1)': (v, w) => atkinson(v, 1, w === undefined ? {} : { weights: w }),
  'atkinson(2)': (v, w) => atkinson(v, 2, w === undefined ? {} : { weights: w }),
  palma: (v, w) => palmaRatio(v, w === undefined ? {} : { weights: w }).value as number,
};

// Positive values (Theil L and GE(−1) need them), not all equal.
const positives = fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 40 });

function close(a: number, b: number, tolerance = 1e-9): void {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(a), Math.abs(b)));
}

describe.each(Object.entries(indices))('%s', (_name, index) => {
  it('is scale invariant', () => {
    fc.assert(
      fc.property(positives, fc.double({ min: 0.001, max: 1000, noNaN: true }), (values, k) => {
        close(index(values.map((x) => x * k)), index(values));
      }),
      { numRuns: 100 },
    );
  });

  it('is invariant under permutation', () => {
    fc.assert(
      fc.property(positives, fc.integer(), (values, seed) => {
        const shuffled = [...values].map((x, i) => ({ x, key: (i * 7919 + seed) % 104729 })).sort((a, b) => a.key - b.key).map((e) => e.x);
        close(index(shuffled), index(values));
      }),
      { numRuns: 100 },
    );
  });

  it('with frequency weights equals the index of the expanded data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 5 })), { minLength: 2, maxLength: 15 }),
        (pairs) => {
          const values = pairs.map(([x]) => x);
          const weights = pairs.map(([, w]) => w);
          const expanded = pairs.flatMap(([x, w]) => Array.from({ length: w }, () => x));
          close(index(values, weights), index(expanded));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe.each(Object.entries(indices).filter(([name]) => name !== 'palma'))('%s under a Pigou–Dalton transfer', (_name, index) => {
  it('decreases when a richer unit gives to a poorer one without reversing their order', () => {
    fc.assert(
      fc.property(positives, fc.nat(), fc.nat(), fc.double({ min: 0.01, max: 0.49, noNaN: true }), (values, i0, j0, fraction) => {
        const i = i0 % values.length;
        const j = j0 % values.length;
        const poor = (values[i] as number) <= (values[j] as number) ? i : j;
        const rich = poor === i ? j : i;
        const gap = (values[rich] as number) - (values[poor] as number);
        fc.pre(gap > 0);
        const after = [...values];
        after[poor] = (after[poor] as number) + fraction * gap;
        after[rich] = (after[rich] as number) - fraction * gap;
        expect(index(after)).toBeLessThan(index(values));
      }),
      { numRuns: 100 },
    );
  });
});

describe('concentrationIndex properties', () => {
  it('does not depend on input order, ties included (tie-averaged fractional ranks)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 5 })), { minLength: 2, maxLength: 30 }),
        (pairs) => {
          const reversed = [...pairs].reverse();
          close(
            concentrationIndex(reversed.map(([y]) => y), reversed.map(([, r]) => r)),
            concentrationIndex(pairs.map(([y]) => y), pairs.map(([, r]) => r)),
            1e-12,
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('with frequency weights equals the expanded data, and is scale invariant in the outcome', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 4 })), {
          minLength: 2,
          maxLength: 12,
        }),
        (triples) => {
          const y = triples.map(([a]) => a);
          const r = triples.map(([, b]) => b);
          const w = triples.map(([, , c]) => c);
          const expandedY = triples.flatMap(([a, , c]) => Array.from({ length: c }, () => a));
          const expandedR = triples.flatMap(([, b, c]) => Array.from({ length: c }, () => b));
          close(concentrationIndex(y, r, { weights: w }), concentrationIndex(expandedY, expandedR), 1e-12);
          close(concentrationIndex(y.map((v) => v * 3.7), r), concentrationIndex(y, r), 1e-12);
        },
      ),
      { numRuns: 100 },
    );
  });
});
