import { describe, expect, it } from 'vitest';
import { defineTableMapping, mapEnrollments, mapHouseholds, mapSites, mapTables, type TableMapping } from '../../src/tables/index.ts';
import { issuesOf, type Issue } from './mappingIssues.ts';

// How a whole mapping is compiled (src/tables/internal/compileMapping.ts): its sections, what they require of each
// other, and the labels and advice each field's problems carry when its rows are read.

const HH = { id: 'id', size: 'size' };
const PERSONS_HH = { id: 'id', size: 'size', members: 'persons' } as const;

const bad: [name: string, mapping: unknown, issues: Issue[]][] = [
  [
    'a document that is not an object',
    null,
    [
      ['invalid_type', '', 'the mapping is null; expected a table mapping ({ "households": …, "persons"?: …, "enrollments"?: …, "sites"?: … }).'],
    ],
  ],
  [
    'a document that is text',
    'x',
    [
      ['invalid_type', '', 'the mapping is "x"; expected a table mapping ({ "households": …, "persons"?: …, "enrollments"?: …, "sites"?: … }).'],
    ],
  ],
  [
    'an unknown top-level key',
    { foo: 1, households: HH },
    [
      ['unknown_key', 'foo', 'foo is not a field of a table mapping ({ "households": …, "persons"?: …, "enrollments"?: …, "sites"?: … }); allowed: $schema, version, description, defaults, households, persons, enrollments, sites.'],
    ],
  ],
  [
    'a version, description and $schema of the wrong type',
    { version: '1', description: 3, $schema: 4, households: HH },
    [
      ['invalid_value', 'version', 'version is "1"; this library reads mapping version 1.'],
      ['invalid_type', 'description', 'description is 3; expected text.'],
      ['invalid_type', '$schema', "$schema is 4; expected the schema's URL or path."],
    ],
  ],
  [
    'no table section',
    { description: 'd' },
    [
      ['empty', '', 'the mapping has no table section; add "households" (and "persons", "enrollments", "sites" as your export has them).'],
    ],
  ],
  [
    'a households section that is text',
    { households: 'hh' },
    [
      ['invalid_type', 'households', 'households is "hh"; expected the households section.'],
    ],
  ],
  [
    'a misspelt households key',
    { households: { idd: 'id', size: 'size' } },
    [
      ['unknown_key', 'households.idd', 'households.idd is not a field of the households section; allowed: id, size, annualIncome, incomes, blankIncomeSource, location, members, attributes, otherColumns, categorical.', 'did you mean "id"?'],
      ['missing_field', 'households.id', 'households.id is missing; household id is required — name its column, or give { "value": … } for a constant.'],
    ],
  ],
  [
    'countMembers false, with another key and no members',
    { households: { id: 'id', size: { countMembers: false, extra: 1 } } },
    [
      ['unknown_key', 'households.size.extra', 'households.size.extra is not a field of { "countMembers": true }; allowed: countMembers.'],
      ['invalid_value', 'households.size.countMembers', 'households.size.countMembers is false; write { "countMembers": true }, or name the size column.'],
      ['invalid_value', 'households.size', 'households.size counts members, but the section maps no members; map "members" (the persons table or wide columns), or name the size column.'],
    ],
  ],
  [
    'countMembers not true',
    { households: { id: 'id', size: { countMembers: 'yes' }, members: { wide: { birthDate: 'dob{n}' } } } },
    [
      ['invalid_value', 'households.size.countMembers', 'households.size.countMembers is "yes"; write { "countMembers": true }, or name the size column.'],
    ],
  ],
  [
    'countMembers without members',
    { households: { id: 'id', size: { countMembers: true } } },
    [
      ['invalid_value', 'households.size', 'households.size counts members, but the section maps no members; map "members" (the persons table or wide columns), or name the size column.'],
    ],
  ],
  [
    'blankIncomeSource and otherColumns not among their values',
    { households: { ...HH, blankIncomeSource: 'ignore', otherColumns: 'attribute' } },
    [
      ['invalid_value', 'households.blankIncomeSource', 'households.blankIncomeSource is "ignore"; use one of "skip", "incomeUnknown".'],
      ['invalid_value', 'households.otherColumns', 'households.otherColumns is "attribute"; use one of "ignore", "attributes".', 'did you mean "attributes"?'],
    ],
  ],
  [
    'wide members that are not an object',
    { households: { ...HH, members: { wide: 'dob{n}' } } },
    [
      ['invalid_type', 'households.members.wide', 'households.members.wide is "dob{n}"; expected the member column templates ({ "birthDate": "member{n}_dob", "disability"?: "member{n}_disabled" }).'],
    ],
  ],
  [
    'unknown keys in members and wide members',
    { households: { ...HH, members: { wide: { birthDate: 'dob{n}', disability: 'dis', dob: 'x' }, narrow: 1 } } },
    [
      ['unknown_key', 'households.members.narrow', 'households.members.narrow is not a field of "persons" or { "wide": { "birthDate": "member{n}_dob" } }; allowed: wide.'],
      ['unknown_key', 'households.members.wide.dob', 'households.members.wide.dob is not a field of the member column templates ({ "birthDate": "member{n}_dob", "disability"?: "member{n}_disabled" }); allowed: birthDate, disability.'],
      ['invalid_value', 'households.members.wide.disability', 'households.members.wide.disability is "dis", a column template without {n}; write e.g. "member{n}_dob" for member1_dob, member2_dob ….'],
    ],
  ],
  [
    'wide members without a birth date',
    { households: { ...HH, members: { wide: { disability: 'dis{n}' } } } },
    [
      ['missing_field', 'households.members.wide.birthDate', 'households.members.wide.birthDate is missing; member birth date is required — name its column.'],
    ],
  ],
  [
    'attributes that are a list',
    { households: { ...HH, attributes: ['district'] } },
    [
      ['invalid_type', 'households.attributes', 'households.attributes is an array of length 1; expected { "<attribute name>": "<column>", … }.'],
    ],
  ],
  [
    'attributes that are null',
    { households: { ...HH, attributes: null } },
    [
      ['invalid_type', 'households.attributes', 'households.attributes is null; expected { "<attribute name>": "<column>", … }.'],
    ],
  ],
  [
    'attributes that are text',
    { households: { ...HH, attributes: 'district' } },
    [
      ['invalid_type', 'households.attributes', 'households.attributes is "district"; expected { "<attribute name>": "<column>", … }.'],
    ],
  ],
  [
    'attributes with empty names and an empty column',
    { households: { ...HH, attributes: { '': 'd', ' ': 'e', 'race ethnicity': '', ok: 'col' } } },
    [
      ['invalid_value', 'households.attributes', 'households.attributes has an attribute with an empty name; name each attribute as goals and rules refer to it (district, language …).'],
      ['invalid_value', 'households.attributes', 'households.attributes has an attribute with an empty name; name each attribute as goals and rules refer to it (district, language …).'],
      ['invalid_value', 'households.attributes["race ethnicity"]', 'households.attributes["race ethnicity"] is an empty column name; write the column as its header names it.'],
    ],
  ],
  [
    'categorical that is not a list',
    { households: { ...HH, categorical: { program: 'x', flag: 'y' } } },
    [
      ['invalid_type', 'households.categorical', 'households.categorical is not a list; write [{ "program": "CalFresh", "flag": "<yes/no column>" }, { "list": "<column>" }].'],
    ],
  ],
  [
    'categorical entries of every wrong shape',
    { households: { ...HH, categorical: [null, 'x', { list: 'p', program: 'x' }, { program: '', flag: 'f' }, { program: 'P' }, { flag: 'f' }, { program: 'P', flag: 'f', extra: 1 }] } },
    [
      ['invalid_type', 'households.categorical[0]', 'households.categorical[0] is null; expected a categorical program ({ "program": "CalFresh", "flag": "<yes/no column>" } or { "list": "<column>" }).'],
      ['invalid_type', 'households.categorical[1]', 'households.categorical[1] is "x"; expected a categorical program ({ "program": "CalFresh", "flag": "<yes/no column>" } or { "list": "<column>" }).'],
      ['unknown_key', 'households.categorical[2].program', 'households.categorical[2].program is not a field of a categorical program ({ "program": "CalFresh", "flag": "<yes/no column>" } or { "list": "<column>" }); allowed: list.'],
      ['invalid_type', 'households.categorical[3].program', 'households.categorical[3].program is ""; expected the program name written into categorical, e.g. "CalFresh".'],
      ['missing_field', 'households.categorical[4].flag', 'households.categorical[4].flag is missing; categorical (P flag) is required — name its column.'],
      ['missing_field', 'households.categorical[5].program', 'households.categorical[5].program is undefined; expected the program name written into categorical, e.g. "CalFresh".'],
      ['unknown_key', 'households.categorical[6].extra', 'households.categorical[6].extra is not a field of a categorical program ({ "program": "CalFresh", "flag": "<yes/no column>" } or { "list": "<column>" }); allowed: program, flag.'],
    ],
  ],
  [
    'a persons section that is text',
    { persons: 'x', households: PERSONS_HH },
    [
      ['invalid_type', 'persons', 'persons is "x"; expected the persons section.'],
    ],
  ],
  [
    'a persons section with an unknown key and bad fields',
    { persons: { householdId: 'h', birthDate: 'b', disability: { value: 'x' }, incomes: 'x', foo: 1 }, households: PERSONS_HH },
    [
      ['unknown_key', 'persons.foo', 'persons.foo is not a field of the persons section; allowed: householdId, birthDate, disability, incomes.'],
      ['invalid_type', 'persons.disability.value', 'persons.disability.value is "x"; expected true or false for disability.'],
      ['invalid_type', 'persons.incomes', 'persons.incomes is not a list; write [{ "amount": "<column>", "frequency": "<column or constant>" }, …].'],
    ],
  ],
  [
    'an empty persons section',
    { persons: {}, households: PERSONS_HH },
    [
      ['missing_field', 'persons.householdId', "persons.householdId is missing; householdId (the person's household) is required — name its column, or give { \"value\": … } for a constant."],
      ['missing_field', 'persons.birthDate', 'persons.birthDate is missing; birthDate is required — name its column, or give { "value": … } for a constant.'],
    ],
  ],
  [
    'an enrollments section that is a number',
    { enrollments: 3 },
    [
      ['invalid_type', 'enrollments', 'enrollments is 3; expected the enrollments section.'],
    ],
  ],
  [
    'an enrollments section with every field wrong',
    { enrollments: { siteId: { value: '' }, date: { value: 'x' }, programYear: 'y', site: 's' } },
    [
      ['unknown_key', 'enrollments.site', 'enrollments.site is not a field of the enrollments section; allowed: householdId, programId, siteId, programYear, date.', 'did you mean "siteId"?'],
      ['missing_field', 'enrollments.householdId', 'enrollments.householdId is missing; householdId (the enrolled household) is required — name its column, or give { "value": … } for a constant.'],
      ['missing_field', 'enrollments.programId', 'enrollments.programId is missing; programId is required — name its column, or give { "value": … } for a constant.'],
      ['invalid_type', 'enrollments.siteId.value', 'enrollments.siteId.value is ""; expected non-empty text for siteId.'],
      ['invalid_date', 'enrollments.date.value', 'enrollments.date.value is "x"; expected a real date written YYYY-MM-DD, e.g. "1976-01-01".'],
    ],
  ],
  [
    'enrolments without a year or a date',
    { enrollments: { householdId: 'h', programId: 'p' } },
    [
      ['missing_field', 'enrollments.programYear', 'enrollments.programYear is missing, and so is date; an enrolment needs its program year or its date — map at least one.'],
    ],
  ],
  [
    'a sites section that is a list',
    { sites: [] },
    [
      ['invalid_type', 'sites', 'sites is an array of length 0; expected the sites section.'],
    ],
  ],
  [
    'a sites section with every field wrong',
    { sites: { name: { value: 3 }, capacity: { value: 'x' }, programs: { value: 'x' }, foo: 1 } },
    [
      ['unknown_key', 'sites.foo', 'sites.foo is not a field of the sites section; allowed: id, name, location, capacity, programs.'],
      ['missing_field', 'sites.id', 'sites.id is missing; site id is required — name its column, or give { "value": … } for a constant.'],
      ['invalid_type', 'sites.name.value', 'sites.name.value is 3; expected non-empty text for name.'],
      ['missing_field', 'sites.location', 'sites.location is missing; a site needs a location: { "lat": …, "lng": … }, { "point": … } or "geometry".'],
      ['invalid_type', 'sites.capacity.value', 'sites.capacity.value is "x"; expected a number for capacity.'],
      ['invalid_type', 'sites.programs.value', 'sites.programs.value is "x"; expected a list of non-empty strings for programs.'],
    ],
  ],
  [
    'a sites section without a location',
    { sites: { id: 'id' } },
    [
      ['missing_field', 'sites.location', 'sites.location is missing; a site needs a location: { "lat": …, "lng": … }, { "point": … } or "geometry".'],
    ],
  ],
  [
    'members read from a persons section that is missing',
    { sites: { id: 'id', location: 'geometry' }, households: PERSONS_HH },
    [
      ['missing_field', 'persons', 'persons is missing, but households.members reads the persons table; add a persons section ({ "householdId": …, "birthDate": … }).'],
    ],
  ],
  [
    'a persons section without households',
    { persons: { householdId: 'h', birthDate: 'b' } },
    [
      ['invalid_value', 'households.members', 'households.members is missing (there is no households section), but the mapping has a persons section; set households.members to "persons" to join the persons table by household id.'],
    ],
  ],
  [
    'a persons section with households null',
    { persons: { householdId: 'h', birthDate: 'b' }, households: null },
    [
      ['invalid_type', 'households', 'households is null; expected the households section.'],
      ['invalid_value', 'households.members', 'households.members is missing (there is no households section), but the mapping has a persons section; set households.members to "persons" to join the persons table by household id.'],
    ],
  ],
  [
    'a persons section the households do not read',
    { persons: { householdId: 'h', birthDate: 'b' }, households: HH },
    [
      ['invalid_value', 'households.members', 'households.members is undefined, but the mapping has a persons section; set households.members to "persons" to join the persons table by household id.'],
    ],
  ],
  [
    'a persons section with members neither persons nor wide',
    { persons: { householdId: 'h', birthDate: 'b' }, households: { ...HH, members: 'wide' } },
    [
      ['invalid_type', 'households.members', 'households.members is "wide"; expected "persons" or { "wide": { "birthDate": "member{n}_dob" } }.'],
      ['invalid_value', 'households.members', 'households.members is "wide", but the mapping has a persons section; set households.members to "persons" to join the persons table by household id.'],
    ],
  ],
  [
    'a persons section with households that are text',
    { persons: { householdId: 'h', birthDate: 'b' }, households: 'x' },
    [
      ['invalid_type', 'households', 'households is "x"; expected the households section.'],
      ['invalid_value', 'households.members', 'households.members is undefined, but the mapping has a persons section; set households.members to "persons" to join the persons table by household id.'],
    ],
  ],
  [
    'a persons section that is null',
    { households: PERSONS_HH, persons: null },
    [
      ['invalid_type', 'persons', 'persons is null; expected the persons section.'],
    ],
  ],
  [
    'an unknown top-level key does not stop the sections from being checked',
    { foo: 1, households: { id: 'id' } },
    [
      ['unknown_key', 'foo', 'foo is not a field of a table mapping ({ "households": …, "persons"?: …, "enrollments"?: …, "sites"?: … }); allowed: $schema, version, description, defaults, households, persons, enrollments, sites.'],
      ['missing_field', 'households.size', 'households.size is missing; size (persons in the household) is required — name its column, or give { "value": … } for a constant.'],
    ],
  ],
  [
    'a flag without its program is named as a program flag',
    { households: { ...HH, categorical: [{ flag: { column: 'f', codes: { a: 'x' } } }] } },
    [
      ['missing_field', 'households.categorical[0].program', 'households.categorical[0].program is undefined; expected the program name written into categorical, e.g. "CalFresh".'],
      ['invalid_type', 'households.categorical[0].flag.codes.a', 'households.categorical[0].flag.codes.a is "x"; expected true or false for categorical (program flag).'],
    ],
  ],
];

describe('compiling a mapping: every problem of its sections, with its code, path, message and hint', () => {
  it.each(bad)('%s', (_name, mapping, issues) => {
    expect(issuesOf(mapping)).toEqual(issues);
  });
});

describe('compiling a mapping: each field reads its rows with its own label, range and advice', () => {
  it('households: id, size, income, wide members, attributes and categorical programs', () => {
    const mapping: TableMapping = {
      households: {
        id: { column: 'id' },
        size: 'size',
        annualIncome: 'inc',
        members: { wide: { birthDate: 'dob{n}', disability: 'dis{n}' } },
        attributes: { district: 'd' },
        categorical: [{ program: 'CF', flag: 'cf' }, { list: { column: 'p', codes: { A: 'CalFresh' } } }],
      },
    };
    const { records, problems } = mapHouseholds(
      [
        { id: '', size: '2' },
        { id: 'a', size: '', inc: '-5' },
        { id: 'b', size: '31', inc: 'x' },
        { id: 'c', size: '2.5' },
        { id: 'd', size: '1', cf: [1], d: {}, dob1: '1980-01-01', dis1: {}, p: {} },
        { id: 'e', size: '1', cf: 'y', d: 'x', dob1: '1980-01-01', dis1: 'y', p: 'a;B' },
        { id: {}, size: {}, inc: {} },
        { id: 'f', size: '1', cf: 'N', d: 'y', dob1: '13/01/2000', p: 'A' },
        { id: 'g', size: '1', cf: 'Y', dob1: '2000-01-13', p: 'a' },
      ],
      mapping,
    );
    expect(records).toEqual([{ id: 'g', size: 1, members: [{ birthDate: '2000-01-13' }], attributes: {}, categorical: ['CF', 'CalFresh'] }]);
    expect(problems.map((p) => [p.row, p.column, p.field, p.code, p.message])).toEqual([
      [2, 'id', 'id', 'missing_value', 'household id is blank; it is required: give every household row its id.'],
      [3, 'size', 'size', 'missing_value', 'size (persons in the household) is blank; it is required: write the number of persons as a whole number from 1 to 30.'],
      [3, 'inc', 'annualIncome', 'out_of_range', 'annualIncome (dollars a year): "-5" reads as -5, and it must be 0 or more (dollars); write the annual income in dollars (e.g. 42000 or $42,000), or leave it blank if unknown — a blank is unknown, 0 is no income.'],
      [4, 'size', 'size', 'out_of_range', 'size (persons in the household): "31" reads as 31, and it must be a whole number from 1 to 30; write the number of persons as a whole number from 1 to 30.'],
      [4, 'inc', 'annualIncome', 'invalid_number', 'annualIncome (dollars a year): "x" is not a number; a word where a number is expected: write the number, or add the word to the mapping\'s missing values (or "codes") if it means something.'],
      [5, 'size', 'size', 'not_integer', 'size (persons in the household): "2.5" is not a whole number; write the number of persons as a whole number from 1 to 30.'],
      [6, 'dis1', 'members[1].disability', 'invalid_boolean', 'member disability: "{}" is not a yes/no value; write yes or no, or leave it blank if unknown.'],
      [6, 'd', 'attributes.district', 'invalid_value', 'attributes.district: "{}" is an object, not a cell value; correct the value, or leave it blank if unknown.'],
      [6, 'cf', 'categorical', 'invalid_boolean', 'categorical (CF flag): "[1]" is not a yes/no value; write yes or no, or leave it blank if unknown.'],
      [6, 'p', 'categorical', 'invalid_value', 'categorical (programs): "{}" is an object, not a cell value; list the program names separated by the list separator, or leave it blank if unknown.'],
      [7, 'p', 'categorical', 'unknown_code', 'categorical (programs): the item "B" is not one of the listed codes ("A"); add it to "codes", correct the cell, or set "unlistedCodes": "keep".'],
      [8, 'id', 'id', 'invalid_value', 'household id: "{}" is an object, not a cell value; give every household row its id.'],
      [8, 'size', 'size', 'invalid_value', 'size (persons in the household): "{}" is an object, not a number; write the number of persons as a whole number from 1 to 30.'],
      [8, 'inc', 'annualIncome', 'invalid_value', 'annualIncome (dollars a year): "{}" is an object, not a number; write the annual income in dollars (e.g. 42000 or $42,000), or leave it blank if unknown — a blank is unknown, 0 is no income.'],
      [9, 'dob1', 'members[1].birthDate', 'invalid_date', 'member birth date: "13/01/2000" is not a date in the declared format (yyyy-MM-dd), or the day does not exist; write the date in a declared format, add the format the column uses to "formats" (date-fns tokens: yyyy-MM-dd, MM/dd/yyyy, d.M.yyyy …), or leave it blank if unknown.'],
    ]);
  });

  it('persons: household id, birth date and disability', () => {
    const result = mapTables(
      {
        households: [{ id: 'h', size: '1' }],
        persons: [
          { hh: '', dob: '', dis: 'q' },
          { hh: 'h', dob: 'x', dis: {} },
          { hh: 'h', dob: '1980-01-02', dis: 'n' },
        ],
      },
      { households: PERSONS_HH, persons: { householdId: 'hh', birthDate: 'dob', disability: 'dis' } },
    );
    expect(result.households).toEqual([{ id: 'h', size: 1, members: [{ birthDate: '1980-01-02', disability: false }], attributes: {} }]);
    expect(result.problems.map((p) => [p.row, p.column, p.field, p.code, p.message])).toEqual([
      [2, 'hh', 'householdId', 'missing_value', "householdId (the person's household) is blank; it is required: write the id of the household the person belongs to, as the households table writes it."],
      [2, 'dob', 'birthDate', 'missing_value', 'birthDate is blank; it is required: write the birth date in the declared format; a person without one cannot be counted as a member.'],
      [2, 'dis', 'disability', 'invalid_boolean', 'disability: "q" is neither yes (y, yes, true, t, 1) nor no (n, no, false, f, 0); write one of those, or list the table\'s own words in the mapping\'s "trueValues" and "falseValues".'],
      [3, 'dob', 'birthDate', 'invalid_date', 'birthDate: "x" is not a date in the declared format (yyyy-MM-dd), or the day does not exist; write the date in a declared format, add the format the column uses to "formats" (date-fns tokens: yyyy-MM-dd, MM/dd/yyyy, d.M.yyyy …), or leave it blank if unknown.'],
      [3, 'dis', 'disability', 'invalid_boolean', 'disability: "{}" is not a yes/no value; write yes or no, or leave it blank if unknown.'],
    ]);
  });

  it('enrolments: household, program, site, program year and date', () => {
    const { records, problems } = mapEnrollments(
      [
        { hh: '', p: '', s: '', y: '', d: '' },
        { hh: 'h', p: 'p', s: 's', y: '1899', d: 'x' },
        { hh: 'h', p: 'p', s: {}, y: '2024.5', d: '' },
        { hh: 'h', p: 'p', s: 's', y: '2024', d: '2024-07-01' },
      ],
      { enrollments: { householdId: 'hh', programId: 'p', siteId: 's', programYear: 'y', date: 'd' } },
    );
    expect(records).toEqual([{ householdId: 'h', programId: 'p', siteId: 's', programYear: 2024, date: '2024-07-01' }]);
    expect(problems.map((p) => [p.row, p.column, p.field, p.code, p.message])).toEqual([
      [2, 'hh', 'householdId', 'missing_value', 'householdId (the enrolled household) is blank; it is required: write the id of the enrolled household, as the households table writes it.'],
      [2, 'p', 'programId', 'missing_value', 'programId is blank; it is required: write the program id the goal refers to (or map it with a constant { "value": "<program id>" }).'],
      [3, 'y', 'programYear', 'out_of_range', 'programYear: "1899" reads as 1899, and it must be a year from 1900 to 2200; write the program year as a whole number (e.g. 2025 for FY 2024–25, named by the year it ends), or leave it blank and map "date".'],
      [3, 'd', 'date', 'invalid_date', 'date (enrolment date): "x" is not a date in the declared format (yyyy-MM-dd), or the day does not exist; write the date in a declared format, add the format the column uses to "formats" (date-fns tokens: yyyy-MM-dd, MM/dd/yyyy, d.M.yyyy …), or leave it blank if unknown.'],
      [4, 's', 'siteId', 'invalid_value', 'siteId: "{}" is an object, not a cell value; write the id of the site as the sites table writes it, or leave it blank.'],
      [4, 'y', 'programYear', 'not_integer', 'programYear: "2024.5" is not a whole number; write the program year as a whole number (e.g. 2025 for FY 2024–25, named by the year it ends), or leave it blank and map "date".'],
    ]);
  });

  it('sites: id, name, capacity and programs', () => {
    const { records, problems } = mapSites(
      [
        { id: '', name: '', lat: '1', lng: '2', cap: '-1', programs: 'a; b' },
        { id: 's', name: {}, lat: '1', lng: '2', cap: 'x', programs: [] },
        { id: 't', name: 'T', lat: '1', lng: '2', cap: '5', programs: {} },
        { id: 'u', name: 'U', lat: '1', lng: '2', cap: '0', programs: 'a; b' },
      ],
      { sites: { id: 'id', name: 'name', location: { lat: 'lat', lng: 'lng' }, capacity: 'cap', programs: 'programs' } },
    );
    expect(records).toEqual([{ id: 'u', name: 'U', location: [2, 1], capacity: 0, programs: ['a', 'b'] }]);
    expect(problems.map((p) => [p.row, p.column, p.field, p.code, p.message])).toEqual([
      [2, 'id', 'id', 'missing_value', 'site id is blank; it is required: give every site row its id.'],
      [2, 'cap', 'capacity', 'out_of_range', 'capacity: "-1" reads as -1, and it must be 0 or more; write the capacity (places, seats …) as a number ≥ 0, or leave it blank if unknown.'],
      [3, 'name', 'name', 'invalid_value', 'name: "{}" is an object, not a cell value; write the site name, or leave it blank.'],
      [3, 'cap', 'capacity', 'invalid_number', 'capacity: "x" is not a number; a word where a number is expected: write the number, or add the word to the mapping\'s missing values (or "codes") if it means something.'],
      [3, 'programs', 'programs', 'invalid_value', 'programs: "[]" is a list, not a cell value; list the program ids offered, separated by the list separator, or leave it blank.'],
      [4, 'programs', 'programs', 'invalid_value', 'programs: "{}" is an object, not a cell value; list the program ids offered, separated by the list separator, or leave it blank.'],
    ]);
  });
});

describe('compiling a mapping: what valid sections give', () => {
  it('reads members, blank income sources, other columns and every categorical entry as the section says', () => {
    const mapping: TableMapping = {
      version: 1,
      description: 'a test mapping',
      $schema: './table-mapping.schema.json',
      households: {
        ...HH,
        incomes: [{ amount: 'pay', frequency: { value: 'monthly' } }],
        blankIncomeSource: 'incomeUnknown',
        otherColumns: 'attributes',
        categorical: [{ list: 'programs' }, { program: 'CalFresh', flag: 'calfresh' }],
      },
    };
    expect(defineTableMapping(mapping)).toEqual(mapping);
    const { records, problems } = mapHouseholds(
      [
        { id: 'a', size: '2', pay: '', programs: 'WIC', calfresh: 'y', ward: '3' },
        { id: 'b', size: '1', pay: '100', programs: '', calfresh: 'n', ward: '4' },
      ],
      mapping,
    );
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { id: 'a', size: 2, attributes: { ward: '3' }, categorical: ['WIC', 'CalFresh'] },
      { id: 'b', size: 1, incomes: [{ amount: 100, frequency: 'monthly' }], attributes: { ward: '4' }, categorical: [] },
    ]);
  });

  it('counts the members of wide columns', () => {
    const mapping: TableMapping = { households: { id: 'id', size: { countMembers: true }, members: { wide: { birthDate: 'dob{n}', disability: 'dis{n}' } } } };
    const { records, problems } = mapHouseholds([{ id: 'a', dob1: '1980-01-02', dis1: 'y', dob2: '2015-03-04', dis2: '' }], mapping);
    expect(problems).toEqual([]);
    expect(records).toEqual([{ id: 'a', size: 2, members: [{ birthDate: '1980-01-02', disability: true }, { birthDate: '2015-03-04' }], attributes: {} }]);
  });
});
