import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { EnrollmentSchema, type Enrollment } from '../../src/reach/index.ts';

describe('EnrollmentSchema', () => {
  it('accepts the Enrollment shape with a program year or a date', () => {
    const records: Enrollment[] = [
      { householdId: 'H1', programId: 'camp', programYear: 2024 },
      { householdId: 'H1', programId: 'camp', siteId: 'S3', date: '2024-07-08' },
      { householdId: 'H1', programId: 'camp', programYear: 2025, date: '2024-07-08' },
    ];
    for (const record of records) expect(EnrollmentSchema.parse(record)).toEqual(record);
  });
  it('strips unknown columns', () => {
    expect(EnrollmentSchema.parse({ householdId: 'H1', programId: 'camp', programYear: 2024, notes: 'x' })).toEqual({
      householdId: 'H1',
      programId: 'camp',
      programYear: 2024,
    });
  });
  it('rejects a record with neither programYear nor date, naming the field', () => {
    const result = EnrollmentSchema.safeParse({ householdId: 'H1', programId: 'camp' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['programYear']);
    expect(result.error?.issues[0]?.message).toBe('an enrolment needs a programYear or a date (YYYY-MM-DD)');
  });
  it('rejects impossible dates, fractional years and empty ids', () => {
    expect(EnrollmentSchema.safeParse({ householdId: 'H1', programId: 'camp', date: '2023-02-29' }).success).toBe(false);
    expect(EnrollmentSchema.safeParse({ householdId: 'H1', programId: 'camp', programYear: 2024.5 }).success).toBe(false);
    expect(EnrollmentSchema.safeParse({ householdId: '', programId: 'camp', programYear: 2024 }).success).toBe(false);
    expect(EnrollmentSchema.safeParse({ householdId: 'H1', programYear: 2024 }).success).toBe(false);
  });
  it('exports as JSON Schema with the required fields', () => {
    const schema = z.toJSONSchema(EnrollmentSchema) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(['householdId', 'programId']);
    expect(Object.keys(schema.properties)).toEqual(['householdId', 'programId', 'siteId', 'programYear', 'date']);
  });
});
