// The accumulate step's checks of enrolments, batches and screened statuses, and the layout of its partial state,
// on datasets of a few households (expected values counted by hand).
import { describe, expect, it } from 'vitest';
import type { Enrollment, Household } from '../../src/internal/records.ts';
import { createGoalSummarizer } from '../../src/monitor/createGoalSummarizer.ts';
import { PartialAccumulator } from '../../src/monitor/internal/accumulate.ts';
import { checkGoal } from '../../src/monitor/internal/setup.ts';
import { summarizeGoal } from '../../src/monitor/summarizeGoal.ts';
import { caught } from '../helpers/caught.ts';
import { goalWith, shareByDistrict } from './fixtures.ts';

const ONE_YEAR = { asOf: '2025-12-31', years: [2025] };
const TWO_YEARS = { asOf: '2025-12-31', years: [2024, 2025] };

function three(): Household[] {
  return [
    { id: 'a', size: 2, attributes: { district: '2', z: '1' } },
    { id: 'b', size: 3, attributes: { district: '1', a: '1' } },
    { id: 'c', size: 1, attributes: { district: '2' } },
  ];
}

function withEnrolments(enrollments: unknown[]): () => unknown {
  return () => summarizeGoal(goalWith([shareByDistrict()]), { households: three(), enrollments: enrollments as Enrollment[] }, ONE_YEAR);
}

describe('PartialAccumulator: enrolment checks', () => {
  it('rejects an enrolment that is not an object', () => {
    for (const bad of [null, 'x']) {
      const e = caught(withEnrolments([{ householdId: 'a', programId: 'youth', programYear: 2025 }, bad]));
      expect([e.code, e.path, e.message]).toEqual(['invalid_type', 'data.enrollments[1]', `summarizeGoal: data.enrollments[1] is ${bad === null ? 'null' : '"x"'}; expected an enrolment.`]);
    }
  });

  it('rejects a fractional program year and an enrolment with neither year nor date', () => {
    const year = caught(withEnrolments([{ householdId: 'a', programId: 'youth', programYear: 2024.5 }]));
    expect([year.code, year.path, year.message]).toEqual(['not_integer', 'data.enrollments[0].programYear', 'summarizeGoal: data.enrollments[0].programYear is 2024.5; expected a whole year such as 2024.']);
    const none = caught(withEnrolments([{ householdId: 'a', programId: 'youth' }]));
    expect([none.code, none.path, none.message]).toEqual([
      'missing_field',
      'data.enrollments[0]',
      'summarizeGoal: data.enrollments[0] has neither programYear nor date; give one so the enrolment can be counted in a year.',
    ]);
    const date = caught(withEnrolments([{ householdId: 'a', programId: 'youth', date: '2025-13-40' }]));
    expect(date.path).toBe('data.enrollments[0].date');
  });

  it('counts an enrolment by its date when it has no program year', () => {
    // Calendar years (no yearBasis): 2025-03-01 is in 2025.
    const partial = summarizeGoal(goalWith([shareByDistrict()]), { households: three(), enrollments: [{ householdId: 'b', programId: 'youth', date: '2025-03-01' }] }, ONE_YEAR);
    expect(partial.indicators[0]?.overall).toEqual([{ records: 3, events: 1, num: 1, den: 3 }]);
    expect(partial.indicators[0]?.dimensions[0]?.cells).toEqual([[{ records: 1, events: 1, num: 1, den: 1 }], [{ records: 2, events: 0, num: 0, den: 2 }]]);
  });
});

describe('PartialAccumulator.add', () => {
  it('takes no batch after finish and only arrays', () => {
    const options = { asOf: '2025-12-31', years: [2025] };
    const accumulator = new PartialAccumulator(checkGoal(goalWith([shareByDistrict()]), options, 'fnName'), { enrollments: [] }, options, 'fnName');
    const notArray = caught(() => accumulator.add('x' as never));
    expect([notArray.code, notArray.path, notArray.message]).toEqual(['invalid_type', 'households', 'fnName: a batch of households must be an array; got "x".']);
    accumulator.add([]);
    accumulator.add(three().slice(0, 1));
    expect(accumulator.householdCount).toBe(1);
    expect(accumulator.finish('p').indicators[0]?.overall).toEqual([{ records: 1, events: 0, num: 0, den: 1 }]);
    const finished = caught(() => accumulator.add(three()));
    expect([finished.code, finished.path, finished.message]).toEqual(['invalid_value', 'households', 'fnName: the accumulator is finished; create a new one to add households.']);
  });

  it('checks the households unless told they are validated', () => {
    const options = { asOf: '2025-12-31', years: [2025] };
    const make = (): PartialAccumulator => new PartialAccumulator(checkGoal(goalWith([shareByDistrict()]), options, 'f'), { enrollments: [] }, options, 'f');
    const twice = [three()[0] as Household, three()[0] as Household];
    const e = caught(() => make().add(twice));
    expect([e.code, e.path, e.message]).toEqual(['duplicate', 'data.households[1].id', 'f: data.households[1].id "a" appears twice; household ids must be unique.']);
    const trusted = make();
    trusted.add(twice, true);
    expect(trusted.finish(null).records.households).toBe(2);
  });

  it('lists the attribute names of the first 1,000 households, until 1,000 names', () => {
    const summarizer = createGoalSummarizer(goalWith([shareByDistrict()]), { enrollments: [] }, ONE_YEAR);
    summarizer.add(Array.from({ length: 999 }, (_, i) => ({ id: `h${i}`, size: 1, attributes: { district: '1' } })));
    // Household 999 is read (the 1,000th), household 1000 is not.
    summarizer.add([
      { id: 'x', size: 1, attributes: { seen: '1' } },
      { id: 'y', size: 1, attributes: { late: '1' } },
    ]);
    summarizer.add([{ id: 'z', size: 1, attributes: { later: '1' } }]);
    expect(summarizer.finish().attributeNames).toEqual(['attributes.district', 'attributes.seen']);

    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${String(i).padStart(4, '0')}`, '1']));
    const full = createGoalSummarizer(goalWith([shareByDistrict()]), { enrollments: [] }, ONE_YEAR);
    full.add([{ id: 'a', size: 1, attributes: many }]);
    full.add([{ id: 'b', size: 1, attributes: { extra: '1' } }]);
    const names = full.finish().attributeNames;
    expect(names.length).toBe(1000);
    expect(names.includes('attributes.extra')).toBe(false);
  });

  it('reads attribute names only from attribute objects, sorted', () => {
    const households = [
      { id: 'p', size: 1 },
      { id: 'q', size: 1, attributes: null },
      { id: 'r', size: 1, attributes: 'xy' },
      ...three(),
    ] as unknown as Household[];
    const partial = summarizeGoal(goalWith([shareByDistrict()]), { households, enrollments: [] }, ONE_YEAR);
    expect(partial.attributeNames).toEqual(['attributes.a', 'attributes.district', 'attributes.z']);
  });
});

describe('checkHouseholds', () => {
  it('names a household that is not an object with a string id', () => {
    for (const [bad, said] of [[null, 'null'], ['h', '"h"'], [{ id: 5, size: 1 }, 'an object']] as const) {
      const e = caught(() => summarizeGoal(goalWith([shareByDistrict()]), { households: [three()[0], bad] as Household[], enrollments: [] }, ONE_YEAR));
      expect([e.code, e.path, e.message]).toEqual(['invalid_type', 'data.households[1]', `summarizeGoal: data.households[1] is ${said}; expected a household with a string id.`]);
    }
  });
});

describe('PartialAccumulator: screened statuses', () => {
  const goal = (): unknown =>
    goalWith([shareByDistrict({ measure: { kind: 'share', numerator: { field: 'eligible', op: 'eq', value: true } }, disaggregations: [{ id: 'elig', field: 'eligible', unmatched: 'group' }] })]);

  it('reads one status per household and year, 1 eligible, 0 ineligible, anything else undecided', () => {
    // 2024: a 1, b 0, c 2; 2025: a 0, b 1, c 1.
    const statusByYear = new Map([[2024, Uint8Array.from([1, 0, 2])], [2025, Uint8Array.from([0, 1, 1])]]);
    const partial = summarizeGoal(goal(), { households: three(), eligibility: { statusByYear } }, TWO_YEARS);
    const share = partial.indicators[0];
    expect(share?.overall.map((cell) => [cell?.records, cell?.events])).toEqual([[3, 1], [3, 2]]);
    expect(share?.dimensions[0]?.groups).toEqual([['Unknown or other'], ['false'], ['true']]);
    // Undecided: c in 2024; ineligible: b in 2024, a in 2025; eligible: a in 2024, b and c in 2025.
    expect(share?.dimensions[0]?.cells.map((row) => row.map((cell) => (cell === null ? null : [cell.records, cell.events])))).toEqual([
      [[1, 0], null],
      [[1, 0], [1, 0]],
      [[1, 1], [2, 2]],
    ]);
    expect(share?.dimensions[0]?.unmatched).toBe(true);
  });

  it('rejects a missing year, a status list that is not a list, and too few statuses', () => {
    const missing = caught(() => summarizeGoal(goal(), { households: three(), eligibility: { statusByYear: new Map([[2024, [1, 1, 1]]]) } }, TWO_YEARS));
    expect([missing.code, missing.path, missing.message]).toEqual([
      'missing_field',
      'data.eligibility.statusByYear',
      'summarizeGoal: data.eligibility.statusByYear has no statuses for program year 2025; screen every evaluated year.',
    ]);
    const notList = caught(() => summarizeGoal(goal(), { households: three(), eligibility: { statusByYear: new Map([[2025, {} as never]]) } }, ONE_YEAR));
    expect(notList.code).toBe('missing_field');
    // No household at all: the missing year is named when the summary finishes (a TypeError before), not on add([]).
    const empty = createGoalSummarizer(goal(), { eligibility: { statusByYear: new Map([[2025, []]]) } }, TWO_YEARS);
    empty.add([]);
    const atFinish = caught(() => empty.finish());
    expect([atFinish.code, atFinish.path, atFinish.message]).toEqual([
      'missing_field',
      'data.eligibility.statusByYear',
      'createGoalSummarizer: data.eligibility.statusByYear has no statuses for program year 2024; screen every evaluated year.',
    ]);
    const notListEmpty = createGoalSummarizer(goal(), { eligibility: { statusByYear: new Map([[2024, {} as never], [2025, []]]) } }, TWO_YEARS);
    expect(caught(() => notListEmpty.finish()).code).toBe('missing_field');
    const short = createGoalSummarizer(goal(), { eligibility: { statusByYear: new Map([[2025, [1, 0, 1]]]) } }, ONE_YEAR);
    short.add(three().slice(0, 2));
    const e = caught(() => short.add([{ id: 'd', size: 1, attributes: {} }, { id: 'e', size: 1, attributes: {} }]));
    expect([e.code, e.path, e.message]).toEqual([
      'length_mismatch',
      'data.eligibility.statusByYear',
      'createGoalSummarizer: data.eligibility.statusByYear for 2025 has 3 statuses for 4 households or more; give one per household, in order.',
    ]);
  });
});
