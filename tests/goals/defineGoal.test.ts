import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { defineGoal, EquityLensError, safeDefineGoal } from '../../src/index.ts';
import { caught, EXAMPLE_FILES, exampleGoal, issueAt } from './helpers.ts';

describe('defineGoal: example goals', () => {
  it.each(EXAMPLE_FILES)('accepts %s and fills in defaults', (file) => {
    const goal = defineGoal(exampleGoal(file));
    expect(goal.indicators.length).toBeGreaterThanOrEqual(5);
    for (const indicator of goal.indicators) {
      expect(['best', 'worst', 'largest', 'overall']).toContain(typeof indicator.referenceGroup === 'string' ? indicator.referenceGroup : 'best');
      expect(indicator.confidence).toBe(0.95);
      expect(Array.isArray(indicator.disaggregations)).toBe(true);
    }
    expect(goal.suppression.minimumCellSize).toBe(11);
  });

  it('keeps the PRNS parity band and disaggregation as written', () => {
    const goal = defineGoal(exampleGoal());
    const parity = goal.indicators.find((i) => i.id === 'penetration-parity');
    expect(parity?.parityBand).toEqual({ relative: 0.1 });
    expect(parity?.disaggregations.map((d) => d.id)).toEqual(['householdSize', 'incomeBand']);
    expect(parity?.intersections).toEqual([['householdSize', 'incomeBand']]);
    expect(parity?.disaggregations[0]?.unmatched).toBe('group');
    expect(goal.yearBasis).toEqual({ startMonth: 7, label: 'end' });
  });

  it('fills defaults for omitted fields (trend, progress, level, reference group)', () => {
    const input = exampleGoal();
    const goal = defineGoal(input);
    const leakage = goal.indicators.find((i) => i.id === 'leakage');
    expect(leakage?.trend).toBe('theilSen');
    expect(leakage?.progress).toBe('healthyPeople');
    expect(leakage?.level).toBe('performance');
    expect(leakage?.referenceGroup).toBe('best');
  });

  it('does not modify its input', () => {
    const input = exampleGoal();
    const before = JSON.stringify(input);
    defineGoal(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('defineGoal: bad input (each kind named in issue 3)', () => {
  it('rejects an unknown field and suggests the nearest valid name', () => {
    const input = exampleGoal();
    input['titel'] = input['title'];
    delete input['title'];
    const error = caught(() => defineGoal(input));
    const unknown = issueAt(error, 'titel');
    expect(unknown.code).toBe('unknown_key');
    expect(unknown.hint).toBe('did you mean "title"?');
    expect(unknown.message).toMatch(/^defineGoal: the goal has unknown field "titel"; allowed fields: .*title/);
    // The misspelling explains the missing title: one problem, one issue.
    expect(error.issues).toHaveLength(1);
  });

  it('rejects an unknown nested field with its full path', () => {
    const input = exampleGoal();
    input['indicators'][2]['parityBand'] = { relativ: 0.1 };
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('unknown_key');
    expect(error.path).toBe('indicators[2].parityBand.relativ');
    expect(error.hint).toBe('did you mean "relative"?');
    expect(error.message).toContain('defineGoal: indicators[2].parityBand has unknown field "relativ"; allowed fields: relative, absolute.');
  });

  it('rejects a wrong type', () => {
    const input = exampleGoal();
    input['indicators'][0]['unit'] = 42;
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('invalid_type');
    expect(error.path).toBe('indicators[0].unit');
    expect(error.message).toBe('defineGoal: indicators[0].unit is 42; expected a string.');
  });

  it('rejects a fractional version with not_integer', () => {
    const input = exampleGoal();
    input['version'] = 1.5;
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('not_integer');
    expect(error.path).toBe('version');
    expect(error.message).toBe('defineGoal: version is 1.5; a version is a whole number (1, 2, 3 …).');
  });

  it('rejects an empty id, once', () => {
    const input = exampleGoal();
    input['indicators'][1]['id'] = '';
    const error = caught(() => defineGoal(input));
    expect(error.issues.filter((i) => i.path === 'indicators[1].id')).toHaveLength(1);
    expect(error.code).toBe('empty');
    expect(error.path).toBe('indicators[1].id');
    expect(error.message).toMatch(/^defineGoal: indicators\[1\]\.id is empty; give a short stable id/);
  });

  it('rejects duplicate indicator ids, pointing at the second', () => {
    const input = exampleGoal();
    input['indicators'][3]['id'] = 'eligible-served';
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('duplicate');
    expect(error.path).toBe('indicators[3].id');
    expect(error.message).toBe('defineGoal: indicators[3].id is "eligible-served", already used by indicators[0]; give each indicator its own id.');
  });

  it('rejects a missing required field and says what it is for', () => {
    const input = exampleGoal();
    delete input['indicators'][0]['dataSource'];
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('missing_field');
    expect(error.path).toBe('indicators[0].dataSource');
    expect(error.message).toMatch(/^defineGoal: indicators\[0\]\.dataSource is missing; add it: The data source of an indicator/);
  });

  it.each([
    ['2021-2-4', '"2021-2-4"'],
    ['2021-02-30', '"2021-02-30"'],
    ['04/02/2021', '"04/02/2021"'],
  ])('rejects the date %s, which is not YYYY-MM-DD', (date, shown) => {
    const input = exampleGoal();
    input['adoptedOn'] = date;
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('invalid_date');
    expect(error.path).toBe('adoptedOn');
    expect(error.message).toBe(`defineGoal: adoptedOn is ${shown}, not a real calendar date written YYYY-MM-DD; write e.g. "2025-07-01".`);
  });

  it('accepts 29 February in a leap year only', () => {
    const input = exampleGoal();
    input['adoptedOn'] = '2024-02-29';
    expect(defineGoal(input).adoptedOn).toBe('2024-02-29');
    input['adoptedOn'] = '2023-02-29';
    expect(caught(() => defineGoal(input)).code).toBe('invalid_date');
  });

  it('rejects a negative tolerance', () => {
    const input = exampleGoal();
    input['indicators'][2]['parityBand'] = { absolute: -0.1 };
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('out_of_range');
    expect(error.path).toBe('indicators[2].parityBand.absolute');
    expect(error.message).toBe('defineGoal: indicators[2].parityBand.absolute is -0.1; a parity band must be greater than 0 (use 0.1 for ±10 proportion points on a share).');
  });

  it('says a relative tolerance of 10 is written 0.1', () => {
    const input = exampleGoal();
    input['indicators'][2]['parityBand'] = { relative: 10 };
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('out_of_range');
    expect(error.path).toBe('indicators[2].parityBand.relative');
    expect(error.message).toBe(
      'defineGoal: indicators[2].parityBand.relative is 10; a relative parity band is a fraction of the reference rate (0.1 = ±10 %) and must be at most 1 — write 10 % as 0.1.',
    );
  });

  it('rejects a relative tolerance of 0', () => {
    const input = exampleGoal();
    input['indicators'][2]['parityBand'] = { relative: 0 };
    const error = caught(() => defineGoal(input));
    expect(error.path).toBe('indicators[2].parityBand.relative');
    expect(error.message).toContain('is 0; a parity band must be greater than 0');
  });

  it('rejects an absurd absolute tolerance on a share (10 proportion points written as 10)', () => {
    const input = exampleGoal();
    input['indicators'][2]['parityBand'] = { absolute: 10 };
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('out_of_range');
    expect(error.path).toBe('indicators[2].parityBand.absolute');
    expect(error.message).toContain('is 10; for a share the absolute parity band is in proportion points (0.1 = ±10 points) and at most 1 — write 10 points as 0.1.');
  });

  it('allows an absolute tolerance above 1 where the unit is not a proportion (km)', () => {
    const input = exampleGoal();
    input['indicators'][4]['parityBand'] = { absolute: 2.5 };
    expect(defineGoal(input).indicators[4]?.parityBand).toEqual({ absolute: 2.5 });
  });

  it('rejects an empty parity band', () => {
    const input = exampleGoal();
    input['indicators'][2]['parityBand'] = {};
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('missing_field');
    expect(error.path).toBe('indicators[2].parityBand');
    expect(error.message).toMatch(/is empty; give relative \(0\.1 = ±10 % of the reference rate\), absolute/);
  });

  it('rejects a share target written as a percentage', () => {
    const input = exampleGoal();
    input['indicators'][1]['target'] = { year: 2026, value: 30 };
    const error = caught(() => defineGoal(input));
    expect(error.path).toBe('indicators[1].target.value');
    expect(error.message).toBe('defineGoal: indicators[1].target.value is 30; a share is a proportion in [0, 1] — write 30 % as 0.3.');
  });

  it('rejects a target year that is not after the baseline year', () => {
    const input = exampleGoal();
    input['indicators'][1]['target'] = { year: 2020, value: 0.3 };
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('out_of_range');
    expect(error.path).toBe('indicators[1].target.year');
    expect(error.message).toBe('defineGoal: indicators[1].target.year is 2020, not after the baseline year 2020; set a target year later than indicators[1].baseline.year.');
  });

  it('rejects a named reference group that is not among the bins, with the nearest label', () => {
    const input = exampleGoal();
    input['indicators'][5]['disaggregations'][0]['referenceGroup'] = { group: '200 % + FPL' };
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('not_found');
    expect(error.path).toBe('indicators[5].disaggregations[0].referenceGroup.group');
    expect(error.hint).toBe('did you mean "200 %+ FPL"?');
    expect(error.message).toContain('is "200 % + FPL", which is not one of the bins of this dimension ("< 100 % FPL", "100–199 % FPL", "200 %+ FPL"); name one of them.');
  });

  it('rejects an indicator-level named reference group missing from a binned dimension', () => {
    const input = exampleGoal();
    input['indicators'][2]['referenceGroup'] = { group: '3–4 persons' };
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('not_found');
    expect(error.path).toBe('indicators[2].referenceGroup.group');
    expect(error.message).toContain('not one of the bins of indicators[2].disaggregations[1]');
  });

  it('lists every form of referenceGroup, { group } too, and shows a bare number or name in it (issue 12)', () => {
    const input = exampleGoal();
    input['indicators'][0]['referenceGroup'] = 5;
    input['indicators'][5]['disaggregations'][0]['referenceGroup'] = 'District 3';
    input['indicators'][2]['referenceGroup'] = true;
    input['indicators'][3]['referenceGroup'] = 'bset';
    const result = safeDefineGoal(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    const forms = 'expected "best", "worst", "largest", "overall" or { group: "name" }';
    expect(issueAt(result.error, 'indicators[0].referenceGroup')).toStrictEqual({
      code: 'invalid_value',
      path: 'indicators[0].referenceGroup',
      message: `safeDefineGoal: indicators[0].referenceGroup is 5; ${forms} — a group named 5 is written { group: "5" }.`,
    });
    expect(issueAt(result.error, 'indicators[5].disaggregations[0].referenceGroup').message).toBe(
      `safeDefineGoal: indicators[5].disaggregations[0].referenceGroup is "District 3"; ${forms} — a group named District 3 is written { group: "District 3" }.`,
    );
    expect(issueAt(result.error, 'indicators[2].referenceGroup').message).toBe(`safeDefineGoal: indicators[2].referenceGroup is true; ${forms}.`);
    expect(issueAt(result.error, 'indicators[3].referenceGroup').hint).toBe('did you mean "best"?');
  });

  it('accepts a named reference group without bins (any value of the field may be named)', () => {
    const input = exampleGoal();
    input['indicators'][0]['referenceGroup'] = { group: '3' };
    expect(defineGoal(input).indicators[0]?.referenceGroup).toEqual({ group: '3' });
  });

  it('rejects a filter with an unknown op and suggests the operator meant', () => {
    const input = exampleGoal();
    input['populationOfFocus']['filter'] = { field: 'eligible', op: '==', value: true };
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('invalid_value');
    expect(error.path).toBe('populationOfFocus.filter.op');
    expect(error.hint).toBe('did you mean "eq"?');
    expect(error.message).toMatch(/^defineGoal: populationOfFocus\.filter\.op is "==", not a known op; use one of "eq", "ne"/);
  });

  it('rejects a filter value that does not fit its op', () => {
    const input = exampleGoal();
    input['indicators'][1]['measure']['denominator'] = { field: 'attributes.councilDistrict', op: 'in', value: '3' };
    input['indicators'][3]['measure']['numerator'] = { field: 'fplPercent', op: 'between', value: [200, 100] };
    const error = caught(() => defineGoal(input));
    const membership = issueAt(error, 'indicators[1].measure.denominator.value');
    expect(membership.code).toBe('invalid_type');
    expect(membership.message).toBe(
      'defineGoal: indicators[1].measure.denominator.value is "3"; ops "in" and "notIn" need a list of values, e.g. ["D3", "D5"] (use "eq" for one value).',
    );
    const range = issueAt(error, 'indicators[3].measure.numerator.value');
    expect(range.message).toBe('defineGoal: indicators[3].measure.numerator.value is [200, 100], with low above high; write [100, 200].');
  });

  it('finds a bad filter nested inside combinators', () => {
    const input = exampleGoal();
    input['indicators'][0]['measure']['filter'] = { all: [{ field: 'eligible', op: 'eq', value: true }, { not: { field: 'enrolled', op: 'exists', value: 'yes' } }] };
    const error = caught(() => defineGoal(input));
    expect(error.path).toBe('indicators[0].measure.filter.all[1].not.value');
    expect(error.message).toContain('op "exists" takes true');
  });

  it('rejects bins with neither or both forms, inverted ranges and repeated values', () => {
    const input = exampleGoal();
    input['indicators'][2]['disaggregations'][0]['bins'] = [
      { label: 'one', values: [1] },
      { label: 'two' },
      { label: 'three', values: [3], min: 3 },
      { label: 'four', min: 6, max: 4 },
      { label: 'again', values: [1] },
    ];
    const error = caught(() => defineGoal(input));
    const base = 'indicators[2].disaggregations[0].bins';
    expect(issueAt(error, `${base}[1]`).code).toBe('missing_field');
    expect(issueAt(error, `${base}[2]`).message).toContain('has both values and min/max');
    expect(issueAt(error, `${base}[3].max`).message).toContain('is 4, not above min 6');
    expect(issueAt(error, `${base}[4].values[0]`).code).toBe('duplicate');
  });

  it('rejects overlapping numeric ranges but accepts adjacent half-open ones', () => {
    const input = exampleGoal();
    input['indicators'][2]['disaggregations'][1]['bins'] = [
      { label: 'low', max: 100 },
      { label: 'middle', min: 100, max: 200 },
      { label: 'high', min: 150 },
    ];
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('invalid_value');
    expect(error.path).toBe('indicators[2].disaggregations[1].bins[2]');
    expect(error.message).toBe(
      'defineGoal: indicators[2].disaggregations[1].bins[2] overlaps indicators[2].disaggregations[1].bins[1]; ranges hold min ≤ field < max and must not share values — start one where the other ends.',
    );
    input['indicators'][2]['disaggregations'][1]['bins'][2] = { label: 'high', min: 200 };
    expect(() => defineGoal(input)).not.toThrow();
  });

  it('rejects an intersection naming an unknown dimension', () => {
    const input = exampleGoal();
    input['indicators'][2]['intersections'] = [['householdSize', 'incomeBnd']];
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('not_found');
    expect(error.path).toBe('indicators[2].intersections[0][1]');
    expect(error.hint).toBe('did you mean "incomeBand"?');
  });

  it('rejects shareWithin without a radius', () => {
    const input = exampleGoal();
    input['indicators'][4]['measure']['statistic'] = 'shareWithin';
    input['indicators'][4]['unit'] = 'proportion';
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('missing_field');
    expect(error.path).toBe('indicators[4].measure.radiusKm');
  });

  it("rejects a distance indicator whose unit is not the measure's: km for a mean or median, a proportion for shareWithin", () => {
    // The value is great-circle km (evaluateGoal's distance measure); a unit of "minutes" would mislabel it on the scorecard.
    const median = exampleGoal();
    median['indicators'][4]['unit'] = 'minutes';
    const error = caught(() => defineGoal(median));
    expect([error.code, error.path]).toEqual(['invalid_value', 'indicators[4].unit']);
    expect(error.message).toBe('defineGoal: indicators[4].unit is "minutes", but a distance measure\'s median is in km (great-circle distance to the nearest site); set unit to "km".');
    const within = exampleGoal();
    within['indicators'][4]['measure'] = { ...within['indicators'][4]['measure'], statistic: 'shareWithin', radiusKm: 1.6 };
    expect(issueAt(caught(() => defineGoal(within)), 'indicators[4].unit').message).toMatch(/statistic "shareWithin" is a share, a proportion in \[0, 1\]; set unit to "proportion"\.$/);
    within['indicators'][4]['unit'] = 'proportion';
    within['indicators'][4]['parityBand'] = { absolute: 0.1 };
    expect(defineGoal(within).indicators[4]?.unit).toBe('proportion');
  });

  it('rejects a misspelled enum value with a suggestion', () => {
    const input = exampleGoal();
    input['indicators'][0]['rbaKind'] = 'how_much';
    const error = caught(() => defineGoal(input));
    expect(error.code).toBe('invalid_value');
    expect(error.path).toBe('indicators[0].rbaKind');
    expect(error.hint).toBe('did you mean "howMuch"?');
  });

  it('rejects a confidence written as a percentage', () => {
    const input = exampleGoal();
    input['indicators'][0]['confidence'] = 95;
    const error = caught(() => defineGoal(input));
    expect(error.path).toBe('indicators[0].confidence');
    expect(error.message).toContain('write 95 % as 0.95');
  });

  it.each<[number, string]>([
    // As the function options read a level (tests/internal/validate.test.ts, issue 12): 1.5 is not "1.5 %" confidence.
    [1.5, 'is 1.5; a confidence level lies strictly between 0 and 1, e.g. 0.95.'],
    [49.9, 'is 49.9; a confidence level lies strictly between 0 and 1, e.g. 0.95.'],
    [50, 'is 50; a confidence level lies strictly between 0 and 1 — write 50 % as 0.5.'],
    [99.5, 'is 99.5; a confidence level lies strictly between 0 and 1 — write 99.5 % as 0.995.'],
    [100, 'is 100; a confidence level lies strictly between 0 and 1, e.g. 0.95.'],
    [1, 'is 1; a confidence level lies strictly between 0 and 1, e.g. 0.95.'],
    [0, 'is 0; a confidence level lies strictly between 0 and 1, e.g. 0.95.'],
    [-0.95, 'is -0.95; a confidence level lies strictly between 0 and 1, e.g. 0.95.'],
  ])('rejects the confidence %d, reading only 50–99.99 as a percent', (confidence, message) => {
    const input = exampleGoal();
    input['indicators'][0]['confidence'] = confidence;
    const error = caught(() => defineGoal(input));
    expect([error.code, error.path]).toEqual(['out_of_range', 'indicators[0].confidence']);
    expect(error.message).toBe(`defineGoal: indicators[0].confidence ${message}`);
  });

  it.each<[string, (goal: Record<string, any>) => void, string, string, string]>([
    ['a version below 1', (g) => (g['version'] = 0), 'out_of_range', 'version', 'is 0; versions start at 1.'],
    ['a version that is not a number', (g) => (g['version'] = '1'), 'invalid_type', 'version', 'is "1"; expected a finite number.'],
    ['month 0', (g) => (g['yearBasis'] = { startMonth: 0, label: 'end' }), 'out_of_range', 'yearBasis.startMonth', "is 0; months run 1–12 (San José's fiscal year starts in July: 7)."],
    ['month 13', (g) => (g['yearBasis'] = { startMonth: 13, label: 'end' }), 'out_of_range', 'yearBasis.startMonth', "is 13; months run 1–12 (San José's fiscal year starts in July: 7)."],
    ['a fractional month', (g) => (g['yearBasis'] = { startMonth: 7.5, label: 'end' }), 'not_integer', 'yearBasis.startMonth', 'is 7.5; expected a whole number.'],
    [
      'a minimum cell size of 0',
      (g) => (g['suppression'] = { minimumCellSize: 0 }),
      'out_of_range',
      'suppression.minimumCellSize',
      'is 0; the smallest publishable count is at least 1 (CMS: 11).',
    ],
  ])('rejects %s, saying what is allowed', (_name, change, code, path, message) => {
    const input = exampleGoal();
    change(input);
    const error = caught(() => defineGoal(input));
    expect([error.code, error.path, error.message]).toEqual([code, path, `defineGoal: ${path} ${message}`]);
  });

  it('rejects a goal that is not an object', () => {
    const error = caught(() => defineGoal('goal.json'));
    expect(error.code).toBe('invalid_type');
    expect(error.path).toBe('');
    expect(error.message).toBe('defineGoal: the goal is "goal.json"; expected an object.');
  });

  it('reports every problem at once, schema and semantic together', () => {
    const input = exampleGoal();
    input['titel'] = 'x';
    input['adoptedOn'] = '2021-13-01';
    input['indicators'][3]['id'] = 'eligible-served';
    input['indicators'][2]['parityBand'] = { relative: 10 };
    const error = caught(() => defineGoal(input));
    expect(error).toBeInstanceOf(EquityLensError);
    expect(error.code).toBe('invalid_schema');
    expect(error.issues.map((i) => i.path).sort()).toEqual(['adoptedOn', 'indicators[2].parityBand.relative', 'indicators[3].id', 'titel'].sort());
    expect(error.message).toMatch(/^defineGoal: 4 problems found:\n/);
    for (const issue of error.issues) expect(issue.message.startsWith('defineGoal: ')).toBe(true);
  });
});

describe('safeDefineGoal', () => {
  it('returns the goal on success', () => {
    const result = safeDefineGoal(exampleGoal('housing-homelessness-grants.json'));
    expect(result.success).toBe(true);
    if (result.success) expect(result.goal.program.department).toBe('Housing Department');
  });

  it('returns the error instead of throwing, with every issue', () => {
    const input = exampleGoal();
    input['indicators'][1]['id'] = 'eligible-served';
    delete input['owner'];
    const result = safeDefineGoal(input);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(EquityLensError);
      expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([
        ['missing_field', 'owner'],
        ['duplicate', 'indicators[1].id'],
      ]);
      expect(result.error.message).toMatch(/^safeDefineGoal: 2 problems found/);
    }
  });
});

describe('defineGoal and safeDefineGoal: 0.1 names accepted until 0.3', () => {
  it('rewrites progress "hp2030" and suppression.unstableAtOrBelow to their 0.2 names and warns through safeDefineGoal', () => {
    const goal = JSON.parse(readFileSync(new URL('../../examples/goals/prns-youth-scholarship.json', import.meta.url), 'utf8')) as Record<string, any>;
    goal['indicators'][0]['progress'] = 'hp2030';
    goal['suppression'] = { minimumCellSize: 11, unstableAtOrBelow: 20 };
    const result = safeDefineGoal(goal);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.goal.indicators[0]?.progress).toBe('healthyPeople');
    expect(result.goal.suppression.minEvents).toBe(21);
    expect('unstableAtOrBelow' in result.goal.suppression).toBe(false);
    expect(result.warnings).toEqual([
      'deprecated: safeDefineGoal: suppression.unstableAtOrBelow 20 is now suppression.minEvents 21 (fewer than minEvents events is unreliable); the old name is accepted until 0.3.0.',
      'deprecated: safeDefineGoal: indicators[0].progress "hp2030" is now "healthyPeople"; the old name is accepted until 0.3.0.',
    ]);
    expect(defineGoal(goal)).toEqual(result.goal);
    // The input is not modified.
    expect(goal['indicators'][0]['progress']).toBe('hp2030');
  });

  it('rejects a policy that gives both unstableAtOrBelow and minEvents (they could disagree)', () => {
    const goal = JSON.parse(readFileSync(new URL('../../examples/goals/prns-youth-scholarship.json', import.meta.url), 'utf8')) as Record<string, any>;
    goal['suppression'] = { unstableAtOrBelow: 20, minEvents: 21 };
    const result = safeDefineGoal(goal);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([['unknown_key', 'suppression.unstableAtOrBelow']]);
  });
});
