/**
 * Properties of the mappers on random messy tables: every row in is a record or a rejected row, records pass the
 * record schemas, errors and records never describe the same row, and batching does not change the result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EnrollmentSchema, HouseholdSchema, TABLE_PROBLEM_CODES, createTableMapper, mapTables, type TableMapping } from '../../src/index.ts';

const mapping: TableMapping = {
  defaults: { dateFormats: ['yyyy-MM-dd', 'MM/dd/yyyy'] },
  households: {
    id: 'id',
    size: 'size',
    incomes: [{ amount: 'amount', frequency: { column: 'freq', codes: { M: 'monthly' } } }],
    location: { lat: 'lat', lng: 'lng' },
    members: 'persons',
    attributes: { district: 'district' },
    categorical: [{ program: 'CalFresh', flag: 'snap' }],
  },
  persons: { householdId: 'hh', birthDate: 'dob', disability: 'dis' },
  enrollments: { householdId: 'hh', programId: { value: 'p' }, programYear: 'year', date: 'on' },
};

const cell = (values: readonly unknown[]) => fc.constantFrom(...values);
const ids = ['A', 'B', 'C', 'D', 'E', 'F', '', ' A ', 'N/A'];
const household = fc.record({
  id: cell(ids),
  size: cell(['1', '2', '3', '2.5', '0', '', 'x', 4, 31]),
  amount: cell(['$1,200', '(5)', '12%', '', 'NA', '0', 'abc', 900.5, '1 234']),
  freq: cell(['M', 'monthly', 'Q', '', 'weekly']),
  lat: cell(['37.3', '', '-121.9', '0', 'x', 37.4]),
  lng: cell(['-121.9', '', '37.3', '0', 'y']),
  district: cell(['1', '', 'NA', 7, '  3 ']),
  snap: cell(['Y', 'N', '', 'maybe', true, 0]),
});
const person = fc.record({ hh: cell(ids), dob: cell(['2000-01-01', '02/30/2000', '', '7/4/2019', 'x', '1990-13-01']), dis: cell(['Y', '', 'N', '?']) });
const enrollment = fc.record({ hh: cell(ids), year: cell(['2024', '', '2024.5', '24', 'x']), on: cell(['', '2024-07-01', '07/01/2024', '2024-02-30']) });
const tables = fc.record({
  households: fc.array(household, { maxLength: 12 }),
  persons: fc.array(person, { maxLength: 15 }),
  enrollments: fc.array(enrollment, { maxLength: 12 }),
});

describe('mapper properties on random messy tables', () => {
  it('rows in = records + rejected rows; each rejected row has an error; records pass the schemas', () => {
    fc.assert(
      fc.property(tables, (input) => {
        const result = mapTables(input, mapping);
        for (const name of ['households', 'persons', 'enrollments'] as const) {
          const s = result.summary[name];
          expect(s.rows).toBe(input[name].length);
          expect(s.records + s.rejectedRows).toBe(s.rows);
          const errorRows = new Set(result.problems.filter((p) => p.table === name && p.severity === 'error').map((p) => p.row));
          expect(errorRows.size).toBe(s.rejectedRows);
          for (const row of errorRows) expect(row >= 2 && row < 2 + s.rows).toBe(true);
        }
        expect(result.households.length).toBe(result.summary.households.records);
        expect(result.enrollments.length).toBe(result.summary.enrollments.records);
        expect(result.households.reduce((n, h) => n + (h.members?.length ?? 0), 0)).toBe(result.summary.persons.records);
        const seen = new Set<string>();
        for (const h of result.households) {
          expect(HouseholdSchema.safeParse(h).success).toBe(true);
          expect(seen.has(h.id)).toBe(false);
          seen.add(h.id);
        }
        for (const e of result.enrollments) {
          expect(EnrollmentSchema.safeParse(e).success).toBe(true);
          expect(seen.has(e.householdId)).toBe(true);
        }
        for (const p of result.problems) {
          expect(Object.keys(TABLE_PROBLEM_CODES)).toContain(p.code);
          expect(p.message.length).toBeGreaterThan(20);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a household row that became a record has no error, and a rejected one left no record', () => {
    fc.assert(
      fc.property(fc.uniqueArray(household, { selector: (h) => h.id, maxLength: 8 }), (households) => {
        const rows = households.map((h, i) => ({ ...h, id: `H${i}` }));
        const result = mapTables({ households: rows, persons: [] }, mapping);
        const kept = new Set(result.households.map((h) => h.id));
        const rejected = new Set(result.problems.filter((p) => p.severity === 'error').map((p) => `H${p.row - 2}`));
        for (const row of rows) expect(kept.has(row.id)).toBe(!rejected.has(row.id));
      }),
      { numRuns: 200 },
    );
  });

  it('batches of any size give the same records, problems and counts as one call', () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 1, max: 5 }), (input, size) => {
        const whole = mapTables(input, mapping);
        const mapper = createTableMapper(mapping);
        const problems = [];
        const households = [];
        const enrollments = [];
        for (let i = 0; i < input.persons.length; i += size) problems.push(...mapper.persons(input.persons.slice(i, i + size), { columns: ['hh', 'dob', 'dis'] }).problems);
        if (input.persons.length === 0) mapper.persons([], { columns: ['hh', 'dob', 'dis'] });
        const householdColumns = ['id', 'size', 'amount', 'freq', 'lat', 'lng', 'district', 'snap'];
        if (input.households.length === 0) mapper.households([], { columns: householdColumns });
        for (let i = 0; i < input.households.length; i += size) {
          const out = mapper.households(input.households.slice(i, i + size), { columns: householdColumns });
          households.push(...out.records);
          problems.push(...out.problems);
        }
        for (let i = 0; i < input.enrollments.length; i += size) {
          const out = mapper.enrollments(input.enrollments.slice(i, i + size), { columns: ['hh', 'year', 'on'] });
          enrollments.push(...out.records);
          problems.push(...out.problems);
        }
        const end = mapper.finish();
        problems.push(...end.problems);
        expect(households).toEqual(whole.households);
        expect(enrollments).toEqual(whole.enrollments);
        expect(end.summary.households).toEqual(whole.summary.households);
        expect(end.summary.persons).toEqual(whole.summary.persons);
        expect(end.summary.enrollments).toEqual(whole.summary.enrollments);
        expect(problems.length).toBe(whole.problems.length);
      }),
      { numRuns: 150 },
    );
  });
});
