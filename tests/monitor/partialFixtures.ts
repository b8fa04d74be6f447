// Fixtures for the partial-state tests: a goal touching every measure kind and record set, and a small city.
import type { Enrollment, Household } from '../../src/internal/records.ts';
import type { Site } from '../../src/proximity/SiteSchema.ts';
import { syntheticCity } from '../../src/synthetic/syntheticCity.ts';

/** An indicator of the all-measures goal, split by district, language (unmatched grouped), FPL band and district × band. */
function indicator(id: string, measure: object, extra: object = {}): object {
  return {
    id,
    name: id,
    rbaKind: 'howWell',
    recordSet: 'householdYears',
    measure,
    unit: 'proportion',
    direction: 'higherIsBetter',
    disaggregations: [
      { id: 'district', field: 'attributes.district' },
      { id: 'language', field: 'attributes.language', unmatched: 'group' },
      { id: 'band', field: 'fplPercent', bins: [{ label: '<100', max: 100 }, { label: '100-199', min: 100, max: 200 }, { label: '200+', min: 200 }], ordered: true },
    ],
    intersections: [['district', 'band']],
    dataSource: { name: 'Registrations', steward: 'PRNS' },
    ...extra,
  };
}

const enrolled = { field: 'enrolled', op: 'eq', value: true };
const eligible = { field: 'eligible', op: 'eq', value: true };

/** Every measure kind (count, distinct count, share, rate, mean, median, ratio with sums, distance statistics), retention, and the three record sets. */
export function allMeasuresGoal(): object {
  return {
    id: 'all-measures',
    version: 1,
    title: 'All measures',
    department: 'PRNS',
    owner: 'Analyst',
    objective: 'Every measure kind at once',
    program: { id: 'prns-youth-scholarship', name: 'Youth scholarships', department: 'PRNS' },
    populationOfFocus: { description: 'All households' },
    reviewCadence: 'annual',
    yearBasis: { startMonth: 7, label: 'end' },
    suppression: { minimumCellSize: 11, complementary: true },
    indicators: [
      indicator('share', { kind: 'share', denominator: eligible, numerator: enrolled }, { trend: 'theilSen', target: { year: 2026, value: 0.3 } }),
      indicator('count', { kind: 'count', filter: enrolled }, { unit: 'households', trend: 'yearOverYear' }),
      indicator('languages', { kind: 'count', filter: enrolled, distinct: 'attributes.language' }, { unit: 'languages' }),
      indicator('rate', { kind: 'rate', per: 1000, denominator: eligible, numerator: enrolled }, { unit: 'per 1,000' }),
      indicator('meanIncome', { kind: 'mean', field: 'annualIncome', filter: enrolled }, { unit: 'dollars', trend: 'linear' }),
      indicator('medianFpl', { kind: 'median', field: 'fplPercent', filter: enrolled }, { unit: 'percent' }),
      indicator('ratio', { kind: 'ratio', numerator: enrolled, denominator: eligible, numeratorSum: 'size', denominatorSum: 'fplPercent' }, { unit: 'ratio' }),
      indicator('distanceMedian', { kind: 'distance', statistic: 'median', filter: eligible }, { unit: 'km', direction: 'lowerIsBetter', parityBand: { absolute: 1 }, referenceGroup: 'best' }),
      indicator('distanceMean', { kind: 'distance', statistic: 'mean', filter: eligible }, { unit: 'km', direction: 'lowerIsBetter', trend: 'mannKendall' }),
      indicator('within2Km', { kind: 'distance', statistic: 'shareWithin', radiusKm: 2 }, { parityBand: { relative: 0.1 }, referenceGroup: 'overall' }),
      indicator('retention', { kind: 'share', denominator: { field: 'enrolledPriorYear', op: 'eq', value: true }, numerator: enrolled }),
      { ...indicator('latestShare', { kind: 'share', numerator: enrolled }), recordSet: 'households' },
      { ...indicator('sitesUsed', { kind: 'count', distinct: 'siteId' }, { unit: 'sites' }), recordSet: 'enrollments' },
      { ...indicator('enrolledDistance', { kind: 'mean', field: 'distanceKm' }, { unit: 'km' }), recordSet: 'enrollments' },
      indicator('distanceField', { kind: 'median', field: 'distanceKm', filter: eligible }, { unit: 'km' }),
    ],
  };
}

/** A small seeded city with a deterministic eligibility function (every 13th household undecided). */
export interface SmallCity {
  readonly households: readonly Household[];
  readonly enrollments: readonly Enrollment[];
  readonly sites: readonly Site[];
  readonly eligibility: (household: Household, programYear: number) => boolean | null;
}

export function smallCity(households: number, seed: number): SmallCity {
  const city = syntheticCity({ households, seed });
  const years = city.truth.programYears;
  const incomeEligible = city.truth.households.incomeEligible;
  const index = new Map(city.households.map((h, i) => [h.id, i]));
  return {
    households: city.households,
    // One enrolment naming a household that does not exist: counted (and warned about) once, in one partition.
    enrollments: [...city.enrollments, { householdId: 'nobody', programId: 'prns-youth-scholarship', programYear: 2020 }],
    sites: city.sites,
    eligibility: (household, programYear) => {
      const i = index.get(household.id) as number;
      return i % 13 === 0 ? null : incomeEligible[i * years.length + (programYear - (years[0] as number))] === 1;
    },
  };
}
