import { beforeEach, describe, expect, it } from 'vitest';
import { joinEnrollments, targetingErrorsByYear } from '../../src/reach/index.ts';
import { caught, expectError } from './helpers.ts';

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

describe('joinEnrollments, options and errors in full', () => {
  it('reads other record shapes through the id, year and program accessors', () => {
    const households = [{ key: 'h1' }, { key: 'h2' }];
    const roster = [
      { hh: 'h2', fy: 2024, prog: 'camp' },
      { hh: 'h1', fy: 2025, prog: 'swim' },
      { hh: 'h1', fy: 2025, prog: 'camp' },
    ];
    const joined = joinEnrollments(households, roster, {
      householdId: (h) => h.key,
      enrollmentHouseholdId: (e) => e.hh,
      year: (e) => e.fy,
      program: (e) => e.prog,
      programId: 'camp',
    });
    expect(joined.years).toEqual([2024, 2025]);
    expect(joined.rows.map((r) => [r.household.key, r.year, r.enrollments])).toEqual([
      ['h1', 2024, 0],
      ['h2', 2024, 1],
      ['h1', 2025, 1],
      ['h2', 2025, 0],
    ]);
    expect(joined.otherPrograms).toBe(1);
  });

  it('buckets dates with the deprecated fiscalYearStartMonth, with a warning', () => {
    // Start month 1: the fiscal year is the calendar year, so 2024-09-01 is in 2024 (with the default July start it
    // would be in FY 2024-25, labelled 2025).
    const joined = joinEnrollments([{ id: 'A' }], [{ householdId: 'A', date: '2024-09-01' }], { fiscalYearStartMonth: 1 } as never);
    expect(joined.years).toEqual([2024]);
    expect(joined.yearBasis).toMatchObject({ startMonth: 1, label: 'end' });
    expect(joined.warnings).toHaveLength(1);
    expect(joined.warnings[0]).toMatch(/options\.fiscalYearStartMonth/);
  });

  it('takes bare records through the default year: a number is the year, null is an error', () => {
    const joined = joinEnrollments([{ id: 'A' }], [2024] as never, { enrollmentHouseholdId: () => 'A' });
    expect(joined.rows.map((r) => [r.year, r.enrolled])).toEqual([[2024, true]]);
    expectError(() => joinEnrollments([{ id: 'A' }], [null] as never, { enrollmentHouseholdId: () => 'A' }), 'invalid_type', 'enrollments[0]',
      'joinEnrollments: the default year (programYear, else date) returned null for enrollments[0]; return a program year (a whole number) or a date "YYYY-MM-DD".');
  });

  it('sorts and deduplicates options.years, and makes no rows when no enrolment matched', () => {
    const joined = joinEnrollments([{ id: 'A' }], [{ householdId: 'A', programYear: 2023 }], { years: [2025, 2023, 2025] });
    expect(joined.years).toEqual([2023, 2025]);
    expect(joined.rows.map((r) => [r.year, r.enrolled])).toEqual([
      [2023, true],
      [2025, false],
    ]);
    const none = joinEnrollments([{ id: 'A' }], [{ householdId: 'Z', programYear: 2023 }]);
    expect(none).toMatchObject({ rows: [], years: [], outsideYears: [] });
    expect(joinEnrollments([{ id: 'A' }], [])).toMatchObject({ rows: [], years: [], otherPrograms: 0 });
    expect(joinEnrollments([{ id: 'A' }], [], { programId: 'camp' })).toMatchObject({ rows: [], years: [], otherPrograms: 0 });
  });

  it('accepts a span of 200 years and rejects 201', () => {
    const ok = joinEnrollments([{ id: 'A' }], [{ householdId: 'A', programYear: 2000 }, { householdId: 'A', programYear: 2199 }]);
    expect(ok.years).toHaveLength(200);
    expectError(() => joinEnrollments([{ id: 'A' }], [{ householdId: 'A', programYear: 2000 }, { householdId: 'A', programYear: 2200 }]), 'out_of_range', 'enrollments',
      'joinEnrollments: enrolment years run from 2000 to 2200; check for a mistyped year or pass options.years.');
  });

  it('names the function, the field and the fix for bad options', () => {
    const hh = [{ id: 'A' }, { id: 'B' }];
    const en = [{ householdId: 'A', programId: 'camp', programYear: 2024 }];
    expectError(() => joinEnrollments(hh, en, 5 as never), 'invalid_type', 'options',
      'joinEnrollments: options is 5; expected an options object with householdId, enrollmentHouseholdId, year, years ….');
    expectError(() => joinEnrollments(5 as never, en), 'invalid_type', 'households', 'joinEnrollments: households is 5; expected an array of records.');
    expectError(() => joinEnrollments(hh, 5 as never), 'invalid_type', 'enrollments', 'joinEnrollments: enrollments is 5; expected an array of records.');
    expectError(() => joinEnrollments(hh, en, { householdId: 1 as never }), 'invalid_type', 'options.householdId',
      'joinEnrollments: options.householdId is 1; pass a function (household) => id.');
    expectError(() => joinEnrollments(hh, en, { enrollmentHouseholdId: 1 as never }), 'invalid_type', 'options.enrollmentHouseholdId',
      'joinEnrollments: options.enrollmentHouseholdId is 1; pass a function (enrollment) => household id.');
    expectError(() => joinEnrollments(hh, en, { year: 1 as never }), 'invalid_type', 'options.year',
      'joinEnrollments: options.year is 1; pass a function (enrollment) => year or date.');
    expectError(() => joinEnrollments(hh, en, { unknownHouseholds: 'drop' as never }), 'invalid_value', 'options.unknownHouseholds',
      'joinEnrollments: options.unknownHouseholds is "drop"; use "report" or "error".');
    expectError(() => joinEnrollments(hh, en, { years: 2024 as never }), 'invalid_type', 'options.years',
      'joinEnrollments: options.years is 2024; pass an array of whole years.');
    expectError(() => joinEnrollments(hh, en, { years: [2024, 2025.5] }), 'not_integer', 'options.years[1]',
      'joinEnrollments: options.years[1] is 2025.5; expected a whole number.');
  });

  it('names the record, the accessor and the fix for bad ids and years', () => {
    const hh = [{ id: 'A' }, { id: 'B' }];
    const en = { householdId: 'A', programId: 'camp', programYear: 2024 };
    expectError(() => joinEnrollments([{ id: 3 }] as never, [en]), 'invalid_type', 'households[0]',
      'joinEnrollments: the id of households[0] is 3; a household id must be a string.');
    expectError(() => joinEnrollments(hh, [en, { householdId: 4, programYear: 2024 }] as never), 'invalid_type', 'enrollments[1]',
      'joinEnrollments: the household id of enrollments[1] is 4; a household id must be a string.');
    expectError(() => joinEnrollments(hh, [en, { householdId: 'A', programYear: 2024.5 }]), 'not_integer', 'enrollments[1]',
      'joinEnrollments: the default year (programYear, else date) returned 2024.5 for enrollments[1]; a program year is a whole number such as 2024.');
    expectError(() => joinEnrollments(hh, [en, { householdId: 'A', programYear: Number.POSITIVE_INFINITY }]), 'not_finite', 'enrollments[1]',
      'joinEnrollments: the default year (programYear, else date) returned Infinity for enrollments[1]; a program year is a whole number such as 2024.');
    expectError(() => joinEnrollments(hh, [en, en], { year: (_, i) => (i === 1 ? 'soon' : 2024) }), 'invalid_date', 'enrollments[1]',
      'joinEnrollments: options.year returned "soon" for enrollments[1], which is not a real date written "YYYY-MM-DD"; return a date such as "2024-07-01" or a program year.');
    const date = caught(() => joinEnrollments(hh, [{ householdId: 'A', date: '2024-02-30' }]));
    expect(date.message).toBe(
      'joinEnrollments: the default year (programYear, else date) returned "2024-02-30" for enrollments[0], which is not a real date written "YYYY-MM-DD"; return a date such as "2024-07-01" or a program year.',
    );
    expect((date.cause as { code?: unknown }).code).toBe('invalid_date');
  });

  it('names the fix for a bad year basis', () => {
    const hh = [{ id: 'A' }];
    const en = [{ householdId: 'A', programYear: 2024 }];
    const hint = 'expected { startMonth, label }, e.g. { startMonth: 7, label: "end" }.';
    const both = 'joinEnrollments: options gives both yearBasis and the deprecated fiscalYearStartMonth/fiscalYearLabel; keep yearBasis only.';
    expectError(() => joinEnrollments(hh, en, { yearBasis: { startMonth: 7 }, fiscalYearStartMonth: 1 } as never), 'invalid_value', 'options.yearBasis', both);
    expectError(() => joinEnrollments(hh, en, { yearBasis: { startMonth: 7 }, fiscalYearLabel: 'end' } as never), 'invalid_value', 'options.yearBasis', both);
    expectError(() => joinEnrollments(hh, en, { yearBasis: [7] as never }), 'invalid_type', 'options.yearBasis', `joinEnrollments: options.yearBasis is an array of length 1; ${hint}`);
    expectError(() => joinEnrollments(hh, en, { yearBasis: null as never }), 'invalid_type', 'options.yearBasis', `joinEnrollments: options.yearBasis is null; ${hint}`);
    expectError(() => joinEnrollments(hh, en, { yearBasis: 'july' as never }), 'invalid_type', 'options.yearBasis', `joinEnrollments: options.yearBasis is "july"; ${hint}`);
    expectError(() => joinEnrollments(hh, en, { yearBasis: { month: 7 } as never }), 'unknown_key', 'options.yearBasis.month',
      'joinEnrollments: options.yearBasis has unknown option "month"; allowed: startMonth, label.');
    expectError(() => joinEnrollments(hh, en, { yearBasis: { startMonth: 13 } }), 'out_of_range', 'options.yearBasis.startMonth',
      'joinEnrollments: options.yearBasis.startMonth is 13; expected a whole number ≤ 12.');
    expectError(() => joinEnrollments(hh, en, { fiscalYearStartMonth: 13 } as never), 'out_of_range', 'options.fiscalYearStartMonth',
      'joinEnrollments: options.fiscalYearStartMonth is 13; expected a whole number ≤ 12.');
    const labels = 'use "end" (FY 2024-25 is 2025, San José\'s usage) or "start" (2024).';
    expectError(() => joinEnrollments(hh, en, { yearBasis: { label: 'mid' } } as never), 'invalid_value', 'options.yearBasis.label',
      `joinEnrollments: options.yearBasis.label is "mid"; ${labels}`);
    expectError(() => joinEnrollments(hh, en, { fiscalYearLabel: 'mid' } as never), 'invalid_value', 'options.fiscalYearLabel',
      `joinEnrollments: options.fiscalYearLabel is "mid"; ${labels}`);
  });

  it('names the fix for a bad program choice', () => {
    const hh = [{ id: 'A' }];
    const en = [{ householdId: 'A', programId: 'camp', programYear: 2024 }];
    const hint = 'pass a program id such as "youth-scholarship", or a list of ids to count as one program.';
    expectError(() => joinEnrollments(hh, en, { programId: 5 as never }), 'invalid_type', 'options.programId', `joinEnrollments: options.programId is 5; ${hint}`);
    expectError(() => joinEnrollments(hh, en, { programId: [] as never }), 'invalid_type', 'options.programId',
      `joinEnrollments: options.programId is an array of length 0; ${hint}`);
    expectError(() => joinEnrollments(hh, en, { programId: ['camp', 5] as never }), 'invalid_type', 'options.programId',
      `joinEnrollments: options.programId is an array of length 2; ${hint}`);
    expectError(() => joinEnrollments(hh, en, { program: 5 as never }), 'invalid_type', 'options.program',
      'joinEnrollments: options.program is 5; pass a function (record) => program id.');
    expectError(() => joinEnrollments(hh, [{ householdId: 'A', programId: 5, programYear: 2024 }] as never), 'invalid_type', 'enrollments[0]',
      'joinEnrollments: programId is 5 for enrollments[0]; a program id must be a string.');
    expectError(() => joinEnrollments(hh, en, { program: () => 5 as never }), 'invalid_type', 'enrollments[0]',
      'joinEnrollments: options.program is 5 for enrollments[0]; a program id must be a string.');
    const mixed = [{ householdId: 'A', programId: 'swim', programYear: 2024 }, ...en];
    expectError(() => joinEnrollments(hh, mixed), 'invalid_value', 'options.programId',
      'joinEnrollments: enrollments hold enrolments in 2 programs ("camp", "swim"); a household is enrolled in one program — pass options.programId, e.g. "camp", or a list of programs to count as one.');
    expectError(() => joinEnrollments(hh, mixed, { programId: ['art', 'band'] }), 'not_found', 'options.programId',
      'joinEnrollments: no record is in program "art" or "band"; programs in the records: "camp", "swim".');
    expectError(() => joinEnrollments(hh, [{ householdId: 'A', programYear: 2024 }], { programId: 'camp' }), 'not_found', 'options.programId',
      'joinEnrollments: no record is in program "camp"; programs in the records: none (records have no programId; read it with options.program).');
    // A record without programId is not a second program.
    const unnamed = joinEnrollments(hh, [...en, { householdId: 'A', programYear: 2025 }]);
    expect(unnamed.rows.map((r) => [r.year, r.enrolled])).toEqual([
      [2024, true],
      [2025, true],
    ]);
  });
});
