import { describe, expect, it } from 'vitest';
import { summarizeGoal } from '../../src/monitor/summarizeGoal.ts';
import { goalWith, shareByDistrict } from './fixtures.ts';

describe('summarizeGoal', () => {
  const goal = goalWith([shareByDistrict(), shareByDistrict({ id: 'mean-size', name: 'Mean size', measure: { kind: 'mean', field: 'size' }, unit: 'people' })]);
  const households = [
    { id: 'a', size: 2, attributes: { district: '1' } },
    { id: 'b', size: 3, attributes: { district: '2' } },
    { id: 'c', size: 4, attributes: { district: '2' } },
  ];
  const enrollments = [
    { householdId: 'a', programId: 'youth', programYear: 2025 },
    { householdId: 'c', programId: 'youth', programYear: 2024 },
    { householdId: 'elsewhere', programId: 'youth', programYear: 2025 },
    { householdId: 'a', programId: 'other', programYear: 2025 },
  ];

  it('keeps counts and exact sums per group and year, and never a record', () => {
    const partial = summarizeGoal(goal, { households, enrollments }, { asOf: '2025-12-31', years: [2024, 2025], partition: '2/8' });
    expect(partial).toMatchObject({ format: 'equity-lens/goal-partial', version: 1, years: [2024, 2025], partitions: [{ id: '2/8', households: 3, enrollments: 2 }] });
    // Hand count: 2024 — c enrolled of 3; 2025 — a enrolled of 3.
    expect(partial.indicators[0]?.overall).toEqual([
      { records: 3, events: 1, num: 1, den: 3 },
      { records: 3, events: 1, num: 1, den: 3 },
    ]);
    expect(partial.indicators[0]?.dimensions[0]?.groups).toEqual([['1'], ['2']]);
    // Mean size: sum 2 + 3 + 4 = 9, squares 4 + 9 + 16 = 29 in each year.
    expect(partial.indicators[1]?.overall[1]).toEqual({ records: 3, events: 0, num: 0, den: 0, sum: 9, sumSquares: 29 });
    expect(partial.counts).toEqual({ otherProgramEnrollments: 1, unknownHouseholdEnrollments: 1, householdsWithIncome: 3 });
    expect(JSON.stringify(partial)).not.toContain('"id":"a"');
  });

  it('accepts an empty partition (a hash bucket with no household)', () => {
    const partial = summarizeGoal(goal, { households: [], enrollments: [] }, { asOf: '2025-12-31', years: [2025] });
    expect(partial.records.households).toBe(0);
    expect(partial.indicators[0]?.overall).toEqual([null]);
  });

  it('needs the years, the same in every partition, and records rather than summaries', () => {
    expect(() => summarizeGoal(goal, { households }, { asOf: '2025-12-31' } as never)).toThrow(/summarizeGoal: options\.years is missing/);
    expect(() => summarizeGoal(goal, { households, reach: new Map() }, { asOf: '2025-12-31', years: [2025] })).toThrow(/data\.reach/);
    expect(() => summarizeGoal(goal, { households }, { asOf: '2025-12-31', years: [2025], partition: 3 as never })).toThrow(/options\.partition/);
    expect(() => summarizeGoal(goal, { households }, { asOf: '2025-12-31', years: [2025], workers: 2 } as never)).toThrow(/workers/);
  });
});
