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
