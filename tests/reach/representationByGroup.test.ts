import { describe, expect, it } from 'vitest';
import { representationByGroup, targetingErrors } from '../../src/reach/index.ts';
import { caught, expectError } from './helpers.ts';

interface Row {
  district: string;
  language: string;
  eligible: boolean;
  enrolled: boolean;
}
const rows: Row[] = [
  // District 1: 4 eligible, 3 enrolled (one ineligible). District 2: 2 eligible, 1 enrolled.
  { district: '1', language: 'en', eligible: true, enrolled: true },
  { district: '1', language: 'en', eligible: true, enrolled: true },
  { district: '1', language: 'es', eligible: true, enrolled: false },
  { district: '1', language: 'es', eligible: true, enrolled: false },
  { district: '1', language: 'en', eligible: false, enrolled: true },
  { district: '2', language: 'vi', eligible: true, enrolled: true },
  { district: '2', language: 'vi', eligible: true, enrolled: false },
];
const options = { eligible: (r: Row) => r.eligible, enrolled: (r: Row) => r.enrolled };

describe('representationByGroup', () => {
  it('divides share of enrolments by share of eligible households, by hand', () => {
    const result = representationByGroup(targetingErrors(rows, { ...options, by: (r) => r.district }));
    // District 1: enrolments 3/4, eligible 4/6 → 1.125. District 2: 1/4 ÷ 2/6 = 0.75.
    expect(result.numerator).toBe('enrolled');
    expect(result.groups.map((g) => [g.label, g.enrolledShare, g.eligibleShare])).toEqual([
      ['1', 3 / 4, 4 / 6],
      ['2', 1 / 4, 2 / 6],
    ]);
    expect(result.groups[0]?.representation).toBeCloseTo(1.125, 12);
    expect(result.groups[1]?.representation).toBeCloseTo(0.75, 12);
  });
  it('with eligible enrolments only, equals group coverage ÷ overall coverage', () => {
    const reach = targetingErrors(rows, { ...options, by: (r) => r.district });
    const result = representationByGroup(reach, { numerator: 'eligibleEnrolled' });
    result.groups.forEach((g, i) => {
      expect(g.representation).toBeCloseTo((reach.groups[i]?.coverage as number) / (reach.overall.coverage as number), 12);
    });
  });
  it('uses one dimension of a multi-dimension result', () => {
    const reach = targetingErrors(rows, { ...options, by: { district: (r) => r.district, language: (r) => r.language } });
    const byLanguage = representationByGroup(reach, { dimension: 'language' });
    expect(byLanguage.dimensions).toEqual(['language']);
    // en: 3 of 4 enrolments, 2 of 6 eligible → 2.25; es: 0 of 4, 2 of 6 → 0; vi: 1/4 ÷ 2/6 = 0.75.
    expect(byLanguage.groups.map((g) => [g.label, g.representation])).toEqual([
      ['en', (3 / 4) / (2 / 6)],
      ['es', 0],
      ['vi', (1 / 4) / (2 / 6)],
    ]);
  });
  it('gives null with a reason for a group without eligible households', () => {
    const reach = targetingErrors([...rows, { district: '3', language: 'en', eligible: false, enrolled: true }], { ...options, by: (r) => r.district });
    const third = representationByGroup(reach).groups[2];
    expect(third?.representation).toBeNull();
    expect(third?.reason).toBe('the group has no eligible households');
  });
  it('gives null with a reason when nothing is enrolled', () => {
    const reach = targetingErrors(rows, { eligible: (r) => r.eligible, enrolled: () => false, by: (r) => r.district });
    expect(representationByGroup(reach).groups[0]).toMatchObject({ representation: null, reason: 'no enrolments in any group' });
  });
  it('rejects a dimension the result is not grouped by, and bad options', () => {
    const reach = targetingErrors(rows, { ...options, by: (r) => r.district });
    const error = caught(() => representationByGroup(reach, { dimension: 'ward' }));
    expect(error.code).toBe('not_found');
    expect(error.path).toBe('options.dimension');
    expect(error.message).toBe('representationByGroup: options.dimension is "ward" but the result is grouped by [group]; pick one of those.');
    expect(caught(() => representationByGroup(reach, { numerator: 'all' as 'enrolled' })).code).toBe('invalid_value');
    expect(caught(() => representationByGroup(null as never)).path).toBe('result');
  });
});

describe('representationByGroup, dimensions, empty totals and errors in full', () => {
  interface R {
    d: string;
    l: string;
    e: boolean;
    n: boolean;
  }
  const ineligible: R[] = [
    { d: '1', l: 'en', e: false, n: true },
    { d: '2', l: 'es', e: false, n: false },
  ];
  const o = { eligible: (r: R) => r.e, enrolled: (r: R) => r.n };

  it('picks the first dimension of several, or the only one, with its keys', () => {
    const two = targetingErrors(rows, { ...options, by: { district: (r) => r.district, language: (r) => r.language } });
    const byDistrict = representationByGroup(two, { dimension: 'district' });
    expect(byDistrict.dimensions).toEqual(['district']);
    // District 1: 3/4 ÷ 4/6 = 1.125; district 2: 1/4 ÷ 2/6 = 0.75 (as without the language dimension).
    expect(byDistrict.groups.map((g) => [g.keys, g.label, g.enrolledShare, g.eligibleShare])).toEqual([
      [['1'], '1', 3 / 4, 4 / 6],
      [['2'], '2', 1 / 4, 2 / 6],
    ]);
    const one = representationByGroup(targetingErrors(rows, { ...options, by: (r) => r.district }), { dimension: 'group' });
    expect(one.groups.map((g) => [g.keys, g.enrolledShare])).toEqual([
      [['1'], 3 / 4],
      [['2'], 1 / 4],
    ]);
  });

  it('refuses a hand-made result whose byDimension lacks the dimension, instead of returning no groups', () => {
    const two = targetingErrors(rows, { ...options, by: { district: (r) => r.district, language: (r) => r.language } });
    const missing = 'representationByGroup: result has no margin for "language" in byDimension; pass the result as targetingErrors or mergeReach returned it.';
    expectError(() => representationByGroup({ ...two, byDimension: [] }, { dimension: 'language' }), 'not_found', 'result.byDimension', missing);
    expectError(() => representationByGroup({ ...two, byDimension: undefined as never }, { dimension: 'language' }), 'not_found', 'result.byDimension', missing);
  });

  it('refuses a result computed without options.by: it has no groups to compare', () => {
    const ungrouped = targetingErrors(rows, options);
    expect(ungrouped.groups).toEqual([]);
    expectError(() => representationByGroup(ungrouped), 'invalid_value', 'result.dimensions',
      'representationByGroup: result is not grouped (its dimensions are []), so it has no groups to compare; compute targetingErrors with options.by.');
  });

  it('gives null eligible shares with a reason when no household is eligible', () => {
    const result = representationByGroup(targetingErrors(ineligible, { ...o, by: (r) => r.d }));
    expect(result.groups).toEqual([
      { keys: ['1'], label: '1', enrolledShare: 1, eligibleShare: null, representation: null, reason: 'no eligible households in any group' },
      { keys: ['2'], label: '2', enrolledShare: 0, eligibleShare: null, representation: null, reason: 'no eligible households in any group' },
    ]);
  });

  it('names the function, the field and the fix in its errors', () => {
    const reach = targetingErrors(ineligible, { ...o, by: { district: (r) => r.d, language: (r) => r.l } });
    const notResult = 'pass a result of targetingErrors computed with options.by.';
    expectError(() => representationByGroup(undefined as never), 'invalid_type', 'result', `representationByGroup: result is undefined; ${notResult}`);
    expectError(() => representationByGroup(5 as never), 'invalid_type', 'result', `representationByGroup: result is 5; ${notResult}`);
    expectError(() => representationByGroup(reach, null as never), 'invalid_type', 'options', 'representationByGroup: options is null; expected an options object.');
    expectError(() => representationByGroup(reach, 5 as never), 'invalid_type', 'options', 'representationByGroup: options is 5; expected an options object.');
    expectError(() => representationByGroup(reach, { dim: 'x' } as never), 'unknown_key', 'options.dim',
      'representationByGroup: options has unknown option "dim"; allowed: dimension, numerator.');
    expectError(() => representationByGroup(reach, { numerator: 'all' as never }), 'invalid_value', 'options.numerator',
      'representationByGroup: options.numerator is "all"; use "enrolled" or "eligibleEnrolled".');
    expectError(() => representationByGroup(reach, { dimension: 'ward' }), 'not_found', 'options.dimension',
      'representationByGroup: options.dimension is "ward" but the result is grouped by [district, language]; pick one of those.');
  });
});
