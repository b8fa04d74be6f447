import { describe, expect, it } from 'vitest';
import { joinpoint } from '../../src/trends/joinpoint.ts';
import { expectClose } from './helpers.ts';
import { asSeries, loadGolden, type GoldenSeries } from './joinpointFixtures.ts';

// joinpoint's permutation tests on the published Scotland series, with Joinpoint's 4,499 permutations (or 999): a
// few seconds as written, minutes once StrykerJS instruments the grid search, so `npm run mutation -- --unit`
// leaves this file out (vitest.stryker.config.ts, END_TO_END). joinpoint.test.ts checks the same logic — the
// sequence of tests, its levels, alpha, the seed, the p-values — on a small series with few permutations, against
// a brute-force replica of the tests.
describe('joinpoint — the permutation tests on the published Scotland series (NCI Joinpoint output)', () => {
  it('the default permutation test selects the published number of joinpoints where the printed run and it agree (9 of 11)', () => {
    // The export's "Final Selected Model"; its selection method is not in the file, but WBIC (Joinpoint 5's
    // default) reproduces all eleven. The permutation test agrees on 9 series; on the other two (male oesophagus
    // incidence, female all-sites incidence) it keeps one joinpoint fewer, as BIC3 does.
    const golden = loadGolden();
    const agree: string[] = [];
    const differ: string[] = [];
    for (const [name, expected] of Object.entries(golden)) {
      const fit = joinpoint(asSeries(expected));
      (fit.joinpointCount === expected.joinpointCount ? agree : differ).push(name);
    }
    expect(differ.sort()).toEqual(['female-all-sites-incidence', 'male-oesophagus-incidence']);
    expect(agree).toHaveLength(9);
  });
  it('runs the sequence of Kim et al. (2000) with Joinpoint\'s levels α/(max − k_a): 0 vs 3, 1 vs 3, 2 vs 3', () => {
    const golden = loadGolden()['male-all-sites-mortality'] as GoldenSeries;
    const fit = joinpoint(asSeries(golden));
    expect(fit.maxJoinpoints).toBe(3); // 21 years: Joinpoint's recommended maximum
    expect(fit.tests.map((t) => [t.nullJoinpoints, t.alternativeJoinpoints, t.rejected])).toEqual([
      [0, 3, true],
      [1, 3, true],
      [2, 3, false],
    ]);
    fit.tests.forEach((t) => expectClose(t.level, 0.05 / (3 - t.nullJoinpoints), 1e-15));
    expect(fit.joinpointCount).toBe(2);
    expect(fit.joinpoints).toEqual([2002, 2009]);
    for (const t of fit.tests) {
      // p = (1 + m)/(N + 1) for a whole number m.
      const m = t.pValue * 4500 - 1;
      expect(Math.abs(m - Math.round(m))).toBeLessThan(1e-6);
    }
  });
  it("adjustment: 'bonferroni' tests every step at α/(max − min), as Joinpoint before 3.0", () => {
    const golden = loadGolden()['male-all-sites-mortality'] as GoldenSeries;
    const fit = joinpoint(asSeries(golden), { adjustment: 'bonferroni', permutations: 999 });
    expect(fit.adjustment).toBe('bonferroni');
    fit.tests.forEach((t) => expectClose(t.level, 0.05 / 3, 1e-15));
    // 2 vs 3 is tested at 0.0167 instead of 0.05; the selection here is the same.
    expect(fit.joinpointCount).toBe(2);
  });
  it('alpha sets the overall level', () => {
    const golden = loadGolden()['male-all-sites-mortality'] as GoldenSeries;
    const strict = joinpoint(asSeries(golden), { alpha: 0.001, permutations: 999 });
    // With 999 permutations no p-value is below 0.001/3, so nothing is rejected.
    expect(strict.tests.every((t) => !t.rejected)).toBe(true);
    expect(strict.joinpointCount).toBe(0);
    expect(strict.alpha).toBe(0.001);
  });
  it('is reproducible: the same seed gives the same p-values; another seed other p-values but the same choice here', () => {
    const golden = loadGolden()['male-colorectum-mortality'] as GoldenSeries;
    const a = joinpoint(asSeries(golden), { permutations: 999 });
    const b = joinpoint(asSeries(golden), { permutations: 999 });
    const c = joinpoint(asSeries(golden), { permutations: 999, seed: 12345 });
    expect(a.tests).toEqual(b.tests);
    expect(a.seed).toBe(7160);
    expect(c.tests.map((t) => t.pValue)).not.toEqual(a.tests.map((t) => t.pValue));
    expect(c.joinpointCount).toBe(a.joinpointCount);
    expect(a.permutations).toBe(999);
  });
});
