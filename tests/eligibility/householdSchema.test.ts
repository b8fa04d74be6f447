import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import { HouseholdSchema, type Household } from '../../src/eligibility/index.ts';
import { householdObjectSchema } from '../../src/eligibility/internal/householdShape.ts';

describe('HouseholdSchema', () => {
  it('infers exactly the shared Household record, both ways (type-level)', () => {
    expectTypeOf<z.infer<typeof HouseholdSchema>>().toEqualTypeOf<Household>();
    // The schema object behind it keeps its own inferred types; tsc checks these assignments both ways
    // (a field added to Household but not to the schema, or the reverse, fails the type-check).
    type Inferred = z.infer<typeof householdObjectSchema>;
    const toHousehold = (x: Inferred): Household => x;
    const fromHousehold = (x: Household): Inferred => x;
    const sample: Household = { id: 'h', size: 1, attributes: {} };
    expect(toHousehold(fromHousehold(sample))).toBe(sample);
  });
  it('accepts every optional field in its documented form', () => {
    const full: Household = {
      id: 'h1',
      location: [-121.89, 37.33],
      size: 3,
      annualIncome: 52000,
      incomes: [{ amount: 2000, frequency: 'biweekly', source: 'wages' }],
      members: [{ birthDate: '1990-02-28', disability: false }, { birthDate: '2016-02-29' }],
      attributes: { district: '5', language: 'Spanish' },
      categorical: ['CalFresh'],
    };
    expect(HouseholdSchema.parse(full)).toEqual(full);
    expect(HouseholdSchema.safeParse({ id: 'h2', size: 1, attributes: {} }).success).toBe(true);
  });
  it('rejects the bad input the rule engine rejects', () => {
    const base = { id: 'h', size: 2, attributes: {} };
    const bad: unknown[] = [
      { ...base, size: 0 },
      { ...base, size: 2.5 },
      { ...base, size: 31 },
      { ...base, annualIncome: -1 },
      { ...base, annualIncome: Number.POSITIVE_INFINITY },
      { ...base, annualIncome: Number.NaN },
      { ...base, incomes: [{ amount: 10, frequency: 'fortnightly' }] },
      { ...base, incomes: [{ amount: -10, frequency: 'weekly' }] },
      { ...base, members: [{ birthDate: '2025-02-30' }] },
      { ...base, members: [{ birthDate: '2025/02/01' }] },
      { ...base, location: [37.33, -121.89] },
      { id: 'h', size: 2 },
    ];
    for (const record of bad) expect(HouseholdSchema.safeParse(record).success, JSON.stringify(record)).toBe(false);
  });
  it('rejects an explicit undefined for an optional field (exact optional, as the Household type)', () => {
    expect(HouseholdSchema.safeParse({ id: 'h', size: 2, attributes: {}, annualIncome: undefined }).success).toBe(false);
  });
});

describe('HouseholdSchema messages', () => {
  it('say how to fix the record, not zod’s raw text (issue 12: "Too small: expected number to be >=1")', () => {
    const messages = (record: unknown): string[] => HouseholdSchema.safeParse(record).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
    expect(messages({ id: 'h', size: 0 })).toEqual([
      'size: size is the number of persons in the household, the applicant included: a whole number from 1 to 30; count the members (or correct a data-entry error)',
      'attributes: attributes is required: an object of string values such as { district: "5" }; pass {} when there are none',
    ]);
    expect(messages({ id: '', size: 2, attributes: { district: 5 }, annualIncome: -1 })).toEqual([
      'id: id is empty; give every household a non-empty id',
      'annualIncome: annualIncome is dollars per year and cannot be negative; record a loss as 0',
      'attributes.district: attribute values are strings: write a district as "5", not 5',
    ]);
    expect(messages({ id: 'h', size: 2, attributes: {}, incomes: [{ amount: 10, frequency: 'fortnightly' }], location: [37.33, -121.89] })).toEqual([
      'location.1: latitude must be within [-90, 90]; positions are [lng, lat] — swapped?',
      'incomes.0.frequency: frequency is one of weekly, biweekly, semimonthly, monthly or annual (fortnightly is "biweekly")',
    ]);
    // No message anywhere is zod's default English.
    const all = [{ id: 1, size: 'x', attributes: [], members: [{ birthDate: 3 }], categorical: [1] }].flatMap(messages);
    for (const message of all) expect(message).not.toMatch(/Invalid input|Too small|Too big|expected \w+, received/);
  });
});
