import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coadyGroshHoddinott } from '../../src/reach/index.ts';
import { caught } from './helpers.ts';

// Grosh, Leite, Wai-Poi & Tesliuc (2022), Revisiting Targeting in Social Assistance, Table 7.3 (methodology.md §9
// row 5): incomes of ten people, $30 split equally among each scheme's recipients.
const incomes = [6, 8, 11, 15, 21, 25, 30, 40, 50, 100];
const schemes: Record<string, number[]> = { S1: [1, 2], S2: [2, 3], S3: [3, 4], S4: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] };
const people = incomes.map((income, i) => ({ person: i + 1, income }));

describe('coadyGroshHoddinott', () => {
  it.each([
    ['S1', 2.5],
    ['S2', 2.5],
    ['S3', 2.5],
    ['S4', 1],
  ])('scheme %s scores CGH(40) = %d (methodology.md §9 row 5)', (scheme, expected) => {
    const recipients = schemes[scheme] as number[];
    const result = coadyGroshHoddinott(people, {
      welfare: (p) => p.income,
      benefit: (p) => (recipients.includes(p.person) ? 30 / recipients.length : 0),
    });
    expect(result.indicator).toBeCloseTo(expected, 12);
    expect(result.bottomPercent).toBe(40);
    expect(result.totalBenefit).toBeCloseTo(30, 12);
  });
  it('scores 1.5 when 60 % of benefits reach the bottom 40 % (CGH primer note)', () => {
    // Ten equal-weight people; the bottom four receive 6 of 10 benefit units.
    const rows = Array.from({ length: 10 }, (_, i) => ({ income: i, benefit: i < 4 ? 1.5 : 4 / 6 }));
    const result = coadyGroshHoddinott(rows, { welfare: (r) => r.income, benefit: (r) => r.benefit });
    expect(result.bottomShare).toBeCloseTo(0.6, 12);
    expect(result.indicator).toBeCloseTo(1.5, 12);
  });
  it('counts beneficiaries with a boolean benefit, and other bottom shares', () => {
    const result = coadyGroshHoddinott(people, { welfare: (p) => p.income, benefit: (p) => p.person <= 2, bottomPercent: 20 });
    expect(result.indicator).toBe(5);
  });
  it('splits a block straddling the cut in proportion to its weight below it', () => {
    // Three people; bottom 40 % = 1.2 people: person 1 whole and 0.2 of person 2.
    const rows = [
      { income: 1, benefit: 0 },
      { income: 2, benefit: 10 },
      { income: 3, benefit: 0 },
    ];
    const result = coadyGroshHoddinott(rows, { welfare: (r) => r.income, benefit: (r) => r.benefit });
    expect(result.bottomShare).toBeCloseTo(0.2, 12);
    expect(result.boundary).toBe('proportional');
  });
  it('is 1 for any equal benefit to all (neutral targeting) and does not depend on order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 100 }), (welfare, x) => {
        const neutral = coadyGroshHoddinott(welfare, { welfare: (w) => w, benefit: () => 2, bottomPercent: x });
        expect(neutral.indicator).toBeCloseTo(1, 9);
        const benefit = (w: number) => (w % 3 === 0 ? 1 : 0);
        const a = coadyGroshHoddinott(welfare, { welfare: (w) => w, benefit });
        const b = coadyGroshHoddinott([...welfare].reverse(), { welfare: (w) => w, benefit });
        if (a.indicator === null) expect(b.indicator).toBeNull();
        else expect(b.indicator).toBeCloseTo(a.indicator, 12);
      }),
      { numRuns: 60 },
    );
  });
  it('returns null with a reason when no benefit is paid or there are no records', () => {
    expect(coadyGroshHoddinott(incomes, { welfare: (x) => x, benefit: () => 0 })).toMatchObject({
      indicator: null,
      reason: 'no benefits paid: the share reaching the bottom is undefined',
    });
    expect(coadyGroshHoddinott([] as number[], { welfare: (x) => x, benefit: () => 1 }).reason).toBe('no records');
  });
  it('rejects bad input', () => {
    const percent = caught(() => coadyGroshHoddinott(incomes, { welfare: (x) => x, benefit: () => 1, bottomPercent: 140 }));
    expect(percent.code).toBe('out_of_range');
    expect(percent.path).toBe('options.bottomPercent');
    expect(percent.message).toBe('coadyGroshHoddinott: options.bottomPercent is 140; use a percentage in (0, 100], e.g. 40 for the bottom 40 %.');
    expect(caught(() => coadyGroshHoddinott(incomes, { welfare: (x) => x, benefit: () => 1, bottomPercent: 0 })).code).toBe('out_of_range');
    const benefit = caught(() => coadyGroshHoddinott(incomes, { welfare: (x) => x, benefit: () => 'yes' as unknown as number }));
    expect(benefit.code).toBe('invalid_type');
    expect(benefit.message).toBe('coadyGroshHoddinott: options.benefit returned "yes" for rows[0]; return an amount ≥ 0 or a boolean (enrolled or not).');
    expect(caught(() => coadyGroshHoddinott(incomes, { welfare: () => Number.NaN, benefit: () => 1 })).code).toBe('not_finite');
  });
});
