import { describe, expect, it } from 'vitest';
import { createTableMapper, mapEnrollments, mapTables, type TableMapping } from '../../src/tables/index.ts';
import { caught } from '../helpers/caught.ts';

// The enrolments table: the year or date an enrolment counts toward, the household and site it names, and the
// columns each problem points at. Expected messages are the library's wording, written out in full.

describe('enrolments without a usable year', () => {
  it('names the programYear when only it is mapped', () => {
    const result = mapEnrollments([{ hh: 'A', year: '' }], { enrollments: { householdId: 'hh', programId: { value: 'p' }, programYear: 'year' } });
    expect(result.records).toEqual([]);
    expect(result.problems).toStrictEqual([
      {
        table: 'enrollments',
        row: 2,
        column: 'year',
        value: '',
        field: 'programYear',
        code: 'missing_value',
        severity: 'error',
        message: 'the enrolment has no usable programYear; an enrolment counts toward a year: fill it in.',
        id: 'A',
      },
    ]);
  });

  it('names the date when only it is mapped', () => {
    const result = mapEnrollments([{ hh: 'A', on: 'NA' }], { enrollments: { householdId: 'hh', programId: { value: 'p' }, date: 'on' } });
    expect(result.problems).toStrictEqual([
      {
        table: 'enrollments',
        row: 2,
        column: 'on',
        value: 'NA',
        field: 'date',
        code: 'missing_value',
        severity: 'error',
        message: 'the enrolment has no usable date; an enrolment counts toward a year: fill it in.',
        id: 'A',
      },
    ]);
  });

  it('names both when both are mapped, pointing at the programYear cell; a year left out as unreadable counts as missing', () => {
    const result = mapEnrollments(
      [
        { hh: 'A', year: '', on: '' },
        { hh: 'B', year: 'soon', on: '' },
        { hh: 'C', year: '', on: '2024-09-01' },
      ],
      { enrollments: { householdId: 'hh', programId: { value: 'p' }, programYear: { column: 'year', onInvalid: 'treatAsMissing' }, date: 'on' } },
    );
    expect(result.records).toStrictEqual([{ householdId: 'C', programId: 'p', date: '2024-09-01' }]);
    const message = 'the enrolment has no usable programYear and no date; an enrolment counts toward a year: fill it in.';
    expect(result.problems.map((p) => [p.row, p.column, p.value, p.field, p.code, p.severity, p.message])).toEqual([
      [2, 'year', '', 'programYear', 'missing_value', 'error', message],
      [3, 'year', 'soon', 'programYear', 'invalid_number', 'warning', expect.stringContaining('The value was left out (onInvalid: treatAsMissing).')],
      [3, 'year', 'soon', 'programYear', 'missing_value', 'error', message],
    ]);
  });
});

describe('enrolments and their households', () => {
  const mapping: TableMapping = { households: { id: 'id', size: 'size' }, enrollments: { householdId: 'hh', programId: { value: 'p' }, programYear: 'year' } };

  it('reports a blank household id once, and every problem of its row with id null', () => {
    const result = mapTables({ households: [{ id: 'A', size: '1' }], enrollments: [{ hh: '', year: '2024' }, { hh: '', year: 'soon' }] }, mapping);
    expect(result.problems.map((p) => [p.row, p.field, p.code, p.id])).toStrictEqual([
      [2, 'householdId', 'missing_value', null],
      [3, 'householdId', 'missing_value', null],
      [3, 'programYear', 'invalid_number', null],
    ]);
    expect(result.problems[0]).toStrictEqual({
      table: 'enrollments',
      row: 2,
      column: 'hh',
      value: '',
      field: 'householdId',
      code: 'missing_value',
      severity: 'error',
      message: 'householdId (the enrolled household) is blank; it is required: write the id of the enrolled household, as the households table writes it.',
      id: null,
    });
  });

  it('points at no column when the household id is a constant', () => {
    const result = mapTables(
      { households: [{ id: 'A', size: '1' }], enrollments: [{ year: '2024' }] },
      { households: { id: 'id', size: 'size' }, enrollments: { householdId: { value: 'Z' }, programId: { value: 'p' }, programYear: 'year' } },
    );
    expect(result.problems).toStrictEqual([
      {
        table: 'enrollments',
        row: 2,
        column: null,
        value: 'Z',
        field: 'householdId',
        code: 'unknown_household',
        severity: 'error',
        message: 'household "Z" is not in the households table; check the id (ids are compared as text: "007" and "7" differ) or add the household.',
        id: 'Z',
      },
    ]);
  });
});

describe('enrolments and their sites', () => {
  it('keeps any site id when no sites are known', () => {
    const result = mapEnrollments([{ hh: 'A', site: 'S9', year: '2024' }], { enrollments: { householdId: 'hh', programId: { value: 'p' }, siteId: 'site', programYear: 'year' } });
    expect(result.records).toStrictEqual([{ householdId: 'A', programId: 'p', siteId: 'S9', programYear: 2024 }]);
    expect(result.problems).toEqual([]);
  });

  it('warns about an unknown constant site with no column', () => {
    const result = mapEnrollments([{ hh: 'A', year: '2024' }], { enrollments: { householdId: 'hh', programId: { value: 'p' }, siteId: { value: 'S9' }, programYear: 'year' } }, { siteIds: ['S1'] });
    expect(result.records).toStrictEqual([{ householdId: 'A', programId: 'p', siteId: 'S9', programYear: 2024 }]);
    expect(result.problems).toStrictEqual([
      {
        table: 'enrollments',
        row: 2,
        column: null,
        value: 'S9',
        field: 'siteId',
        code: 'unknown_site',
        severity: 'warning',
        message: 'site "S9" is not in the sites table; check the id or add the site (the enrolment is kept, with this siteId).',
        id: 'A',
      },
    ]);
  });
});

describe('enrolments: a header the mapper refused', () => {
  it('is bound afresh from the next batch', () => {
    const mapper = createTableMapper({ enrollments: { householdId: 'hh', programId: { value: 'p' }, siteId: 'site', programYear: 'year' } });
    const error = caught(() => mapper.enrollments([{ hh: 'A', year: '2024' }]));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['not_found', 'enrollments.siteId']]);
    expect(mapper.enrollments([{ hh: 'A', site: 'S1', year: '2024' }])).toStrictEqual({ records: [{ householdId: 'A', programId: 'p', siteId: 'S1', programYear: 2024 }], problems: [] });
  });
});
