import { beforeEach, describe, expect, it } from 'vitest';
import { retention, type Enrollment } from '../../src/reach/index.ts';
import { shared } from '../helpers/shared.ts';
import { caught, expectError } from './helpers.ts';

function enrol(householdId: string, programYear: number): Enrollment {
  return { householdId, programId: 'scholarship', programYear };
}

describe('retention', () => {
  // Hand-built history: A 2020–2022, B 2020 and 2022, C 2021, D 2022 (twice), E 2024 (2023 empty).
  let records: Enrollment[];
  let result: ReturnType<typeof retention>;
  const year = (y: number) => result.years.find((r) => r.year === y);
  // Built in each test that uses it (shared, in beforeEach), so mutation testing credits retention's code to them.
  const history = shared(() => {
    const built = [
      enrol('A', 2020), enrol('B', 2020),
      enrol('A', 2021), enrol('C', 2021),
      enrol('A', 2022), enrol('B', 2022), enrol('D', 2022), enrol('D', 2022),
      enrol('E', 2024),
    ];
    return { records: built, result: retention(built) };
  });
  beforeEach(() => {
    ({ records, result } = history());
  });

  it('lists every year from first to last, the empty ones included', () => {
    expect(result.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(year(2023)?.households).toBe(0);
  });
  it('counts households once per year, however many enrolments', () => {
    expect(year(2022)).toMatchObject({ enrollments: 4, households: 3 });
  });
  it('computes retention, new entrants, re-entrants and exits by hand', () => {
    // 2021: previous {A,B}; retained {A}; new {C}; exits {B}.
    expect(year(2021)).toMatchObject({ previousHouseholds: 2, retained: 1, retention: 0.5, newEntrants: 1, reentrants: 0, exits: 1 });
    // 2022: previous {A,C}; retained {A}; B re-enters; D new; C exits.
    expect(year(2022)).toMatchObject({ previousHouseholds: 2, retained: 1, retention: 0.5, newEntrants: 1, reentrants: 1, exits: 1 });
    // 2023: everyone exits.
    expect(year(2023)).toMatchObject({ previousHouseholds: 3, retained: 0, retention: 0, exits: 3 });
  });
  it('makes retention null with a reason in the first year and after an empty year', () => {
    expect(year(2020)?.retention).toBeNull();
    expect(year(2020)?.newEntrants).toBe(2);
    expect(year(2020)?.reasons[0]).toMatch(/first year of the records/);
    expect(year(2024)?.retention).toBeNull();
    expect(year(2024)?.reasons).toEqual(['retention is undefined in 2024: no household was enrolled in 2023']);
    expect(year(2024)?.retentionInterval.lower).toBeNull();
  });
  it('gives a Wilson interval around retention', () => {
    // Wilson 95 % for 1 of 2: [0.0945, 0.9055] (Newcombe 1998 method 3).
    expect(year(2021)?.retentionInterval.lower).toBeCloseTo(0.0945, 4);
    expect(year(2021)?.retentionInterval.upper).toBeCloseTo(0.9055, 4);
  });
  it('buckets dated enrolments into fiscal years', () => {
    const dated = [
      { householdId: 'A', programId: 'p', date: '2024-06-30' },
      { householdId: 'A', programId: 'p', date: '2024-07-01' },
    ];
    expect(retention(dated).years.map((y) => [y.year, y.retained])).toEqual([
      [2024, 0],
      [2025, 1],
    ]);
  });
  it('takes accessors for other record shapes', () => {
    const rows = [
      { family: 'x', season: 1 + 2020 },
      { family: 'x', season: 2022 },
    ];
    const r = retention(rows, { household: (row) => row.family, year: (row) => row.season });
    expect(r.years[1]?.retention).toBe(1);
  });
  it('splits flows by group: the cohort’s group last year for retention, this year’s for entrants', () => {
    const language: Record<string, string> = { A: 'es', B: 'en', C: 'es', D: 'vi', E: 'en' };
    const grouped = retention(records, { by: (r) => language[r.householdId] as string });
    expect(grouped.groups.map((g) => g.group)).toEqual(['en', 'es', 'vi']);
    const es2022 = grouped.groups.find((g) => g.group === 'es')?.years.find((y) => y.year === 2022);
    // 2021 cohort in es: A and C; A retained, C exits.
    expect(es2022).toMatchObject({ previousHouseholds: 2, retained: 1, retention: 0.5, exits: 1, households: 1 });
    const en2022 = grouped.groups.find((g) => g.group === 'en')?.years.find((y) => y.year === 2022);
    expect(en2022).toMatchObject({ previousHouseholds: 0, retention: null, reentrants: 1, households: 1 });
    // Every count adds up over the groups to the overall flows.
    const fields = ['enrollments', 'households', 'previousHouseholds', 'retained', 'newEntrants', 'reentrants', 'exits'] as const;
    grouped.years.forEach((overall, t) => {
      for (const field of fields) {
        expect(grouped.groups.reduce((sum, g) => sum + (g.years[t]?.[field] as number), 0)).toBe(overall[field]);
      }
    });
    expect(grouped.years).toEqual(result.years);
    expect(result.groups).toEqual([]);
  });
  it('counts one program: an enrolment in another program is not retention, nor a new entrant (issue 12)', () => {
    // A is in "scholarship" in 2020 and 2021; B only in "swim" in 2021, C in "swim" in 2020 and "scholarship" in 2021.
    const mixed = [
      enrol('A', 2020), { householdId: 'C', programId: 'swim', programYear: 2020 },
      enrol('A', 2021), { householdId: 'B', programId: 'swim', programYear: 2021 }, enrol('C', 2021),
    ];
    const scholarship = retention(mixed, { programId: 'scholarship' });
    // 2021: cohort {A}, A retained; C is new to the scholarship (its 2020 swim enrolment does not make it retained); B is not counted.
    expect(scholarship.years.map((y) => [y.year, y.households, y.previousHouseholds, y.retained, y.newEntrants])).toEqual([
      [2020, 1, 0, 0, 1],
      [2021, 2, 1, 1, 1],
    ]);
    expect(scholarship.otherPrograms).toBe(2);
    // Several programs counted as one, on purpose.
    const either = retention(mixed, { programId: ['scholarship', 'swim'] });
    expect(either.years[1]).toMatchObject({ households: 3, previousHouseholds: 2, retained: 2, newEntrants: 1 });
    expect(either.otherPrograms).toBe(0);
    // Without programId, records of several programs are ambiguous: the error says how to choose.
    const ambiguous = caught(() => retention(mixed));
    expect([ambiguous.code, ambiguous.path]).toEqual(['invalid_value', 'options.programId']);
    expect(ambiguous.message).toBe(
      'retention: records hold enrolments in 2 programs ("scholarship", "swim"); retention follows the households of one program — pass options.programId, e.g. "scholarship", or a list of programs to count as one.',
    );
    const absent = caught(() => retention(mixed, { programId: 'camp' }));
    expect([absent.code, absent.path]).toEqual(['not_found', 'options.programId']);
    expect(absent.message).toMatch(/^retention: no record is in program "camp"; programs in the records: "scholarship", "swim"/);
    // Records of one program, or without a programId (other shapes), need no option.
    expect(retention([enrol('A', 2020), enrol('A', 2021)]).years[1]?.retention).toBe(1);
    expect(retention([enrol('A', 2020), enrol('A', 2021)]).otherPrograms).toBe(0);
  });
  it('reads the program with an accessor for other record shapes', () => {
    const rows = [
      { family: 'x', season: 2021, activity: 'art' },
      { family: 'x', season: 2022, activity: 'art' },
      { family: 'y', season: 2022, activity: 'music' },
    ];
    const r = retention(rows, { household: (row) => row.family, year: (row) => row.season, program: (row) => row.activity, programId: 'art' });
    expect(r.years.map((y) => [y.households, y.newEntrants])).toEqual([[1, 1], [1, 0]]);
    expect(r.otherPrograms).toBe(1);
    const bad = caught(() => retention(rows, { program: (row) => row.activity.length as unknown as string, programId: 'art', household: (row) => row.family, year: (row) => row.season }));
    expect([bad.code, bad.path]).toEqual(['invalid_type', 'records[0]']);
  });
  it('returns no years for no records', () => {
    expect(retention([]).years).toEqual([]);
  });
  it('rejects bad records', () => {
    const id = caught(() => retention([{ householdId: 7, programId: 'p', programYear: 2020 } as unknown as Enrollment]));
    expect(id.code).toBe('invalid_type');
    expect(id.path).toBe('records[0]');
    expect(id.message).toBe('retention: householdId is 7 for records[0]; a household id must be a string.');
    const missingYear = caught(() => retention([{ householdId: 'A', programId: 'p' }]));
    expect(missingYear.code).toBe('invalid_type');
    expect(missingYear.message).toBe(
      'retention: the default year (programYear, else date) returned undefined for records[0]; return a program year (a whole number) or a date "YYYY-MM-DD".',
    );
    const group = caught(() => retention([enrol('A', 2020)], { by: () => 3 as unknown as string }));
    expect(group.code).toBe('invalid_type');
    expect(group.message).toBe('retention: options.by returned 3 for records[0]; a group key must be a string (use String(value)).');
    const typo = caught(() => retention([enrol('A', 2020), enrol('A', 20245)]));
    expect(typo.code).toBe('out_of_range');
    expect(typo.message).toBe('retention: enrolment years run from 2020 to 20245; check for a mistyped year.');
  });
});

describe('retention, boundaries and errors in full', () => {
  it('gives no reason in a year with a cohort, and a Wilson interval at the confidence asked', () => {
    const result = retention([enrol('A', 2020), enrol('B', 2020), enrol('A', 2021)], { confidence: 0.9 });
    expect(result.years[1]?.reasons).toEqual([]);
    // Wilson (1927) score interval for 1 of 2 at 90 %, by hand: z = 1.6448536 (the 0.95 normal quantile),
    // centre (p + z²/2n)/(1 + z²/n) = 0.5, half-width z·√(p(1−p)/n + z²/4n²)/(1 + z²/n) = 0.3791337.
    expect(result.years[1]?.retentionInterval).toEqual({
      lower: expect.closeTo(0.1208663, 6),
      upper: expect.closeTo(0.8791337, 6),
      confidence: 0.9,
      method: 'wilson',
    });
    expect(result.years[0]?.retentionInterval).toEqual({ lower: null, upper: null, confidence: 0.9, method: 'wilson' });
  });

  it('finds the first and last year whatever the record order', () => {
    const result = retention([enrol('A', 2022), enrol('A', 2020), enrol('B', 2021)]);
    expect(result.years.map((y) => [y.year, y.households, y.newEntrants, y.reentrants])).toEqual([
      [2020, 1, 1, 0],
      [2021, 1, 1, 0],
      [2022, 1, 0, 1],
    ]);
  });

  it('puts a household-year in the group of its first record that year', () => {
    const records = [
      { householdId: 'A', programYear: 2020, lang: 'x' },
      { householdId: 'A', programYear: 2020, lang: 'y' },
      { householdId: 'A', programYear: 2021, lang: 'x' },
    ];
    const result = retention(records, { by: (r) => r.lang });
    expect(result.groups.map((g) => [g.group, g.years.map((y) => [y.enrollments, y.households, y.retained])])).toEqual([
      ['x', [[1, 1, 0], [1, 1, 1]]],
      ['y', [[1, 0, 0], [0, 0, 0]]],
    ]);
  });

  it('lists groups in code-unit order of their keys, whatever order they appear in', () => {
    const records = ['c', 'b', 'a', 'B'].map((lang, k) => ({ householdId: `h${k}`, programYear: 2020, lang }));
    expect(retention(records, { by: (r) => r.lang }).groups.map((g) => g.group)).toEqual(['B', 'a', 'b', 'c']);
  });

  it('returns no groups for no records', () => {
    expect(retention([], { by: () => 'x' })).toMatchObject({ years: [], groups: [], otherPrograms: 0, warnings: [] });
  });

  it('accepts a span of 200 years and rejects 201', () => {
    expect(retention([enrol('A', 2000), enrol('A', 2199)]).years).toHaveLength(200);
    expectError(() => retention([enrol('A', 2000), enrol('A', 2200)]), 'out_of_range', 'records',
      'retention: enrolment years run from 2000 to 2200; check for a mistyped year.');
  });

  it('takes the deprecated year options, and bare records through the default year', () => {
    // FY 2024-25 (1 July start) labelled by its start year is 2024.
    const dated = retention([{ householdId: 'A', programId: 'p', date: '2024-09-01' }], { fiscalYearLabel: 'start' } as never);
    expect(dated.years.map((y) => y.year)).toEqual([2024]);
    expect(dated.warnings).toHaveLength(1);
    const calendar = retention([{ householdId: 'A', programId: 'p', date: '2024-09-01' }], { fiscalYearStartMonth: 1 } as never);
    expect(calendar.years.map((y) => y.year)).toEqual([2024]);
    expect(calendar.yearBasis.startMonth).toBe(1);
    const bare = retention([2023, 2024] as never, { household: () => 'A' });
    expect(bare.years.map((y) => [y.year, y.retained])).toEqual([
      [2023, 0],
      [2024, 1],
    ]);
    expectError(() => retention([null] as never, { household: () => 'A' }), 'invalid_type', 'records[0]',
      'retention: the default year (programYear, else date) returned null for records[0]; return a program year (a whole number) or a date "YYYY-MM-DD".');
  });

  it('names the function, the field and the fix for bad options and records', () => {
    const en = [{ householdId: 'A', programId: 'camp', programYear: 2024 }];
    expectError(() => retention(5 as never), 'invalid_type', 'records', 'retention: records is 5; expected an array of records.');
    expectError(() => retention(en, { household: 1 as never }), 'invalid_type', 'options.household',
      'retention: options.household is 1; pass a function (record) => household id.');
    expectError(() => retention(en, { year: 1 as never }), 'invalid_type', 'options.year', 'retention: options.year is 1; pass a function (record) => year or date.');
    expectError(() => retention(en, { by: 1 as never }), 'invalid_type', 'options.by', 'retention: options.by is 1; pass a function (record) => group key.');
    expectError(() => retention(en, { household: () => 7 as never }), 'invalid_type', 'records[0]',
      'retention: options.household is 7 for records[0]; a household id must be a string.');
    expectError(() => retention(en, { year: () => 2024.5 }), 'not_integer', 'records[0]',
      'retention: options.year returned 2024.5 for records[0]; a program year is a whole number such as 2024.');
    expectError(() => retention([{ householdId: 'A', programYear: 2024.5 }]), 'not_integer', 'records[0]',
      'retention: the default year (programYear, else date) returned 2024.5 for records[0]; a program year is a whole number such as 2024.');
  });
});
