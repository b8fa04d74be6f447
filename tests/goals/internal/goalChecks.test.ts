/**
 * The checks of a goal that its schema cannot express (src/goals/internal/goalChecks.ts), on the raw input, one
 * rule at a time: which inputs each rule reports, at which path, with which message, and which it leaves to the
 * schema. defineGoal.test.ts checks the same rules end to end on the example goals.
 */
import { describe, expect, it } from 'vitest';
import { goalIssues } from '../../../src/goals/internal/goalChecks.ts';
import type { EquityLensIssue } from '../../../src/index.ts';

/** The issues of a goal with these indicators (and goal-level fields). */
const check = (indicators: unknown[], goal: Record<string, unknown> = {}): EquityLensIssue[] => goalIssues({ ...goal, indicators }, 'fn');

/** A share indicator with the given fields. */
const share = (fields: Record<string, unknown> = {}): Record<string, unknown> => ({ id: 's', measure: { kind: 'share' }, unit: 'proportion', ...fields });

describe('goal-level checks', () => {
  it('reads only objects', () => {
    expect(goalIssues('goal.json', 'fn')).toEqual([]);
    expect(goalIssues(null, 'fn')).toEqual([]);
    expect(goalIssues([{ adoptedOn: '2025-07-01', nextReviewOn: '2024-07-01' }], 'fn')).toEqual([]);
  });

  it('the next review must come after the adoption date (a later date, not the same day)', () => {
    const message = (next: string) => `fn: nextReviewOn is "${next}", not after adoptedOn "2025-07-01"; set the next review after the adoption date.`;
    expect(goalIssues({ adoptedOn: '2025-07-01', nextReviewOn: '2025-07-01' }, 'fn')).toEqual([{ code: 'out_of_range', path: 'nextReviewOn', message: message('2025-07-01') }]);
    expect(goalIssues({ adoptedOn: '2025-07-01', nextReviewOn: '2024-12-31' }, 'fn')).toEqual([{ code: 'out_of_range', path: 'nextReviewOn', message: message('2024-12-31') }]);
    expect(goalIssues({ adoptedOn: '2025-07-01', nextReviewOn: '2025-07-02' }, 'fn')).toEqual([]);
  });

  it('compares the dates only when both are written YYYY-MM-DD (the schema reports the others)', () => {
    expect(goalIssues({ adoptedOn: '2025-07-01', nextReviewOn: ' 2025-01-01' }, 'fn')).toEqual([]);
    expect(goalIssues({ adoptedOn: '2025-07-01x', nextReviewOn: '2025-01-01' }, 'fn')).toEqual([]);
    expect(goalIssues({ adoptedOn: '2025-7-01', nextReviewOn: '2025-01-01' }, 'fn')).toEqual([]);
    expect(goalIssues({ adoptedOn: '2025-07-01', nextReviewOn: 20250101 }, 'fn')).toEqual([]);
    expect(goalIssues({ adoptedOn: 20250701, nextReviewOn: '2025-01-01' }, 'fn')).toEqual([]);
    expect(goalIssues({ nextReviewOn: '2025-01-01' }, 'fn')).toEqual([]);
    // A list holding a date reads as that date in a regular expression and a comparison: still not a date.
    expect(goalIssues({ adoptedOn: ['2025-07-01'], nextReviewOn: '2025-01-01' }, 'fn')).toEqual([]);
    expect(goalIssues({ adoptedOn: '2025-07-01', nextReviewOn: ['2025-01-01'] }, 'fn')).toEqual([]);
  });

  it('indicator ids are unique; the second use is reported with the index of the first, entries that are not objects skipped', () => {
    expect(check([share({ id: 'a' }), null, share({ id: 'b' }), share({ id: 'a' }), share({ id: 'b' })])).toEqual([
      { code: 'duplicate', path: 'indicators[3].id', message: 'fn: indicators[3].id is "a", already used by indicators[0]; give each indicator its own id.' },
      { code: 'duplicate', path: 'indicators[4].id', message: 'fn: indicators[4].id is "b", already used by indicators[2]; give each indicator its own id.' },
    ]);
    // Empty ids are the schema's to report (once each).
    expect(check([share({ id: '' }), share({ id: '' })])).toEqual([]);
    expect(check([share({ id: 1 }), share({ id: 1 })])).toEqual([]);
    expect(goalIssues({ indicators: { id: 'a' } }, 'fn')).toEqual([]);
  });
});

describe('distance indicators', () => {
  const distance = (measure: Record<string, unknown>, unit: unknown) => ({ id: 'd', measure: { kind: 'distance', ...measure }, unit });

  it('shareWithin needs a radius; mean and median do not', () => {
    expect(check([distance({ statistic: 'shareWithin' }, 'proportion')])).toEqual([
      {
        code: 'missing_field',
        path: 'indicators[0].measure.radiusKm',
        message: 'fn: indicators[0].measure.radiusKm is missing; statistic "shareWithin" needs the radius in km (e.g. 1.6 for one mile).',
      },
    ]);
    expect(check([distance({ statistic: 'shareWithin', radiusKm: 1.6 }, 'proportion')])).toEqual([]);
    expect(check([distance({ statistic: 'mean' }, 'km')])).toEqual([]);
    // Only a distance measure has a statistic that needs a radius.
    expect(check([{ id: 'c', measure: { kind: 'count', statistic: 'shareWithin' }, unit: 'households' }])).toEqual([]);
    expect(check([{ id: 'c', measure: 'distance', unit: 'proportion' }])).toEqual([]);
  });

  it('a mean or median is in km, shareWithin a proportion; units that are not strings are the schema’s', () => {
    expect(check([distance({ statistic: 'mean' }, 'miles')])).toEqual([
      {
        code: 'invalid_value',
        path: 'indicators[0].unit',
        message: 'fn: indicators[0].unit is "miles", but a distance measure\'s mean is in km (great-circle distance to the nearest site); set unit to "km".',
      },
    ]);
    expect(check([distance({ statistic: 'median' }, 'km')])).toEqual([]);
    expect(check([distance({ statistic: 'shareWithin', radiusKm: 1 }, 'share')])).toEqual([]);
    expect(check([distance({ statistic: 'shareWithin', radiusKm: 1 }, 'km')])).toEqual([
      {
        code: 'invalid_value',
        path: 'indicators[0].unit',
        message: 'fn: indicators[0].unit is "km", but statistic "shareWithin" is a share, a proportion in [0, 1]; set unit to "proportion".',
      },
    ]);
    expect(check([distance({ statistic: 'mean' }, 5)])).toEqual([]);
    // Only a distance measure's unit is checked here.
    expect(check([share({ unit: 'km' })])).toEqual([]);
    expect(check([{ id: 'c', measure: { kind: 'count', statistic: 'mean' }, unit: 'households' }])).toEqual([]);
  });

  it('shareWithin values are shares: baseline, target and an absolute band above 1 are reported', () => {
    const within = { ...distance({ statistic: 'shareWithin', radiusKm: 1 }, 'proportion'), target: { year: 2030, value: 80 }, parityBand: { absolute: 5 } };
    expect(check([within]).map((i) => i.path)).toEqual(['indicators[0].target.value', 'indicators[0].parityBand.absolute']);
    const mean = { ...distance({ statistic: 'mean' }, 'km'), target: { year: 2030, value: 80 }, parityBand: { absolute: 5 } };
    expect(check([mean])).toEqual([]);
    // A statistic named shareWithin on another kind of measure does not make it a share.
    expect(check([{ id: 'c', measure: { kind: 'count', statistic: 'shareWithin' }, target: { year: 2030, value: 80 } }])).toEqual([]);
  });
});

describe('years and shares', () => {
  it('the target year comes after the baseline year', () => {
    const at = (from: unknown, to: unknown) => check([{ id: 'c', measure: { kind: 'count' }, baseline: { year: from, value: 1 }, target: { year: to, value: 2 } }]);
    expect(at(2024, 2023)).toEqual([
      {
        code: 'out_of_range',
        path: 'indicators[0].target.year',
        message: 'fn: indicators[0].target.year is 2023, not after the baseline year 2024; set a target year later than indicators[0].baseline.year.',
      },
    ]);
    expect(at(2024, 2024).map((i) => i.path)).toEqual(['indicators[0].target.year']);
    expect(at(2024, 2025)).toEqual([]);
    // Years that are not whole numbers are the schema's.
    expect(at(2024.5, 2024)).toEqual([]);
    expect(at(2024, '2023')).toEqual([]);
    expect(check([{ id: 'c', baseline: 2024, target: { year: 2023 } }])).toEqual([]);
  });

  it('a share’s baseline and target are in [0, 1]; from 10 to 100 it is read as a percent, below 10 both ways', () => {
    const at = (value: unknown) => check([share({ baseline: { year: 2020, value }, target: { year: 2030, value } })]);
    expect(at(30)).toEqual([
      { code: 'out_of_range', path: 'indicators[0].baseline.value', message: 'fn: indicators[0].baseline.value is 30; a share is a proportion in [0, 1] — write 30 % as 0.3.' },
      { code: 'out_of_range', path: 'indicators[0].target.value', message: 'fn: indicators[0].target.value is 30; a share is a proportion in [0, 1] — write 30 % as 0.3.' },
    ]);
    expect(at(100)[0]?.message).toBe('fn: indicators[0].baseline.value is 100; a share is a proportion in [0, 1] — write 100 % as 1.');
    expect(at(100.5)[0]?.message).toBe('fn: indicators[0].baseline.value is 100.5; a share is a proportion in [0, 1].');
    expect(at(-0.2)[0]?.message).toBe('fn: indicators[0].baseline.value is -0.2; a share is a proportion in [0, 1].');
    // Issue 12: 1.5 may be 1.5 % or 150 % (it said "write 1.5 % as 0.015"); 10 is the first value read as a percent only.
    expect(at(1.5)[0]?.message).toBe('fn: indicators[0].baseline.value is 1.5; a share is a proportion in [0, 1] — if 1.5 means 1.5 %, write 0.015; 150 % is not allowed here: a share is part of a whole, at most 1 (100 %).');
    expect(at(9.99)[0]?.message).toBe('fn: indicators[0].baseline.value is 9.99; a share is a proportion in [0, 1] — if 9.99 means 9.99 %, write 0.0999; 999 % is not allowed here: a share is part of a whole, at most 1 (100 %).');
    expect(at(10)[0]?.message).toBe('fn: indicators[0].baseline.value is 10; a share is a proportion in [0, 1] — write 10 % as 0.1.');
    for (const fine of [0, 0.3, 1, Number.NaN, '30', undefined]) expect(at(fine)).toEqual([]);
    // Not a share: any value.
    expect(check([{ id: 'c', measure: { kind: 'count' }, baseline: { year: 2020, value: 30 } }])).toEqual([]);
    expect(check([share({ baseline: 30 })])).toEqual([]);
  });

  it('an absolute band on a share is at most 1; a band ≤ 1 and bands that are not numbers are left to the schema', () => {
    expect(check([share({ parityBand: { absolute: 10 } })])).toEqual([
      {
        code: 'out_of_range',
        path: 'indicators[0].parityBand.absolute',
        message:
          'fn: indicators[0].parityBand.absolute is 10; for a share the absolute parity band is in proportion points (0.1 = ±10 points) and at most 1 — write 10 points as 0.1.',
      },
    ]);
    // The schema reports a band of 0 or below; reporting it here too would say it twice.
    for (const band of [1, 0.1, 0, -0.1, '10', Number.POSITIVE_INFINITY]) expect(check([share({ parityBand: { absolute: band } })])).toEqual([]);
    expect(check([share({ parityBand: 10 })])).toEqual([]);
  });
});

describe('disaggregations and reference groups', () => {
  const bins = (...labels: string[]) => labels.map((label, i) => ({ label, values: [i] }));

  it('dimension ids are unique within an indicator', () => {
    const dims = [{ id: 'size' }, null, { id: 'income' }, { id: 'size' }];
    expect(check([share({ disaggregations: dims })])).toEqual([
      {
        code: 'duplicate',
        path: 'indicators[0].disaggregations[3].id',
        message: 'fn: indicators[0].disaggregations[3].id is "size", already used by indicators[0].disaggregations[0]; give each dimension its own id.',
      },
    ]);
    expect(check([share({ disaggregations: [{ id: '' }, { id: '' }] })])).toEqual([]);
    expect(check([share({ disaggregations: [{ id: 5 }, { id: 5 }] })])).toEqual([]);
    // Other indicators may reuse them.
    expect(check([share({ id: 'a', disaggregations: [{ id: 'size' }] }), share({ id: 'b', disaggregations: [{ id: 'size' }] })])).toEqual([]);
  });

  it('a dimension’s named reference group is one of its bins, with the nearest label as a hint when there is one', () => {
    const dim = (group: unknown) => share({ disaggregations: [{ id: 'size', bins: bins('small', 'large'), referenceGroup: { group } }] });
    expect(check([dim('smal')])).toEqual([
      {
        code: 'not_found',
        path: 'indicators[0].disaggregations[0].referenceGroup.group',
        message: 'fn: indicators[0].disaggregations[0].referenceGroup.group is "smal", which is not one of the bins of this dimension ("small", "large"); name one of them.',
        hint: 'did you mean "small"?',
      },
    ]);
    expect(check([dim('medium-sized')])[0]).not.toHaveProperty('hint');
    expect(check([dim('large')])).toEqual([]);
    expect(check([dim('')])).toEqual([]);
    expect(check([dim(3)])).toEqual([]);
    // Without bins any value of the field may be named.
    expect(check([share({ disaggregations: [{ id: 'size', referenceGroup: { group: 'x' } }] })])).toEqual([]);
    expect(check([share({ disaggregations: [{ id: 'size', bins: bins('a'), referenceGroup: 'best' }] })])).toEqual([]);
  });

  it('an indicator’s named reference group is a bin of every binned dimension that has no reference group of its own', () => {
    const dims = [
      { id: 'size', bins: bins('1', '2+') },
      { id: 'income', bins: bins('low', 'high') },
      { id: 'district' },
      { id: 'tenure', bins: bins('own', 'rent'), referenceGroup: 'best' },
      { id: 'age', bins: bins('young', 'old') },
    ];
    const issues = check([share({ disaggregations: dims, referenceGroup: { group: 'low' } })]);
    expect(issues).toEqual([
      {
        code: 'not_found',
        path: 'indicators[0].referenceGroup.group',
        message:
          'fn: indicators[0].referenceGroup.group is "low", which is not one of the bins of indicators[0].disaggregations[0] ("1", "2+"); name one of them, or set referenceGroup on each disaggregation.',
      },
      {
        code: 'not_found',
        path: 'indicators[0].referenceGroup.group',
        message:
          'fn: indicators[0].referenceGroup.group is "low", which is not one of the bins of indicators[0].disaggregations[4] ("young", "old"); name one of them, or set referenceGroup on each disaggregation.',
      },
    ]);
    expect(check([share({ disaggregations: dims.slice(1, 4), referenceGroup: { group: 'low' } })])).toEqual([]);
    expect(check([share({ disaggregations: dims, referenceGroup: { group: '' } })])).toEqual([]);
    expect(check([share({ disaggregations: dims, referenceGroup: { group: 3 } })])).toEqual([]);
    expect(check([share({ disaggregations: dims, referenceGroup: 'best' })])).toEqual([]);
    expect(check([share({ disaggregations: { id: 'size' }, referenceGroup: { group: 'low' } })])).toEqual([]);
    // A repeated dimension id is checked against the bins of its first use.
    const repeated = [{ id: 'size', bins: bins('low') }, { id: 'size', bins: bins('1') }];
    expect(check([share({ disaggregations: repeated, referenceGroup: { group: 'low' } })]).map((i) => i.code)).toEqual(['duplicate']);
  });

  it('intersections cross distinct, existing dimensions', () => {
    const dims = [{ id: 'size' }, { id: 'income' }];
    expect(check([share({ disaggregations: dims, intersections: [['size', 'income'], 'size', ['size', 'size', 7, ''], ['size', 'incme'], ['tenure']] })])).toEqual([
      { code: 'duplicate', path: 'indicators[0].intersections[2][1]', message: 'fn: indicators[0].intersections[2][1] is "size", listed twice in this intersection; cross distinct dimensions.' },
      {
        code: 'not_found',
        path: 'indicators[0].intersections[3][1]',
        message: 'fn: indicators[0].intersections[3][1] is "incme", which is not the id of a disaggregation of this indicator ("size", "income"); use a disaggregation id.',
        hint: 'did you mean "income"?',
      },
      {
        code: 'not_found',
        path: 'indicators[0].intersections[4][0]',
        message: 'fn: indicators[0].intersections[4][0] is "tenure", which is not the id of a disaggregation of this indicator ("size", "income"); use a disaggregation id.',
      },
    ]);
    expect(check([share({ intersections: [['size']] })])).toEqual([
      {
        code: 'not_found',
        path: 'indicators[0].intersections[0][0]',
        message: 'fn: indicators[0].intersections[0][0] is "size", which is not the id of a disaggregation of this indicator (it has none); use a disaggregation id.',
      },
    ]);
    // The same dimension in two intersections is fine.
    expect(check([share({ disaggregations: dims, intersections: [['size', 'income'], ['income', 'size']] })])).toEqual([]);
  });
});

describe('bins', () => {
  const dimension = (bins: unknown) => check([share({ disaggregations: [{ id: 'x', bins }] })]);
  const at = 'indicators[0].disaggregations[0].bins';

  it('labels are unique; the second use is reported with the index of the first', () => {
    expect(dimension([{ label: 'a', values: [1] }, 'junk', { label: 'b', values: [2] }, { label: 'a', values: [3] }])).toEqual([
      { code: 'duplicate', path: `${at}[3].label`, message: `fn: ${at}[3].label is "a", already used by ${at}[0]; give each bin its own label.` },
    ]);
    expect(dimension([{ label: '', values: [1] }, { label: '', values: [2] }])).toEqual([]);
    expect(dimension([{ label: 7, values: [1] }, { label: 7, values: [2] }])).toEqual([]);
  });

  it('a bin has values or a range, not neither and not both', () => {
    expect(dimension([{ label: 'a' }])).toEqual([
      {
        code: 'missing_field',
        path: `${at}[0]`,
        message: `fn: ${at}[0] has neither values nor min/max; list the field values of the group (values: [1, 2]) or give a range (min ≤ field < max).`,
      },
    ]);
    const both = { code: 'invalid_value', path: `${at}[0]`, message: `fn: ${at}[0] has both values and min/max; use one: values for a list, min/max for a range.` };
    expect(dimension([{ label: 'a', values: [1], min: 0 }])).toEqual([both]);
    expect(dimension([{ label: 'a', values: [1], max: 5 }])).toEqual([both]);
    expect(dimension([{ label: 'a', min: 0 }, { label: 'b', max: 0 }])).toEqual([]);
  });

  it('a range has min < max', () => {
    const inverted = (min: number, max: number) => ({
      code: 'out_of_range',
      path: `${at}[0].max`,
      message: `fn: ${at}[0].max is ${max}, not above min ${min}; a bin holds min ≤ field < max, so max must exceed min.`,
    });
    expect(dimension([{ label: 'a', min: 5, max: 5 }])).toEqual([inverted(5, 5)]);
    expect(dimension([{ label: 'a', min: 6, max: 4 }])).toEqual([inverted(6, 4)]);
    expect(dimension([{ label: 'a', min: 4, max: 6 }])).toEqual([]);
    expect(dimension([{ label: 'a', min: 6, max: '4' }])).toEqual([]);
  });

  it('a value belongs to one bin only (repeats within a bin are harmless)', () => {
    expect(dimension([{ label: 'a', values: [1, 2, 2] }, { label: 'b', values: [3, 2] }, { label: 'c', values: ['1', 1] }])).toEqual([
      { code: 'duplicate', path: `${at}[1].values[1]`, message: `fn: ${at}[1].values[1] is 2, already in ${at}[0]; a value belongs to one bin only.` },
      { code: 'duplicate', path: `${at}[2].values[1]`, message: `fn: ${at}[2].values[1] is 1, already in ${at}[0]; a value belongs to one bin only.` },
    ]);
  });

  it('numeric ranges must not overlap; half-open neighbours and open ends are fine', () => {
    const overlap = (second: number, first: number) => ({
      code: 'invalid_value',
      path: `${at}[${second}]`,
      message: `fn: ${at}[${second}] overlaps ${at}[${first}]; ranges hold min ≤ field < max and must not share values — start one where the other ends.`,
    });
    expect(dimension([{ label: 'low', max: 10 }, { label: 'mid', min: 10, max: 20 }, { label: 'high', min: 20 }])).toEqual([]);
    // Listed out of order: the later-listed bin is reported, against the earlier-listed one.
    expect(dimension([{ label: 'high', min: 15 }, { label: 'low', max: 20 }])).toEqual([overlap(1, 0)]);
    expect(dimension([{ label: 'low', max: 20 }, { label: 'high', min: 15 }])).toEqual([overlap(1, 0)]);
    // Same start: both hold that value.
    expect(dimension([{ label: 'a', min: 0, max: 5 }, { label: 'b', min: 0, max: 9 }])).toEqual([overlap(1, 0)]);
    // Bins with values, inverted or empty ranges and non-numbers take no part.
    expect(
      dimension([
        { label: 'a', min: 0, max: 10 },
        { label: 'b', values: [5] },
        { label: 'c', min: 8, max: 2 },
        { label: 'd', min: '3', max: 9 },
        { label: 'e', min: 3, max: Number.NaN },
        { label: 'f', min: 10, max: 20 },
      ]).map((i) => i.path),
    ).toEqual([`${at}[2].max`]);
  });

  it('bins reported for their form take no part in the overlap check', () => {
    // Both forms, a bound that is not a number, neither form, an empty range: each reported once, for itself.
    expect(dimension([{ label: 'a', values: [1], min: 0, max: 10 }, { label: 'b', min: 5, max: 15 }]).map((i) => i.path)).toEqual([`${at}[0]`]);
    expect(dimension([{ label: 'a', min: 0, max: 10 }, { label: 'b', min: 5, max: '20' }])).toEqual([]);
    expect(dimension([{ label: 'a', min: 0, max: 10 }, { label: 'b', min: '5', max: 20 }])).toEqual([]);
    expect(dimension([{ label: 'a' }, { label: 'b', min: 0, max: 10 }]).map((i) => i.code)).toEqual(['missing_field']);
    expect(dimension([{ label: 'a', min: 0, max: 10 }, { label: 'b', min: 5, max: 5 }]).map((i) => i.path)).toEqual([`${at}[1].max`]);
  });

  it('ranges that start together are compared in the order listed', () => {
    const overlap = (second: number, first: number) => `fn: ${at}[${second}] overlaps ${at}[${first}]; ranges hold min ≤ field < max and must not share values — start one where the other ends.`;
    expect(dimension([{ label: 'a', min: 0, max: 5 }, { label: 'b', min: 0, max: 9 }, { label: 'c', min: 0, max: 3 }]).map((i) => i.message)).toEqual([overlap(1, 0), overlap(2, 1)]);
  });

  it('bins that are not a list are the schema’s', () => {
    expect(dimension({ label: 'a' })).toEqual([]);
  });
});
