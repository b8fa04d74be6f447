import { describe, expect, it } from 'vitest';
import { createTableMapper, defineTableMapping, mapHouseholds, mapSites, mapTables, type TableMapping } from '../../src/tables/index.ts';
import { issuesOf, type Issue } from './mappingIssues.ts';

// How one field of a mapping is compiled (src/tables/internal/spec.ts): the defaults, a column name, a column object
// with its options, a constant — every problem with its code, path, message and hint, and every option in effect.

const HH = { id: 'id', size: 'size' };
const PERSONS_HH = { id: 'id', size: 'size', members: 'persons' } as const;

const bad: [name: string, mapping: unknown, issues: Issue[]][] = [
  [
    'defaults that are not an object',
    { defaults: 3, households: HH },
    [
      ['invalid_type', 'defaults', 'defaults is 3; expected the mapping defaults.'],
    ],
  ],
  [
    'every default of the wrong type, and an unknown one',
    { defaults: { missing: 'NA', onInvalid: 'skip', decimalSeparator: ';', dateFormats: 'yyyy', referenceDate: 19760101, trueValues: 'Y', falseValues: [1], listSeparator: '', foo: 1 }, households: HH },
    [
      ['unknown_key', 'defaults.foo', 'defaults.foo is not a field of the mapping defaults; allowed: missing, onInvalid, decimalSeparator, dateFormats, referenceDate, trueValues, falseValues, listSeparator.'],
      ['invalid_type', 'defaults.missing', 'defaults.missing is "NA"; expected missing-value tokens (a list of strings).'],
      ['invalid_value', 'defaults.onInvalid', 'defaults.onInvalid is "skip"; use one of "rejectRow", "treatAsMissing".'],
      ['invalid_value', 'defaults.decimalSeparator', 'defaults.decimalSeparator is ";"; use one of ".", ",".', 'did you mean "."?'],
      ['invalid_type', 'defaults.dateFormats', 'defaults.dateFormats is "yyyy"; expected date formats such as ["MM/dd/yyyy"] (a list of strings).'],
      ['invalid_type', 'defaults.referenceDate', 'defaults.referenceDate is 19760101; expected a date written YYYY-MM-DD.'],
      ['invalid_type', 'defaults.trueValues', 'defaults.trueValues is "Y"; expected yes values (a list of strings).'],
      ['invalid_type', 'defaults.falseValues', 'defaults.falseValues is an array of length 1; expected no values (a list of strings).'],
      ['invalid_type', 'defaults.listSeparator', 'defaults.listSeparator is ""; expected a separator such as ";".'],
    ],
  ],
  [
    'a list separator that is not text',
    { defaults: { listSeparator: 5 }, households: HH },
    [
      ['invalid_type', 'defaults.listSeparator', 'defaults.listSeparator is 5; expected a separator such as ";".'],
    ],
  ],
  [
    'yes and no values that overlap, ignoring case and spaces',
    { defaults: { trueValues: ['Y', ' n '], falseValues: ['N', 'Y ', 'x'] }, households: HH },
    [
      ['invalid_value', 'defaults.falseValues', 'defaults.falseValues lists "N", "Y " as both yes and no; keep each value in one list.'],
    ],
  ],
  [
    'bad yes values: the defaults are checked against the no values',
    { defaults: { trueValues: 'y', falseValues: ['y'] }, households: HH },
    [
      ['invalid_type', 'defaults.trueValues', 'defaults.trueValues is "y"; expected yes values (a list of strings).'],
      ['invalid_value', 'defaults.falseValues', 'defaults.falseValues lists "y" as both yes and no; keep each value in one list.'],
    ],
  ],
  [
    'bad no values: the defaults are checked against the yes values',
    { defaults: { falseValues: 'y', trueValues: ['n'] }, households: HH },
    [
      ['invalid_type', 'defaults.falseValues', 'defaults.falseValues is "y"; expected no values (a list of strings).'],
      ['invalid_value', 'defaults.falseValues', 'defaults.falseValues lists "n" as both yes and no; keep each value in one list.'],
    ],
  ],
  [
    'a reference date that does not exist',
    { defaults: { referenceDate: '1976-02-30' }, households: HH },
    [
      ['invalid_date', 'defaults.referenceDate', 'defaults.referenceDate is "1976-02-30"; expected a real date written YYYY-MM-DD, e.g. "1976-01-01".'],
    ],
  ],
  [
    'no date format',
    { defaults: { dateFormats: [] }, households: HH },
    [
      ['empty', 'defaults.dateFormats', 'defaults.dateFormats is empty; list at least one date format, e.g. ["yyyy-MM-dd"].'],
    ],
  ],
  [
    'formats without a year (quoted text is no year) and one date-fns refuses',
    { defaults: { dateFormats: ['MM/dd', "MM/dd 'yy'", 'excelSerial', 'excelSerial1904', 'uuuu-MM', 'RRRR-ww'] }, households: HH },
    [
      ['invalid_value', 'defaults.dateFormats[0]', "defaults.dateFormats[0] is \"MM/dd\", which has no year; a date without a year would take the reference date's.", 'add the year token (yyyy)'],
      ['invalid_value', 'defaults.dateFormats[1]', "defaults.dateFormats[1] is \"MM/dd 'yy'\", which has no year; a date without a year would take the reference date's.", 'add the year token (yyyy)'],
      ['invalid_value', 'defaults.dateFormats[5]', "defaults.dateFormats[5] is \"RRRR-ww\", which date-fns cannot read: The format string mustn't contain `RRRR` and `ww` at the same time", 'use date-fns tokens: yyyy (year), MM or M (month), dd or d (day), MMM (Jan), e.g. "MM/dd/yyyy"'],
    ],
  ],
  [
    'a bad default format list falls back to yyyy-MM-dd, so its two-digit year asks for no reference date',
    { defaults: { dateFormats: ['yy-MM-dd', 'MM/dd'] }, persons: { householdId: 'h', birthDate: 'b' }, households: PERSONS_HH },
    [
      ['invalid_value', 'defaults.dateFormats[1]', "defaults.dateFormats[1] is \"MM/dd\", which has no year; a date without a year would take the reference date's.", 'add the year token (yyyy)'],
    ],
  ],
  [
    'a missing required field',
    { households: { id: 'id' } },
    [
      ['missing_field', 'households.size', 'households.size is missing; size (persons in the household) is required — name its column, or give { "value": … } for a constant.'],
    ],
  ],
  [
    'empty column names',
    { households: { id: '  ', size: '' } },
    [
      ['invalid_value', 'households.id', 'households.id is an empty column name; write the column as its header names it.'],
      ['invalid_value', 'households.size', 'households.size is an empty column name; write the column as its header names it.'],
    ],
  ],
  [
    'member columns without {n}',
    { households: { id: 'id', size: { countMembers: true }, members: { wide: { birthDate: 'member_dob', disability: { column: 'dis' } } } } },
    [
      ['invalid_value', 'households.members.wide.birthDate', 'households.members.wide.birthDate is "member_dob", a column template without {n}; write e.g. "member{n}_dob" for member1_dob, member2_dob ….'],
      ['invalid_value', 'households.members.wide.disability.column', 'households.members.wide.disability.column is "dis", a column template without {n}; write e.g. "member{n}_dob".'],
    ],
  ],
  [
    'a constant member column',
    { households: { id: 'id', size: { countMembers: true }, members: { wide: { birthDate: { value: '2000-01-01' }, disability: { value: true } } } } },
    [
      ['invalid_value', 'households.members.wide.birthDate', 'households.members.wide.birthDate is a constant; member columns must be column templates with {n}.'],
      ['invalid_value', 'households.members.wide.disability', 'households.members.wide.disability is a constant; member columns must be column templates with {n}.'],
    ],
  ],
  [
    'constant categorical programs',
    { households: { ...HH, categorical: [{ program: 'CalFresh', flag: { value: true } }, { list: { value: ['CalFresh'] } }] } },
    [
      ['invalid_value', 'households.categorical[0].flag', 'households.categorical[0].flag is a constant; a categorical program is read from a yes/no column: name the column.'],
      ['invalid_value', 'households.categorical[1].list', 'households.categorical[1].list is a constant; categorical programs are read from a list column: name the column.'],
    ],
  ],
  [
    'a two-digit year in a member column without a reference date',
    { households: { id: 'id', size: { countMembers: true }, members: { wide: { birthDate: { column: 'dob{n}', formats: ['dd.MM.yy'] } } } } },
    [
      ['missing_field', 'households.members.wide.birthDate.referenceDate', 'households.members.wide.birthDate.referenceDate is missing, and the format "dd.MM.yy" has a two-digit year; give "referenceDate" (here or in defaults): two-digit years are read as the years from 50 before to 49 after it.', 'for birth dates exported in 2025, "referenceDate": "1976-01-01" reads 26–99 as 1926–1999 and 00–25 as 2000–2025'],
    ],
  ],
  [
    'a constant with another key',
    { households: { id: 'id', size: { value: 3, note: 'x' } } },
    [
      ['unknown_key', 'households.size.note', 'households.size.note is not a field of a constant ({ "value": … }); allowed: value.'],
    ],
  ],
  [
    'text and number constants of the wrong type',
    { households: { id: { value: '' }, size: { value: '3' } } },
    [
      ['invalid_type', 'households.id.value', 'households.id.value is ""; expected non-empty text for household id.'],
      ['invalid_type', 'households.size.value', 'households.size.value is "3"; expected a number for size (persons in the household).'],
    ],
  ],
  [
    'blank text and a fraction of a person',
    { households: { id: { value: '  ' }, size: { value: 2.5 } } },
    [
      ['invalid_type', 'households.id.value', 'households.id.value is "  "; expected non-empty text for household id.'],
      ['out_of_range', 'households.size.value', 'households.size.value is 2.5; size (persons in the household) must be a whole number from 1 to 30.'],
    ],
  ],
  [
    'a number as text, and no one in the household',
    { households: { id: { value: 3 }, size: { value: 0 } } },
    [
      ['invalid_type', 'households.id.value', 'households.id.value is 3; expected non-empty text for household id.'],
      ['out_of_range', 'households.size.value', 'households.size.value is 0; size (persons in the household) must be a whole number from 1 to 30.'],
    ],
  ],
  [
    'a household above the largest size',
    { households: { id: { value: 'a' }, size: { value: 31 } } },
    [
      ['out_of_range', 'households.size.value', 'households.size.value is 31; size (persons in the household) must be a whole number from 1 to 30.'],
    ],
  ],
  [
    'a negative income',
    { households: { id: { value: 'a' }, size: { value: 30 }, annualIncome: { value: -1 } } },
    [
      ['out_of_range', 'households.annualIncome.value', 'households.annualIncome.value is -1; annualIncome (dollars a year) must be 0 or more (dollars).'],
    ],
  ],
  [
    'an infinite income',
    { households: { id: { value: 'a' }, size: { value: 1 }, annualIncome: { value: Infinity } } },
    [
      ['invalid_type', 'households.annualIncome.value', 'households.annualIncome.value is Infinity; expected a number for annualIncome (dollars a year).'],
    ],
  ],
  [
    'a size that is not a number',
    { households: { id: { value: 'a' }, size: { value: NaN }, annualIncome: { value: 0 } } },
    [
      ['invalid_type', 'households.size.value', 'households.size.value is NaN; expected a number for size (persons in the household).'],
    ],
  ],
  [
    'frequencies that are not pay frequencies',
    { households: { ...HH, incomes: [{ amount: 'a', frequency: { value: 'monthy' } }, { amount: 'b', frequency: { value: 3 } }] } },
    [
      ['invalid_value', 'households.incomes[0].frequency.value', 'households.incomes[0].frequency.value is "monthy"; use one of "weekly", "biweekly", "semimonthly", "monthly", "annual".', 'did you mean "monthly"?'],
      ['invalid_value', 'households.incomes[1].frequency.value', 'households.incomes[1].frequency.value is 3; use one of "weekly", "biweekly", "semimonthly", "monthly", "annual".'],
    ],
  ],
  [
    'list constants that are not lists of text',
    { sites: { id: 'id', location: 'geometry', programs: { value: 'a' } } },
    [
      ['invalid_type', 'sites.programs.value', 'sites.programs.value is "a"; expected a list of non-empty strings for programs.'],
    ],
  ],
  [
    'a list constant with a blank item',
    { sites: { id: 'id', location: 'geometry', programs: { value: ['a', ' '] } } },
    [
      ['invalid_type', 'sites.programs.value', 'sites.programs.value is an array of length 2; expected a list of non-empty strings for programs.'],
    ],
  ],
  [
    'a list constant with a number',
    { sites: { id: 'id', location: 'geometry', programs: { value: ['a', 3] } } },
    [
      ['invalid_type', 'sites.programs.value', 'sites.programs.value is an array of length 2; expected a list of non-empty strings for programs.'],
    ],
  ],
  [
    'a yes/no constant written as a word',
    { persons: { householdId: 'h', birthDate: 'b', disability: { value: 'yes' } }, households: PERSONS_HH },
    [
      ['invalid_type', 'persons.disability.value', 'persons.disability.value is "yes"; expected true or false for disability.'],
    ],
  ],
  [
    'a date constant that does not exist, and a yes/no constant 1',
    { persons: { householdId: 'h', birthDate: { value: '2024-13-01' }, disability: { value: 1 } }, households: PERSONS_HH },
    [
      ['invalid_date', 'persons.birthDate.value', 'persons.birthDate.value is "2024-13-01"; expected a real date written YYYY-MM-DD, e.g. "1976-01-01".'],
      ['invalid_type', 'persons.disability.value', 'persons.disability.value is 1; expected true or false for disability.'],
    ],
  ],
  [
    'a date constant that is a number',
    { persons: { householdId: 'h', birthDate: { value: 20240101 } }, households: PERSONS_HH },
    [
      ['invalid_type', 'persons.birthDate.value', 'persons.birthDate.value is 20240101; expected a date written YYYY-MM-DD.'],
    ],
  ],
  [
    'a program year before 1900',
    { enrollments: { householdId: 'h', programId: 'p', programYear: { value: 1899 }, date: { value: '2024-01-01' } } },
    [
      ['out_of_range', 'enrollments.programYear.value', 'enrollments.programYear.value is 1899; programYear must be a year from 1900 to 2200.'],
    ],
  ],
  [
    'a program year after 2200',
    { enrollments: { householdId: 'h', programId: 'p', programYear: { value: 2201 } } },
    [
      ['out_of_range', 'enrollments.programYear.value', 'enrollments.programYear.value is 2201; programYear must be a year from 1900 to 2200.'],
    ],
  ],
  [
    'a program year with a fraction',
    { enrollments: { householdId: 'h', programId: 'p', programYear: { value: 2024.5 } } },
    [
      ['out_of_range', 'enrollments.programYear.value', 'enrollments.programYear.value is 2024.5; programYear must be a year from 1900 to 2200.'],
    ],
  ],
  [
    'a column object without its column',
    { households: { ...HH, attributes: { d: { codes: { a: 'A' } } } } },
    [
      ['missing_field', 'households.attributes.d.column', 'households.attributes.d.column is undefined; expected the column name as the header writes it.'],
    ],
  ],
  [
    'column names that are blank or not text',
    { households: { ...HH, attributes: { d: { column: '' }, e: { column: 5 } } } },
    [
      ['invalid_type', 'households.attributes.d.column', 'households.attributes.d.column is ""; expected the column name as the header writes it.'],
      ['invalid_type', 'households.attributes.e.column', 'households.attributes.e.column is 5; expected the column name as the header writes it.'],
    ],
  ],
  [
    'column options of the wrong type',
    { households: { ...HH, attributes: { d: { column: 'd', missing: '-', onInvalid: 'skip', unlistedCodes: 'drop', codes: ['a'] } } } },
    [
      ['invalid_type', 'households.attributes.d.missing', 'households.attributes.d.missing is "-"; expected missing-value tokens (a list of strings).'],
      ['invalid_value', 'households.attributes.d.onInvalid', 'households.attributes.d.onInvalid is "skip"; use one of "rejectRow", "treatAsMissing".'],
      ['invalid_value', 'households.attributes.d.unlistedCodes', 'households.attributes.d.unlistedCodes is "drop"; use one of "invalid", "keep".'],
      ['invalid_type', 'households.attributes.d.codes', 'households.attributes.d.codes is an array of length 1; expected a code map such as { "M": "monthly" }.'],
    ],
  ],
  [
    'code maps that are null or text',
    { households: { ...HH, attributes: { d: { column: 'd', codes: null }, e: { column: 'e', codes: 'a=A' } } } },
    [
      ['invalid_type', 'households.attributes.d.codes', 'households.attributes.d.codes is null; expected a code map such as { "M": "monthly" }.'],
      ['invalid_type', 'households.attributes.e.codes', 'households.attributes.e.codes is "a=A"; expected a code map such as { "M": "monthly" }.'],
    ],
  ],
  [
    'a repeated code and codes to values of the wrong type',
    { households: { ...HH, attributes: { d: { column: 'd', codes: { a: 'A', ' A ': 'B', b: '', c: 3 } } } } },
    [
      ['duplicate', 'households.attributes.d.codes[" A "]', 'households.attributes.d.codes[" A "] repeats the code "a" (codes are matched ignoring case and surrounding spaces); keep one.'],
      ['invalid_type', 'households.attributes.d.codes.b', 'households.attributes.d.codes.b is ""; expected non-empty text for attributes.d.'],
      ['invalid_type', 'households.attributes.d.codes.c', 'households.attributes.d.codes.c is 3; expected non-empty text for attributes.d.'],
    ],
  ],
  [
    'number options on a text column',
    { households: { ...HH, attributes: { d: { column: 'd', percent: 'number', separator: ';' } } } },
    [
      ['unknown_key', 'households.attributes.d.percent', 'households.attributes.d.percent is not a field of a text field: a column name, { "column": … } or { "value": "…" }; allowed: column, missing, onInvalid, unlistedCodes, codes.'],
      ['unknown_key', 'households.attributes.d.separator', 'households.attributes.d.separator is not a field of a text field: a column name, { "column": … } or { "value": "…" }; allowed: column, missing, onInvalid, unlistedCodes, codes.'],
    ],
  ],
  [
    'number options and codes that are not sizes',
    { households: { id: 'id', size: { column: 'size', decimalSeparator: ';', percent: 'percent', codes: { one: 1, two: 'two', three: 2.5, zero: 0 } } } },
    [
      ['invalid_type', 'households.size.codes.two', 'households.size.codes.two is "two"; expected a number for size (persons in the household).'],
      ['out_of_range', 'households.size.codes.three', 'households.size.codes.three is 2.5; size (persons in the household) must be a whole number from 1 to 30.'],
      ['out_of_range', 'households.size.codes.zero', 'households.size.codes.zero is 0; size (persons in the household) must be a whole number from 1 to 30.'],
      ['invalid_value', 'households.size.decimalSeparator', 'households.size.decimalSeparator is ";"; use one of ".", ",".', 'did you mean "."?'],
      ['invalid_value', 'households.size.percent', 'households.size.percent is "percent"; use one of "fraction", "number".'],
    ],
  ],
  [
    'date and yes/no options of the wrong type',
    { persons: { householdId: 'h', birthDate: { column: 'b', formats: ['MM/dd'], referenceDate: '1976/01/01', trueValues: ['y'] }, disability: { column: 'd', trueValues: 'Y', falseValues: ['N', 3] } }, households: PERSONS_HH },
    [
      ['unknown_key', 'persons.birthDate.trueValues', 'persons.birthDate.trueValues is not a field of a date field: a column name, { "column": …, "formats": ["MM/dd/yyyy"] } or { "value": "YYYY-MM-DD" }; allowed: column, missing, onInvalid, unlistedCodes, codes, formats, referenceDate.'],
      ['invalid_value', 'persons.birthDate.formats[0]', "persons.birthDate.formats[0] is \"MM/dd\", which has no year; a date without a year would take the reference date's.", 'add the year token (yyyy)'],
      ['invalid_date', 'persons.birthDate.referenceDate', 'persons.birthDate.referenceDate is "1976/01/01"; expected a real date written YYYY-MM-DD, e.g. "1976-01-01".'],
      ['invalid_type', 'persons.disability.trueValues', 'persons.disability.trueValues is "Y"; expected yes values (a list of strings).'],
      ['invalid_type', 'persons.disability.falseValues', 'persons.disability.falseValues is an array of length 2; expected no values (a list of strings).'],
    ],
  ],
  [
    'date codes that are not dates, no formats, yes/no codes that are words',
    { persons: { householdId: 'h', birthDate: { column: 'b', formats: [], codes: { x: '2024-02-30', y: 5 } }, disability: { column: 'd', trueValues: ['Ja', 'y'], codes: { u: 'yes' } } }, households: PERSONS_HH },
    [
      ['invalid_date', 'persons.birthDate.codes.x', 'persons.birthDate.codes.x is "2024-02-30"; expected a real date written YYYY-MM-DD, e.g. "1976-01-01".'],
      ['invalid_type', 'persons.birthDate.codes.y', 'persons.birthDate.codes.y is 5; expected a date written YYYY-MM-DD.'],
      ['empty', 'persons.birthDate.formats', 'persons.birthDate.formats is empty; list at least one date format, e.g. ["yyyy-MM-dd"].'],
      ['invalid_type', 'persons.disability.codes.u', 'persons.disability.codes.u is "yes"; expected true or false for disability.'],
    ],
  ],
  [
    'a column format without a year; no values that overlap the default yes values',
    { persons: { householdId: 'h', birthDate: { column: 'b', formats: ['yy-MM-dd', 'MM/dd'] }, disability: { column: 'd', falseValues: ['Y'] } }, households: PERSONS_HH },
    [
      ['invalid_value', 'persons.birthDate.formats[1]', "persons.birthDate.formats[1] is \"MM/dd\", which has no year; a date without a year would take the reference date's.", 'add the year token (yyyy)'],
      ['invalid_value', 'persons.disability.falseValues', 'persons.disability.falseValues lists "Y" as both yes and no; keep each value in one list.'],
    ],
  ],
  [
    'yes values that overlap the default no values',
    { persons: { householdId: 'h', birthDate: 'b', disability: { column: 'd', trueValues: [' N'] } }, households: PERSONS_HH },
    [
      ['invalid_value', 'persons.disability.falseValues', 'persons.disability.falseValues lists "n" as both yes and no; keep each value in one list.'],
    ],
  ],
  [
    'a bad column format list asks for no reference date; no values not a list',
    { persons: { householdId: 'h', birthDate: { column: 'b', formats: ['yy-MM-dd', 'yyyy-MM-ddj'] }, disability: { column: 'd', falseValues: 'n' } }, households: PERSONS_HH },
    [
      ['invalid_value', 'persons.birthDate.formats[1]', 'persons.birthDate.formats[1] is "yyyy-MM-ddj", which date-fns cannot read: Format string contains an unescaped latin alphabet character `j`', 'use date-fns tokens: yyyy (year), MM or M (month), dd or d (day), MMM (Jan), e.g. "MM/dd/yyyy"'],
      ['invalid_type', 'persons.disability.falseValues', 'persons.disability.falseValues is "n"; expected no values (a list of strings).'],
    ],
  ],
  [
    'a reference date of the wrong type in a column',
    { persons: { householdId: 'h', birthDate: { column: 'b', referenceDate: 19760101 } }, households: PERSONS_HH },
    [
      ['invalid_type', 'persons.birthDate.referenceDate', 'persons.birthDate.referenceDate is 19760101; expected a date written YYYY-MM-DD.'],
    ],
  ],
  [
    'list codes to lists and numbers, a blank separator',
    { sites: { id: 'id', location: { lat: 'y', lng: 'x' }, programs: { column: 'p', separator: '', codes: { a: ['x'], b: 'B', c: 3 } }, capacity: { value: -1 } } },
    [
      ['out_of_range', 'sites.capacity.value', 'sites.capacity.value is -1; capacity must be 0 or more.'],
      ['invalid_type', 'sites.programs.codes.a', 'sites.programs.codes.a is an array of length 1; expected non-empty text for programs.'],
      ['invalid_type', 'sites.programs.codes.c', 'sites.programs.codes.c is 3; expected non-empty text for programs.'],
      ['invalid_type', 'sites.programs.separator', 'sites.programs.separator is ""; expected a separator such as ";".'],
    ],
  ],
  [
    'a number option on a list, a separator that is a number',
    { sites: { id: 'id', location: { lat: 'y', lng: 'x' }, programs: { column: 'p', separator: 4, decimalSeparator: ',' } } },
    [
      ['unknown_key', 'sites.programs.decimalSeparator', 'sites.programs.decimalSeparator is not a field of a list field: a column name, { "column": …, "separator": ";" } or { "value": ["…"] }; allowed: column, missing, onInvalid, unlistedCodes, codes, separator.'],
      ['invalid_type', 'sites.programs.separator', 'sites.programs.separator is 4; expected a separator such as ";".'],
    ],
  ],
  [
    'frequency codes that are not pay frequencies',
    { households: { ...HH, incomes: [{ amount: 'a', frequency: { column: 'f', codes: { M: 'monthy', W: 'weekly', x: 3 } } }] } },
    [
      ['invalid_value', 'households.incomes[0].frequency.codes.M', 'households.incomes[0].frequency.codes.M is "monthy"; use one of "weekly", "biweekly", "semimonthly", "monthly", "annual".', 'did you mean "monthly"?'],
      ['invalid_value', 'households.incomes[0].frequency.codes.x', 'households.incomes[0].frequency.codes.x is 3; use one of "weekly", "biweekly", "semimonthly", "monthly", "annual".'],
    ],
  ],
  [
    'a column object with a value besides its column',
    { households: { id: { column: 'id', value: 'x' }, size: 'size' } },
    [
      ['unknown_key', 'households.id.value', 'households.id.value is not a field of a text field: a column name, { "column": … } or { "value": "…" }; allowed: column, missing, onInvalid, unlistedCodes, codes.'],
    ],
  ],
  [
    'a field that is null, a number or a list',
    { households: { id: ['id'], size: null, annualIncome: 3 } },
    [
      ['invalid_type', 'households.id', 'households.id is an array of length 1; expected a text field: a column name, { "column": … } or { "value": "…" }.'],
      ['invalid_type', 'households.size', 'households.size is null; expected a number field: a column name, { "column": … } or { "value": 0 }.'],
      ['invalid_type', 'households.annualIncome', 'households.annualIncome is 3; expected a number field: a column name, { "column": … } or { "value": 0 }.'],
    ],
  ],
  [
    'a member column object without its column',
    { households: { id: 'id', size: { countMembers: true }, members: { wide: { birthDate: { formats: ['MM/dd/yyyy'] } } } } },
    [
      ['missing_field', 'households.members.wide.birthDate.column', 'households.members.wide.birthDate.column is undefined; expected the column name as the header writes it.'],
    ],
  ],
  [
    'yes and no defaults that overlap are reported once, not again for each yes/no column',
    { defaults: { trueValues: ['y'], falseValues: ['Y'] }, persons: { householdId: { column: 'h' }, birthDate: 'b', disability: { column: 'd' } }, households: PERSONS_HH },
    [
      ['invalid_value', 'defaults.falseValues', 'defaults.falseValues lists "Y" as both yes and no; keep each value in one list.'],
    ],
  ],
  [
    'a constant coordinate is refused at its own path, whatever its type',
    { sites: { id: 'id', location: { lat: { value: 'x' }, lng: { value: 1 } } } },
    [
      ['invalid_value', 'sites.location.lat', 'sites.location.lat is a constant; every record would share one place. Name the latitude column.'],
      ['invalid_value', 'sites.location.lng', 'sites.location.lng is a constant; every record would share one place. Name the longitude column.'],
    ],
  ],
];

describe('compiling a field: every problem, with its code, path, message and hint', () => {
  it.each(bad)('%s', (_name, mapping, issues) => {
    expect(issuesOf(mapping)).toEqual(issues);
  });
});

describe('compiling a field: the defaults a mapping sets are the ones its columns read with', () => {
  it('reads missing marks, decimal commas, dates, yes/no words and lists as the defaults say', () => {
    const mapping: TableMapping = {
      defaults: { missing: ['-'], decimalSeparator: ',', dateFormats: ['d.M.yyyy'], trueValues: [' JA '], falseValues: ['nein'], listSeparator: '|' },
      households: { ...PERSONS_HH, annualIncome: 'income', attributes: { district: 'district' }, categorical: [{ list: 'programs' }] },
      persons: { householdId: 'hh', birthDate: 'dob', disability: 'disabled' },
    };
    expect(() => defineTableMapping(mapping)).not.toThrow();
    const result = mapTables(
      {
        households: [
          { id: 'a', size: '2', income: '1.234,5', district: 'NA', programs: 'CalFresh|WIC' },
          { id: 'b', size: '1', income: '-', district: '-', programs: '-' },
        ],
        persons: [
          { hh: 'a', dob: '2.1.1980', disabled: 'ja' },
          { hh: 'a', dob: '15.11.2015', disabled: 'Nein' },
          { hh: 'b', dob: '1.2.1950', disabled: '-' },
        ],
      },
      mapping,
    );
    expect(result.problems).toEqual([]);
    // "NA" is text here: defaults.missing replaces the default marks (N/A, NA, NULL …), it does not add to them.
    expect(result.households).toEqual([
      { id: 'a', size: 2, annualIncome: 1234.5, members: [{ birthDate: '1980-01-02', disability: true }, { birthDate: '2015-11-15', disability: false }], attributes: { district: 'NA' }, categorical: ['CalFresh', 'WIC'] },
      { id: 'b', size: 1, members: [{ birthDate: '1950-02-01' }], attributes: {} },
    ]);
  });

  it('reads yyyy-MM-dd dates, y/n and ";" lists when the mapping has no defaults', () => {
    const result = mapTables(
      {
        households: [{ id: 'a', size: '1', income: 'NA', programs: 'CalFresh;WIC' }],
        persons: [{ hh: 'a', dob: '1980-01-02', disabled: 'Y' }],
      },
      { households: { ...PERSONS_HH, annualIncome: 'income', categorical: [{ list: 'programs' }] }, persons: { householdId: 'hh', birthDate: 'dob', disability: 'disabled' } },
    );
    expect(result.problems).toEqual([]);
    expect(result.households).toEqual([{ id: 'a', size: 1, members: [{ birthDate: '1980-01-02', disability: true }], attributes: {}, categorical: ['CalFresh', 'WIC'] }]);
    const bad = mapTables({ households: [{ id: 'a', size: '1' }], persons: [{ hh: 'a', dob: '01/02/1980' }] }, { households: PERSONS_HH, persons: { householdId: 'hh', birthDate: 'dob' } });
    expect(bad.problems.map((p) => p.message)).toEqual([
      'birthDate: "01/02/1980" is not a date in the declared format (yyyy-MM-dd), or the day does not exist; write the date in a declared format, add the format the column uses to "formats" (date-fns tokens: yyyy-MM-dd, MM/dd/yyyy, d.M.yyyy …), or leave it blank if unknown.',
    ]);
  });

  it('asks for a reference date only when a date field reads a two-digit year', () => {
    const mapping: TableMapping = { defaults: { dateFormats: ['MM/dd/yy'] }, households: { id: { column: 'id' }, size: { column: 'size' } } };
    expect(defineTableMapping(mapping)).toEqual(mapping);
  });

  it('keeps a row whose optional value cannot be read when defaults.onInvalid is treatAsMissing', () => {
    const mapping: TableMapping = { defaults: { onInvalid: 'treatAsMissing' }, households: { ...HH, annualIncome: 'income' } };
    const { records, problems } = mapHouseholds([{ id: 'a', size: '2', income: 'lots' }], mapping);
    expect(records).toEqual([{ id: 'a', size: 2, attributes: {} }]);
    expect(problems.map((p) => [p.code, p.severity, p.field])).toEqual([['invalid_number', 'warning', 'annualIncome']]);
  });

  it('reads two-digit years from defaults.referenceDate', () => {
    const mapping: TableMapping = { defaults: { dateFormats: ['MM/dd/yy'], referenceDate: '1976-01-01' }, households: PERSONS_HH, persons: { householdId: 'hh', birthDate: 'dob' } };
    expect(() => defineTableMapping(mapping)).not.toThrow();
    const result = mapTables({ households: [{ id: 'a', size: '2' }], persons: [{ hh: 'a', dob: '01/02/80' }, { hh: 'a', dob: '03/04/15' }] }, mapping);
    // 1976-01-01 reads 26–99 as 1926–1999 and 00–25 as 2000–2025.
    expect(result.households[0]?.members).toEqual([{ birthDate: '1980-01-02' }, { birthDate: '2015-03-04' }]);
  });
});

describe('compiling a field: the options of a column object', () => {
  it('replaces the missing marks (a blank is always missing), the invalid-value policy and the decimal separator for one column', () => {
    const mapping: TableMapping = {
      defaults: { decimalSeparator: ',' },
      households: { ...HH, annualIncome: { column: 'income', missing: ['?'], onInvalid: 'treatAsMissing', decimalSeparator: '.' }, attributes: { district: { column: 'district', missing: ['?'] } } },
    };
    expect(() => defineTableMapping(mapping)).not.toThrow();
    const { records, problems } = mapHouseholds(
      [
        { id: 'a', size: '1', income: '1,234.5', district: 'NA' },
        { id: 'b', size: '1', income: '?', district: '?' },
        { id: 'c', size: '1', income: 'x', district: ' ' },
      ],
      mapping,
    );
    expect(records).toEqual([
      { id: 'a', size: 1, annualIncome: 1234.5, attributes: { district: 'NA' } },
      { id: 'b', size: 1, attributes: {} },
      { id: 'c', size: 1, attributes: {} },
    ]);
    expect(problems.map((p) => [p.row, p.code, p.severity])).toEqual([[4, 'invalid_number', 'warning']]);
  });

  it('reads a decimal comma and percents for one column', () => {
    const mapping: TableMapping = { households: { ...HH, annualIncome: { column: 'income', decimalSeparator: ',', percent: 'fraction' } } };
    const { records, problems } = mapHouseholds([{ id: 'a', size: '1', income: '1.234,5' }], mapping);
    expect(problems).toEqual([]);
    expect(records[0]?.annualIncome).toBe(1234.5);
  });

  it('maps codes ignoring case and spaces; an unlisted value is an error for text, kept as written for numbers, dates and yes/no', () => {
    const mapping: TableMapping = {
      households: {
        ...PERSONS_HH,
        size: { column: 'size', codes: { ' One ': 1 } },
        attributes: { district: { column: 'district', codes: { ' N ': 'North', s: 'South' } } },
      },
      persons: { householdId: 'hh', birthDate: { column: 'dob', codes: { unknown: '1900-01-01' } }, disability: { column: 'disabled', codes: { ' Si ': true } } },
    };
    expect(() => defineTableMapping(mapping)).not.toThrow();
    const result = mapTables(
      {
        households: [
          { id: 'a', size: 'one', district: 'n' },
          { id: 'b', size: '1', district: ' S ' },
          { id: 'c', size: '1', district: 'East' },
        ],
        persons: [
          { hh: 'a', dob: 'UNKNOWN', disabled: 'si' },
          { hh: 'b', dob: '1980-01-02', disabled: 'n' },
        ],
      },
      mapping,
    );
    expect(result.households).toEqual([
      { id: 'a', size: 1, members: [{ birthDate: '1900-01-01', disability: true }], attributes: { district: 'North' } },
      { id: 'b', size: 1, members: [{ birthDate: '1980-01-02', disability: false }], attributes: { district: 'South' } },
    ]);
    expect(result.problems.map((p) => [p.row, p.field, p.code, p.message])).toEqual([
      [4, 'attributes.district', 'unknown_code', 'attributes.district: "East" is not one of the listed codes (" N ", "s"); add it to "codes", correct the cell, or set "unlistedCodes": "keep" to keep unlisted values as written.'],
    ]);
  });

  it('keeps unlisted text with unlistedCodes: keep, and refuses unlisted numbers with unlistedCodes: invalid', () => {
    const mapping: TableMapping = {
      households: { id: 'id', size: { column: 'size', codes: { one: 1 }, unlistedCodes: 'invalid' }, attributes: { district: { column: 'district', codes: { n: 'North' }, unlistedCodes: 'keep' } } },
    };
    const { records, problems } = mapHouseholds(
      [
        { id: 'a', size: 'one', district: 'East' },
        { id: 'b', size: '2', district: 'n' },
      ],
      mapping,
    );
    expect(records).toEqual([{ id: 'a', size: 1, attributes: { district: 'East' } }]);
    expect(problems.map((p) => [p.row, p.field, p.code])).toEqual([[3, 'size', 'unknown_code']]);
  });

  it('reads dates in the column formats, two-digit years from the column reference date', () => {
    const mapping: TableMapping = {
      defaults: { dateFormats: ['yyyy-MM-dd'] },
      households: PERSONS_HH,
      persons: { householdId: 'hh', birthDate: { column: 'dob', formats: ['MM/dd/yy', 'd.M.yyyy'], referenceDate: '1976-01-01' } },
    };
    expect(() => defineTableMapping(mapping)).not.toThrow();
    const result = mapTables({ households: [{ id: 'a', size: '2' }], persons: [{ hh: 'a', dob: '01/02/80' }, { hh: 'a', dob: '4.3.2015' }] }, mapping);
    expect(result.problems).toEqual([]);
    expect(result.households[0]?.members).toEqual([{ birthDate: '1980-01-02' }, { birthDate: '2015-03-04' }]);
  });

  it('takes the column yes values with the default no values, and the column no values with the default yes values', () => {
    const mapping: TableMapping = {
      households: { ...HH, categorical: [{ program: 'CalFresh', flag: { column: 'cf', trueValues: [' Ja '] } }, { program: 'WIC', flag: { column: 'wic', falseValues: [' Nein '] } }] },
    };
    expect(() => defineTableMapping(mapping)).not.toThrow();
    const { records, problems } = mapHouseholds(
      [
        { id: 'a', size: '1', cf: 'ja', wic: 'y' },
        { id: 'b', size: '1', cf: 'n', wic: 'nein' },
        { id: 'c', size: '1', cf: 'y', wic: 'n' },
      ],
      mapping,
    );
    expect(records.map((r) => [r.id, r.categorical])).toEqual([
      ['a', ['CalFresh', 'WIC']],
      ['b', []],
    ]);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [4, 'cf', 'invalid_boolean'],
      [4, 'wic', 'invalid_boolean'],
    ]);
  });

  it('splits a list column at its own separator', () => {
    const mapping: TableMapping = { sites: { id: 'id', location: { lat: 'lat', lng: 'lng' }, programs: { column: 'programs', separator: '/' } } };
    const { records, problems } = mapSites([{ id: 's', lat: '37.3', lng: '-121.9', programs: 'camp/swim;gym' }], mapping);
    expect(problems).toEqual([]);
    expect(records[0]?.programs).toEqual(['camp', 'swim;gym']);
  });

  it('accepts the edges of a range as constants', () => {
    const mapper = createTableMapper({ households: { id: 'id', size: { value: 30 }, annualIncome: { value: 0 } }, enrollments: { householdId: 'id', programId: { value: 'p' }, programYear: { value: 1900 } } });
    expect(mapper.households([{ id: 'a' }]).records).toEqual([{ id: 'a', size: 30, annualIncome: 0, attributes: {} }]);
    expect(mapper.enrollments([{ id: 'a' }]).records).toEqual([{ householdId: 'a', programId: 'p', programYear: 1900 }]);
    const small = createTableMapper({ households: { id: 'id', size: { value: 1 } }, enrollments: { householdId: 'id', programId: { value: 'p' }, programYear: { value: 2200 } } });
    expect(small.households([{ id: 'a' }]).records).toEqual([{ id: 'a', size: 1, attributes: {} }]);
    expect(small.enrollments([{ id: 'a' }]).records).toEqual([{ householdId: 'a', programId: 'p', programYear: 2200 }]);
  });

  it('gives every record the constants of each kind', () => {
    const mapping: TableMapping = {
      households: { ...PERSONS_HH, incomes: [{ amount: 'pay', frequency: { value: 'monthly' } }], attributes: { city: { value: 'San José' } } },
      persons: { householdId: 'hh', birthDate: 'dob', disability: { value: false } },
      enrollments: { householdId: 'hh', programId: { value: 'camp' }, date: { value: '2024-07-01' } },
      sites: { id: 'id', location: { lat: 'lat', lng: 'lng' }, programs: { value: ['camp', 'swim'] } },
    };
    expect(() => defineTableMapping(mapping)).not.toThrow();
    const result = mapTables(
      {
        sites: [{ id: 's', lat: '37.3', lng: '-121.9' }],
        households: [{ id: 'a', size: '1', pay: '1000' }],
        persons: [{ hh: 'a', dob: '1980-01-02' }],
        enrollments: [{ hh: 'a' }],
      },
      mapping,
    );
    expect(result.problems).toEqual([]);
    expect(result.households).toEqual([{ id: 'a', size: 1, incomes: [{ amount: 1000, frequency: 'monthly' }], members: [{ birthDate: '1980-01-02', disability: false }], attributes: { city: 'San José' } }]);
    expect(result.enrollments).toEqual([{ householdId: 'a', programId: 'camp', date: '2024-07-01' }]);
    expect(result.sites).toEqual([{ id: 's', location: [-121.9, 37.3], programs: ['camp', 'swim'] }]);
  });
});
