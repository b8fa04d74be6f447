import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beneficiaryIncidence } from '../../src/reach/index.ts';
import { caught } from './helpers.ts';

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
