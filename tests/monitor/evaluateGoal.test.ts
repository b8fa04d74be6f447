import { describe, expect, it } from 'vitest';
import type { Enrollment, Household, Site } from '../../src/internal/records.ts';
import { LIBRARY_VERSION } from '../../src/internal/version.ts';
import { evaluateGoal } from '../../src/monitor/evaluateGoal.ts';
import { renderScorecard } from '../../src/monitor/renderScorecard.ts';
import { joinpoint } from '../../src/trends/joinpoint.ts';
import { wilsonInterval } from '../../src/uncertainty/wilsonInterval.ts';
import pkg from '../../package.json' with { type: 'json' };
import { caught } from '../helpers/caught.ts';
import { goalWith } from './fixtures.ts';

const baseIndicator = {
  id: 'enrolled-share',
  name: 'Share of eligible households enrolled',
  rbaKind: 'howWell',
  recordSet: 'householdYears',
  measure: { kind: 'share', denominator: { field: 'eligible', op: 'eq', value: true }, numerator: { field: 'enrolled', op: 'eq', value: true } },
  unit: 'proportion',
  direction: 'higherIsBetter',
  dataSource: { name: 'Registrations', steward: 'PRNS' },
};


/** n households in a district, the first `enrolled` of them enrolled in `year`. */
function block(prefix: string, district: string, n: number, enrolledCount: number, years: readonly number[]): { households: Household[]; enrollments: Enrollment[] } {
  const households: Household[] = [];
  const enrollments: Enrollment[] = [];
  for (let i = 0; i < n; i++) {
    const id = `${prefix}${i}`;
    households.push({ id, size: 3, annualIncome: 30_000, attributes: { district } });
    if (i < enrolledCount) for (const programYear of years) enrollments.push({ householdId: id, programId: 'youth', programYear });
  }
  return { households, enrollments };
}

function merge(...parts: { households: Household[]; enrollments: Enrollment[] }[]): { households: Household[]; enrollments: Enrollment[] } {
  return { households: parts.flatMap((p) => p.households), enrollments: parts.flatMap((p) => p.enrollments) };
}

const allEligible = (): boolean => true;

describe('evaluateGoal: values', () => {
  it('computes shares overall and by group with Wilson intervals (hand-computed)', () => {
    const data = merge(block('a', '1', 40, 12, [2025]), block('b', '2', 60, 30, [2025]));
    const goal = goalWith([{ ...baseIndicator, disaggregations: [{ id: 'district', field: 'attributes.district' }] }]);
    const card = evaluateGoal(goal, { ...data, eligibility: allEligible }, { asOf: '2025-12-31' });
    const indicator = card.indicators[0];
    const overall = indicator?.overall[0];
    // 42 of 100 enrolled overall; district 1: 12/40; district 2: 30/60.
    expect(overall?.value).toBe(0.42);
    expect(overall?.n).toBe(100);
    expect(overall?.numerator).toBe(42);
    const wilson = wilsonInterval(42, 100);
    expect(overall?.lower).toBe(wilson.lower);
    expect(overall?.upper).toBe(wilson.upper);
    const groups = indicator?.dimensions[0]?.years[0]?.groups ?? [];
    expect(groups.map((g) => [g.group, g.value, g.n])).toEqual([
      ['1', 0.3, 40],
      ['2', 0.5, 60],
    ]);
    // Reference "best" (higher is better) is district 2: ratio 0.3 / 0.5 = 0.6, below four-fifths.
    expect(groups[0]?.comparison?.reference).toBe('2');
    expect(groups[0]?.comparison?.ratio).toBeCloseTo(0.6, 15);
    expect(groups[0]?.comparison?.difference).toBeCloseTo(-0.2, 15);
    expect(groups[0]?.comparison?.fourFifthsFlag).toBe(true);
    expect(card.years).toEqual([2025]);
  });

  it('applies the parity band: relative ±10 % of the overall reference', () => {
    // Overall 80/200 = 0.4; district 1: 38/100 = 0.38 (inside ±0.04), district 2: 30/60 = 0.5 (outside),
    // district 3: 12/40 = 0.3 (outside).
    const data = merge(block('a', '1', 100, 38, [2025]), block('b', '2', 60, 30, [2025]), block('c', '3', 40, 12, [2025]));
    const goal = goalWith([{ ...baseIndicator, referenceGroup: 'overall', parityBand: { relative: 0.1 }, disaggregations: [{ id: 'district', field: 'attributes.district' }] }]);
    const card = evaluateGoal(goal, { ...data, eligibility: allEligible }, { asOf: '2025-12-31' });
    const year = card.indicators[0]?.dimensions[0]?.years[0];
    expect(year?.reference).toEqual({ group: 'Overall', value: 0.4, strategy: 'overall' });
    expect(year?.groups.map((g) => g.comparison?.withinParityBand)).toEqual([true, false, false]);
    expect(year?.outsideBand).toEqual(['2', '3']);
    expect(card.indicators[0]?.statusReasons.some((r) => r.includes('outside the parity band in 2025: 2 (district), 3 (district)'))).toBe(true);
  });

  it('counts leakage as a share of enrolled households whose eligibility failed, leaving undecided ones out', () => {
    const households: Household[] = [
      { id: 'e1', size: 2, annualIncome: 10_000, attributes: {} },
      { id: 'e2', size: 2, annualIncome: 20_000, attributes: {} },
      { id: 'i1', size: 2, annualIncome: 90_000, attributes: {} },
      { id: 'u1', size: 2, attributes: {} },
    ];
    const enrollments: Enrollment[] = ['e1', 'i1', 'u1'].map((householdId) => ({ householdId, programId: 'youth', programYear: 2025 }));
    const leakage = {
      ...baseIndicator,
      id: 'leakage',
      measure: { kind: 'share', denominator: { all: [{ field: 'enrolled', op: 'eq', value: true }, { field: 'eligible', op: 'exists' }] }, numerator: { field: 'eligible', op: 'eq', value: false } },
      direction: 'lowerIsBetter',
    };
    const card = evaluateGoal(goalWith([leakage], { suppression: { minimumCellSize: 1 } }), {
      households,
      enrollments,
      eligibility: (h) => (h.annualIncome === undefined ? null : h.annualIncome <= 50_000),
    }, { asOf: '2025-12-31' });
    // Enrolled and decided: e1 (eligible), i1 (ineligible) → leakage 1/2.
    expect(card.indicators[0]?.overall[0]?.value).toBe(0.5);
    expect(card.indicators[0]?.overall[0]?.n).toBe(2);
  });

  it('buckets dated enrolments into San José fiscal years (1 July, named by the year they end)', () => {
    const households: Household[] = [{ id: 'h', size: 1, attributes: {} }, { id: 'k', size: 1, attributes: {} }];
    const enrollments: Enrollment[] = [
      { householdId: 'h', programId: 'youth', date: '2024-06-30' }, // FY2024
      { householdId: 'h', programId: 'youth', date: '2024-07-01' }, // FY2025
      { householdId: 'k', programId: 'youth', date: '2025-06-30' }, // FY2025
      { householdId: 'k', programId: 'other', date: '2025-01-01' }, // another program: ignored
    ];
    const indicator = { ...baseIndicator, measure: { kind: 'count', filter: { field: 'enrolled', op: 'eq', value: true } }, unit: 'households' };
    const card = evaluateGoal(goalWith([indicator], { yearBasis: { startMonth: 7, label: 'end' }, suppression: { minimumCellSize: 1 } }), { households, enrollments }, { asOf: '2025-06-30' });
    expect(card.years).toEqual([2024, 2025]);
    expect(card.indicators[0]?.overall.map((c) => [c.year, c.value])).toEqual([
      [2024, 1],
      [2025, 2],
    ]);
    expect(card.warnings).toContain('1 enrolment(s) in other programs than "youth" were ignored.');
  });

  it('computes retention from the prior year and a median distance to the sites offering the program', () => {
    const households: Household[] = [
      { id: 'near', size: 1, location: [-121.9, 37.3], attributes: {} },
      { id: 'far', size: 1, location: [-121.9, 37.4], attributes: {} },
      { id: 'mid', size: 1, location: [-121.9, 37.35], attributes: {} },
    ];
    const sites: Site[] = [
      { id: 'centre', location: [-121.9, 37.3], programs: ['youth'] },
      { id: 'library', location: [-121.9, 37.4], programs: ['books'] },
    ];
    const enrollments: Enrollment[] = [
      { householdId: 'near', programId: 'youth', programYear: 2024 },
      { householdId: 'near', programId: 'youth', programYear: 2025 },
      { householdId: 'far', programId: 'youth', programYear: 2024 },
    ];
    const retention = { ...baseIndicator, id: 'retention', measure: { kind: 'share', denominator: { field: 'enrolledPriorYear', op: 'eq', value: true }, numerator: { field: 'enrolled', op: 'eq', value: true } } };
    const distance = { ...baseIndicator, id: 'distance', measure: { kind: 'distance', statistic: 'median' }, unit: 'km', direction: 'lowerIsBetter' };
    const card = evaluateGoal(goalWith([retention, distance], { suppression: { minimumCellSize: 1 } }), { households, enrollments, sites }, { asOf: '2025-12-31' });
    // 2025: of the two households enrolled in 2024, one returned.
    expect(card.indicators[0]?.overall.map((c) => c.value)).toEqual([null, 0.5]);
    expect(card.indicators[0]?.overall[0]?.reason).toBe('no records in the denominator');
    // Only the centre offers "youth": distances 0, ~5.56 km, ~11.12 km; the median is the middle one.
    const median = card.indicators[1]?.overall[1]?.value as number;
    expect(median).toBeCloseTo((0.05 * Math.PI * 6371.0088) / 180, 9);
  });

  it('splits by bins and intersections, with unmatched records grouped', () => {
    const households: Household[] = [
      { id: 'a', size: 1, annualIncome: 10_000, attributes: {} },
      { id: 'b', size: 2, annualIncome: 10_000, attributes: {} },
      { id: 'c', size: 5, annualIncome: 10_000, attributes: {} },
      { id: 'd', size: 5, attributes: {} },
    ];
    const enrollments: Enrollment[] = [{ householdId: 'a', programId: 'youth', programYear: 2025 }];
    const indicator = {
      ...baseIndicator,
      measure: { kind: 'share', numerator: { field: 'enrolled', op: 'eq', value: true } },
      disaggregations: [
        { id: 'size', field: 'size', bins: [{ label: '1–2', values: [1, 2] }, { label: '3+', min: 3 }], ordered: true },
        { id: 'income', field: 'annualIncome', bins: [{ label: '< 20k', max: 20_000 }, { label: '20k+', min: 20_000 }] },
      ],
      intersections: [['size', 'income']],
    };
    const card = evaluateGoal(goalWith([indicator], { suppression: { minimumCellSize: 1 } }), { households, enrollments }, { asOf: '2025-12-31' });
    const [size, income, cross] = card.indicators[0]?.dimensions ?? [];
    expect(size?.groups).toEqual(['1–2', '3+']);
    expect(income?.groups).toEqual(['< 20k', '20k+', 'Unknown or other']);
    expect(income?.years[0]?.groups.map((g) => [g.group, g.value])).toEqual([
      ['< 20k', 1 / 3],
      ['20k+', null],
      ['Unknown or other', 0],
    ]);
    expect(income?.years[0]?.groups[1]?.reason).toBe('no records in the denominator');
    expect(cross?.id).toBe('size × income');
    expect(cross?.groups).toEqual(['1–2 × < 20k', '3+ × < 20k', '3+ × Unknown or other']);
  });
});

describe('evaluateGoal: publication', () => {
  it('withholds small cells (CMS: 1–10) and a complementary cell, never the derivable value', () => {
    // Numerators by district: 5 (small), 40, 60 — with the total published, the second-smallest must go too.
    const data = merge(block('a', '1', 50, 5, [2025]), block('b', '2', 80, 40, [2025]), block('c', '3', 100, 60, [2025]));
    const goal = goalWith([{ ...baseIndicator, disaggregations: [{ id: 'district', field: 'attributes.district' }] }]);
    const card = evaluateGoal(goal, { ...data, eligibility: allEligible }, { asOf: '2025-12-31' });
    const groups = card.indicators[0]?.dimensions[0]?.years[0]?.groups ?? [];
    expect(groups.map((g) => [g.group, g.suppressed, g.suppressionReason])).toEqual([
      ['1', true, 'primary'],
      ['2', true, 'complementary'],
      ['3', false, null],
    ]);
    expect(groups[0]?.value).toBeNull();
    expect(groups[0]?.n).toBeNull();
    expect(groups[0]?.comparison).toBeNull();
    // The overall total stays published; the two withheld numerators can only be bounded, not recovered.
    expect(card.indicators[0]?.overall[0]?.value).toBe(105 / 230);
    expect(card.withheld).toEqual([
      { indicator: 'enrolled-share', dimension: 'district', year: 2025, group: '1', reason: 'primary' },
      { indicator: 'enrolled-share', dimension: 'district', year: 2025, group: '2', reason: 'complementary' },
    ]);
    // Published groups are compared among themselves only.
    expect(groups[2]?.comparison?.reference).toBe('3');
  });

  it('flags unreliable rates (fewer than 20 events) without withholding them', () => {
    const data = merge(block('a', '1', 30, 12, [2025]), block('b', '2', 200, 100, [2025]));
    const goal = goalWith([{ ...baseIndicator, disaggregations: [{ id: 'district', field: 'attributes.district' }] }]);
    const card = evaluateGoal(goal, { ...data, eligibility: allEligible }, { asOf: '2025-12-31' });
    const groups = card.indicators[0]?.dimensions[0]?.years[0]?.groups ?? [];
    expect(groups[0]?.suppressed).toBe(false);
    expect(groups[0]?.reliable).toBe(false);
    expect(groups[0]?.reliabilityFlags).toContain('fewEvents');
    expect(groups[1]?.reliable).toBe(true);
  });

  it('is JSON-serialisable and carries provenance', () => {
    const data = merge(block('a', '1', 30, 12, [2024, 2025]));
    const card = evaluateGoal(goalWith([baseIndicator]), { ...data, eligibility: allEligible }, { asOf: '2025-12-31' });
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    expect(card.provenance.library).toEqual({ name: 'equity-lens', version: pkg.version });
    expect(LIBRARY_VERSION).toBe(pkg.version);
    expect(card.provenance.goal).toEqual({ id: 'test-goal', version: 3 });
    expect(card.provenance.records).toEqual({ households: 30, enrollments: 24, sites: 0, householdYears: 60 });
    expect(card.provenance.options['eligibility']).toBe('function');
  });
});

describe('evaluateGoal: trend, progress and status', () => {
  function growing(): { households: Household[]; enrollments: Enrollment[] } {
    // 200 eligible households; enrolled shares 0.2, 0.25, 0.3, 0.35, 0.4 over 2021–2025.
    const households: Household[] = Array.from({ length: 200 }, (_, i) => ({ id: `h${i}`, size: 2, attributes: {} }));
    const enrollments: Enrollment[] = [];
    [2021, 2022, 2023, 2024, 2025].forEach((programYear, k) => {
      for (let i = 0; i < 40 + 10 * k; i++) enrollments.push({ householdId: `h${i}`, programId: 'youth', programYear });
    });
    return { households, enrollments };
  }

  it('reports a Theil–Sen trend and Healthy People progress toward the target', () => {
    const indicator = { ...baseIndicator, baseline: { year: 2021, value: 0.2 }, target: { year: 2027, value: 0.5 } };
    const card = evaluateGoal(goalWith([indicator]), { ...growing(), eligibility: allEligible }, { asOf: '2025-12-31' });
    const score = card.indicators[0];
    expect(score?.trend.method).toBe('theilSen');
    expect(score?.trend.slope).toBeCloseTo(0.05, 12);
    expect(score?.trend.assessment).toBe('improving');
    expect(score?.progress?.method).toBe('healthyPeople');
    // HP2030: percent of targeted change achieved = (0.4 − 0.2) / (0.5 − 0.2) = 66.7 %.
    const detail = score?.progress?.detail as { healthyPeople: { percentOfTargetedChangeAchieved: number } };
    expect(detail.healthyPeople.percentOfTargetedChangeAchieved).toBeCloseTo(200 / 3, 9);
    expect(score?.status).toBe('onTrack');
    expect(card.status).toBe('onTrack');
  });

  it('needs attention when improving too slowly for the target (linear projection falls short)', () => {
    // Same series (0.2 → 0.4, +0.05 a year) but a target of 0.9 by 2027: the projection reaches 0.5.
    const indicator = { ...baseIndicator, baseline: { year: 2021, value: 0.2 }, target: { year: 2027, value: 0.9 } };
    const score = evaluateGoal(goalWith([indicator]), { ...growing(), eligibility: allEligible }, { asOf: '2025-12-31' }).indicators[0];
    expect(score?.progress?.status).toBe('improving');
    expect(score?.status).toBe('needsAttention');
    expect(score?.statusReasons).toContain('improving, but the linear projection to 2027 (50.0 %) falls short of the target');
  });

  it('marks a worsening indicator off track and the goal takes the worst status', () => {
    const worse = { ...baseIndicator, id: 'worse', direction: 'lowerIsBetter', trend: 'mannKendall' };
    const card = evaluateGoal(goalWith([baseIndicator, worse]), { ...growing(), eligibility: allEligible }, { asOf: '2025-12-31' });
    expect(card.indicators.map((i) => i.status)).toEqual(['onTrack', 'offTrack']);
    expect(card.status).toBe('offTrack');
  });

  it('trend "mannKendallExact" uses the exact p-value, which can decide a five-year series the normal approximation cannot', () => {
    // Five rising years: S = 10, exact p = 2/5! = 0.0167 (trends/mannKendall tests pin it against scipy and R);
    // the normal approximation gives 0.0275. At confidence 0.98 (alpha 0.02) only the exact test sees a trend.
    const exact = { ...baseIndicator, id: 'exact', trend: 'mannKendallExact', confidence: 0.98 };
    const normal = { ...baseIndicator, id: 'normal', trend: 'mannKendall', confidence: 0.98 };
    const card = evaluateGoal(goalWith([exact, normal]), { ...growing(), eligibility: allEligible }, { asOf: '2025-12-31' });
    const [exactTrend, normalTrend] = card.indicators.map((i) => i.trend);
    expect(exactTrend?.method).toBe('mannKendallExact');
    const detail = exactTrend?.detail as { pValueMethod: string; pValue: number; s: number };
    expect([detail.pValueMethod, detail.s]).toEqual(['exact', 10]);
    expect(detail.pValue).toBeCloseTo(2 / 120, 15);
    expect(exactTrend?.assessment).toBe('improving');
    expect((normalTrend?.detail as { pValueMethod: string; pValue: number }).pValueMethod).toBe('normal');
    expect((normalTrend?.detail as { pValue: number }).pValue).toBeCloseTo(0.0275, 4);
    expect(normalTrend?.assessment).toBe('noClearChange');
  });

  it("trend: 'joinpoint' reads the latest Joinpoint segment: a decline that stopped in 2020 is improving now", () => {
    // 200 eligible households; enrolled shares fall 0.40 → 0.24 (2016–2020), then rise to 0.34 (2025).
    const households: Household[] = Array.from({ length: 200 }, (_, i) => ({ id: `h${i}`, size: 2, attributes: {} }));
    const counts = [80, 72, 64, 56, 48, 52, 56, 60, 64, 68];
    const enrollments: Enrollment[] = counts.flatMap((count, k) =>
      Array.from({ length: count }, (_, i) => ({ householdId: `h${i}`, programId: 'youth', programYear: 2016 + k })),
    );
    const card = evaluateGoal(goalWith([{ ...baseIndicator, trend: 'joinpoint' }]), { households, enrollments, eligibility: allEligible }, { asOf: '2025-12-31' });
    const trend = card.indicators[0]?.trend;
    expect(trend?.method).toBe('joinpoint');
    const series = counts.map((count, k) => ({ year: 2016 + k, value: count / 200 }));
    const fit = joinpoint(series, { confidence: 0.95, alpha: 1 - 0.95 });
    expect(trend?.detail).toEqual(fit);
    expect(fit.joinpoints).toEqual([2020]);
    expect(trend?.apc).toBe(fit.segments[1]?.apc);
    expect(trend?.slope).toBeNull();
    expect(trend?.assessment).toBe('improving');
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    // Theil–Sen over all ten years sees the fall and the rise together.
    const whole = evaluateGoal(goalWith([baseIndicator]), { households, enrollments, eligibility: allEligible }, { asOf: '2025-12-31' });
    expect(whole.indicators[0]?.trend.assessment).not.toBe('improving');
  });

  it("trend: 'joinpoint' with a year at 0 is insufficient data, with Joinpoint's reason", () => {
    const households: Household[] = Array.from({ length: 50 }, (_, i) => ({ id: `h${i}`, size: 2, attributes: {} }));
    const counts = [10, 12, 0, 14, 15, 17, 18];
    const enrollments: Enrollment[] = counts.flatMap((count, k) =>
      Array.from({ length: count }, (_, i) => ({ householdId: `h${i}`, programId: 'youth', programYear: 2019 + k })),
    );
    const card = evaluateGoal(goalWith([{ ...baseIndicator, trend: 'joinpoint' }]), { households, enrollments, eligibility: allEligible }, { asOf: '2025-12-31' });
    expect(card.indicators[0]?.trend.assessment).toBe('insufficientData');
    expect(card.indicators[0]?.trend.reason).toMatch(/^the value in 2021 is ≤ 0/);
  });

  it('reports too short a series as insufficient data, not an error', () => {
    const card = evaluateGoal(goalWith([{ ...baseIndicator, trend: 'linear' }]), { ...block('a', '1', 40, 15, [2025]), eligibility: allEligible }, { asOf: '2025-12-31' });
    expect(card.indicators[0]?.trend.assessment).toBe('insufficientData');
    expect(card.indicators[0]?.trend.reason).toMatch(/linearTrend: series has 1 year/);
    expect(card.indicators[0]?.status).toBe('insufficientData');
  });
});

describe('evaluateGoal: bad input', () => {
  const data = { ...block('a', '1', 20, 5, [2025]), eligibility: allEligible };

  it('rejects an invalid goal with every problem listed', () => {
    const error = caught(() => evaluateGoal(goalWith([{ ...baseIndicator, parityBand: { relative: 10 } }], { version: 0 }), data, { asOf: '2025-12-31' }));
    expect(error.code).toBe('invalid_schema');
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['version', 'indicators[0].parityBand.relative']));
  });

  it('names the indicator and the field when data it needs are missing', () => {
    const error = caught(() => evaluateGoal(goalWith([baseIndicator]), { households: data.households, enrollments: data.enrollments }, { asOf: '2025-12-31' }));
    expect(error.code).toBe('missing_field');
    expect(error.path).toBe('data.eligibility');
    expect(error.message).toMatch(/^evaluateGoal: indicator "enrolled-share" \(goal\.indicators\[0\]\) reads the field "eligible", which needs data\.eligibility/);
  });

  it('names an absent disaggregation field and lists the attributes present', () => {
    const goal = goalWith([{ ...baseIndicator, disaggregations: [{ id: 'district', field: 'attributes.councilDistrict' }] }]);
    const error = caught(() => evaluateGoal(goal, data, { asOf: '2025-12-31' }));
    expect(error.code).toBe('missing_field');
    expect(error.message).toBe(
      'evaluateGoal: indicator "enrolled-share" splits by "attributes.councilDistrict", but no record has that field; household attributes present: attributes.district.',
    );
  });

  it('rejects an as-of date before an indicator baseline', () => {
    const goal = goalWith([{ ...baseIndicator, baseline: { year: 2026, value: 0.1 }, target: { year: 2030, value: 0.3 } }]);
    const error = caught(() => evaluateGoal(goal, data, { asOf: '2025-12-31' }));
    expect(error.code).toBe('out_of_range');
    expect(error.path).toBe('options.asOf');
    expect(error.message).toContain('before the baseline year 2026');
  });

  it('rejects malformed options and data', () => {
    expect(caught(() => evaluateGoal(goalWith([baseIndicator]), data, { asOf: '2025-02-30' })).code).toBe('invalid_date');
    expect(caught(() => evaluateGoal(goalWith([baseIndicator]), { ...data, households: [] }, { asOf: '2025-12-31' })).code).toBe('empty');
    expect(caught(() => evaluateGoal(goalWith([baseIndicator]), data, { asOf: '2025-12-31', years: [2027] })).code).toBe('out_of_range');
    const typo = caught(() => evaluateGoal(goalWith([baseIndicator]), data, { asOf: '2025-12-31', yaers: [2025] } as never));
    expect(typo.code).toBe('unknown_key');
    expect(typo.hint).toBe('did you mean "years"?');
    const duplicate = caught(() => evaluateGoal(goalWith([baseIndicator]), { ...data, households: [...data.households, data.households[0] as Household] }, { asOf: '2025-12-31' }));
    expect(duplicate.code).toBe('duplicate');
    const verdict = caught(() => evaluateGoal(goalWith([baseIndicator]), { ...data, eligibility: () => 'yes' as unknown as boolean }, { asOf: '2025-12-31' }));
    expect(verdict.message).toMatch(/returned "yes" for household "a0" in 2025; return true, false or null/);
  });

  it('warns about a dimension with a single group and an enrolment of an unknown household', () => {
    const goal = goalWith([{ ...baseIndicator, disaggregations: [{ id: 'district', field: 'attributes.district' }] }]);
    const card = evaluateGoal(goal, { ...data, enrollments: [...data.enrollments, { householdId: 'ghost', programId: 'youth', programYear: 2025 }] }, { asOf: '2025-12-31' });
    expect(card.warnings).toContain('enrolled-share: dimension "district" has a single group ("1"); there is nothing to compare.');
    expect(card.warnings).toContain('1 enrolment(s) name a household that is not in data.households; they are not counted.');
    expect(card.indicators[0]?.dimensions[0]?.years[0]?.notes).toEqual(['a single group: there is nothing to compare it with']);
  });
});

describe('evaluateGoal and renderScorecard: one name and one printed form per number (docs/conventions.md)', () => {
  function growing(): { households: Household[]; enrollments: Enrollment[] } {
    // 200 households; enrolled shares 0.2, 0.25, 0.3, 0.35, 0.4 over 2021–2025 (+5 points a year).
    const households: Household[] = Array.from({ length: 200 }, (_, i) => ({ id: `h${i}`, size: 2, attributes: { district: i % 2 === 0 ? 'A' : 'B' } }));
    const enrollments: Enrollment[] = [];
    [2021, 2022, 2023, 2024, 2025].forEach((programYear, k) => {
      for (let i = 0; i < 40 + 10 * k; i++) enrollments.push({ householdId: `h${i}`, programId: 'youth', programYear });
    });
    return { households, enrollments };
  }
  const indicator = {
    ...baseIndicator,
    baseline: { year: 2021, value: 0.2 },
    target: { year: 2027, value: 0.3 },
    parityBand: { absolute: 0.05 },
    disaggregations: [{ id: 'district', label: 'District', field: 'attributes.district' }],
  };

  it('prints fractions as percents, slopes and absolute bands in points, never a raw 0.3 beside 30 %', () => {
    const card = evaluateGoal(goalWith([indicator], { suppression: { minimumCellSize: 1 } }), { ...growing(), eligibility: allEligible }, { asOf: '2025-12-31' });
    const score = card.indicators[0];
    expect(score?.trend.slope).toBeCloseTo(0.05, 12); // the scorecard keeps the fraction per year
    expect(score?.trend.apc).toBeNull();
    expect(score?.statusReasons[0]).toBe('progress toward 30.0 % by 2027 (Healthy People 2030): target met or exceeded');
    const text = renderScorecard(card, { format: 'markdown' });
    expect(text).toContain('| improving, +5.0 points a year (theilSen) | target met or exceeded (Healthy People 2030) → 30.0 % by 2027 |');
    expect(text).toContain('parity band: ±5.0 points');
    expect(text).not.toMatch(/\(proportion\)\s*$|±0\.05|toward 0\.3\b/m);
  });

  it('reports the annual percent change in its own field, a percent per year, not as a slope', () => {
    const card = evaluateGoal(goalWith([{ ...baseIndicator, trend: 'annualPercentChange' }]), { ...growing(), eligibility: allEligible }, { asOf: '2025-12-31' });
    const trend = card.indicators[0]?.trend;
    expect(trend?.slope).toBeNull();
    // log-linear fit of 0.2 … 0.4: APC = 100(e^b − 1) ≈ 18.9 % a year (the trends module's own value).
    const apc = (trend?.detail as { apc: number }).apc;
    expect(trend?.apc).toBe(apc);
    expect(apc).toBeGreaterThan(18);
    expect(apc).toBeLessThan(20);
    expect(renderScorecard(card, { format: 'markdown' })).toContain(`improving, +${apc.toFixed(1)} % a year (annualPercentChange)`);
  });

  it('accepts the 0.1 goal names hp2030 and unstableAtOrBelow until 0.3 and says so in the scorecard warnings', () => {
    const old = { ...indicator, progress: 'hp2030', suppression: { minimumCellSize: 1, unstableAtOrBelow: 20 } };
    const card = evaluateGoal(goalWith([old]), { ...growing(), eligibility: allEligible }, { asOf: '2025-12-31' });
    expect(card.warnings.slice(0, 2)).toEqual([
      'deprecated: defineGoal: indicators[0].progress "hp2030" is now "healthyPeople"; the old name is accepted until 0.3.0.',
      'deprecated: defineGoal: indicators[0].suppression.unstableAtOrBelow 20 is now indicators[0].suppression.minEvents 21 (fewer than minEvents events is unreliable); the old name is accepted until 0.3.0.',
    ]);
    expect(card.indicators[0]?.progress?.method).toBe('healthyPeople');
    const current = evaluateGoal(goalWith([{ ...indicator, suppression: { minimumCellSize: 1, minEvents: 21 } }]), { ...growing(), eligibility: allEligible }, { asOf: '2025-12-31' });
    expect(current.warnings.some((w) => w.startsWith('deprecated:'))).toBe(false);
    expect(card.indicators).toEqual(current.indicators);
  });

  it('renders a scorecard saved by 0.1 (kebab-case statuses) with the same labels', () => {
    const card = evaluateGoal(goalWith([indicator], { suppression: { minimumCellSize: 1 } }), { ...growing(), eligibility: allEligible }, { asOf: '2025-12-31' });
    const saved = JSON.parse(JSON.stringify(card).replace(/"onTrack"/g, '"on-track"').replace(/"needsAttention"/g, '"needs-attention"')) as typeof card;
    expect(renderScorecard(saved, { format: 'markdown' })).toBe(renderScorecard(card, { format: 'markdown' }));
  });
});
