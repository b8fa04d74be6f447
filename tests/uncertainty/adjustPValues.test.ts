import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { adjustPValues } from '../../src/uncertainty/adjustPValues.ts';
import { benjaminiHochbergAdjust } from '../../src/uncertainty/benjaminiHochbergAdjust.ts';
import { benjaminiYekutieliAdjust } from '../../src/uncertainty/benjaminiYekutieliAdjust.ts';
import { bonferroniAdjust } from '../../src/uncertainty/bonferroniAdjust.ts';
import { hochbergAdjust } from '../../src/uncertainty/hochbergAdjust.ts';
import { holmAdjust } from '../../src/uncertainty/holmAdjust.ts';
import { hommelAdjust } from '../../src/uncertainty/hommelAdjust.ts';
import { sidakAdjust } from '../../src/uncertainty/sidakAdjust.ts';
import { caught } from '../helpers/caught.ts';

// Reference values: tests/uncertainty/fixtures/pAdjust.json, printed by R 4.2.2 `p.adjust` (script pAdjust.R
// beside it) and statsmodels 0.13.5 `multipletests(p, 0.05, method)` (rejections, and Šidák's adjusted values,
// which R lacks). Seven vectors: Benjamini & Hochberg's (1995) fifteen p-values, ties, m = 1 and m = 2 (where
// R's Hommel falls back to Hochberg) and twelve seeded random values.
interface PAdjustCase {
  name: string;
  pValues: number[];
  r: Record<'bonferroni' | 'hochberg' | 'hommel' | 'BY', number[]>;
  statsmodels: Record<'sidak' | 'bonferroni' | 'hochberg' | 'hommel' | 'BY', { reject: boolean[]; adjusted?: number[] }>;
}

let cases: PAdjustCase[] = [];

beforeAll(() => {
  cases = (JSON.parse(readFileSync(new URL('./fixtures/pAdjust.json', import.meta.url), 'utf8')) as { cases: PAdjustCase[] }).cases;
});

function expectClose(actual: readonly number[], expected: readonly number[], tolerance: number): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expect(Math.abs(value - (expected[i] as number))).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected[i] as number))));
}

const pValueArrays = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 25 });

describe('bonferroniAdjust', () => {
  it('matches R p.adjust(p, "bonferroni") to 1e-15 and statsmodels rejections on every fixture vector', () => {
    for (const c of cases) {
      const result = bonferroniAdjust(c.pValues);
      expectClose(result.adjusted, c.r.bonferroni, 1e-15);
      expect(result.reject, c.name).toEqual(c.statsmodels.bonferroni.reject);
      expect(result.method).toBe('bonferroni');
    }
  });

  it('rejects exactly the p-values at or below alpha/m (option alpha)', () => {
    const result = bonferroniAdjust([0.02, 0.029, 0.031], { alpha: 0.09 });
    expect(result.reject).toEqual([true, true, false]);
    expect(result.alpha).toBe(0.09);
  });
});

describe('sidakAdjust', () => {
  it('matches statsmodels multipletests(method="sidak") adjusted values to 1e-15 and its rejections', () => {
    for (const c of cases) {
      const result = sidakAdjust(c.pValues);
      expectClose(result.adjusted, c.statsmodels.sidak.adjusted as number[], 1e-15);
      expect(result.reject, c.name).toEqual(c.statsmodels.sidak.reject);
    }
  });

  it('equals 1 − (1 − p)^m (closed form) and never exceeds Bonferroni (property)', () => {
    fc.assert(
      fc.property(pValueArrays, (p) => {
        const sidak = sidakAdjust(p).adjusted;
        const bonferroni = bonferroniAdjust(p).adjusted;
        sidak.forEach((value, i) => {
          expect(Math.abs(value - (1 - (1 - (p[i] as number)) ** p.length))).toBeLessThan(1e-12);
          expect(value).toBeLessThanOrEqual((bonferroni[i] as number) + 1e-15);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('uses the threshold 1 − (1 − alpha)^(1/m) (option alpha)', () => {
    const threshold = 1 - 0.9 ** (1 / 3);
    expect(sidakAdjust([threshold * 0.999, threshold * 1.001, 0.5], { alpha: 0.1 }).reject).toEqual([true, false, false]);
  });
});

describe('hochbergAdjust', () => {
  it('matches R p.adjust(p, "hochberg") to 1e-15 and statsmodels "simes-hochberg" rejections', () => {
    for (const c of cases) {
      const result = hochbergAdjust(c.pValues);
      expectClose(result.adjusted, c.r.hochberg, 1e-15);
      expect(result.reject, c.name).toEqual(c.statsmodels.hochberg.reject);
    }
  });

  it('rejects at least what Holm rejects, with adjusted values no larger (property)', () => {
    fc.assert(
      fc.property(pValueArrays, (p) => {
        const hochberg = hochbergAdjust(p, { alpha: 0.1 });
        const holm = holmAdjust(p, { alpha: 0.1 });
        hochberg.adjusted.forEach((value, i) => expect(value).toBeLessThanOrEqual((holm.adjusted[i] as number) + 1e-15));
        holm.reject.forEach((rejected, i) => {
          if (rejected) expect(hochberg.reject[i]).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('hommelAdjust', () => {
  it('matches R p.adjust(p, "hommel") to 1e-15 and statsmodels "hommel" rejections (adjusted ≤ alpha)', () => {
    for (const c of cases) {
      const result = hommelAdjust(c.pValues);
      expectClose(result.adjusted, c.r.hommel, 1e-15);
      expect(result.reject, c.name).toEqual(c.statsmodels.hommel.reject);
    }
  });

  it('lies between the raw p-values and Hochberg (property; Hommel is uniformly more powerful)', () => {
    fc.assert(
      fc.property(pValueArrays, (p) => {
        const hommel = hommelAdjust(p).adjusted;
        const hochberg = hochbergAdjust(p).adjusted;
        hommel.forEach((value, i) => {
          expect(value).toBeGreaterThanOrEqual(p[i] as number);
          expect(value).toBeLessThanOrEqual((hochberg[i] as number) + 1e-15);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('uses alpha for the rejections (option alpha)', () => {
    expect(hommelAdjust([0.01, 0.02, 0.04, 0.3], { alpha: 0.07 }).reject).toEqual([true, true, false, false]);
  });
});

describe('benjaminiYekutieliAdjust', () => {
  it('matches R p.adjust(p, "BY") to 1e-15 and statsmodels "fdr_by" rejections', () => {
    for (const c of cases) {
      const result = benjaminiYekutieliAdjust(c.pValues);
      expectClose(result.adjusted, c.r.BY, 1e-15);
      expect(result.reject, c.name).toEqual(c.statsmodels.BY.reject);
    }
  });

  it('is Benjamini–Hochberg multiplied by Σ 1/k, capped at 1 (property)', () => {
    fc.assert(
      fc.property(pValueArrays, (p) => {
        let harmonic = 0;
        for (let k = 1; k <= p.length; k++) harmonic += 1 / k;
        const by = benjaminiYekutieliAdjust(p).adjusted;
        const bh = benjaminiHochbergAdjust(p).adjusted;
        by.forEach((value, i) => {
          if ((bh[i] as number) < 1) expect(value).toBeCloseTo(Math.min(1, (bh[i] as number) * harmonic), 12);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('uses alpha for the rejections (option alpha)', () => {
    expect(benjaminiYekutieliAdjust([0.01, 0.04, 0.03, 0.005], { alpha: 0.1 }).reject).toEqual([true, true, true, true]);
  });
});

describe('adjustPValues', () => {
  it('gives the named function’s result for every method', () => {
    const p = [0.0001, 0.0201, 0.0298, 0.4262, 0.0019, 1];
    const named = {
      bonferroni: bonferroniAdjust,
      sidak: sidakAdjust,
      holm: holmAdjust,
      hochberg: hochbergAdjust,
      hommel: hommelAdjust,
      benjaminiHochberg: benjaminiHochbergAdjust,
      benjaminiYekutieli: benjaminiYekutieliAdjust,
    } as const;
    for (const [method, fn] of Object.entries(named)) {
      expect(adjustPValues(p, { method: method as keyof typeof named })).toEqual(fn(p));
      expect(adjustPValues(p, { method: method as keyof typeof named, alpha: 0.2 })).toEqual(fn(p, { alpha: 0.2 }));
    }
  });

  it('rejects a missing or unknown method and bad p-values with code, path and message', () => {
    const missing = caught(() => adjustPValues([0.1], undefined as never));
    expect([missing.code, missing.path]).toEqual(['invalid_type', 'options']);
    const unknown = caught(() => adjustPValues([0.1], { method: 'BH' as never }));
    expect([unknown.code, unknown.path]).toEqual(['invalid_value', 'options.method']);
    expect(unknown.message).toMatch(/^adjustPValues: options\.method is "BH"; use one of 'bonferroni'/);
    const proto = caught(() => adjustPValues([0.1], { method: 'toString' as never }));
    expect(proto.code).toBe('invalid_value');
    const typo = caught(() => adjustPValues([0.1], { method: 'holm', alfa: 0.1 } as never));
    expect([typo.code, typo.hint]).toEqual(['unknown_key', 'did you mean "alpha"?']);
    for (const fn of [bonferroniAdjust, sidakAdjust, hochbergAdjust, hommelAdjust, benjaminiYekutieliAdjust]) {
      const empty = caught(() => fn([]));
      expect([empty.code, empty.path]).toEqual(['empty', 'pValues']);
      expect(empty.message.startsWith(`${fn.name}: `)).toBe(true);
      const above = caught(() => fn([0.5, 1.2]));
      expect([above.code, above.path]).toEqual(['out_of_range', 'pValues[1]']);
      const alpha = caught(() => fn([0.5], { alpha: 5 }));
      expect([alpha.code, alpha.path]).toEqual(['out_of_range', 'options.alpha']);
      const typo = caught(() => fn([0.5], { alfa: 0.1 } as never));
      expect(typo.code).toBe('unknown_key');
    }
  });
});

describe('p-value adjustments: boundaries, shapes and messages', () => {
  it('hommelAdjust matches R p.adjust(p, "hommel") on vectors where the intermediate minima decide', () => {
    // R 4.2.2, options(digits = 17): p.adjust(p, "hommel") for each vector (printed values are these doubles).
    const cases: [number[], number[]][] = [
      [[0.01, 0.011, 0.012, 0.5], [0.02, 0.022, 0.024, 0.5]],
      [[0.001, 0.02, 0.021, 0.022, 0.3, 0.9], [0.006, 0.06, 0.063, 0.066, 0.6, 0.9]],
      [[0.04, 0.041, 0.042], [0.042, 0.042, 0.042]],
      [[0.03, 0.2, 0.21, 0.5, 0.52], [0.15, 0.52, 0.52, 0.52, 0.52]],
      [[0.52, 0.03, 0.5, 0.21, 0.2], [0.52, 0.15, 0.52, 0.52, 0.52]],
    ];
    for (const [p, expected] of cases) {
      const { adjusted } = hommelAdjust(p);
      // toEqual on the array itself: its length and keys too, not only the values.
      expect(adjusted.map((value) => Number(value.toPrecision(15)))).toEqual(expected);
      expect(Object.keys(adjusted)).toEqual(p.map((_, i) => String(i)));
    }
  });

  it('rejects a p-value exactly on the threshold (≤, as statsmodels and R)', () => {
    // α = 0.05; 0.05/2 = 0.025 exactly in binary, and Šidák's threshold for m = 1 is −expm1(log1p(−0.05)) = 0.05.
    expect(bonferroniAdjust([0.025, 0.5]).reject).toEqual([true, false]);
    expect(holmAdjust([0.025, 0.5]).reject).toEqual([true, false]);
    expect(hochbergAdjust([0.025, 0.06]).reject).toEqual([true, false]);
    expect(benjaminiHochbergAdjust([0.025, 0.5]).reject).toEqual([true, false]);
    expect(benjaminiHochbergAdjust([0.05]).reject).toEqual([true]);
    expect(sidakAdjust([0.05]).reject).toEqual([true]);
    expect(hommelAdjust([0.05]).reject).toEqual([true]);
    expect(hommelAdjust([0.05]).adjusted).toEqual([0.05]);
  });

  it('names the procedure and the bad argument, for every function', () => {
    const named = {
      bonferroniAdjust: [bonferroniAdjust, 'bonferroni'],
      sidakAdjust: [sidakAdjust, 'sidak'],
      holmAdjust: [holmAdjust, 'holm'],
      hochbergAdjust: [hochbergAdjust, 'hochberg'],
      hommelAdjust: [hommelAdjust, 'hommel'],
      benjaminiHochbergAdjust: [benjaminiHochbergAdjust, 'benjaminiHochberg'],
      benjaminiYekutieliAdjust: [benjaminiYekutieliAdjust, 'benjaminiYekutieli'],
    } as const;
    for (const [name, [fn, method]] of Object.entries(named)) {
      expect(fn([0.01, 0.2]).method).toBe(method);
      const key = caught(() => fn([0.5], { alfa: 0.1 } as never));
      expect([key.code, key.path, key.message]).toEqual(['unknown_key', 'options.alfa', `${name}: options has unknown option "alfa"; allowed: alpha. (did you mean "alpha"?)`]);
      const alpha = caught(() => fn([0.5], { alpha: 5 }));
      expect([alpha.code, alpha.path]).toEqual(['out_of_range', 'options.alpha']);
      const notArray = caught(() => fn(5 as never));
      expect([notArray.code, notArray.path, notArray.message]).toEqual(['invalid_type', 'pValues', `${name}: pValues is 5; expected an array of p-values.`]);
    }
  });

  it('adjustPValues: messages for missing options, a method that is not a name, an unknown key', () => {
    const missing = caught(() => adjustPValues([0.1], undefined as never));
    expect(missing.message).toBe("adjustPValues: options is missing; pass { method }, e.g. { method: 'holm' }.");
    expect(caught(() => adjustPValues([0.1], null as never)).code).toBe('invalid_type');
    // ['holm'] turns into the key "holm" if looked up unchecked; it is not a method name.
    const array = caught(() => adjustPValues([0.1], { method: ['holm'] as never }));
    expect([array.code, array.path, array.message]).toEqual([
      'invalid_value',
      'options.method',
      `adjustPValues: options.method is ["holm"]; use one of 'bonferroni', 'sidak', 'holm', 'hochberg', 'hommel', 'benjaminiHochberg', 'benjaminiYekutieli'.`,
    ]);
    const typo = caught(() => adjustPValues([0.1], { method: 'holm', alfa: 0.1 } as never));
    expect([typo.path, typo.message]).toEqual(['options.alfa', 'adjustPValues: options has unknown option "alfa"; allowed: method, alpha. (did you mean "alpha"?)']);
  });
});
