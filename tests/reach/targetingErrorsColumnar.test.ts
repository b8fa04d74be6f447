import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeReach } from '../../src/reach/mergeReach.ts';
import { targetingErrors } from '../../src/reach/targetingErrors.ts';
import { targetingErrorsColumnar } from '../../src/reach/targetingErrorsColumnar.ts';

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
