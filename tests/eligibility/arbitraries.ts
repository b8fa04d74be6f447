import fc from 'fast-check';
import type { Household } from '../../src/eligibility/index.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A real calendar date between 1930 and 2025 as `YYYY-MM-DD`. */
export const birthDateArb: fc.Arbitrary<string> = fc
  .integer({ min: Date.UTC(1930, 0, 1) / 86400000, max: Date.UTC(2025, 11, 31) / 86400000 })
  .map((day) => {
    const d = new Date(day * 86400000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  });

/** Households with every optional field sometimes absent, some incomes as sources with frequencies. */
export const householdArb: fc.Arbitrary<Household> = fc
  .record(
    {
      size: fc.integer({ min: 1, max: 12 }),
      income: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined }),
      asSources: fc.boolean(),
      members: fc.option(fc.array(fc.record({ birthDate: birthDateArb, disability: fc.option(fc.boolean(), { nil: undefined }) }), { maxLength: 6 }), { nil: undefined }),
      district: fc.option(fc.constantFrom('1', '5', '10', '11', 'Campbell'), { nil: undefined }),
      categorical: fc.option(fc.subarray(['CalFresh', 'Medi-Cal', 'WIC', 'Free or Reduced-Price Meals', 'PRNS Active Adults 50+']), { nil: undefined }),
    },
    { requiredKeys: ['size', 'asSources'] },
  )
  .map((r) => {
    const h: { -readonly [K in keyof Household]: Household[K] } = { id: 'h', size: r.size, attributes: r.district === undefined ? {} : { district: r.district } };
    if (r.income !== undefined) {
      if (r.asSources) h.incomes = [{ amount: r.income / 24, frequency: 'semimonthly' }];
      else h.annualIncome = r.income;
    }
    if (r.members !== undefined) {
      h.members = r.members.map((m) => (m.disability === undefined ? { birthDate: m.birthDate } : { birthDate: m.birthDate, disability: m.disability }));
    }
    if (r.categorical !== undefined) h.categorical = r.categorical;
    return h;
  });
