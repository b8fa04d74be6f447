import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Enrollment, Household } from '../../src/internal/records.ts';
import { evaluateGoal } from '../../src/monitor/evaluateGoal.ts';
import type { GoalPartial } from '../../src/monitor/GoalPartial.ts';
import { mergeGoalPartials } from '../../src/monitor/mergeGoalPartials.ts';
import type { Scorecard } from '../../src/monitor/Scorecard.ts';
import { scoreGoalPartial } from '../../src/monitor/scoreGoalPartial.ts';
import { summarizeGoal } from '../../src/monitor/summarizeGoal.ts';
import { allMeasuresGoal, type SmallCity, smallCity } from './partialFixtures.ts';
import { goalWith, shareByDistrict } from './fixtures.ts';

const HOUSEHOLDS = 400;
const options = { asOf: '2025-06-30', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025] };

/** Summarises each part (households with their enrolments; enrolments of unknown households go to part 0), through JSON as a file would. */
function summarizeParts(goal: object, city: SmallCity, partOf: (h: number) => number, parts: number): GoalPartial[] {
  const householdsOf: Household[][] = Array.from({ length: parts }, () => []);
  const part = new Map<string, number>();
  city.households.forEach((household, h) => {
    const p = partOf(h);
    part.set(household.id, p);
    (householdsOf[p] as Household[]).push(household);
  });
  const enrollmentsOf: Enrollment[][] = Array.from({ length: parts }, () => []);
  for (const enrollment of city.enrollments) (enrollmentsOf[part.get(enrollment.householdId) ?? 0] as Enrollment[]).push(enrollment);
  return householdsOf.map((households, p) => {
    const partial = summarizeGoal(
      goal,
      { households, enrollments: enrollmentsOf[p] as Enrollment[], sites: city.sites, eligibility: city.eligibility },
      { ...options, partition: `${p + 1}/${parts}` },
    );
    return JSON.parse(JSON.stringify(partial)) as GoalPartial;
  });
}

/** Merges in an order and tree shape chosen by `choices`: repeatedly two states picked by the choices, either argument order. */
function mergeInOrder(partials: readonly GoalPartial[], choices: readonly number[]): GoalPartial {
  const pool = [...partials];
  let c = 0;
  const next = (): number => choices[c++ % choices.length] as number;
  while (pool.length > 1) {
    const i = next() % pool.length;
    const a = pool.splice(i, 1)[0] as GoalPartial;
    const j = next() % pool.length;
    const b = pool.splice(j, 1)[0] as GoalPartial;
    pool.push(next() % 2 === 0 ? mergeGoalPartials(a, b) : mergeGoalPartials(b, a));
  }
  return pool[0] as GoalPartial;
}

/** The scorecard without the list of partitions (the only part that says how the records were split). */
function withoutPartitions(card: Scorecard): unknown {
  const { partitions: _partitions, ...provenance } = card.provenance;
  return { ...card, provenance };
}

describe('mergeGoalPartials: any split, merged in any order, scores as the whole', () => {
  let city: SmallCity;
  let goal: object;
  let whole: Scorecard;
  beforeAll(() => {
    city = smallCity(HOUSEHOLDS, 11);
    // Every cell published (cell size 1), so the comparison sees every value, not only the withheld marks.
    goal = { ...allMeasuresGoal(), suppression: { minimumCellSize: 1 } };
    whole = evaluateGoal(goal, { households: city.households, enrollments: city.enrollments, sites: city.sites, eligibility: city.eligibility }, options);
  });

  it('gives evaluateGoal\'s scorecard on all the records, number for number, for every measure kind, retention and record set', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((parts) =>
          fc.tuple(fc.constant(parts), fc.array(fc.integer({ min: 0, max: parts - 1 }), { minLength: HOUSEHOLDS, maxLength: HOUSEHOLDS }), fc.array(fc.nat(), { minLength: 1, maxLength: 12 })),
        ),
        ([parts, assignment, choices]) => {
          const partials = summarizeParts(goal, city, (h) => assignment[h] as number, parts);
          const card = scoreGoalPartial(mergeInOrder(partials, choices));
          expect(withoutPartitions(card)).toEqual(withoutPartitions(whole));
          expect(card.provenance.partitions?.length).toBe(parts);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('is associative and commutative on the JSON itself', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: HOUSEHOLDS, maxLength: HOUSEHOLDS }), (assignment) => {
        const [a, b, c] = summarizeParts(goal, city, (h) => assignment[h] as number, 3) as [GoalPartial, GoalPartial, GoalPartial];
        const left = JSON.stringify(mergeGoalPartials(mergeGoalPartials(a, b), c));
        expect(JSON.stringify(mergeGoalPartials(a, mergeGoalPartials(b, c)))).toBe(left);
        expect(JSON.stringify(mergeGoalPartials(c, mergeGoalPartials(b, a)))).toBe(left);
      }),
      { numRuns: 6 },
    );
  });

  it('also with the default suppression (primary and complementary, decided on the merged counts)', () => {
    const suppressed = allMeasuresGoal();
    const expected = evaluateGoal(suppressed, { households: city.households, enrollments: city.enrollments, sites: city.sites, eligibility: city.eligibility }, options);
    const card = scoreGoalPartial(mergeInOrder(summarizeParts(suppressed, city, (h) => (h * 7) % 4, 4), [3, 1, 2]));
    expect(withoutPartitions(card)).toEqual(withoutPartitions(expected));
    expect(expected.withheld.length).toBeGreaterThan(0);
  });

  it('leaves its inputs untouched', () => {
    const [a, b] = summarizeParts(goal, city, (h) => h % 2, 2) as [GoalPartial, GoalPartial];
    const before = JSON.stringify([a, b]);
    mergeGoalPartials(a, b);
    expect(JSON.stringify([a, b])).toBe(before);
  });

  it('counts retention from each household\'s own years, as every partition holds all of them', () => {
    const retention = goalWith([shareByDistrict({ id: 'retention', measure: { kind: 'share', denominator: { field: 'enrolledPriorYear', op: 'eq', value: true }, numerator: { field: 'enrolled', op: 'eq', value: true } } })], {
      program: { id: 'prns-youth-scholarship', name: 'Youth scholarships', department: 'PRNS' },
    });
    const merged = mergeInOrder(summarizeParts(retention, city, (h) => h % 3, 3), [0]);
    const y = options.years.indexOf(2020);
    // Hand count from the enrolments: the 2020 denominator is the known households enrolled in 2019, the
    // numerator those of them enrolled again in 2020.
    const known = new Set(city.households.map((h) => h.id));
    const enrolledIn = (year: number): Set<string> => new Set(city.enrollments.filter((e) => e.programYear === year && known.has(e.householdId)).map((e) => e.householdId));
    const before = enrolledIn(2019);
    const again = [...enrolledIn(2020)].filter((id) => before.has(id)).length;
    expect(before.size).toBeGreaterThan(0);
    expect(merged.indicators[0]?.overall[y]).toMatchObject({ records: before.size, events: again });
  });
});

describe('mergeGoalPartials: refuses states that do not belong together', () => {
  const goal = goalWith([shareByDistrict()]);
  const households = [{ id: 'a', size: 2, attributes: { district: '1' } }];
  const enrollments = [{ householdId: 'a', programId: 'youth', programYear: 2025 }];
  const summarize = (extra: object = {}, g: object = goal): GoalPartial =>
    summarizeGoal(g, { households, enrollments }, { asOf: '2025-12-31', years: [2025], ...extra });

  it('names the field and the fix', () => {
    const a = summarize();
    expect(() => mergeGoalPartials(a, summarize({ years: [2024, 2025] }))).toThrow(/same options\.years/);
    expect(() => mergeGoalPartials(a, summarize({ asOf: '2025-11-30' }))).toThrow(/same options\.asOf/);
    expect(() => mergeGoalPartials(a, summarize({}, goalWith([shareByDistrict()], { version: 4 })))).toThrow(/different goals/);
    expect(() => mergeGoalPartials(a, { ...a, version: 2 } as unknown as GoalPartial)).toThrow(/b\.version is 2; this library reads version 1/);
    expect(() => mergeGoalPartials(a, { ...a, format: 'other' } as unknown as GoalPartial)).toThrow(/b\.format/);
    expect(() => mergeGoalPartials(a, { ...a, library: { name: 'equity-lens', version: '0.0.9' } })).toThrow(/same version/);
    expect(() => mergeGoalPartials(a, null as unknown as GoalPartial)).toThrow(/mergeGoalPartials: b is null/);
  });

  it('rejects a damaged cell with its path', () => {
    const a = summarize();
    const damaged = JSON.parse(JSON.stringify(a)) as { indicators: { overall: { records: unknown }[] }[] };
    (damaged.indicators[0]?.overall[0] as { records: unknown }).records = -1;
    expect(() => mergeGoalPartials(a, damaged as unknown as GoalPartial)).toThrow(/b\.indicators\[0\]\.overall\[0\]\.records/);
  });
});
