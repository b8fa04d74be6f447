import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fisherExactTest } from '../../src/uncertainty/fisherExactTest.ts';
import { caught } from '../helpers/caught.ts';

// Reference values (fixtures/intervals.json, kind "fisher", script intervals.R): for the table [a, b, c, d]
// (rows exposed and reference, columns events and non-events), R 4.2.2
// fisher.test(matrix(c(a, c, b, d), 2), alternative)$p.value for "two.sided", "greater" and "less";
// epitools 0.5-10.1 ormidp.test(a, c, b, d)$two.sided; and the one-sided mid-p value
// 0.5·(fisher.test(…, alternative = "l")$p.value − fisher.test(…, alternative = "g")$p.value + 1), as
// ormidp.test forms it.
interface FisherReference {
  kind: string;
  table: [number, number, number, number];
  twoSided: number;
  greater: number;
  less: number;
  midpTwoSided: number;
  midpLess: number;
}

let references: FisherReference[] = [];

beforeAll(() => {
  references = (JSON.parse(readFileSync(new URL('./fixtures/intervals.json', import.meta.url), 'utf8')) as FisherReference[]).filter(
    (r) => r.kind === 'fisher',
  );
});

function samples([a, b, c, d]: readonly number[]): [{ successes: number; trials: number }, { successes: number; trials: number }] {
  return [
    { successes: a as number, trials: (a as number) + (b as number) },
    { successes: c as number, trials: (c as number) + (d as number) },
  ];
}

function expectRelative(actual: number, expected: number, tolerance: number, label: string): void {
  const error = actual === expected ? 0 : Math.abs(actual - expected) / Math.abs(expected);
  expect(error, label).toBeLessThanOrEqual(tolerance);
}

describe('fisherExactTest', () => {
  it('matches R fisher.test p-values (two-sided, greater, less) to 1e-12 relative on nine tables', () => {
    expect(references).toHaveLength(9);
    for (const r of references) {
      const [s1, s2] = samples(r.table);
      const label = r.table.join(',');
      expectRelative(fisherExactTest(s1, s2).pValue, r.twoSided, 1e-12, `two-sided ${label}`);
      expectRelative(fisherExactTest(s1, s2, { alternative: 'larger' }).pValue, r.greater, 1e-12, `greater ${label}`);
      expectRelative(fisherExactTest(s1, s2, { alternative: 'smaller' }).pValue, r.less, 1e-12, `less ${label}`);
    }
  });

  it('with midP matches epitools ormidp.test (two-sided, doubling) and its one-sided value to 1e-12 or 1e-15 absolute', () => {
    // ormidp.test forms the smaller one-sided value as 1 − pval1 when pval1 is near 1, so its tiny p-values carry
    // an absolute error of about 1e-16 (relative 1.2e-6 for the 178/1589 vs 79/1565 table, whose mid-p is 1.8e-10);
    // ours sums the tail directly.
    for (const r of references) {
      const [s1, s2] = samples(r.table);
      const label = r.table.join(',');
      const twoSided = fisherExactTest(s1, s2, { midP: true });
      expect(Math.abs(twoSided.pValue - Math.min(1, r.midpTwoSided)), `mid-p ${label}`).toBeLessThanOrEqual(
        Math.max(1e-15, 1e-12 * r.midpTwoSided),
      );
      expect([twoSided.method, twoSided.twoSided]).toEqual(['fisherMidP', 'doubling']);
      expectRelative(fisherExactTest(s1, s2, { midP: true, alternative: 'smaller' }).pValue, r.midpLess, 1e-12, `mid-p less ${label}`);
      const larger = fisherExactTest(s1, s2, { midP: true, alternative: 'larger' }).pValue;
      expect(Math.abs(larger - (1 - r.midpLess)), `mid-p greater ${label}`).toBeLessThan(1e-15);
    }
  });

  it('uses alpha for significant (option alpha) and reports its conventions', () => {
    // R: fisher.test(matrix(c(10, 5, 20, 40), 2))$p.value = 0.036538511908887059
    const test = fisherExactTest({ successes: 10, trials: 30 }, { successes: 5, trials: 45 });
    expect([test.significant, test.alpha, test.alternative, test.method, test.twoSided]).toEqual([
      true,
      0.05,
      'two-sided',
      'fisherExact',
      'minimumLikelihood',
    ]);
    expect(fisherExactTest({ successes: 10, trials: 30 }, { successes: 5, trials: 45 }, { alpha: 0.01 }).significant).toBe(false);
  });

  it('one-sided mid-p values are below Fisher’s and symmetric under swapping groups (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.nat(), fc.nat(), (n1, n2, s1, s2) => {
        const a = { successes: s1 % (n1 + 1), trials: n1 };
        const b = { successes: s2 % (n2 + 1), trials: n2 };
        const fisher = fisherExactTest(a, b);
        for (const alternative of ['larger', 'smaller'] as const) {
          const midP = fisherExactTest(a, b, { midP: true, alternative });
          expect(midP.pValue).toBeLessThanOrEqual(fisherExactTest(a, b, { alternative }).pValue + 1e-12);
        }
        expect(fisherExactTest(a, b, { alternative: 'larger' }).pValue).toBeCloseTo(fisherExactTest(b, a, { alternative: 'smaller' }).pValue, 12);
        expect(fisher.pValue).toBeCloseTo(fisherExactTest(b, a).pValue, 12);
      }),
      { numRuns: 150 },
    );
  });

  it('rejects bad input with code, path and message', () => {
    const fraction = caught(() => fisherExactTest({ successes: 1.5, trials: 4 }, { successes: 1, trials: 4 }));
    expect([fraction.code, fraction.path]).toEqual(['not_integer', 'sample1.successes']);
    const empty = caught(() => fisherExactTest({ successes: 0, trials: 4 }, { successes: 0, trials: 0 }));
    expect([empty.code, empty.path]).toEqual(['out_of_range', 'sample2.trials']);
    expect(empty.message).toMatch(/^fisherExactTest: sample2.trials is 0; each group needs at least one trial/);
    const over = caught(() => fisherExactTest({ successes: 5, trials: 4 }, { successes: 1, trials: 4 }));
    expect([over.code, over.path]).toEqual(['out_of_range', 'sample1.successes']);
    const shape = caught(() => fisherExactTest(null as never, { successes: 1, trials: 4 }));
    expect([shape.code, shape.path]).toEqual(['invalid_type', 'sample1']);
    const alternative = caught(() => fisherExactTest({ successes: 1, trials: 4 }, { successes: 1, trials: 4 }, { alternative: 'greater' as never }));
    expect([alternative.code, alternative.path]).toEqual(['invalid_value', 'options.alternative']);
    const midP = caught(() => fisherExactTest({ successes: 1, trials: 4 }, { successes: 1, trials: 4 }, { midP: 'yes' as never }));
    expect([midP.code, midP.path]).toEqual(['invalid_type', 'options.midP']);
    const alpha = caught(() => fisherExactTest({ successes: 1, trials: 4 }, { successes: 1, trials: 4 }, { alpha: 0 }));
    expect([alpha.code, alpha.path]).toEqual(['out_of_range', 'options.alpha']);
  });

  it('counts a p-value equal to alpha as significant (p ≤ alpha)', () => {
    const a = { successes: 10, trials: 30 };
    const b = { successes: 5, trials: 45 };
    const { pValue } = fisherExactTest(a, b);
    expect(fisherExactTest(a, b, { alpha: pValue }).significant).toBe(true);
  });

  it('messages name the field and the fix', () => {
    const s = { successes: 1, trials: 4 };
    const cases = [
      [() => fisherExactTest(s, s, { alfa: 1 } as never), 'unknown_key', 'options.alfa', 'fisherExactTest: options has unknown option "alfa"; allowed: alternative, midP, alpha. (did you mean "alpha"?)'],
      [() => fisherExactTest(s, s, { alternative: 'greater' as never }), 'invalid_value', 'options.alternative', `fisherExactTest: options.alternative is "greater"; use 'two-sided', 'larger' or 'smaller'.`],
      [() => fisherExactTest(s, s, { midP: 'yes' as never }), 'invalid_type', 'options.midP', 'fisherExactTest: options.midP is "yes"; expected true or false.'],
      [() => fisherExactTest(12 as never, s), 'invalid_type', 'sample1', 'fisherExactTest: sample1 is 12; expected { successes, trials }.'],
      [() => fisherExactTest({ successes: -1, trials: 4 }, s), 'out_of_range', 'sample1.successes', 'fisherExactTest: sample1.successes is -1; expected a whole number ≥ 0.'],
      [() => fisherExactTest(s, { successes: 1, trials: 2.5 }), 'not_integer', 'sample2.trials', 'fisherExactTest: sample2.trials is 2.5; expected a whole number.'],
      [() => fisherExactTest(s, { successes: 1, trials: -1 }), 'out_of_range', 'sample2.trials', 'fisherExactTest: sample2.trials is -1; expected a whole number ≥ 0.'],
      [
        () => fisherExactTest(s, { successes: 5, trials: 4 }),
        'out_of_range',
        'sample2.successes',
        'fisherExactTest: sample2.successes is 5 but sample2.trials is 4; successes cannot exceed trials (swapped?).',
      ],
    ] as const;
    for (const [run, code, path, message] of cases) {
      const error = caught(run);
      expect([error.code, error.path, error.message]).toEqual([code, path, message]);
    }
  });
  it('sums the kept tables from the smallest probability up, as R does: within 1e-15 of exact rational arithmetic', () => {
    // Exact: Python fractions, Σ C(n1, k)·C(n2, m − k) over the tables with probability ≤ observed·(1 + 1e-7), ÷ C(n1 + n2, m).
    // Summed in table order instead, these two come out 1.4e-15 relative away.
    expectRelative(fisherExactTest({ successes: 331, trials: 407 }, { successes: 368, trials: 476 }).pValue, 0.1577849514935019078039, 1e-15, '331/407 vs 368/476');
    expectRelative(fisherExactTest({ successes: 1765, trials: 2163 }, { successes: 560, trials: 967 }).pValue, 1.607834989222765704082e-42, 1e-15, '1765/2163 vs 560/967');
  });

  it('keeps the observed table when its probability is subnormal, where observed·(1 + 1e-7) rounds back to observed', () => {
    // 0/530 vs 530/530: the two extreme tables, each 1/C(1060, 530) = 3.3e-318; exact (Python fractions) 2/C(1060, 530).
    const two = fisherExactTest({ successes: 0, trials: 530 }, { successes: 530, trials: 530 });
    expect(two.pValue).toBe(6.607693e-318);
  });
});
