import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beneficiaryIncidence } from '../../src/reach/index.ts';
import { caught, expectError } from './helpers.ts';

// Grosh et al. (2022), Table 7.3 economy: incomes of ten people (methodology.md §9 row 5).
const incomes = [6, 8, 11, 15, 21, 25, 30, 40, 50, 100];

describe('beneficiaryIncidence', () => {
  it('puts two people in each quintile of ten and spreads scheme S2 = {2, 3} over quintiles 1 and 2', () => {
    const people = incomes.map((income, i) => ({ income, enrolled: i === 1 || i === 2 }));
    const result = beneficiaryIncidence(people, { welfare: (p) => p.income, enrolled: (p) => p.enrolled });
    expect(result.groups.map((g) => g.population)).toEqual([2, 2, 2, 2, 2]);
    expect(result.groups.map((g) => g.beneficiaryIncidence)).toEqual([0.5, 0.5, 0, 0, 0]);
    expect(result.groups.map((g) => g.coverage)).toEqual([0.5, 0.5, 0, 0, 0]);
    expect(result.groups.map((g) => [g.welfareMin, g.welfareMax])).toEqual([
      [6, 8],
      [11, 15],
      [21, 25],
      [30, 40],
      [50, 100],
    ]);
  });
  it('gives benefit incidence with a benefit accessor: scheme S4 pays $3 to all, 20 % per quintile', () => {
    const result = beneficiaryIncidence(incomes, { welfare: (x) => x, enrolled: () => true, benefit: () => 3 });
    expect(result.total.benefit).toBe(30);
    for (const g of result.groups) expect(g.benefitIncidence).toBeCloseTo(0.2, 12);
  });
  it('does not depend on input order, and never splits tied welfare', () => {
    const rows = [5, 5, 5, 1, 9, 9].map((w, i) => ({ w, e: i % 2 === 0 }));
    const a = beneficiaryIncidence(rows, { welfare: (r) => r.w, enrolled: (r) => r.e, quantiles: 2 });
    // Order: 1 | 5 5 5 | 9 9. Block of 5s covers shares (1/6, 4/6], midpoint 2.5/6 ≤ 1/2 → quantile 1.
    expect(a.groups.map((g) => g.population)).toEqual([4, 2]);
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), (shuffled) => {
        const b = beneficiaryIncidence(shuffled, { welfare: (r) => r.w, enrolled: (r) => r.e, quantiles: 2 });
        expect(b.groups.map((g) => [g.population, g.beneficiaries])).toEqual(a.groups.map((g) => [g.population, g.beneficiaries]));
      }),
      { numRuns: 30 },
    );
  });
  it('weights by household size and equals the person-level expansion', () => {
    const households = [
      { income: 10, size: 3, enrolled: true },
      { income: 20, size: 1, enrolled: false },
      { income: 30, size: 2, enrolled: true },
      { income: 40, size: 4, enrolled: false },
    ];
    const weighted = beneficiaryIncidence(households, { welfare: (h) => h.income, enrolled: (h) => h.enrolled, weight: (h) => h.size, quantiles: 2 });
    const persons = households.flatMap((h) => Array.from({ length: h.size }, () => h));
    const expanded = beneficiaryIncidence(persons, { welfare: (h) => h.income, enrolled: (h) => h.enrolled, quantiles: 2 });
    expect(weighted.weighted).toBe(true);
    expect(weighted.groups.map((g) => [g.population, g.beneficiaries])).toEqual(expanded.groups.map((g) => [g.population, g.beneficiaries]));
  });
  it('incidence sums to 1 and quantile populations to the total', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ w: fc.integer({ min: 0, max: 50 }), e: fc.boolean(), k: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 40 }), (rows) => {
        const r = beneficiaryIncidence(rows, { welfare: (x) => x.w, enrolled: (x) => x.e, weight: (x) => x.k, quantiles: 10 });
        expect(r.groups.reduce((s, g) => s + g.population, 0)).toBe(r.total.population);
        if (r.total.beneficiaries > 0) expect(r.groups.reduce((s, g) => s + (g.beneficiaryIncidence as number), 0)).toBeCloseTo(1, 12);
      }),
      { numRuns: 50 },
    );
  });
  it('returns null shares with reasons when empty or without beneficiaries', () => {
    const empty = beneficiaryIncidence([] as number[], { welfare: (x) => x, enrolled: () => true });
    expect(empty.groups).toHaveLength(5);
    expect(empty.groups[0]?.populationShare).toBeNull();
    expect(empty.reasons).toEqual(['no records: every share is undefined']);
    const none = beneficiaryIncidence(incomes, { welfare: (x) => x, enrolled: () => false });
    expect(none.groups[0]?.beneficiaryIncidence).toBeNull();
    expect(none.reasons).toEqual(['no beneficiaries: beneficiary incidence is undefined']);
  });
  it('rejects bad input', () => {
    const welfare = caught(() => beneficiaryIncidence([{ x: null }], { welfare: (r) => r.x as unknown as number, enrolled: () => true }));
    expect(welfare.code).toBe('invalid_type');
    expect(welfare.path).toBe('rows[0]');
    expect(welfare.message).toMatch(/^beneficiaryIncidence: options\.welfare returned null for rows\[0\]/);
    expect(caught(() => beneficiaryIncidence(incomes, { welfare: (x) => x, enrolled: () => true, quantiles: 1 })).code).toBe('out_of_range');
    expect(caught(() => beneficiaryIncidence(incomes, { welfare: (x) => x, enrolled: () => true, weight: () => -1 })).code).toBe('out_of_range');
    expect(caught(() => beneficiaryIncidence(incomes, { welfare: (x) => x, enrolled: () => 'y' as unknown as boolean })).code).toBe('invalid_type');
    expect(caught(() => beneficiaryIncidence(incomes, { welfare: (x) => x, enrolled: () => true, benefit: () => -3 })).code).toBe('out_of_range');
  });
});

describe('beneficiaryIncidence, every field by hand', () => {
  it('reports quantile numbers, population shares, coverage and no reasons (Grosh et al. 2022, Table 7.3, S2)', () => {
    const people = incomes.map((income, i) => ({ income, enrolled: i === 1 || i === 2 }));
    const result = beneficiaryIncidence(people, { welfare: (p) => p.income, enrolled: (p) => p.enrolled });
    expect(result).toMatchObject({ quantiles: 5, quantileRule: 'midpoint', weighted: false, total: { population: 10, beneficiaries: 2, benefit: null }, reasons: [] });
    expect(result.groups.map((g) => [g.quantile, g.populationShare, g.benefit, g.benefitIncidence])).toEqual([
      [1, 0.2, null, null],
      [2, 0.2, null, null],
      [3, 0.2, null, null],
      [4, 0.2, null, null],
      [5, 0.2, null, null],
    ]);
  });

  it('sends a tie block whose midpoint falls on a boundary to the lower quantile, and leaves empty quantiles null', () => {
    // Welfare 1, 2, 2, 3 in halves: the block of 2s covers shares (1/4, 3/4], midpoint exactly 1/2 → quantile 1.
    const halves = beneficiaryIncidence([1, 2, 2, 3], { welfare: (x) => x, enrolled: (x) => x !== 1, quantiles: 2 });
    expect(halves.groups.map((g) => [g.population, g.populationShare, g.beneficiaries, g.coverage, g.welfareMin, g.welfareMax])).toEqual([
      [3, 0.75, 2, 2 / 3, 1, 2],
      [1, 0.25, 1, 1, 3, 3],
    ]);
    // One welfare level: everyone at midpoint 1/2 of three quantiles → quantile 2; quantiles 1 and 3 are empty.
    const tied = beneficiaryIncidence([4, 4], { welfare: (x) => x, enrolled: () => true, quantiles: 3 });
    expect(tied.groups.map((g) => [g.population, g.coverage, g.beneficiaryIncidence, g.welfareMin, g.welfareMax])).toEqual([
      [0, null, 0, null, null],
      [2, 1, 1, 4, 4],
      [0, null, 0, null, null],
    ]);
  });

  it('gives benefit incidence with zero benefits allowed, and a reason when none is paid', () => {
    // Welfare 1…4 in halves; benefits 0, 2, 6, 0: quantile 1 gets 2 of 8, quantile 2 gets 6.
    const paid = [0, 2, 6, 0];
    const result = beneficiaryIncidence([1, 2, 3, 4], { welfare: (x) => x, enrolled: () => true, benefit: (x) => paid[x - 1] as number, quantiles: 2 });
    expect(result.groups.map((g) => [g.benefit, g.benefitIncidence])).toEqual([
      [2, 0.25],
      [6, 0.75],
    ]);
    expect(result.total.benefit).toBe(8);
    expect(result.reasons).toEqual([]);
    const none = beneficiaryIncidence([1, 2, 3, 4], { welfare: (x) => x, enrolled: () => true, benefit: () => 0, quantiles: 2 });
    expect(none.groups.map((g) => [g.benefit, g.benefitIncidence])).toEqual([
      [0, null],
      [0, null],
    ]);
    expect(none.reasons).toEqual(['no benefits paid: benefit incidence is undefined']);
  });

  it('says the weights sum to 0 when they do, without the benefit reason', () => {
    const result = beneficiaryIncidence([1, 2, 3], { welfare: (x) => x, enrolled: () => true, weight: () => 0, benefit: () => 1 });
    expect(result.reasons).toEqual(['population weights sum to 0: every share is undefined']);
    expect(result.weighted).toBe(true);
    expect(result.groups[0]).toMatchObject({ population: 0, populationShare: null, coverage: null, benefit: 0, benefitIncidence: null });
  });

  it('names the function, the field and the fix in its errors', () => {
    const inc = [1, 2, 3];
    const o = { welfare: (x: number) => x, enrolled: () => true };
    expectError(() => beneficiaryIncidence(inc, { enrolled: () => true } as never), 'missing_field', 'options.welfare',
      'beneficiaryIncidence: options.welfare is missing; pass a function (row) => income.');
    expectError(() => beneficiaryIncidence(inc, { welfare: (x: number) => x } as never), 'missing_field', 'options.enrolled',
      'beneficiaryIncidence: options.enrolled is missing; pass a function (row) => boolean.');
    expectError(() => beneficiaryIncidence(inc, { ...o, weight: 1 as never }), 'invalid_type', 'options.weight',
      'beneficiaryIncidence: options.weight is 1; pass a function (row) => number ≥ 0.');
    expectError(() => beneficiaryIncidence(inc, { ...o, benefit: 1 as never }), 'invalid_type', 'options.benefit',
      'beneficiaryIncidence: options.benefit is 1; pass a function (row) => amount ≥ 0.');
    expectError(() => beneficiaryIncidence(inc, { ...o, quantiles: 1 }), 'out_of_range', 'options.quantiles',
      'beneficiaryIncidence: options.quantiles is 1; expected a whole number ≥ 2.');
    expectError(() => beneficiaryIncidence(inc, { ...o, enrolled: (x: number) => (x === 2 ? 'y' : true) as never }), 'invalid_type', 'rows[1]',
      'beneficiaryIncidence: options.enrolled returned "y" for rows[1]; expected true or false.');
    const benefit = (bad: unknown) => (x: number) => (x === 2 ? bad : 1) as number;
    expectError(() => beneficiaryIncidence(inc, { ...o, benefit: benefit('3') }), 'invalid_type', 'rows[1]',
      'beneficiaryIncidence: options.benefit returned "3" for rows[1]; benefits must be finite numbers ≥ 0.');
    expectError(() => beneficiaryIncidence(inc, { ...o, benefit: benefit(Number.NaN) }), 'not_finite', 'rows[1]',
      'beneficiaryIncidence: options.benefit returned NaN for rows[1]; benefits must be finite numbers ≥ 0.');
    expectError(() => beneficiaryIncidence(inc, { ...o, benefit: benefit(-3) }), 'out_of_range', 'rows[1]',
      'beneficiaryIncidence: options.benefit returned -3 for rows[1]; benefits must be finite numbers ≥ 0.');
  });
});
