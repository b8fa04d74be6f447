// Scoring a summary (summarizeGoal → scoreGoalPartial): which counts are small under the policy, which cells and
// totals are withheld and why, the warnings that go with them, and the parity reasons. Counts are by hand: every
// household is enrolled in 2025, so a group's events equal its records.
import { beforeEach, describe, expect, it } from 'vitest';
import { CMS_SUPPRESSION, type DisclosurePolicy } from '../../src/disclosure/defineDisclosurePolicy.ts';
import type { RawCell } from '../../src/monitor/internal/cells.ts';
import { goalDisclosurePolicy } from '../../src/monitor/internal/policy.ts';
import { isSmall } from '../../src/monitor/internal/score.ts';
import type { Scorecard } from '../../src/monitor/Scorecard.ts';
import { scoreGoalPartial } from '../../src/monitor/scoreGoalPartial.ts';
import { summarizeGoal } from '../../src/monitor/summarizeGoal.ts';
import { goalWith, shareByDistrict } from './fixtures.ts';

/** `n` households of size 1 with the given attributes, ids `prefix0` … */
function households(n: number, prefix: string, attributes: Record<string, string>) {
  return Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, size: 1, attributes }));
}

/** The scorecard of `goal` for 2025 with every household enrolled that year (or those `enrolled` keeps). */
function scoreAllEnrolled(goal: object, list: readonly { id: string }[], enrolled: (id: string) => boolean = () => true): Scorecard {
  const enrollments = list.filter((h) => enrolled(h.id)).map((h) => ({ householdId: h.id, programId: 'youth', programYear: 2025 }));
  return scoreGoalPartial(summarizeGoal(goal, { households: list as never, enrollments }, { asOf: '2025-12-31', years: [2025] }));
}

describe('isSmall (primary suppression of one cell)', () => {
  const cell = (events: number, records: number): RawCell => ({
    group: 'g', value: events / records, n: records, numerator: events, lower: null, upper: null, standardError: null, reason: null,
    eventsForDisclosure: events, recordsForDisclosure: records, proportion: true,
  });
  let cms: DisclosurePolicy;
  beforeEach(() => {
    // CMS: minimumCellSize 11, so counts 1–10 are small and 0 may be shown.
    cms = goalDisclosurePolicy({ minimumCellSize: 11, suppressZero: false, complementary: true, appliesTo: 'both' });
  });

  it('withholds a count from 1 to minimumCellSize − 1, both ends included, in the events or the records', () => {
    expect(isSmall(cell(1, 50), cms)).toBe(true);
    expect(isSmall(cell(10, 50), cms)).toBe(true);
    expect(isSmall(cell(11, 11), cms)).toBe(false);
    expect(isSmall(cell(50, 10), cms)).toBe(true);
    expect(isSmall(cell(11, 1), cms)).toBe(true);
  });

  it('shows a 0 unless suppressZero', () => {
    expect(isSmall(cell(0, 50), cms)).toBe(false);
    expect(isSmall(cell(0, 50), { ...cms, suppressZero: true, allowZero: false })).toBe(true);
    expect(isSmall(cell(20, 0), { ...cms, suppressZero: true, allowZero: false })).toBe(true);
  });

  it('tests only the numerator or only the denominator when appliesTo says so', () => {
    const numerator = { ...cms, appliesTo: 'numerator' as const };
    const denominator = { ...cms, appliesTo: 'denominator' as const };
    expect([isSmall(cell(5, 50), numerator), isSmall(cell(50, 5), numerator)]).toEqual([true, false]);
    expect([isSmall(cell(5, 50), denominator), isSmall(cell(50, 5), denominator)]).toEqual([false, true]);
  });

  it('reads a 0.1 threshold range as written: below its min is published', () => {
    const range = { ...CMS_SUPPRESSION, threshold: { min: 3, max: 10 } };
    expect([isSmall(cell(2, 2), range), isSmall(cell(3, 50), range), isSmall(cell(11, 11), range)]).toEqual([false, true, false]);
  });
});

describe('scoring a summary: withheld cells and totals', () => {
  // District (unknown: a group) crossed with tenure (unknown: left out).
  const districtAndTenure = () => [
    { id: 'district', label: 'District', field: 'attributes.district' },
    { id: 'tenure', label: 'Tenure', field: 'attributes.tenure', unmatched: 'exclude' },
  ];
  // Districts 1 and 2 by tenure (20 households a cell, `ownersIn1` in "1 × own"), and 4 households of district 3
  // with no tenure (left out of the intersection).
  const crossedCity = (ownersIn1: number) => [
    ...households(ownersIn1, 'a', { district: '1', tenure: 'own' }),
    ...households(20, 'b', { district: '1', tenure: 'rent' }),
    ...households(20, 'c', { district: '2', tenure: 'own' }),
    ...households(20, 'e', { district: '2', tenure: 'rent' }),
    ...households(4, 'f', { district: '3' }),
  ];
  it('withholds the overall value as complementary when a dimension needs its total withheld', () => {
    // District is known for 3 households only (the others are left out of that dimension): its one group of 3 is
    // small, and its total (3) would reveal it, so the overall value (23 households) is withheld too.
    const goal = goalWith([
      shareByDistrict({
        parityBand: { relative: 0.5 },
        disaggregations: [
          { id: 'district', label: 'District', field: 'attributes.district', unmatched: 'exclude' },
          { id: 'tenure', field: 'attributes.tenure', referenceGroup: 'overall' },
        ],
      }),
    ]);
    const card = scoreAllEnrolled(goal, [...households(3, 'd', { district: '1', tenure: 'own' }), ...households(9, 'o', { tenure: 'own' }), ...households(11, 'r', { tenure: 'rent' })]);
    expect(card.withheld).toEqual([
      { indicator: 'share', dimension: 'district', year: 2025, group: '1', reason: 'primary' },
      { indicator: 'share', dimension: 'overall', year: 2025, group: 'Overall', reason: 'complementary' },
    ]);
    const indicator = card.indicators[0] as Scorecard['indicators'][number];
    expect(indicator.overall).toEqual([
      expect.objectContaining({ group: 'Overall', year: 2025, value: null, n: null, suppressed: true, suppressionReason: 'complementary', reason: 'withheld: it would reveal a withheld count' }),
    ]);
    expect(indicator.warnings).toEqual(['share: dimension "District" has a single group ("1"); there is nothing to compare.']);
    // Tenure's groups (12 and 11) are published, but their reference, the overall value, is withheld.
    const tenure = indicator.dimensions[1]?.years[0];
    expect(tenure?.groups.map((g) => [g.group, g.value, g.suppressed, g.comparison])).toEqual([
      ['own', 1, false, null],
      ['rent', 1, false, null],
    ]);
    expect(tenure?.notes).toEqual(['the overall value is withheld in 2025: no comparison with it']);
    expect(indicator.statusReasons).toEqual([
      'trend (theilSen): a Theil–Sen interval needs 3 years; 0 available',
      'parity band not assessed in 2025: no published group could be compared with a reference (withheld, undefined or a single group)',
    ]);
  });

  it('withholds a small overall value as primary', () => {
    const goal = goalWith([shareByDistrict()]);
    const card = scoreAllEnrolled(goal, [...households(5, 'a', { district: '1' }), ...households(3, 'b', { district: '2' })]);
    expect(card.withheld).toEqual([
      { indicator: 'share', dimension: 'district', year: 2025, group: '1', reason: 'primary' },
      { indicator: 'share', dimension: 'district', year: 2025, group: '2', reason: 'primary' },
      { indicator: 'share', dimension: 'overall', year: 2025, group: 'Overall', reason: 'primary' },
    ]);
    expect(card.indicators[0]?.overall[0]).toMatchObject({ value: null, suppressionReason: 'primary', reason: 'withheld: a count below the publication threshold' });
  });

  it('warns about intersections only for the indicator whose intersection cells were withheld', () => {
    const indicator = (id: string, extra: object = {}) =>
      shareByDistrict({
        id,
        intersections: [['district', 'tenure']],
        disaggregations: districtAndTenure(),
        ...extra,
      });
    // "share-open" publishes every count (minimumCellSize 1): nothing of its own is withheld.
    const goal = goalWith([indicator('share'), indicator('share-open', { suppression: { minimumCellSize: 1 } })]);
    const card = scoreAllEnrolled(goal, crossedCity(5));
    expect(card.withheld).toEqual([
      { indicator: 'share', dimension: 'district', year: 2025, group: '1', reason: 'complementary' },
      { indicator: 'share', dimension: 'district', year: 2025, group: '3', reason: 'primary' },
      { indicator: 'share', dimension: 'district × tenure', year: 2025, group: '1 × own', reason: 'primary' },
      { indicator: 'share', dimension: 'district × tenure', year: 2025, group: '1 × rent', reason: 'complementary' },
    ]);
    expect(card.indicators.map((i) => i.warnings)).toEqual([
      [
        'share: intersection cells were withheld; each table is protected against its own total, but a reader who combines an intersection with its one-way margins may narrow or recover a withheld value — publish intersections without their margins, or review them with suppressTable.',
      ],
      [],
    ]);
  });

  it('does not warn about intersections when only one-way cells were withheld', () => {
    const goal = goalWith([
      shareByDistrict({
        intersections: [['district', 'tenure']],
        disaggregations: districtAndTenure(),
      }),
    ]);
    const card = scoreAllEnrolled(goal, crossedCity(20));
    expect(card.withheld.map((w) => `${w.dimension}/${w.group}/${w.reason}`)).toEqual(['district/1/complementary', 'district/3/primary']);
    expect(card.indicators[0]?.warnings).toEqual([]);
    expect(card.indicators[0]?.dimensions.map((d) => [d.id, d.label, d.groups])).toEqual([
      ['district', 'District', ['1', '2', '3']],
      ['tenure', 'Tenure', ['own', 'rent']],
      ['district × tenure', 'District × Tenure', ['1 × own', '1 × rent', '2 × own', '2 × rent']],
    ]);
  });
});

describe('scoring a summary: parity reasons', () => {
  const byDistrict = (parityBand: object | undefined, disaggregations?: object[]) =>
    goalWith([shareByDistrict({ referenceGroup: 'best', ...(parityBand === undefined ? {} : { parityBand }), ...(disaggregations === undefined ? {} : { disaggregations }) })]);
  const last = (card: Scorecard) => card.indicators[0]?.statusReasons.at(-1);

  it('is assessed when a group of any dimension is compared with another group', () => {
    // Tenure has a single group (nothing compared); district 2 is compared with district 1.
    const goal = byDistrict({ relative: 0.1 }, [
      { id: 'tenure', field: 'attributes.tenure' },
      { id: 'district', field: 'attributes.district' },
    ]);
    const card = scoreAllEnrolled(goal, [...households(20, 'a', { district: '1', tenure: 'own' }), ...households(20, 'b', { district: '2', tenure: 'own' })]);
    expect(card.indicators[0]?.dimensions[1]?.years[0]?.groups.map((g) => g.comparison?.reference)).toEqual(['1', '1']);
    expect(last(card)).toBe('every published group within the parity band in 2025');
  });

  it('is not assessed when the only published group is its own reference', () => {
    // District 3 (5) is withheld, district 1 (20, the smallest other count) with it; district 2 is left alone.
    const card = scoreAllEnrolled(byDistrict({ relative: 0.1 }), [
      ...households(20, 'a', { district: '1' }),
      ...households(30, 'b', { district: '2' }),
      ...households(5, 'c', { district: '3' }),
    ]);
    expect(card.withheld.map((w) => `${w.group}/${w.reason}`)).toEqual(['1/complementary', '3/primary']);
    expect(card.indicators[0]?.dimensions[0]?.years[0]?.groups[1]?.comparison?.reference).toBe('2');
    expect(last(card)).toBe('parity band not assessed in 2025: no published group could be compared with a reference (withheld, undefined or a single group)');
  });

  it('lists the groups outside the band with their dimension', () => {
    // District 1: 20 of 20 enrolled (the best, 1); district 2: 12 of 24 (0.5), outside ±10 % of 1.
    const card = scoreAllEnrolled(byDistrict({ relative: 0.1 }), [...households(20, 'a', { district: '1' }), ...households(24, 'b', { district: '2' })], (id) => id.startsWith('a') || Number(id.slice(1)) < 12);
    expect(card.indicators[0]?.dimensions[0]?.years[0]?.outsideBand).toEqual(['2']);
    expect(last(card)).toBe('1 group(s) outside the parity band in 2025: 2 (District)');
    expect(card.indicators[0]?.status).toBe('needsAttention');
  });

  it('says so when the indicator has no dimension', () => {
    const card = scoreAllEnrolled(byDistrict({ relative: 0.1 }, []), households(20, 'a', { district: '1' }));
    expect(last(card)).toBe('parity band not assessed in 2025: no dimension of the indicator could be evaluated (see the warnings)');
  });
});

describe('scoring a summary: the overall value as reference', () => {
  it('compares the groups with the overall value when it is published', () => {
    const goal = goalWith([shareByDistrict({ referenceGroup: 'overall' })]);
    const card = scoreAllEnrolled(goal, [...households(20, 'a', { district: '1' }), ...households(30, 'b', { district: '2' })]);
    const year = card.indicators[0]?.dimensions[0]?.years[0];
    expect(year?.reference).toEqual({ group: 'Overall', value: 1, strategy: 'overall' });
    expect(year?.groups.map((g) => [g.group, g.comparison?.reference, g.comparison?.ratio])).toEqual([
      ['1', 'Overall', 1],
      ['2', 'Overall', 1],
    ]);
    expect(year?.notes).toEqual([]);
  });

  it('does not compare with an overall value withheld as primary, even when no dimension withholds its total', () => {
    // Distinct schools: 5 overall (withheld), 5 in each of districts 1–3 (withheld), none in district 4 (a
    // published 0). The district table's total (15) reveals no withheld cell, so it stays published.
    const goal = goalWith([
      shareByDistrict({ id: 'schools', name: 'Schools', measure: { kind: 'count', distinct: 'attributes.school' }, unit: 'count', referenceGroup: 'overall' }),
    ]);
    const schools = ['s1', 's2', 's3', 's4', 's5'];
    const card = scoreAllEnrolled(goal, [
      ...['1', '2', '3'].flatMap((district) => schools.map((school) => ({ id: `${district}-${school}`, size: 1, attributes: { district, school } }))),
      ...households(20, 'n', { district: '4' }),
    ]);
    expect(card.withheld.map((w) => `${w.dimension}/${w.group}/${w.reason}`)).toEqual([
      'district/1/primary',
      'district/2/primary',
      'district/3/primary',
      'overall/Overall/primary',
    ]);
    const year = card.indicators[0]?.dimensions[0]?.years[0];
    expect(year?.groups.map((g) => [g.group, g.value])).toEqual([
      ['1', null],
      ['2', null],
      ['3', null],
      ['4', 0],
    ]);
    expect(year?.notes).toEqual(['the overall value is withheld in 2025: no comparison with it']);
  });
});
