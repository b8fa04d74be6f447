import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ageAdjustedRate } from '../../src/disparity/ageAdjustedRate.ts';
import { ageAdjustedRateRatio } from '../../src/disparity/ageAdjustedRateRatio.ts';
import { US_2000_STANDARD_POPULATIONS } from '../../src/disparity/standardPopulations.ts';
import { caught } from './caught.ts';

// Reference values: fixtures/ageAdjustment.json, printed by fixtures/ageAdjustment.R (R 4.2.2, epitools 0.5-10.1):
// - "fay-feuer-j": Fay & Feuer (1997)'s Down syndrome data (epitools ageadjust.direct's example, "recreates
//   Table 1 of Fay and Feuer"): epitools ageadjust.direct(count, pop, stdpop = standard, conf.level) for the crude
//   and adjusted rates and the gamma limits; "tiwariUpper" is asht wspoissonTest(wmtype = "tcz")'s upper limit,
//   qgamma(1 − α/2, y*²/v*, scale = v*/y*) with y* = y + mean(w), v* = v + mean(w²), w = stdwt/pop;
// - "seer-tutorial": NCI's SEER*Stat tutorial "Calculating Age-adjusted Rates" (19 age groups, 2000 U.S.
//   standard; published 400.3 per 100,000), through ageadjust.direct;
// - "ratio-…": Fay (1999)'s F interval y₁/y₀*·qf(α/2, ν₁, ν₀*), y₁*/y₀·qf(1 − α/2, ν₁*, ν₀) with w_M or Tiwari's
//   means (F quantiles from qbeta, see special.R);
// - "poisson.test": poisson.test(c(x1, x0), c(n1, n0))$conf.int, which the F interval equals with one age group.
interface RateCase {
  case: string;
  counts: number[];
  populations: number[];
  standard: number[] | 'us2000-19';
  confidence: number;
  crude: number;
  rate: number;
  lower: number;
  upper: number;
  tiwariUpper: number;
  standardError: number;
}
interface RatioCase {
  case: string;
  focus: number;
  reference: number;
  confidence: number;
  method: 'fayFeuer' | 'tiwari';
  ratio: number;
  lower: number;
  upper: number;
}
interface PoissonCase {
  case: 'poisson.test';
  x1: number;
  n1: number;
  x0: number;
  n0: number;
  lower: number;
  upper: number;
}

let rates: RateCase[] = [];
let ratios: RatioCase[] = [];
let poisson: PoissonCase[] = [];

beforeAll(() => {
  const all = JSON.parse(readFileSync(new URL('./fixtures/ageAdjustment.json', import.meta.url), 'utf8')) as { case: string }[];
  rates = all.filter((c) => c.case.startsWith('fay-feuer') || c.case === 'seer-tutorial') as RateCase[];
  ratios = all.filter((c) => c.case.startsWith('ratio-')) as RatioCase[];
  poisson = all.filter((c) => c.case === 'poisson.test') as PoissonCase[];
});

function relativeError(actual: number | null, expected: number): number {
  if (actual === expected) return 0;
  return Math.abs((actual as number) - expected) / Math.abs(expected);
}

function birthOrder(j: number): { counts: number[]; populations: number[] } {
  const c = rates.find((r) => r.case === `fay-feuer-${j}`) as RateCase;
  return { counts: c.counts, populations: c.populations };
}

describe('US_2000_STANDARD_POPULATIONS', () => {
  it('sums to 274,633,642 in every grouping, covers every age once, and the groupings agree', () => {
    for (const table of Object.values(US_2000_STANDARD_POPULATIONS)) {
      expect(table.groups.reduce((sum, g) => sum + g.population, 0), table.id).toBe(274_633_642);
      expect(table.groups[0]?.ageFrom).toBe(0);
      table.groups.forEach((g, i) => {
        if (i > 0) expect(g.ageFrom).toBe((table.groups[i - 1]?.ageTo as number) + 1);
      });
      expect(table.groups[table.groups.length - 1]?.ageTo).toBeNull();
      expect(table.year).toBe(2000);
      expect(table.source.url).toMatch(/^https:\/\//);
      expect(Object.isFrozen(table) && Object.isFrozen(table.groups) && Object.isFrozen(table.groups[0])).toBe(true);
    }
    const by19 = US_2000_STANDARD_POPULATIONS['us2000-19'].groups;
    const by11 = US_2000_STANDARD_POPULATIONS['us2000-11'].groups;
    for (const group of by11) {
      const parts = by19.filter((g) => g.ageFrom >= group.ageFrom && (group.ageTo === null || (g.ageTo !== null && g.ageTo <= group.ageTo)));
      expect(parts.reduce((sum, g) => sum + g.population, 0), group.label).toBe(group.population);
    }
  });

  it("matches Klein & Schoenborn (2001)'s six-decimal weights to their rounding (within 2.1e-6; their 'standard million' was rounded to sum to 1)", () => {
    // Healthy People 2010 Statistical Notes no. 20, distribution #1 (also NM-IBIS's table of weights).
    const published = [0.013818, 0.055317, 0.145565, 0.138646, 0.135573, 0.162613, 0.134834, 0.087247, 0.066037, 0.044842, 0.015508];
    const groups = US_2000_STANDARD_POPULATIONS['us2000-11'].groups;
    groups.forEach((g, i) => expect(Math.abs(g.population / 274_633_642 - (published[i] as number))).toBeLessThan(2.1e-6));
  });
});

describe('ageAdjustedRate', () => {
  it('reproduces Fay & Feuer (1997) Table I as printed (per 100,000, one decimal), for all five birth orders', () => {
    // epitools' example, which states it recreates the table: crude, adjusted, lower, upper.
    const printed = [
      [56.3, 92.3, 80.4, 105.8],
      [67.6, 91.2, 82.4, 100.9],
      [83.3, 85.1, 77.2, 94.2],
      [115.5, 92.7, 80.0, 114.7],
      [167.1, 75.5, 67.7, 188.3],
    ];
    const standard = rates[0]?.standard as number[];
    printed.forEach((row, j) => {
      const { counts, populations } = birthOrder(j + 1);
      const r = ageAdjustedRate(counts, populations, standard, { per: 100000 });
      expect([r.crudeRate, r.rate, r.lower, r.upper].map((x) => Number((x as number).toFixed(1)))).toEqual(row);
    });
  });

  it("reproduces the SEER*Stat tutorial's 400.3 per 100,000 and its weighted rates (19 groups, 2000 U.S. standard)", () => {
    const seer = rates.find((r) => r.case === 'seer-tutorial') as RateCase;
    const r = ageAdjustedRate(seer.counts, seer.populations, 'us2000-19', { per: 100000 });
    expect((r.rate as number).toFixed(1)).toBe('400.3');
    // The tutorial's last column, crude rate × weight, to two decimals.
    const column = [0.29, 0.87, 0.66, 0.67, 0.96, 1.84, 2.77, 6.34, 11.94, 19.77, 28.36, 35.59, 38.65, 42.12, 46.81, 50.66, 49.74, 33.73, 28.53];
    const groups = US_2000_STANDARD_POPULATIONS['us2000-19'].groups;
    column.forEach((value, i) => {
      const weighted = ((seer.counts[i] as number) / (seer.populations[i] as number)) * 100000 * ((groups[i]?.population as number) / 274_633_642);
      expect(Number(weighted.toFixed(2)), groups[i]?.label).toBe(value);
    });
    expect(r.standard).toBe('us2000-19');
  });

  it('matches epitools ageadjust.direct (Fay–Feuer) and the asht Tiwari formula to 1e-12 relative', () => {
    expect(rates).toHaveLength(11);
    for (const c of rates) {
      const label = `${c.case} @ ${c.confidence}`;
      const fay = ageAdjustedRate(c.counts, c.populations, c.standard, { confidence: c.confidence });
      expect(relativeError(fay.rate, c.rate), label).toBeLessThan(1e-12);
      expect(relativeError(fay.crudeRate, c.crude), label).toBeLessThan(1e-12);
      expect(relativeError(fay.lower, c.lower), label).toBeLessThan(1e-12);
      expect(relativeError(fay.upper, c.upper), label).toBeLessThan(1e-12);
      expect(relativeError(fay.standardError, c.standardError), label).toBeLessThan(1e-12);
      const tiwari = ageAdjustedRate(c.counts, c.populations, c.standard, { confidence: c.confidence, method: 'tiwari' });
      expect(relativeError(tiwari.upper, c.tiwariUpper), label).toBeLessThan(1e-12);
      expect(tiwari.lower).toBe(fay.lower);
      expect(tiwari.upper as number).toBeLessThanOrEqual(fay.upper as number);
      expect([fay.method, tiwari.method]).toEqual(['fayFeuer', 'tiwari']);
    }
  });

  it('with one age group equals the exact Poisson (Garwood) interval of the count', () => {
    // R: poisson.test(4, 1200)$conf.int → 9.0822e-04, 8.5347e-03 per person
    const r = ageAdjustedRate([4], [1200], [1]);
    expect(relativeError(r.lower, 0.00090822114468860436)).toBeLessThan(1e-12);
    expect(relativeError(r.upper, 0.0085346572295030817)).toBeLessThan(1e-12);
  });

  it('gives 0 with an upper limit when there are no events, and null when there is no population', () => {
    const none = ageAdjustedRate([0, 0, 0], [100, 200, 50], [1, 1, 1]);
    expect([none.rate, none.lower, none.standardError]).toEqual([0, 0, 0]);
    // Fay–Feuer with y = 0: G⁻¹(0.975; 1, w_M) = −ln(0.025)·w_M, w_M = (1/3)/50
    expect(relativeError(none.upper, -Math.log(0.025) * (1 / 3 / 50))).toBeLessThan(1e-13);
    const empty = ageAdjustedRate([0, 0], [0, 0], [1, 1]);
    expect([empty.rate, empty.lower, empty.upper, empty.crudeRate]).toEqual([null, null, null, null]);
    expect(empty.reason).toMatch(/no age group has a population/);
  });

  it('takes the rate of an age group without population as 0 with a warning (SEER*Stat)', () => {
    const r = ageAdjustedRate([5, 0, 7], [1000, 0, 2000], [2, 1, 1]);
    expect(r.rate).toBeCloseTo(0.5 * 0.005 + 0.25 * 0.0035, 15);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^age group group 2 has no population/);
  });

  it('accepts a StandardPopulation object, weights or populations alike, and per (options)', () => {
    const { counts, populations } = birthOrder(3);
    const standard = rates[0]?.standard as number[];
    const byPopulation = ageAdjustedRate(counts, populations, standard);
    const byWeight = ageAdjustedRate(counts, populations, standard.map((s) => s / 1000));
    expect(relativeError(byWeight.rate, byPopulation.rate as number)).toBeLessThan(1e-14);
    const table = ageAdjustedRate(counts, populations, {
      ...US_2000_STANDARD_POPULATIONS['us2000-11'],
      id: 'fay-feuer-average',
      groups: standard.map((population, i) => ({ label: `g${i}`, ageFrom: i, ageTo: i, population })),
    });
    expect(table.standard).toBe('fay-feuer-average');
    expect(relativeError(table.rate, byPopulation.rate as number)).toBeLessThan(1e-14);
    const per = ageAdjustedRate(counts, populations, standard, { per: 1000 });
    expect(relativeError(per.rate, (byPopulation.rate as number) * 1000)).toBeLessThan(1e-14);
    expect(relativeError(per.upper, (byPopulation.upper as number) * 1000)).toBeLessThan(1e-14);
    expect(per.per).toBe(1000);
  });

  it('is the crude rate when the population is proportional to the standard, and widens with confidence (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 2, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 8, maxLength: 8 }),
        (people, events) => {
          const counts = people.map((_, i) => events[i] as number);
          const r = ageAdjustedRate(counts, people, people);
          const total = counts.reduce((a, b) => a + b, 0);
          expect(r.rate as number).toBeCloseTo(total / people.reduce((a, b) => a + b, 0), 14);
          const wide = ageAdjustedRate(counts, people, people, { confidence: 0.99 });
          expect(wide.lower as number).toBeLessThanOrEqual(r.lower as number);
          expect(wide.upper as number).toBeGreaterThanOrEqual(r.upper as number);
          expect(r.lower as number).toBeLessThanOrEqual(r.rate as number);
          expect(r.upper as number).toBeGreaterThanOrEqual(r.rate as number);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('rejects bad input with code, path and a message that says how to fix it', () => {
    const length = caught(() => ageAdjustedRate([1, 2, 3], [10, 20, 30], 'us2000-11'));
    expect([length.code, length.path]).toEqual(['length_mismatch', 'counts']);
    expect(length.message).toMatch(/^ageAdjustedRate: counts has 3 entries but the standard 'us2000-11' has 11 age groups \(<1, 1-4, 5-14, …, 85\+\); aggregate/);
    const populations = caught(() => ageAdjustedRate([1, 2], [10], [1, 1]));
    expect([populations.code, populations.path]).toEqual(['length_mismatch', 'populations']);
    const orphan = caught(() => ageAdjustedRate([1, 2], [10, 0], [1, 1]));
    expect([orphan.code, orphan.path]).toEqual(['out_of_range', 'populations[1]']);
    expect(orphan.message).toMatch(/counts\[1\] is 2 but populations\[1\] is 0/);
    const negative = caught(() => ageAdjustedRate([-1, 2], [10, 10], [1, 1]));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'counts[0]']);
    const unknown = caught(() => ageAdjustedRate([1], [10], 'us2010' as never));
    expect([unknown.code, unknown.path]).toEqual(['invalid_value', 'standard']);
    const zero = caught(() => ageAdjustedRate([1], [10], [0]));
    expect([zero.code, zero.path]).toEqual(['out_of_range', 'standard']);
    const shape = caught(() => ageAdjustedRate([1], [10], 5 as never));
    expect([shape.code, shape.path]).toEqual(['invalid_type', 'standard']);
    const notArray = caught(() => ageAdjustedRate('1' as never, [10], [1]));
    expect([notArray.code, notArray.path]).toEqual(['invalid_type', 'counts']);
    const method = caught(() => ageAdjustedRate([1], [10], [1], { method: 'fay-feuer' as never }));
    expect([method.code, method.path]).toEqual(['invalid_value', 'options.method']);
    const per = caught(() => ageAdjustedRate([1], [10], [1], { per: 0 }));
    expect([per.code, per.path]).toEqual(['out_of_range', 'options.per']);
    const confidence = caught(() => ageAdjustedRate([1], [10], [1], { confidence: 95 }));
    expect([confidence.code, confidence.hint]).toEqual(['out_of_range', 'write 95 % as 0.95']);
  });
});

describe('ageAdjustedRateRatio', () => {
  it("matches Fay (1999)'s F interval and its Tiwari form computed in R, to 1e-12 relative", () => {
    expect(ratios).toHaveLength(12);
    const standard = rates[0]?.standard as number[];
    for (const c of ratios) {
      const r = ageAdjustedRateRatio(birthOrder(c.focus), birthOrder(c.reference), standard, { confidence: c.confidence, method: c.method });
      const label = `${c.case} ${c.method} @ ${c.confidence}`;
      expect(relativeError(r.ratio, c.ratio), label).toBeLessThan(1e-12);
      expect(relativeError(r.lower, c.lower), label).toBeLessThan(1e-12);
      expect(relativeError(r.upper, c.upper), label).toBeLessThan(1e-12);
      expect(r.method).toBe(c.method);
    }
  });

  it('with one age group equals the exact conditional interval of R poisson.test(c(x1, x0), c(n1, n0))', () => {
    expect(poisson).toHaveLength(3);
    for (const c of poisson) {
      const r = ageAdjustedRateRatio({ counts: [c.x1], populations: [c.n1] }, { counts: [c.x0], populations: [c.n0] }, [1]);
      expect(r.ratio).toBeCloseTo(c.x1 / c.n1 / (c.x0 / c.n0), 14);
      if (c.lower === 0) expect(r.lower).toBe(0);
      else expect(relativeError(r.lower, c.lower)).toBeLessThan(1e-12);
      expect(relativeError(r.upper, c.upper)).toBeLessThan(1e-12);
    }
  });

  it('returns both rates, inverts when the groups swap, and is null when the reference has no events', () => {
    const standard = rates[0]?.standard as number[];
    const forward = ageAdjustedRateRatio(birthOrder(5), birthOrder(1), standard, { per: 100000 });
    const backward = ageAdjustedRateRatio(birthOrder(1), birthOrder(5), standard);
    expect(Number((forward.focus.rate as number).toFixed(1))).toBe(75.5);
    expect(Number((forward.reference.rate as number).toFixed(1))).toBe(92.3);
    expect((forward.ratio as number) * (backward.ratio as number)).toBeCloseTo(1, 14);
    expect((forward.lower as number) * (backward.upper as number)).toBeCloseTo(1, 12);
    const none = ageAdjustedRateRatio({ counts: [3, 1], populations: [100, 100] }, { counts: [0, 0], populations: [100, 100] }, [1, 1]);
    expect([none.ratio, none.lower, none.upper]).toEqual([null, null, null]);
    expect(none.reason).toMatch(/reference group has no events/);
    const empty = ageAdjustedRateRatio({ counts: [0], populations: [0] }, { counts: [1], populations: [10] }, [1]);
    expect(empty.reason).toMatch(/^focus has no population/);
  });

  it('rejects bad input with the path of the group', () => {
    const length = caught(() => ageAdjustedRateRatio({ counts: [1], populations: [10] }, { counts: [1, 2], populations: [10, 10] }, [1]));
    expect([length.code, length.path]).toEqual(['length_mismatch', 'reference.counts']);
    const shape = caught(() => ageAdjustedRateRatio(null as never, { counts: [1], populations: [10] }, [1]));
    expect([shape.code, shape.path]).toEqual(['invalid_type', 'focus']);
    const typo = caught(() => ageAdjustedRateRatio({ counts: [1], populations: [10] }, { counts: [1], populations: [10] }, [1], { methd: 'tiwari' } as never));
    expect([typo.code, typo.hint]).toEqual(['unknown_key', 'did you mean "method"?']);
  });
});
