import { beforeEach, describe, expect, it } from 'vitest';
import { joinEnrollments, targetingErrorsByYear } from '../../src/reach/index.ts';
import { caught } from './helpers.ts';

function fixtures() {
  const households = [
    { id: 'A', size: 3, annualIncome: 30_000, attributes: { district: '5' } },
    { id: 'B', size: 4, annualIncome: 120_000, attributes: { district: '7' } },
    { id: 'C', size: 2, annualIncome: 25_000, attributes: { district: '7' } },
  ];
  const enrollments = [
    { householdId: 'A', programId: 'camp', programYear: 2023 },
    { householdId: 'A', programId: 'camp', programYear: 2023 },
    { householdId: 'B', programId: 'camp', date: '2024-09-01' },
    { householdId: 'GHOST', programId: 'camp', programYear: 2024 },
  ];
  return { households, enrollments };
}

describe('joinEnrollments', () => {
  let households: ReturnType<typeof fixtures>['households'];
  let enrollments: ReturnType<typeof fixtures>['enrollments'];
  beforeEach(() => {
    ({ households, enrollments } = fixtures());
  });
  it('builds one row per household per year, the never-enrolled included', () => {
    const joined = joinEnrollments(households, enrollments);
    expect(joined.years).toEqual([2023, 2024, 2025]);
    expect(joined.rows).toHaveLength(9);
    expect(joined.rows.filter((r) => r.enrolled).map((r) => [r.household.id, r.year, r.enrollments])).toEqual([
      ['A', 2023, 2],
      ['B', 2025, 1],
    ]);
    expect(joined.rows[0]?.household).toBe(households[0]);
    expect(joined.otherPrograms).toBe(0);
  });
  it('joins one program: an enrolment in another program does not make a household enrolled (issue 12)', () => {
    const mixed = [...enrollments, { householdId: 'C', programId: 'swim', programYear: 2023 }, { householdId: 'A', programId: 'swim', programYear: 2024 }];
    const camp = joinEnrollments(households, mixed, { programId: 'camp' });
    expect(camp.rows.filter((r) => r.enrolled).map((r) => [r.household.id, r.year, r.enrollments])).toEqual([
      ['A', 2023, 2],
      ['B', 2025, 1],
    ]);
    expect(camp.otherPrograms).toBe(2);
    const both = joinEnrollments(households, mixed, { programId: ['camp', 'swim'] });
    expect(both.rows.filter((r) => r.enrolled).map((r) => [r.household.id, r.year])).toEqual([
      ['A', 2023],
      ['C', 2023],
      ['A', 2024],
      ['B', 2025],
    ]);
    const ambiguous = caught(() => joinEnrollments(households, mixed));
    expect([ambiguous.code, ambiguous.path]).toEqual(['invalid_value', 'options.programId']);
    expect(ambiguous.message).toMatch(/^joinEnrollments: enrollments hold enrolments in 2 programs \("camp", "swim"\); .* pass options.programId/);
  });
  it('reports enrolments of unknown households by default, leaving them out', () => {
    const joined = joinEnrollments(households, enrollments);
    expect(joined.unknownHouseholds).toEqual([{ index: 3, householdId: 'GHOST', year: 2024 }]);
  });
  it('throws on an unknown household when asked to', () => {
    const error = caught(() => joinEnrollments(households, enrollments, { unknownHouseholds: 'error' }));
    expect(error.code).toBe('not_found');
    expect(error.path).toBe('enrollments[3]');
    expect(error.message).toMatch(/^joinEnrollments: enrollments\[3\] names household "GHOST", which is not in households/);
  });
  it('restricts to the years given and lists enrolments outside them', () => {
    const joined = joinEnrollments(households, enrollments, { years: [2023] });
    expect(joined.rows).toHaveLength(3);
    expect(joined.outsideYears).toEqual([{ index: 2, householdId: 'B', year: 2025 }]);
  });
  it('feeds targetingErrorsByYear', () => {
    const joined = joinEnrollments(households, enrollments, { years: [2023] });
    const result = targetingErrorsByYear(joined.rows, {
      year: (r) => r.year,
      eligible: (r) => r.household.annualIncome <= 50_000,
      enrolled: (r) => r.enrolled,
    });
    // 2023: A and C eligible, A enrolled.
    expect(result.years[0]?.overall.coverage).toBe(0.5);
  });
  it('rejects duplicate household ids and bad policies', () => {
    const duplicate = caught(() => joinEnrollments([...households, { ...households[0] }], enrollments));
    expect(duplicate.code).toBe('duplicate');
    expect(duplicate.path).toBe('households[3]');
    expect(duplicate.message).toBe('joinEnrollments: households[3] has id "A", already used by households[0]; household ids must be unique.');
    expect(caught(() => joinEnrollments(households, enrollments, { unknownHouseholds: 'drop' as 'report' })).code).toBe('invalid_value');
    expect(caught(() => joinEnrollments(households, [{ householdId: 1 }] as never)).path).toBe('enrollments[0]');
  });
});
