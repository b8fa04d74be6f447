import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeReach } from '../../src/reach/mergeReach.ts';
import { targetingErrors } from '../../src/reach/targetingErrors.ts';
import { targetingErrorsColumnar } from '../../src/reach/targetingErrorsColumnar.ts';
import { caught } from './helpers.ts';

const DISTRICTS = ['North', 'South', 'East', '__proto__'];
const LANGUAGES = ['en', 'es', 'vi'];

const rowArb = fc.record({
  eligible: fc.constantFrom(0, 1, 2),
  enrolled: fc.constantFrom(0, 1),
  district: fc.integer({ min: 0, max: DISTRICTS.length - 1 }),
  language: fc.integer({ min: 0, max: LANGUAGES.length - 1 }),
});
type Row = { eligible: number; enrolled: number; district: number; language: number };

function columnsOf(rows: readonly Row[]) {
  return {
    eligible: Uint8Array.from(rows, (r) => r.eligible),
    enrolled: Uint8Array.from(rows, (r) => r.enrolled),
    by: {
      district: { codes: Int32Array.from(rows, (r) => r.district), dictionary: DISTRICTS },
      language: { codes: Uint8Array.from(rows, (r) => r.language), dictionary: LANGUAGES },
    },
  };
}

/** targetingErrors on row objects with accessors named as the columns. */
function onRows(rows: readonly Row[], options: object = {}) {
  return targetingErrors(rows, {
    eligible: (r) => (r.eligible === 1 ? true : r.eligible === 0 ? false : null),
    enrolled: (r) => r.enrolled === 1,
    by: { district: (r) => DISTRICTS[r.district] as string, language: (r) => LANGUAGES[r.language] as string },
    ...options,
  });
}

describe('targetingErrorsColumnar', () => {
  it('equals targetingErrors on the same records as row objects: groups, margins, counts, rates and reasons', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 200 }), fc.constantFrom('enrolled', 'ineligible'), fc.constantFrom(0.9, 0.95), (rows, denominator, confidence) => {
        const options = { inclusionErrorDenominator: denominator as 'enrolled' | 'ineligible', confidence };
        expect(targetingErrorsColumnar(columnsOf(rows), options)).toEqual(onRows(rows, options));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result from plain arrays and from more than three columns (the general path)', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 120 }), (rows) => {
        const typed = columnsOf(rows);
        const plain = {
          eligible: Array.from(typed.eligible),
          enrolled: Array.from(typed.enrolled),
          by: { district: { codes: Array.from(typed.by.district.codes), dictionary: DISTRICTS }, language: { codes: Array.from(typed.by.language.codes), dictionary: LANGUAGES } },
        };
        expect(targetingErrorsColumnar(plain)).toEqual(targetingErrorsColumnar(typed));
        const four = { ...typed, by: { ...typed.by, again: typed.by.district, more: { codes: new Uint8Array(rows.length), dictionary: ['all'] } } };
        const expected = targetingErrors(rows, {
          eligible: (r) => (r.eligible === 1 ? true : r.eligible === 0 ? false : null),
          enrolled: (r) => r.enrolled === 1,
          by: { district: (r) => DISTRICTS[r.district] as string, language: (r) => LANGUAGES[r.language] as string, again: (r) => DISTRICTS[r.district] as string, more: () => 'all' },
        });
        expect(targetingErrorsColumnar(four)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('without grouping columns gives the overall table only, as targetingErrors without by', () => {
    const rows: Row[] = [
      { eligible: 1, enrolled: 1, district: 0, language: 0 },
      { eligible: 0, enrolled: 1, district: 0, language: 0 },
      { eligible: 2, enrolled: 0, district: 0, language: 0 },
    ];
    const columnar = targetingErrorsColumnar({ eligible: Uint8Array.from(rows, (r) => r.eligible), enrolled: Uint8Array.from(rows, (r) => r.enrolled) });
    const expected = targetingErrors(rows, { eligible: (r) => (r.eligible === 1 ? true : r.eligible === 0 ? false : null), enrolled: (r) => r.enrolled === 1 });
    expect(columnar).toEqual(expected);
    // Hand count: one eligible (enrolled), one ineligible (enrolled), one indeterminate.
    expect(columnar.overall).toMatchObject({ records: 3, eligible: 1, eligibleEnrolled: 1, ineligibleEnrolled: 1, indeterminate: 1, coverage: 1, inclusionError: 0.5 });
  });

  it('batches merge with mergeReach to the whole', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 120 }), fc.nat({ max: 120 }), (rows, cut) => {
        const k = Math.min(cut, rows.length);
        const merged = mergeReach(targetingErrorsColumnar(columnsOf(rows.slice(0, k))), targetingErrorsColumnar(columnsOf(rows.slice(k))));
        expect(merged).toEqual(targetingErrorsColumnar(columnsOf(rows)));
      }),
      { numRuns: 100 },
    );
  });

  it('says which column and record is wrong, and how to fix it', () => {
    const ok = columnsOf([{ eligible: 1, enrolled: 0, district: 0, language: 0 }]);
    expect(() => targetingErrorsColumnar({ ...ok, eligible: Uint8Array.of(3) })).toThrow(/columns\.eligible\[0\] is 3; an eligibility code is 1 \(eligible\), 0 \(ineligible\) or 2/);
    expect(() => targetingErrorsColumnar({ ...ok, enrolled: [true] as unknown as number[] })).toThrow(/columns\.enrolled\[0\] is true; an enrolment is 1 \(enrolled\) or 0 \(booleans convert with Uint8Array\.from/);
    expect(() => targetingErrorsColumnar({ ...ok, by: { district: { codes: Int32Array.of(4), dictionary: DISTRICTS } } })).toThrow(/columns\.by\.district\.codes\[0\] is 4; a code is a whole number from 0 to 3/);
    expect(() => targetingErrorsColumnar({ ...ok, enrolled: Uint8Array.of(1, 0) })).toThrow(/columns\.enrolled has 2 entries for 1 records/);
    expect(() => targetingErrorsColumnar({ ...ok, by: { district: { codes: Int32Array.of(0), dictionary: Array.from({ length: 1 << 13 }, String) }, language: { codes: Int32Array.of(0), dictionary: Array.from({ length: 1 << 12 }, String) } } })).toThrow(/more than 16777216/);
    expect(() => targetingErrorsColumnar(ok, { weight: () => 1 } as never)).toThrow(/weight/);
    expect(() => targetingErrorsColumnar({ ...ok, by: { district: { codes: [1.5], dictionary: DISTRICTS } } })).toThrow(/codes\[0\] is 1\.5; a code is a whole number/);
    expect(() => targetingErrorsColumnar({ ...ok, by: { district: { codes: Int32Array.of(-1), dictionary: DISTRICTS } } })).toThrow(/codes\[0\] is -1/);
  });
});

describe('targetingErrorsColumnar: three grouping columns and every path', () => {
  const rows3Arb = fc.record({
    eligible: fc.constantFrom(0, 1, 2),
    enrolled: fc.constantFrom(0, 1),
    district: fc.integer({ min: 0, max: DISTRICTS.length - 1 }),
    language: fc.integer({ min: 0, max: LANGUAGES.length - 1 }),
    tenure: fc.integer({ min: 0, max: 1 }),
  });
  const TENURE = ['own', 'rent'];
  type Row3 = Row & { tenure: number };
  const rowOptions = {
    eligible: (r: Row3) => (r.eligible === 1 ? true : r.eligible === 0 ? false : null),
    enrolled: (r: Row3) => r.enrolled === 1,
  };

  it('equals targetingErrors with three typed columns (one fused pass) and with four (the general path)', () => {
    fc.assert(
      fc.property(fc.array(rows3Arb, { maxLength: 150 }), (rows) => {
        const typed = columnsOf(rows);
        const by = { ...typed.by, tenure: { codes: Uint8Array.from(rows, (r) => r.tenure), dictionary: TENURE } };
        const expected = targetingErrors(rows, {
          ...rowOptions,
          by: { district: (r) => DISTRICTS[r.district] as string, language: (r) => LANGUAGES[r.language] as string, tenure: (r) => TENURE[r.tenure] as string },
        });
        expect(targetingErrorsColumnar({ ...typed, by })).toEqual(expected);
        // A fourth column that varies (parity of the district code) must enter the cell.
        const parity = { codes: Uint8Array.from(rows, (r) => r.district % 2), dictionary: ['even', 'odd'] };
        const four = targetingErrors(rows, {
          ...rowOptions,
          by: {
            district: (r) => DISTRICTS[r.district] as string,
            language: (r) => LANGUAGES[r.language] as string,
            tenure: (r) => TENURE[r.tenure] as string,
            parity: (r) => (r.district % 2 === 0 ? 'even' : 'odd'),
          },
        });
        expect(targetingErrorsColumnar({ ...typed, by: { ...by, parity } })).toEqual(four);
      }),
      { numRuns: 60 },
    );
  });

  it('counts three typed columns by hand: each record in its own cell', () => {
    // Records (district, language, tenure): (1,2,1) eligible enrolled; (0,0,0) ineligible enrolled; (1,2,1) eligible.
    const result = targetingErrorsColumnar({
      eligible: Uint8Array.of(1, 0, 1),
      enrolled: Uint8Array.of(1, 1, 0),
      by: {
        district: { codes: Uint8Array.of(1, 0, 1), dictionary: ['North', 'South'] },
        language: { codes: Uint8Array.of(2, 0, 2), dictionary: LANGUAGES },
        tenure: { codes: Uint8Array.of(1, 0, 1), dictionary: TENURE },
      },
    });
    expect(result.groups.map((g) => [g.label, g.records, g.eligible, g.eligibleEnrolled, g.ineligibleEnrolled])).toEqual([
      ['North × en × own', 1, 0, 0, 1],
      ['South × vi × rent', 2, 2, 1, 0],
    ]);
  });
});

describe('targetingErrorsColumnar: bad columns, with code, path and message', () => {
  const ok = () => ({
    eligible: Uint8Array.of(1, 0),
    enrolled: Uint8Array.of(0, 1),
    by: {
      district: { codes: Uint8Array.of(0, 1), dictionary: ['North', 'South'] },
      language: { codes: Uint8Array.of(1, 0), dictionary: ['en', 'es'] },
      tenure: { codes: Uint8Array.of(0, 0), dictionary: ['own', 'rent'] },
    },
  });
  const plain = () => {
    const typed = ok();
    return {
      eligible: Array.from(typed.eligible),
      enrolled: Array.from(typed.enrolled),
      by: Object.fromEntries(Object.entries(typed.by).map(([name, c]) => [name, { codes: Array.from(c.codes), dictionary: c.dictionary }])),
    };
  };
  function expectError(run: () => unknown, code: string, path: string, message: string): void {
    const error = caught(run);
    expect({ code: error.code, path: error.path, message: error.message }).toEqual({ code, path, message: `targetingErrorsColumnar: ${message}` });
  }

  it('rejects columns that are not an object', () => {
    for (const [value, shown] of [[null, 'null'], ['x', '"x"']] as const) {
      expectError(() => targetingErrorsColumnar(value as never), 'invalid_type', 'columns', `columns is ${shown}; pass { eligible, enrolled, by }.`);
    }
  });

  it('rejects an eligible or enrolled column that is not one code per record', () => {
    const eligibleHint = 'pass one eligibility code per record (1 eligible, 0 ineligible, 2 indeterminate).';
    for (const value of [null, 5, {}]) {
      const error = caught(() => targetingErrorsColumnar({ ...ok(), eligible: value as never }));
      expect([error.code, error.path]).toEqual(['invalid_type', 'columns.eligible']);
      expect(error.message).toMatch(/^targetingErrorsColumnar: columns\.eligible is /);
      expect(error.message.endsWith(eligibleHint)).toBe(true);
      const enrolled = caught(() => targetingErrorsColumnar({ ...ok(), enrolled: value as never }));
      expect([enrolled.code, enrolled.path]).toEqual(['invalid_type', 'columns.enrolled']);
      expect(enrolled.message).toMatch(/^targetingErrorsColumnar: columns\.enrolled is .*; pass one code per record, as an array or typed array\.$/);
    }
    expectError(() => targetingErrorsColumnar({ ...ok(), eligible: null as never }), 'invalid_type', 'columns.eligible', `columns.eligible is null; ${eligibleHint}`);
    // A string or a function has a length too, but is no column (here of the right length, 2).
    for (const value of ['ab', (a: number, b: number) => a + b]) {
      for (const column of ['eligible', 'enrolled'] as const) {
        const error = caught(() => targetingErrorsColumnar({ ...ok(), [column]: value as never }));
        expect([error.code, error.path]).toEqual(['invalid_type', `columns.${column}`]);
      }
    }
    expectError(() => targetingErrorsColumnar({ ...ok(), enrolled: 5 as never }), 'invalid_type', 'columns.enrolled', 'columns.enrolled is 5; pass one code per record, as an array or typed array.');
    expectError(
      () => targetingErrorsColumnar({ ...ok(), enrolled: Uint8Array.of(1, 0, 1) }),
      'length_mismatch',
      'columns.enrolled',
      'columns.enrolled has 3 entries for 2 records; give one per record.',
    );
  });

  it('rejects a by that is not an object of { codes, dictionary } columns', () => {
    expectError(() => targetingErrorsColumnar({ ...ok(), by: 5 as never }), 'invalid_type', 'columns.by', 'columns.by is 5; pass { name: { codes, dictionary } }.');
    expectError(() => targetingErrorsColumnar({ ...ok(), by: 'district' as never }), 'invalid_type', 'columns.by', 'columns.by is "district"; pass { name: { codes, dictionary } }.');
    const functionColumn = Object.assign(() => 0, { codes: Uint8Array.of(0, 0), dictionary: ['a'] });
    for (const bad of [null, 5, { codes: Uint8Array.of(0, 0) }, functionColumn]) {
      const error = caught(() => targetingErrorsColumnar({ ...ok(), by: { zone: bad as never } }));
      expect([error.code, error.path]).toEqual(['invalid_type', 'columns.by.zone']);
      expect(error.message).toMatch(/^targetingErrorsColumnar: columns\.by\.zone is .*; pass \{ codes, dictionary \} with the group name of each code\.$/);
    }
    expectError(
      () => targetingErrorsColumnar({ ...ok(), by: { zone: { codes: Uint8Array.of(0), dictionary: ['a'] } } }),
      'length_mismatch',
      'columns.by.zone.codes',
      'columns.by.zone.codes has 1 entries for 2 records; give one per record.',
    );
    expectError(
      () => targetingErrorsColumnar({ ...ok(), by: { zone: { codes: 7 as never, dictionary: ['a'] } } }),
      'invalid_type',
      'columns.by.zone.codes',
      'columns.by.zone.codes is 7; pass one code per record, as an array or typed array.',
    );
    const big = (size: number) => ({ codes: Uint8Array.of(0, 0), dictionary: Array.from({ length: size }, String) });
    expectError(
      () => targetingErrorsColumnar({ ...ok(), by: { a: big(1 << 13), b: big(1 << 12) } }),
      'out_of_range',
      'columns.by',
      "the dictionaries' sizes multiply to 33554432 cells, more than 16777216; group by fewer or coarser columns, or merge batches grouped separately.",
    );
  });

  it('names the first bad code of a record, on the fused and the general path, in every grouping column', () => {
    for (const make of [ok, plain]) {
      for (const [name, size] of [['district', 2], ['language', 2], ['tenure', 2]] as const) {
        for (const bad of [size, -1]) {
          const columns = make();
          const by = columns.by as Record<string, { codes: ArrayLike<number>; dictionary: string[] }>;
          const codes = Array.from(by[name]?.codes ?? []);
          codes[1] = bad;
          const typedCodes = make === ok ? Int32Array.from(codes) : codes;
          const shown = String(bad);
          expectError(
            () => targetingErrorsColumnar({ ...columns, by: { ...by, [name]: { codes: typedCodes, dictionary: by[name]?.dictionary ?? [] } } } as never),
            'invalid_value',
            `columns.by.${name}.codes[1]`,
            `columns.by.${name}.codes[1] is ${shown}; a code is a whole number from 0 to 1 (the dictionary has 2 names).`,
          );
        }
      }
      const eligible = make();
      expectError(
        () => targetingErrorsColumnar({ ...eligible, eligible: make === ok ? Uint8Array.of(1, 3) : [1, 3] } as never),
        'invalid_value',
        'columns.eligible[1]',
        'columns.eligible[1] is 3; an eligibility code is 1 (eligible), 0 (ineligible) or 2 (indeterminate).',
      );
      // A bad enrolment is named whatever the (valid) eligibility code of its record: 0 here, then 2.
      for (const e of [0, 2]) {
        const enrolled = make();
        expectError(
          () => targetingErrorsColumnar({ ...enrolled, eligible: make === ok ? Uint8Array.of(1, e) : [1, e], enrolled: make === ok ? Uint8Array.of(0, 2) : [0, 2] } as never),
          'invalid_value',
          'columns.enrolled[1]',
          'columns.enrolled[1] is 2; an enrolment is 1 (enrolled) or 0 (booleans convert with Uint8Array.from(column, Number)).',
        );
      }
    }
  });

  it('checks every code of typed columns mixed with a plain column (the general path)', () => {
    const columns = ok();
    // Typed eligible, enrolled and district with a plain language column holding 1.5: only the general path sees it.
    expectError(
      () => targetingErrorsColumnar({ ...columns, by: { ...columns.by, language: { codes: [0, 1.5], dictionary: ['en', 'es'] } } }),
      'invalid_value',
      'columns.by.language.codes[1]',
      'columns.by.language.codes[1] is 1.5; a code is a whole number from 0 to 1 (the dictionary has 2 names).',
    );
  });
  it('names the first record with a bad code whatever the column types: the fused pass and the general path agree', () => {
    // Records 0–5 are valid and cover every eligibility code and enrolment; then a bad code in record 6 and another,
    // in a column the general path checks earlier, in record 7.
    const eligible = [0, 1, 2, 0, 1, 2, 9, 1];
    const enrolled = [0, 0, 0, 1, 1, 1, 0, 0];
    const district = [0, 1, 0, 1, 0, 1, 0, 5];
    const language = [1, 0, 1, 0, 1, 0, 1, 0];
    const layouts: [string, (values: number[]) => ArrayLike<number>][] = [
      ['typed', (values) => Uint8Array.from(values)],
      ['plain', (values) => values],
    ];
    for (const [label, make] of layouts) {
      const columns = (e: number[], r: number[], d: number[], l: number[]) => ({
        eligible: make(e),
        enrolled: make(r),
        by: { district: { codes: make(d), dictionary: ['North', 'South'] }, language: { codes: make(l), dictionary: ['en', 'es'] } },
      });
      const eligibleFirst = caught(() => targetingErrorsColumnar(columns(eligible, enrolled, district, language)));
      expect([eligibleFirst.path, eligibleFirst.message], label).toEqual([
        'columns.eligible[6]',
        'targetingErrorsColumnar: columns.eligible[6] is 9; an eligibility code is 1 (eligible), 0 (ineligible) or 2 (indeterminate).',
      ]);
      const enrolledFirst = caught(() => targetingErrorsColumnar(columns([0, 1, 2, 0, 1, 2, 1, 1], [0, 0, 0, 1, 1, 1, 3, 0], district, language)));
      expect([enrolledFirst.path, enrolledFirst.message], label).toEqual([
        'columns.enrolled[6]',
        'targetingErrorsColumnar: columns.enrolled[6] is 3; an enrolment is 1 (enrolled) or 0 (booleans convert with Uint8Array.from(column, Number)).',
      ]);
      const laterColumnFirst = caught(() => targetingErrorsColumnar(columns(eligible.map((e) => e % 3), enrolled, district, [1, 0, 1, 0, 1, 0, 7, 0])));
      expect([laterColumnFirst.path, laterColumnFirst.message], label).toEqual([
        'columns.by.language.codes[6]',
        'targetingErrorsColumnar: columns.by.language.codes[6] is 7; a code is a whole number from 0 to 1 (the dictionary has 2 names).',
      ]);
    }
  });
});
