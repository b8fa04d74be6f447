import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { oddsRatio } from '../../src/disparity/oddsRatio.ts';
import { caught } from './caught.ts';

// Reference values: fixtures/oddsRatio.json, printed by fixtures/oddsRatio.R (R 4.2.2, epitools 0.5-10.1):
// - "wald": epitools oddsratio.wald(m, conf.level)$measure (Woolf);
// - "exact" and "midp": R fisher.test's conditional equations (dnhyper/pnhyper/mnhyper) and epitools'
//   mid-p equations, solved with uniroot(tol = 1e-15) on log ψ;
// - "epitoolsFisher" / "epitoolsMidp": oddsratio.fisher / oddsratio.midp as printed, whose uniroot stops at its
//   default tolerance — they agree with the precise solutions only to about 1e-2 relative at worst (the upper
//   limit of the 3/4 vs 1/4 table: 621.93 printed, 626.24 solved).
type Value = number | 'Infinity' | null;
interface OddsReference {
  table: [number, number, number, number];
  confidence: number;
  wald: Value[];
  exact: Value[];
  midp: Value[];
  epitoolsFisher: Value[];
  epitoolsMidp: Value[];
}

let references: OddsReference[] = [];

beforeAll(() => {
  references = JSON.parse(readFileSync(new URL('./fixtures/oddsRatio.json', import.meta.url), 'utf8')) as OddsReference[];
});

function groups([a, b, c, d]: readonly number[]): [{ events: number; total: number }, { events: number; total: number }] {
  return [
    { events: a as number, total: (a as number) + (b as number) },
    { events: c as number, total: (c as number) + (d as number) },
  ];
}

function value(v: Value): number {
  return v === 'Infinity' ? Number.POSITIVE_INFINITY : (v as number);
}

function expectTriple(result: { ratio: number | null; lower: number | null; upper: number | null }, expected: Value[], tolerance: number, label: string): void {
  const actual = [result.ratio, result.lower, result.upper];
  expected.forEach((e, i) => {
    const x = actual[i] as number;
    const want = value(e);
    if (want === 0 || !Number.isFinite(want)) expect(x, label).toBe(want);
    else expect(Math.abs(x - want) / want, `${label} [${i}]`).toBeLessThanOrEqual(tolerance);
  });
}

describe('oddsRatio', () => {
  it("'woolf' matches epitools oddsratio.wald to 1e-12 on tables without zero cells", () => {
    for (const r of references.filter((ref) => !ref.table.includes(0))) {
      const [exposed, reference] = groups(r.table);
      const result = oddsRatio(exposed, reference, { confidence: r.confidence });
      expectTriple(result, r.wald, 1e-12, `wald ${r.table.join(',')} @ ${r.confidence}`);
      expect([result.method, result.estimate, result.corrected]).toEqual(['woolf', 'sample', false]);
    }
  });

  it("'exact' matches R fisher.test's estimate and limits solved to full precision, to 1e-10", () => {
    for (const r of references) {
      const [exposed, reference] = groups(r.table);
      const result = oddsRatio(exposed, reference, { method: 'exact', confidence: r.confidence });
      expectTriple(result, r.exact, 1e-10, `exact ${r.table.join(',')} @ ${r.confidence}`);
      expect([result.method, result.estimate, result.standardErrorLog]).toEqual(['exact', 'conditionalMle', null]);
      // and fisher.test / oddsratio.fisher as printed, at their root-finding tolerance
      expectTriple(result, r.epitoolsFisher, 1e-2, `oddsratio.fisher ${r.table.join(',')}`);
    }
  });

  it("'midP' matches epitools' mid-p equations solved to full precision, to 1e-10", () => {
    for (const r of references) {
      const [exposed, reference] = groups(r.table);
      const result = oddsRatio(exposed, reference, { method: 'midP', confidence: r.confidence });
      expectTriple(result, r.midp, 1e-10, `mid-p ${r.table.join(',')} @ ${r.confidence}`);
      expect(result.estimate).toBe('medianUnbiased');
      if (r.epitoolsMidp[0] !== null) expectTriple(result, r.epitoolsMidp, 1e-2, `oddsratio.midp ${r.table.join(',')}`);
    }
  });

  it("'woolf' applies Haldane's correction on a zero cell unless zeroCellCorrection is 'none'", () => {
    const corrected = oddsRatio({ events: 0, total: 10 }, { events: 5, total: 10 });
    expect(corrected.corrected).toBe(true);
    expect(corrected.ratio).toBeCloseTo((0.5 * 5.5) / (10.5 * 5.5), 15);
    expect(corrected.standardErrorLog).toBeCloseTo(Math.sqrt(1 / 0.5 + 1 / 10.5 + 1 / 5.5 + 1 / 5.5), 15);
    const raw = oddsRatio({ events: 0, total: 10 }, { events: 5, total: 10 }, { zeroCellCorrection: 'none' });
    expect([raw.ratio, raw.lower, raw.upper]).toEqual([0, null, null]);
    expect(raw.reason).toMatch(/ratio is 0/);
    const infinite = oddsRatio({ events: 10, total: 10 }, { events: 5, total: 10 }, { zeroCellCorrection: 'none' });
    expect(infinite.ratio).toBeNull();
    expect(infinite.reason).toMatch(/infinite/);
  });

  it('returns null with a reason for an empty group or a table with one arrangement', () => {
    expect(oddsRatio({ events: 0, total: 0 }, { events: 1, total: 2 }).reason).toMatch(/^exposed.total is 0/);
    expect(oddsRatio({ events: 1, total: 2 }, { events: 0, total: 0 }).reason).toMatch(/^reference.total is 0/);
    const none = oddsRatio({ events: 0, total: 5 }, { events: 0, total: 7 }, { method: 'exact' });
    expect([none.ratio, none.lower, none.upper]).toEqual([null, null, null]);
    expect(none.reason).toMatch(/one possible arrangement/);
  });

  it('is symmetric: swapping groups inverts the estimate and swaps the limits (property, every method)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), fc.integer({ min: 2, max: 60 }), fc.nat(), fc.nat(), (n1, n0, s1, s0) => {
        const exposed = { events: 1 + (s1 % (n1 - 1)), total: n1 };
        const reference = { events: 1 + (s0 % (n0 - 1)), total: n0 };
        for (const method of ['woolf', 'exact', 'midP'] as const) {
          const forward = oddsRatio(exposed, reference, { method });
          const backward = oddsRatio(reference, exposed, { method });
          expect((forward.ratio as number) * (backward.ratio as number)).toBeCloseTo(1, 9);
          expect((forward.lower as number) * (backward.upper as number)).toBeCloseTo(1, 9);
          expect(forward.lower as number).toBeLessThanOrEqual(forward.ratio as number);
          expect(forward.upper as number).toBeGreaterThanOrEqual(forward.ratio as number);
        }
        // mid-p limits lie inside the exact ones
        const exact = oddsRatio(exposed, reference, { method: 'exact' });
        const midP = oddsRatio(exposed, reference, { method: 'midP' });
        expect(midP.lower as number).toBeGreaterThanOrEqual((exact.lower as number) * (1 - 1e-12));
        expect(midP.upper as number).toBeLessThanOrEqual((exact.upper as number) * (1 + 1e-12));
      }),
      { numRuns: 60 },
    );
  });

  it('rejects bad input with code, path and message', () => {
    const fraction = caught(() => oddsRatio({ events: 1.5, total: 4 }, { events: 1, total: 4 }, { method: 'exact' }));
    expect([fraction.code, fraction.path]).toEqual(['not_integer', 'exposed.events']);
    expect(fraction.message).toMatch(/^oddsRatio: exposed.events is 1.5; the 'exact' method needs whole counts/);
    expect(oddsRatio({ events: 1.5, total: 4 }, { events: 1, total: 4 }).ratio).toBeCloseTo((1.5 * 3) / (2.5 * 1), 15);
    const over = caught(() => oddsRatio({ events: 5, total: 4 }, { events: 1, total: 4 }));
    expect([over.code, over.path]).toEqual(['out_of_range', 'exposed.events']);
    const method = caught(() => oddsRatio({ events: 1, total: 4 }, { events: 1, total: 4 }, { method: 'fisher' as never }));
    expect([method.code, method.path]).toEqual(['invalid_value', 'options.method']);
    const correction = caught(() => oddsRatio({ events: 1, total: 4 }, { events: 1, total: 4 }, { zeroCellCorrection: 'add' as never }));
    expect([correction.code, correction.path]).toEqual(['invalid_value', 'options.zeroCellCorrection']);
    const confidence = caught(() => oddsRatio({ events: 1, total: 4 }, { events: 1, total: 4 }, { confidence: 0 }));
    expect([confidence.code, confidence.path]).toEqual(['out_of_range', 'options.confidence']);
  });
});
