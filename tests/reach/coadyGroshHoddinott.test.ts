import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coadyGroshHoddinott } from '../../src/reach/index.ts';
import { caught, expectError } from './helpers.ts';

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

describe('coadyGroshHoddinott, boundaries and errors in full', () => {
  it('weights people: welfare 1, 2, 3 with weights 2, 1, 1 and benefits 1, 1, 0', () => {
    // Population 4, bottom 50 % = 2 = the first person (weight 2, benefit 2 of 3): share 2/3, CGH = (2/3)/0.5.
    const rows = [
      { y: 1, w: 2, b: 1 },
      { y: 2, w: 1, b: 1 },
      { y: 3, w: 1, b: 0 },
    ];
    const result = coadyGroshHoddinott(rows, { welfare: (r) => r.y, weight: (r) => r.w, benefit: (r) => r.b, bottomPercent: 50 });
    expect(result.bottomShare).toBe(2 / 3);
    expect(result.indicator).toBe(4 / 3);
    expect(result.totalBenefit).toBe(3);
  });

  it('accepts the bottom 100 %, where every benefit counts', () => {
    expect(coadyGroshHoddinott([1, 2, 3], { welfare: (x) => x, benefit: (x) => x, bottomPercent: 100 })).toMatchObject({ indicator: 1, bottomShare: 1 });
    // Weights 0.1, 0.2, 0.7 sum to 1 in input order but to 0.9999999999999999 in welfare order (1, 2, 3 is the
    // reverse): the walk must stop at the last row although its running sum falls short of the cut.
    const w = [0.1, 0.2, 0.7];
    const rounding = coadyGroshHoddinott([3, 2, 1], { welfare: (x) => x, benefit: () => 1, weight: (x) => w[3 - x] as number, bottomPercent: 100 });
    expect(rounding.bottomShare).toBeCloseTo(1, 12);
  });

  it('counts a block ending exactly at the cut in full, without a proportional split', () => {
    // Weights 1, 3, 6 (population 10, cut 4): the block of weight 3 ends at the cut, so its benefit 3 × 0.9 = 2.7
    // counts as is (2.7 × 3 / 3 would be 2.7000000000000006). Share 2.7 / 8.7.
    const rows = [
      { y: 1, w: 1, b: 0 },
      { y: 2, w: 3, b: 0.9 },
      { y: 3, w: 6, b: 1 },
    ];
    const result = coadyGroshHoddinott(rows, { welfare: (r) => r.y, weight: (r) => r.w, benefit: (r) => r.b });
    expect(result.bottomShare).toBe(2.7 / 8.7);
  });

  it('says the weights sum to 0 when they do', () => {
    expect(coadyGroshHoddinott([1, 2], { welfare: (x) => x, benefit: () => 1, weight: () => 0 })).toEqual({
      indicator: null,
      bottomShare: null,
      bottomPercent: 40,
      totalBenefit: 0,
      boundary: 'proportional',
      reason: 'population weights sum to 0',
    });
  });

  it('names the function, the field and the fix in its errors', () => {
    const inc = [1, 2, 3];
    const o = { welfare: (x: number) => x, benefit: () => 1 };
    expectError(() => coadyGroshHoddinott(inc, { benefit: () => 1 } as never), 'missing_field', 'options.welfare',
      'coadyGroshHoddinott: options.welfare is missing; pass a function (row) => income.');
    expectError(() => coadyGroshHoddinott(inc, { welfare: (x: number) => x } as never), 'missing_field', 'options.benefit',
      'coadyGroshHoddinott: options.benefit is missing; pass a function (row) => amount or boolean.');
    expectError(() => coadyGroshHoddinott(inc, { ...o, weight: 1 as never }), 'invalid_type', 'options.weight',
      'coadyGroshHoddinott: options.weight is 1; pass a function (row) => number ≥ 0.');
    expectError(() => coadyGroshHoddinott(inc, { ...o, bottomPercent: '40' as never }), 'invalid_type', 'options.bottomPercent',
      'coadyGroshHoddinott: options.bottomPercent is "40"; expected a finite number.');
    const benefit = (bad: unknown) => (x: number) => (x === 2 ? bad : 1) as number;
    const fix = 'return an amount ≥ 0 or a boolean (enrolled or not).';
    expectError(() => coadyGroshHoddinott(inc, { ...o, benefit: benefit('5') }), 'invalid_type', 'rows[1]', `coadyGroshHoddinott: options.benefit returned "5" for rows[1]; ${fix}`);
    expectError(() => coadyGroshHoddinott(inc, { ...o, benefit: benefit(Number.POSITIVE_INFINITY) }), 'not_finite', 'rows[1]',
      `coadyGroshHoddinott: options.benefit returned Infinity for rows[1]; ${fix}`);
    expectError(() => coadyGroshHoddinott(inc, { ...o, benefit: benefit(Number.NaN) }), 'not_finite', 'rows[1]', `coadyGroshHoddinott: options.benefit returned NaN for rows[1]; ${fix}`);
    expectError(() => coadyGroshHoddinott(inc, { ...o, benefit: benefit(-1) }), 'out_of_range', 'rows[1]', `coadyGroshHoddinott: options.benefit returned -1 for rows[1]; ${fix}`);
  });
});
