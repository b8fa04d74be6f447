/**
 * Every coercion rule of the cell readers, through the public mappers: numbers, missing tokens, yes/no, text and
 * codes, frequencies, lists, locations, and the values typed sources give (numbers, bigints, booleans, Dates).
 */
import { describe, expect, it } from 'vitest';
import { mapEnrollments, mapHouseholds, mapSites, type NumberColumn, type TableMapping, type TableProblem } from '../../src/index.ts';

/** Reads one cell through a households mapping whose `annualIncome` is the column `v`. */
function income(value: unknown, column: Partial<NumberColumn> = {}, defaults: TableMapping['defaults'] = {}): { value: number | undefined; problem: TableProblem | undefined } {
  const { records, problems } = mapHouseholds([{ id: 'h', size: '1', v: value }], { defaults, households: { id: 'id', size: 'size', annualIncome: { column: 'v', ...column } } });
  return { value: records[0]?.annualIncome, problem: problems[0] };
}

describe('numbers', () => {
  it.each([
    ['42000', 42000],
    ['42000.5', 42000.5],
    ['$1,234.50', 1234.5],
    ['$ 1,234.50', 1234.5],
    ['1,234,567', 1234567],
    ['1 234', 1234],
    ['1\u00a0234.5', 1234.5],
    ['1\u202f234', 1234],
    ["1'234", 1234],
    ['+12', 12],
    ['.5', 0.5],
    ['5.', 5],
    ['1.2E3', 1200],
    ['1.5e+3', 1500],
    ['  812  ', 812],
    ['0', 0],
    ['0.00', 0],
  ])('reads %j as %d', (cell, expected) => {
    expect(income(cell)).toEqual({ value: expected, problem: undefined });
  });

  it.each(['', '   ', 'NA', 'n/a', 'N/A', '#N/A', 'NULL', 'null', 'NaN', '.', null, undefined, Number.NaN])('reads %j as missing, never 0', (cell) => {
    const { records, problems } = mapHouseholds([{ id: 'h', size: '1', v: cell }], { households: { id: 'id', size: 'size', annualIncome: 'v' } });
    expect(problems).toEqual([]);
    expect(records[0]).toEqual({ id: 'h', size: 1, attributes: {} });
    expect('annualIncome' in (records[0] as object)).toBe(false);
  });

  it('reads negatives in parentheses, with a leading minus or a Unicode minus (then rejects them as incomes)', () => {
    for (const cell of ['(1,234.50)', '-1234.5', '-$1,234.50', '$-1,234.50', '\u22121234.5', '( 1234.5 )']) {
      const { problem } = income(cell);
      expect(problem?.code, cell).toBe('out_of_range');
      expect(problem?.message, cell).toContain('reads as -1234.5');
    }
  });

  it('reads a percent only when the mapping says what it means', () => {
    expect(income('12%', { percent: 'fraction' }).value).toBe(0.12);
    expect(income('12 %', { percent: 'number' }).value).toBe(12);
    const { problem } = income('12%');
    expect([problem?.code, problem?.value]).toEqual(['unexpected_percent', '12%']);
    expect(problem?.message).toContain('"percent": "fraction" reads 12% as 0.12');
  });

  it('reads a decimal comma when the mapping says so, with dots or spaces between thousands', () => {
    expect(income('1.234,50', { decimalSeparator: ',' }).value).toBe(1234.5);
    expect(income('1 234,5', {}, { decimalSeparator: ',' }).value).toBe(1234.5);
    expect(income('1234,5', { decimalSeparator: ',' }).value).toBe(1234.5);
    const { problem } = income('1,5');
    expect(problem?.code).toBe('invalid_number');
    expect(problem?.message).toContain('if "," is your decimal separator, set "decimalSeparator": ","');
  });

  it.each([
    ['abc', 'a word where a number is expected'],
    ['12abc', undefined],
    ['0x10', undefined],
    ['Infinity', 'a word where a number is expected'],
    ['1,23', 'thousands separators must group three digits'],
    ['1234,567', 'thousands separators must group three digits'],
    ['1.2.3', 'thousands separators must group three digits'],
    ['-', 'a lone "-" is often a spreadsheet\'s zero'],
    ['€100', 'amounts are US dollars'],
    ['$', undefined],
    ['1e', undefined],
  ])('rejects %j as invalid_number', (cell, hint) => {
    const { problem } = income(cell);
    expect(problem?.code).toBe('invalid_number');
    if (hint !== undefined) expect(problem?.message).toContain(hint);
  });

  it('reads typed cells: numbers, bigints; rejects booleans, dates, objects and infinities', () => {
    expect(income(52000).value).toBe(52000);
    expect(income(52000n).value).toBe(52000);
    expect(income(true).problem?.code).toBe('invalid_number');
    expect(income(new Date(Date.UTC(2024, 0, 1))).problem?.code).toBe('invalid_number');
    expect(income(Number.POSITIVE_INFINITY).problem?.code).toBe('invalid_number');
    expect(income({ amount: 5 }).problem?.code).toBe('invalid_value');
    expect(income([5]).problem?.code).toBe('invalid_value');
  });

  it('checks whole numbers and ranges where the field needs them', () => {
    const sizes = ['3', '3.0', '2.5', '0', '31', '-1'].map((size) => mapHouseholds([{ id: 'h', size }], { households: { id: 'id', size: 'size' } }));
    expect(sizes.map((r) => r.records[0]?.size ?? r.problems[0]?.code)).toEqual([3, 3, 'not_integer', 'out_of_range', 'out_of_range', 'out_of_range']);
  });

  it('uses codes before parsing, and keeps parsing unlisted values by default', () => {
    const mapping: TableMapping = { households: { id: 'id', size: { column: 'size', codes: { '8+': 8 } } } };
    const { records } = mapHouseholds([{ id: 'a', size: '8+' }, { id: 'b', size: '3' }], mapping);
    expect(records.map((r) => r.size)).toEqual([8, 3]);
    const strict: TableMapping = { households: { id: 'id', size: { column: 'size', codes: { '8+': 8 }, unlistedCodes: 'invalid' } } };
    expect(mapHouseholds([{ id: 'b', size: '3' }], strict).problems[0]?.code).toBe('unknown_code');
  });

  it('treatAsMissing keeps the row, leaves the value out and lists a warning', () => {
    const { records, problems } = mapHouseholds([{ id: 'h', size: '2', v: 'lots' }], { households: { id: 'id', size: 'size', annualIncome: { column: 'v', onInvalid: 'treatAsMissing' } } });
    expect(records).toEqual([{ id: 'h', size: 2, attributes: {} }]);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['invalid_number', 'warning']]);
    expect(problems[0]?.message).toMatch(/The value was left out \(onInvalid: treatAsMissing\)\.$/);
  });

  it('never lets treatAsMissing keep a row without a required field', () => {
    const { records, problems } = mapHouseholds([{ id: 'h', size: 'two' }], { defaults: { onInvalid: 'treatAsMissing' }, households: { id: 'id', size: 'size' } });
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['invalid_number', 'error']]);
  });

  it('lets a column say its own missing tokens', () => {
    const mapping: TableMapping = { households: { id: 'id', size: 'size', annualIncome: { column: 'v', missing: ['', 'refused'] } } };
    expect(mapHouseholds([{ id: 'h', size: '1', v: 'Refused' }], mapping).problems).toEqual([]);
    expect(mapHouseholds([{ id: 'h', size: '1', v: 'NA' }], mapping).problems[0]?.code).toBe('invalid_number');
  });
});

describe('yes/no', () => {
  const mapping = (extra: object = {}): TableMapping => ({ persons: { householdId: 'h', birthDate: 'b', disability: { column: 'd', ...extra } }, households: { id: 'id', size: 'size', members: 'persons' } });
  function disability(cell: unknown, extra: object = {}): boolean | string | undefined {
    const { records, problems } = mapHouseholds([{ id: 'x', size: '1' }], mapping(extra), { persons: [{ h: 'x', b: '2000-01-01', d: cell }] });
    return problems[0]?.code ?? records[0]?.members?.[0]?.disability;
  }

  it.each([
    ['Y', true],
    ['yes', true],
    ['TRUE', true],
    ['t', true],
    ['1', true],
    [1, true],
    [1n, true],
    [true, true],
    ['N', false],
    ['No', false],
    ['false', false],
    ['F', false],
    ['0', false],
    [0, false],
    [false, false],
    ['', undefined],
    ['N/A', undefined],
    [null, undefined],
    ['maybe', 'invalid_boolean'],
    [2, 'invalid_boolean'],
  ])('reads %s as %s', (cell, expected) => {
    expect(disability(cell)).toBe(expected);
  });

  it('reads the table\'s own words when the mapping lists them', () => {
    expect(disability('Sí', { trueValues: ['sí', 'si'], falseValues: ['no'] })).toBe(true);
    expect(disability('Y', { trueValues: ['sí'], falseValues: ['no'] })).toBe('invalid_boolean');
  });
});

describe('text, codes and lists', () => {
  it('trims text, writes typed cells as text, and translates codes exactly then ignoring case', () => {
    const mapping: TableMapping = {
      households: { id: 'id', size: 'size', attributes: { district: { column: 'd', codes: { '1': 'District 1', A: 'Alviso' } }, tract: 't', since: 's', flag: 'f' } },
    };
    const { records, problems } = mapHouseholds(
      [
        { id: '  7 ', size: '1', d: ' 1 ', t: 6085500100, s: new Date(Date.UTC(2020, 5, 1)), f: true },
        { id: 8n, size: 2, d: 'a', t: 12n, s: '', f: false },
      ],
      mapping,
    );
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { id: '7', size: 1, attributes: { district: 'District 1', tract: '6085500100', since: '2020-06-01', flag: 'true' } },
      { id: '8', size: 2, attributes: { district: 'Alviso', tract: '12', flag: 'false' } },
    ]);
  });

  it('rejects an unlisted code by default for text, and keeps it when asked', () => {
    const strict: TableMapping = { households: { id: 'id', size: 'size', attributes: { district: { column: 'd', codes: { '1': 'District 1' } } } } };
    expect(mapHouseholds([{ id: 'h', size: '1', d: '11' }], strict).problems[0]?.code).toBe('unknown_code');
    const keep: TableMapping = { households: { id: 'id', size: 'size', attributes: { district: { column: 'd', codes: { '1': 'District 1' }, unlistedCodes: 'keep' } } } };
    expect(mapHouseholds([{ id: 'h', size: '1', d: '11' }], keep).records[0]?.attributes).toEqual({ district: '11' });
  });

  it('reads pay frequencies by name, usual spelling or code', () => {
    const mapping: TableMapping = { households: { id: 'id', size: 'size', incomes: [{ amount: 'a', frequency: { column: 'f', codes: { M: 'monthly', '26': 'biweekly' } } }] } };
    const rows = ['Monthly', 'WEEKLY', 'bi-weekly', 'Fortnightly', 'semi-monthly', 'yearly', 'Annually', 'm', '26'].map((f, i) => ({ id: String(i), size: '1', a: '100', f }));
    const { records, problems } = mapHouseholds(rows, mapping);
    expect(problems).toEqual([]);
    expect(records.map((r) => r.incomes?.[0]?.frequency)).toEqual(['monthly', 'weekly', 'biweekly', 'biweekly', 'semimonthly', 'annual', 'annual', 'monthly', 'biweekly']);
    expect(mapHouseholds([{ id: 'h', size: '1', a: '100', f: 'Q' }], mapping).problems[0]?.code).toBe('unknown_code');
    const noFrequency = mapHouseholds([{ id: 'h', size: '1', a: '100', f: '' }], mapping).problems[0];
    expect([noFrequency?.code, noFrequency?.field]).toEqual(['missing_value', 'incomes[0].frequency']);
  });

  it('splits lists, trims and translates items, and drops empty items', () => {
    const mapping: TableMapping = { sites: { id: 'id', location: { lat: 'lat', lng: 'lng' }, programs: { column: 'p', separator: '|', codes: { swim: 'aquatics' }, unlistedCodes: 'keep' } } };
    const { records } = mapSites([{ id: 's', lat: '37', lng: '-121', p: ' camp | swim ||art ' }], mapping);
    expect(records[0]?.programs).toEqual(['camp', 'aquatics', 'art']);
  });

  it('keeps each list item once, in the order first seen, as a household categorical list does', () => {
    const mapping: TableMapping = { sites: { id: 'id', location: { lat: 'lat', lng: 'lng' }, programs: { column: 'p', codes: { c: 'camp', swim: 'aquatics', pool: 'aquatics' } } } };
    const { records } = mapSites([{ id: 's', lat: '37', lng: '-121', p: 'C;;c;swim;pool;c' }], mapping);
    expect(records[0]?.programs).toEqual(['camp', 'aquatics']);
    const constant = mapSites([{ id: 's', lat: '37', lng: '-121' }], { sites: { id: 'id', location: { lat: 'lat', lng: 'lng' }, programs: { value: ['b', 'a', 'b'] } } });
    expect(constant.records[0]?.programs).toEqual(['b', 'a']);
  });
});

describe('incomes', () => {
  const mapping = (blankIncomeSource?: 'skip' | 'incomeUnknown'): TableMapping => ({
    households: {
      id: 'id',
      size: 'size',
      incomes: [
        { amount: 'wages', frequency: { value: 'biweekly' }, source: { value: 'wages' } },
        { amount: 'benefits', frequency: { value: 'monthly' } },
      ],
      ...(blankIncomeSource === undefined ? {} : { blankIncomeSource }),
    },
  });

  it('keeps the sources with amounts, and leaves income unknown only when every source is blank', () => {
    const { records } = mapHouseholds(
      [
        { id: 'a', size: '1', wages: '1,000', benefits: '' },
        { id: 'b', size: '1', wages: '', benefits: 'N/A' },
        { id: 'c', size: '1', wages: '0', benefits: '0' },
      ],
      mapping(),
    );
    expect(records.map((r) => r.incomes)).toEqual([[{ amount: 1000, frequency: 'biweekly', source: 'wages' }], undefined, [{ amount: 0, frequency: 'biweekly', source: 'wages' }, { amount: 0, frequency: 'monthly' }]]);
  });

  it('with blankIncomeSource: "incomeUnknown", one blank source makes the income unknown', () => {
    const { records } = mapHouseholds([{ id: 'a', size: '1', wages: '1,000', benefits: '' }], mapping('incomeUnknown'));
    expect(records[0]?.incomes).toBeUndefined();
  });

  it("adds the persons' income sources to the household's", () => {
    const { records } = mapHouseholds([{ id: 'a', size: '2', wages: '100', benefits: '' }], {
      households: { id: 'id', size: 'size', members: 'persons', incomes: [{ amount: 'wages', frequency: { value: 'weekly' } }] },
      persons: { householdId: 'id', birthDate: 'dob', incomes: [{ amount: 'earn', frequency: 'per' }] },
    }, { persons: [{ id: 'a', dob: '1980-01-01', earn: '2,000', per: 'monthly' }, { id: 'a', dob: '2010-01-01', earn: '', per: '' }] });
    expect(records[0]?.incomes).toEqual([{ amount: 100, frequency: 'weekly' }, { amount: 2000, frequency: 'monthly' }]);
  });
});

describe('locations', () => {
  const latLng: TableMapping = { households: { id: 'id', size: 'size', location: { lat: 'Y', lng: 'X' } } };
  function located(row: Record<string, unknown>, mapping: TableMapping = latLng): readonly number[] | string | undefined {
    const { records, problems } = mapHouseholds([{ id: 'h', size: '1', ...row }], mapping);
    return problems[0]?.code ?? records[0]?.location;
  }

  it('reads latitude and longitude from the columns the mapping names, in either order in the table', () => {
    expect(located({ X: '-121.8863', Y: '37.3382' })).toEqual([-121.8863, 37.3382]);
    expect(located({ Y: 37.3382, X: -121.8863 })).toEqual([-121.8863, 37.3382]);
    expect(located({ X: '', Y: '' })).toBeUndefined();
    expect(located({ X: '-121.88', Y: '' })).toBe('incomplete_location');
    expect(located({ X: '-121.88', Y: '$37' })).toBe('invalid_number');
  });

  it('names the likely mistake: swapped order, projected coordinates, the 0, 0 of a failed geocode', () => {
    const swapped = mapHouseholds([{ id: 'h', size: '1', X: '37.3', Y: '-121.9' }], latLng).problems[0];
    expect(swapped?.code).toBe('invalid_position');
    expect(swapped?.message).toContain('latitude and longitude look swapped');
    expect(mapHouseholds([{ id: 'h', size: '1', X: '6151234.5', Y: '1945678.2' }], latLng).problems[0]?.message).toContain('projected coordinates');
    expect(mapHouseholds([{ id: 'h', size: '1', X: '0', Y: '0' }], latLng).problems[0]?.message).toContain('failed geocode');
    expect(located({ X: '-181', Y: '10' })).toBe('invalid_position');
  });

  it('reads POINT(lng lat) text in its usual forms', () => {
    const point: TableMapping = { households: { id: 'id', size: 'size', location: { point: 'geom' } } };
    for (const text of ['POINT(-121.9 37.3)', 'point (-121.9 37.3)', 'SRID=4326;POINT(-121.9 37.3)', 'POINT Z (-121.9 37.3 12)', '  POINT( -121.9   37.3 )  ']) {
      expect(located({ geom: text }, point), text).toEqual([-121.9, 37.3]);
    }
    expect(located({ geom: 'POINT EMPTY' }, point)).toBeUndefined();
    expect(located({ geom: 'POINT(-121.9, 37.3)' }, point)).toBe('invalid_position');
    expect(located({ geom: 'LINESTRING(0 0, 1 1)' }, point)).toBe('invalid_position');
    expect(located({ geom: 'POINT(37.3 -121.9)' }, point)).toBe('invalid_position');
  });

  it('reads point geometries of a FeatureCollection; other geometries are problems, a null geometry is missing', () => {
    const collection = {
      type: 'FeatureCollection' as const,
      features: [
        { type: 'Feature' as const, properties: { id: 'a', size: '1' }, geometry: { type: 'Point', coordinates: [-121.9, 37.3] } },
        { type: 'Feature' as const, properties: { id: 'b', size: '1' }, geometry: null },
        { type: 'Feature' as const, properties: { id: 'c', size: '1' }, geometry: { type: 'Polygon', coordinates: [] } },
        { type: 'Feature' as const, properties: null, geometry: { type: 'Point', coordinates: [-121.9, 37.3] } },
      ],
    };
    const { records, problems } = mapHouseholds(collection, { households: { id: 'id', size: 'size', location: 'geometry' } });
    expect(records).toEqual([
      { id: 'a', size: 1, location: [-121.9, 37.3], attributes: {} },
      { id: 'b', size: 1, attributes: {} },
    ]);
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'invalid_position'],
      [4, 'missing_value'],
      [4, 'missing_value'],
    ]);
  });

  it('requires a site location', () => {
    const { problems } = mapSites([{ id: 's', lat: '', lng: '' }], { sites: { id: 'id', location: { lat: 'lat', lng: 'lng' } } });
    expect(problems.map((p) => [p.code, p.severity, p.field])).toEqual([['missing_value', 'error', 'location']]);
  });

  it('geometry needs a FeatureCollection', () => {
    expect(() => mapSites([{ id: 's' }], { sites: { id: 'id', location: 'geometry' } })).toThrow(/not a GeoJSON FeatureCollection/);
  });
});

describe('rows and headers', () => {
  it('finds columns whatever their case, spaces, underscores, hyphens or BOM', () => {
    const { records, problems } = mapHouseholds([{ '\uFEFF Household-ID ': 'h', 'HH  size': '2' }], { households: { id: 'household_id', size: 'hh_size' } });
    expect(problems).toEqual([]);
    expect(records[0]).toEqual({ id: 'h', size: 2, attributes: {} });
  });

  it('prefers the exact header, and refuses a name that matches two headers loosely', () => {
    expect(mapHouseholds([{ size: '1', 'Size ': '2', id: 'h' }], { households: { id: 'id', size: 'size' } }).records[0]?.size).toBe(1);
    expect(() => mapHouseholds([{ Size: '1', 'size ': '2', id: 'h' }], { households: { id: 'id', size: 'SIZE' } })).toThrow(/matches 2 columns/);
  });

  it('takes the header from d3-dsv rows.columns, so columns absent from the first row are found', () => {
    const rows = Object.assign([{ id: 'a', size: '1' }], { columns: ['id', 'size', 'district'] });
    expect(mapHouseholds(rows, { households: { id: 'id', size: 'size', attributes: { district: 'district' } } }).records).toEqual([{ id: 'a', size: 1, attributes: {} }]);
  });

  it('numbers rows from 2 (a header line is row 1), or from firstRowNumber', () => {
    const rows = [{ id: 'a', size: 'x' }];
    expect(mapHouseholds(rows, { households: { id: 'id', size: 'size' } }).problems[0]?.row).toBe(2);
    expect(mapHouseholds(rows, { households: { id: 'id', size: 'size' } }, { firstRowNumber: 1 }).problems[0]?.row).toBe(1);
  });

  it('lists a row that is not a row', () => {
    const { problems } = mapHouseholds([{ id: 'a', size: '1' }, null as unknown as Record<string, unknown>], { households: { id: 'id', size: 'size' } });
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'invalid_value'],
    ]);
    // Issue 12: the value, not its type ("the row is number").
    const number = mapHouseholds([{ id: 'a', size: '1' }, 5 as unknown as Record<string, unknown>], { households: { id: 'id', size: 'size' } }).problems[0];
    expect(number?.message).toBe('the row is 5, not a row of cells; pass each row as an object keyed by column or an array of cells.');
  });

  it('keeps other columns as attributes when asked', () => {
    const { records } = mapHouseholds([{ id: 'a', size: '1', '\uFEFFWard': '4', Language: '', notes: 'x' }], { households: { id: 'id', size: 'size', otherColumns: 'attributes', attributes: { notes: 'notes' } } });
    expect(records[0]?.attributes).toEqual({ Ward: '4', notes: 'x' });
  });
});

describe('enrolments', () => {
  it('need a program year or a date; either alone is enough', () => {
    const mapping: TableMapping = { enrollments: { householdId: 'h', programId: { value: 'p' }, programYear: 'y', date: 'd' } };
    const { records, problems } = mapEnrollments(
      [
        { h: 'a', y: '2024', d: '' },
        { h: 'a', y: '', d: '2024-07-01' },
        { h: 'a', y: '', d: '' },
        { h: 'a', y: '24', d: '' },
      ],
      mapping,
    );
    expect(records).toEqual([
      { householdId: 'a', programId: 'p', programYear: 2024 },
      { householdId: 'a', programId: 'p', date: '2024-07-01' },
    ]);
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [4, 'missing_value'],
      [5, 'out_of_range'],
    ]);
  });

  it('check sites against known ids, keeping the enrolment with a warning', () => {
    const { records, problems } = mapEnrollments([{ h: 'a', s: 'S2', y: '2024' }], { enrollments: { householdId: 'h', programId: { value: 'p' }, siteId: 's', programYear: 'y' } }, { siteIds: ['S1'] });
    expect(records).toHaveLength(1);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['unknown_site', 'warning']]);
  });
});
