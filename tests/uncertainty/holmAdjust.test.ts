import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochbergAdjust } from '../../src/uncertainty/benjaminiHochbergAdjust.ts';
import { holmAdjust } from '../../src/uncertainty/holmAdjust.ts';
import { caught } from '../disparity/caught.ts';

// Benjamini & Hochberg (1995), J. R. Stat. Soc. B 57:289–300, section 4: fifteen p-values from a study of
// myocardial infarction treatment. At level 0.05 the FDR procedure rejects four hypotheses and the
// Bonferroni-type step-down (Holm) rejects three.
const BH_1995 = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1];

function bruteHolm(p: number[]): number[] {
  const m = p.length;
  const order = p.map((_, i) => i).sort((a, b) => (p[a] as number) - (p[b] as number) || a - b);
  const out = new Array<number>(m);
  order.forEach((index, i) => {
    let best = 0;
    for (let j = 0; j <= i; j++) best = Math.max(best, (m - j) * (p[order[j] as number] as number));
    out[index] = Math.min(1, best);
  });
  return out;
}

function bruteBh(p: number[]): number[] {
  const m = p.length;
  const order = p.map((_, i) => i).sort((a, b) => (p[a] as number) - (p[b] as number) || a - b);
  const out = new Array<number>(m);
  order.forEach((index, i) => {
    let best = Number.POSITIVE_INFINITY;
    for (let j = i; j < m; j++) best = Math.min(best, (p[order[j] as number] as number) / ((j + 1) / m));
    out[index] = Math.min(1, best);
  });
  return out;
}

describe('holmAdjust', () => {
  it('rejects three of the fifteen Benjamini–Hochberg (1995) p-values at 0.05', () => {
    const result = holmAdjust(BH_1995);
    expect(result.reject.filter(Boolean)).toHaveLength(3);
    expect(result.reject.slice(0, 3)).toEqual([true, true, true]);
  });

  it('matches R p.adjust(c(.01,.02,.03,.04,.05), "holm") = .05 .08 .09 .09 .09', () => {
    const adjusted = holmAdjust([0.01, 0.02, 0.03, 0.04, 0.05]).adjusted;
    [0.05, 0.08, 0.09, 0.09, 0.09].forEach((value, i) => expect(adjusted[i]).toBeCloseTo(value, 15));
  });

  it('equals the max-over-prefix definition and keeps input order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }), (p) => {
        const result = holmAdjust(p);
        expect(result.adjusted).toEqual(bruteHolm(p));
        result.adjusted.forEach((a, i) => expect(a).toBeGreaterThanOrEqual(p[i] as number));
      }),
      { numRuns: 200 },
    );
  });

  it('rejects bad input', () => {
    const empty = caught(() => holmAdjust([]));
    expect([empty.code, empty.path]).toEqual(['empty', 'pValues']);
    expect(empty.message).toMatch(/^holmAdjust: pValues is empty/);
    const above = caught(() => holmAdjust([0.2, 1.5]));
    expect([above.code, above.path]).toEqual(['out_of_range', 'pValues[1]']);
    const nan = caught(() => holmAdjust([Number.NaN]));
    expect([nan.code, nan.path]).toEqual(['not_finite', 'pValues[0]']);
    const alpha = caught(() => holmAdjust([0.1], { alpha: 0 }));
    expect([alpha.code, alpha.path]).toEqual(['out_of_range', 'options.alpha']);
    const typo = caught(() => holmAdjust([0.1], { alfa: 0.1 } as never));
    expect([typo.code, typo.path, typo.hint]).toEqual(['unknown_key', 'options.alfa', 'did you mean "alpha"?']);
  });
});

describe('benjaminiHochbergAdjust', () => {
  it('rejects four of the fifteen Benjamini–Hochberg (1995) p-values at 0.05', () => {
    const result = benjaminiHochbergAdjust(BH_1995);
    expect(result.reject.filter(Boolean)).toHaveLength(4);
    expect(result.reject.slice(0, 4)).toEqual([true, true, true, true]);
  });

  it('matches R p.adjust(c(.01,.02,.03,.04,.05), "BH") = .05 everywhere', () => {
    for (const value of benjaminiHochbergAdjust([0.01, 0.02, 0.03, 0.04, 0.05]).adjusted) expect(value).toBeCloseTo(0.05, 15);
  });

  it('equals the min-over-suffix definition; rejections equal adjusted ≤ alpha (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }), (p) => {
        const result = benjaminiHochbergAdjust(p, { alpha: 0.1 });
        const expected = bruteBh(p);
        result.adjusted.forEach((a, i) => expect(a).toBeCloseTo(expected[i] as number, 14));
        result.adjusted.forEach((a, i) => {
          if (Math.abs(a - 0.1) > 1e-12) expect(result.reject[i]).toBe(a <= 0.1);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('rejects bad input', () => {
    const negative = caught(() => benjaminiHochbergAdjust([-0.1]));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'pValues[0]']);
    expect(negative.message).toMatch(/^benjaminiHochbergAdjust: pValues\[0\] is -0.1/);
    const notArray = caught(() => benjaminiHochbergAdjust('0.1' as never));
    expect([notArray.code, notArray.path]).toEqual(['invalid_type', 'pValues']);
    expect(notArray.message).toBe('benjaminiHochbergAdjust: pValues is "0.1"; expected an array of p-values.');
  });
});
