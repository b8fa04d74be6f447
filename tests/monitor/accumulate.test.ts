// The accumulate step (src/monitor/internal/accumulate.ts) through summarizeGoal on datasets of a few households,
// every expected cell counted by hand.
import { describe, expect, it } from 'vitest';
import type { Enrollment, Household } from '../../src/internal/records.ts';
import { ELIGIBILITY_PRNS_SCHOLARSHIP_RULES } from '../../src/eligibility/prnsScholarshipRules.ts';
import { summarizeGoal } from '../../src/monitor/summarizeGoal.ts';
import { caught } from '../helpers/caught.ts';
import { goalWith, shareByDistrict } from './fixtures.ts';

const OPTIONS = { asOf: '2025-12-31', years: [2024, 2025] };
const enrolled = { field: 'enrolled', op: 'eq', value: true };

/** An indicator over `recordSet` with `measure`, split by `disaggregations`. */
function ind(id: string, measure: object, extra: object = {}): object {
  return shareByDistrict({ id, name: id, measure, ...extra });
}

function households(): Household[] {
  return [
    { id: 'a', size: 2, attributes: { district: '1' } },
    { id: 'b', size: 3, attributes: { district: '1' } },
    { id: 'c', size: 1, attributes: { district: '2' } },
  ];
}

function enrollments(): Enrollment[] {
  return [
    { householdId: 'a', programId: 'youth', programYear: 2024, siteId: 's1' },
    { householdId: 'a', programId: 'youth', programYear: 2025, siteId: 's2' },
    { householdId: 'c', programId: 'youth', programYear: 2025, siteId: 's1' },
    { householdId: 'b', programId: 'other', programYear: 2025, siteId: 's9' },
  ];
}

describe('PartialAccumulator: data checks', () => {
  it('rejects enrolments and sites that are not arrays', () => {
    const goal = goalWith([shareByDistrict()]);
    const e = caught(() => summarizeGoal(goal, { households: households(), enrollments: {} as never }, OPTIONS));
    expect([e.code, e.path, e.message]).toEqual(['invalid_type', 'data.enrollments', 'summarizeGoal: data.enrollments must be an array of enrolments.']);
    const s = caught(() => summarizeGoal(goal, { households: households(), enrollments: [], sites: 'x' as never }, OPTIONS));
    expect([s.code, s.path, s.message]).toEqual(['invalid_type', 'data.sites', 'summarizeGoal: data.sites must be an array of sites.']);
  });

  it('needs enrolments for the enrolled field and sites for distances', () => {
    const e = caught(() => summarizeGoal(goalWith([shareByDistrict()]), { households: households() }, OPTIONS));
    expect(e.code).toBe('missing_field');
    expect(e.path).toBe('data.enrollments');
    const distance = ind('d', { kind: 'distance', statistic: 'mean' }, { unit: 'km', direction: 'lowerIsBetter' });
    const s = caught(() => summarizeGoal(goalWith([distance]), { households: households() }, OPTIONS));
    expect(s.code).toBe('missing_field');
    expect(s.path).toBe('data.sites');
  });
});

describe('PartialAccumulator: provenance of the inputs', () => {
  it('names how eligibility is decided and whose poverty tables apply', () => {
    const goal = goalWith([shareByDistrict()]);
    const base = { households: households(), enrollments: enrollments() };
    expect(summarizeGoal(goal, base, OPTIONS).inputs).toEqual({ eligibility: 'none', povertyTables: 'bundled' });
    expect(summarizeGoal(goal, { ...base, eligibility: () => true }, OPTIONS).inputs).toEqual({ eligibility: 'function', povertyTables: 'bundled' });
    const statusByYear = new Map([[2024, [1, 0, 2]], [2025, [0, 1, 1]]]);
    expect(summarizeGoal(goal, { ...base, eligibility: { statusByYear } }, OPTIONS).inputs).toEqual({ eligibility: 'screened', povertyTables: 'bundled' });
    expect(summarizeGoal(goal, { ...base, eligibility: { rules: ELIGIBILITY_PRNS_SCHOLARSHIP_RULES } }, OPTIONS).inputs).toEqual({ eligibility: 'rules', povertyTables: 'bundled' });
  });
});

describe('PartialAccumulator: income as % of the poverty guideline', () => {
  it('names the indicator that needs fplPercent when a year has no guideline', () => {
    const byBand = ind('share', { kind: 'share', numerator: enrolled }, {
      disaggregations: [{ id: 'band', field: 'fplPercent', bins: [{ label: 'low', max: 100 }, { label: 'high', min: 100 }] }],
    });
    const rich = [{ id: 'a', size: 2, annualIncome: 50000, attributes: {} }];
    const e = caught(() => summarizeGoal(goalWith([byBand]), { households: rich, enrollments: [] }, { asOf: '1901-12-31', years: [1901] }));
    expect(e.path).toBe('goal.indicators[0]');
  });
});

describe('PartialAccumulator: record sets', () => {
  it('keeps enrolment rows when one indicator of several runs over enrolments', () => {
    const goal = goalWith([shareByDistrict(), ind('sites', { kind: 'count', distinct: 'siteId' }, { recordSet: 'enrollments', unit: 'sites' })]);
    const partial = summarizeGoal(goal, { households: households(), enrollments: enrollments() }, OPTIONS);
    // Share: 2024 a enrolled of 3; 2025 a and c enrolled of 3.
    expect(partial.indicators[0]?.overall).toEqual([{ records: 3, events: 1, num: 1, den: 3 }, { records: 3, events: 2, num: 2, den: 3 }]);
    // Sites: 2024 a at s1; 2025 a at s2, c at s1 (b's enrolment is another program's).
    const sites = partial.indicators[1];
    expect(sites?.overall).toEqual([
      { records: 1, events: 1, num: 1, den: 0, distinct: ['s1'] },
      { records: 2, events: 2, num: 2, den: 0, distinct: ['s1', 's2'] },
    ]);
    expect(sites?.dimensions[0]?.groups).toEqual([['1'], ['2']]);
    expect(sites?.dimensions[0]?.cells).toEqual([
      [{ records: 1, events: 1, num: 1, den: 0, distinct: ['s1'] }, { records: 1, events: 1, num: 1, den: 0, distinct: ['s2'] }],
      [null, { records: 1, events: 1, num: 1, den: 0, distinct: ['s1'] }],
    ]);
    expect(partial.records).toEqual({ households: 3, enrollments: 3, sites: 0, householdYears: 6 });
    expect(partial.counts).toEqual({ otherProgramEnrollments: 1, unknownHouseholdEnrollments: 0, householdsWithIncome: 3 });
  });
});

/** The value of an exact sum's JSON (a number, or doubles whose sum it is). */
function total(value: unknown): number {
  return Array.isArray(value) ? value.reduce((a: number, b: number) => a + b, 0) : (value as number);
}

/** Great-circle distance along the equator (both points at latitude 0), km: R·Δλ with turf's radius. */
function equatorKm(lng1: number, lng2: number): number {
  return 6371.0088 * Math.abs(lng1 - lng2) * (Math.PI / 180);
}

describe('PartialAccumulator: distances', () => {
  // A offers youth, B another program, C lists no programs: once any site lists programs, distances are to youth's sites.
  const sites = [
    { id: 'A', location: [0, 0] as const, programs: ['youth'] },
    { id: 'B', location: [0.01, 0] as const, programs: ['other'] },
    { id: 'C', location: [0.02, 0] as const },
  ];
  const located = (): Household[] => [
    { id: 'a', size: 2, location: [0.009, 0], attributes: { district: '1' } },
    { id: 'b', size: 3, location: [0.018, 0], attributes: { district: '2' } },
  ];
  const km = { unit: 'km', direction: 'lowerIsBetter' };

  it('measures to the program sites, or to the sites an indicator filters, and gives distanceKm as a field', () => {
    const goal = goalWith([
      ind('toProgram', { kind: 'distance', statistic: 'mean' }, km),
      ind('toAny', { kind: 'distance', statistic: 'mean', sites: { field: 'id', op: 'in', value: ['B', 'C'] } }, km),
      ind('field', { kind: 'mean', field: 'distanceKm' }, km),
    ]);
    const partial = summarizeGoal(goal, { households: located(), sites }, { asOf: '2025-12-31', years: [2025] });
    const [toProgram, toAny, field] = partial.indicators;
    const programKm = equatorKm(0.009, 0) + equatorKm(0.018, 0);
    expect(toProgram?.overall[0]?.records).toBe(2);
    expect(total(toProgram?.overall[0]?.sum)).toBeCloseTo(programKm, 9);
    // a is nearest B (0.001°), b nearest C (0.002°).
    expect(total(toAny?.overall[0]?.sum)).toBeCloseTo(equatorKm(0.009, 0.01) + equatorKm(0.018, 0.02), 9);
    expect(total(field?.overall[0]?.sum)).toBeCloseTo(programKm, 9);
    expect(field?.dimensions[0]?.cells.map((row) => total(row[0]?.sum))).toEqual([
      expect.closeTo(equatorKm(0.009, 0), 9),
      expect.closeTo(equatorKm(0.018, 0), 9),
    ]);
    expect(partial.records.sites).toBe(3);
  });

  it('gives distanceKm to the one indicator that reads it among others', () => {
    const goal = goalWith([shareByDistrict(), ind('field', { kind: 'mean', field: 'distanceKm' }, km)]);
    const partial = summarizeGoal(goal, { households: located(), enrollments: [], sites }, { asOf: '2025-12-31', years: [2025] });
    expect(partial.indicators[1]?.overall[0]?.records).toBe(2);
    expect(total(partial.indicators[1]?.overall[0]?.sum)).toBeCloseTo(equatorKm(0.009, 0) + equatorKm(0.018, 0), 9);
  });

  it('reads no site when no indicator measures a distance', () => {
    const elsewhere = [{ id: 'B', location: [0.01, 0] as const, programs: ['other'] }];
    const partial = summarizeGoal(goalWith([ind('count', { kind: 'count' }, { unit: 'households' })]), { households: located(), sites: elsewhere }, { asOf: '2025-12-31', years: [2025] });
    expect(partial.indicators[0]?.overall).toEqual([{ records: 2, events: 2, num: 2, den: 0 }]);
  });

  it('names the indicator or data.sites when no site offers the program', () => {
    const elsewhere = [{ id: 'B', location: [0.01, 0] as const, programs: ['other'] }];
    const o = { asOf: '2025-12-31', years: [2025] };
    const field = caught(() => summarizeGoal(goalWith([ind('field', { kind: 'mean', field: 'distanceKm' }, km)]), { households: located(), sites: elsewhere }, o));
    expect([field.code, field.path]).toEqual(['missing_field', 'data.sites']);
    // No site at all: distanceKm is unknown for every household, not an error.
    const empty = summarizeGoal(goalWith([ind('field', { kind: 'mean', field: 'distanceKm' }, km)]), { households: located(), sites: [] }, o);
    expect(empty.indicators[0]?.overall).toEqual([null]);
    const filtered = { kind: 'distance', statistic: 'mean', sites: { field: 'id', op: 'eq', value: 'Z' } };
    const measure = caught(() => summarizeGoal(goalWith([shareByDistrict(), ind('d', filtered, km)]), { households: located(), enrollments: [], sites }, o));
    expect([measure.code, measure.path]).toEqual(['missing_field', 'goal.indicators[1].measure.sites']);
  });
});

describe('PartialAccumulator: groups that depend on the year', () => {
  // a eligible in 2024 only, b in 2025 only, c in both.
  const eligibility = (household: Household, year: number): boolean => (household.id === 'a' ? year === 2024 : household.id === 'b' ? year === 2025 : true);
  it('assigns eligible (alone and crossed with district) per year', () => {
    const split = ind('share', { kind: 'share', numerator: enrolled }, {
      disaggregations: [{ id: 'district', field: 'attributes.district' }, { id: 'elig', field: 'eligible' }],
      intersections: [['district', 'elig']],
    });
    const partial = summarizeGoal(goalWith([split]), { households: households(), enrollments: enrollments(), eligibility }, OPTIONS);
    const cells = (d: number): unknown => partial.indicators[0]?.dimensions[d]?.cells.map((row) => row.map((cell) => (cell === null ? null : [cell.records, cell.events])));
    expect(partial.indicators[0]?.dimensions.map((d) => d.groups)).toEqual([[['1'], ['2']], [['false'], ['true']], [['1', 'false'], ['1', 'true'], ['2', 'true']]]);
    // Enrolled: a in 2024 and 2025, c in 2025. [records, events] per group, 2024 then 2025.
    expect(cells(0)).toEqual([[[2, 1], [2, 1]], [[1, 0], [1, 1]]]);
    expect(cells(1)).toEqual([[[1, 0], [1, 1]], [[2, 1], [2, 1]]]);
    expect(cells(2)).toEqual([[[1, 0], [1, 1]], [[1, 1], [1, 0]], [[1, 0], [1, 1]]]);
  });
});
