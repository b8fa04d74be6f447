/**
 * Benchmarks of the table mappers (`npm run bench -- tables`), on the default synthetic city written as CSV rows
 * (330,000 households, about 1,010,000 persons, 28,500 enrolments, 50 sites; every value a string, as a CSV parser
 * returns it, with the columns of examples/tables/synthetic-city.mapping.json).
 *
 * 1. `mapTables` over the four tables (object rows) against a hand-written conversion of the same rows into the
 *    same records with no checks at all (`Number()` on every number, persons grouped by id): the floor any mapper
 *    has to pay to build the records. Goal: within 3× of the floor (CPU minima).
 * 2. The same tables as arrays of cells (what a streaming CSV parser gives without column names), read by index.
 * 3. The same households with decorated cells — income as `$1,234.50`, birth dates as `MM/dd/yyyy` read by date-fns
 *    (cached per distinct value) — against case 1's plain cells.
 * 4. `createTableMapper` in batches of 10,000 rows, as the command line streams a file.
 *
 * Every result is checked to equal the synthetic city's records before timing.
 */
import { suite } from './harness.ts';
import { syntheticCity } from '../../src/synthetic/index.ts';
import { createTableMapper, mapTables, type TableMapping } from '../../src/tables/index.ts';
import type { Household, HouseholdMember } from '../../src/eligibility/index.ts';
import type { Enrollment } from '../../src/reach/index.ts';
import { cityTables, plain, syntheticMapping, type CityTables } from '../tables/helpers.ts';

const N = 330_000;

/** The floor: the same records from the same rows, with no validation, no coercion rules, no problems. */
function handWritten(tables: CityTables): { households: Household[]; enrollments: Enrollment[] } {
  const members = new Map<string, HouseholdMember[]>();
  for (const p of tables.persons) {
    const id = p['household_id'] as string;
    let list = members.get(id);
    if (list === undefined) members.set(id, (list = []));
    list.push({ birthDate: p['birth_date'] as string });
  }
  const households: Household[] = [];
  for (const r of tables.households) {
    const categorical: string[] = [];
    if (r['calfresh'] === 'Y') categorical.push('CalFresh');
    if (r['medi_cal'] === 'Y') categorical.push('Medi-Cal');
    const id = r['household_id'] as string;
    const m = members.get(id);
    households.push({
      id,
      location: [Number(r['lng']), Number(r['lat'])],
      size: Number(r['size']),
      annualIncome: Number(r['annual_income']),
      ...(m === undefined ? {} : { members: m }),
      attributes: { district: r['district'] as string, raceEthnicity: r['race_ethnicity'] as string, language: r['language'] as string },
      categorical,
    });
  }
  const enrollments: Enrollment[] = tables.enrollments.map((r) => ({
    householdId: r['household_id'] as string,
    programId: r['program_id'] as string,
    siteId: r['site_id'] as string,
    programYear: Number(r['program_year']),
    date: r['enrolled_on'] as string,
  }));
  return { households, enrollments };
}

function asArrays(rows: Record<string, string>[]): string[][] {
  const header = Object.keys(rows[0] ?? {});
  return [header, ...rows.map((row) => header.map((key) => row[key] ?? ''))];
}

suite('tables', (ctx) => {
  const city = syntheticCity({ households: N, seed: 1 });
  const tables = cityTables(city.households, city.enrollments, city.sites);
  const mapping = syntheticMapping();
  const n = `${N} households, ${tables.persons.length} persons, ${tables.enrollments.length} enrolments, ${tables.sites.length} sites`;

  const check = mapTables(tables, mapping);
  if (check.problems.length > 0 || JSON.stringify(check.households) !== JSON.stringify(plain(city.households))) throw new Error('tables bench: mapTables does not reproduce the city');
  const floor = handWritten(tables);
  if (JSON.stringify(floor.households) !== JSON.stringify(check.households)) throw new Error('tables bench: the hand-written floor differs');

  ctx.compare({
    name: 'mapTables (object rows)',
    run: () => mapTables(tables, mapping),
    baselineName: 'hand-written conversion, no checks',
    baseline: () => handWritten(tables),
    goal: 3,
    options: { repeat: 5, n },
  });

  const arrays = { households: asArrays(tables.households), persons: asArrays(tables.persons), enrollments: asArrays(tables.enrollments), sites: asArrays(tables.sites) };
  ctx.compare({
    name: 'mapTables (array rows with a header row)',
    run: () => mapTables(arrays, mapping),
    baselineName: 'mapTables (object rows)',
    baseline: () => mapTables(tables, mapping),
    options: { repeat: 5, n },
  });

  const us = (date: string): string => `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`;
  const decorated: CityTables = {
    ...tables,
    households: tables.households.map((r) => ({ ...r, annual_income: `$${Number(r['annual_income']).toLocaleString('en-US', { minimumFractionDigits: 2 })}` })),
    persons: tables.persons.map((r) => ({ ...r, birth_date: us(r['birth_date'] as string) })),
  };
  const decoratedMapping: TableMapping = { ...mapping, persons: { ...mapping.persons!, birthDate: { column: 'birth_date', formats: ['MM/dd/yyyy'] } } };
  const decoratedCheck = mapTables(decorated, decoratedMapping);
  if (decoratedCheck.problems.length > 0 || JSON.stringify(decoratedCheck.households) !== JSON.stringify(check.households)) throw new Error('tables bench: decorated cells differ');
  ctx.compare({
    name: 'mapTables ($1,234.50 incomes, MM/dd/yyyy birth dates via date-fns)',
    run: () => mapTables(decorated, decoratedMapping),
    baselineName: 'mapTables (plain cells)',
    baseline: () => mapTables(tables, mapping),
    options: { repeat: 5, n },
  });

  const batch = 10_000;
  ctx.compare({
    name: `createTableMapper, batches of ${batch} rows`,
    run: () => {
      const mapper = createTableMapper(mapping);
      let records = 0;
      mapper.sites(tables.sites);
      for (let i = 0; i < tables.persons.length; i += batch) mapper.persons(tables.persons.slice(i, i + batch));
      for (let i = 0; i < tables.households.length; i += batch) records += mapper.households(tables.households.slice(i, i + batch)).records.length;
      for (let i = 0; i < tables.enrollments.length; i += batch) records += mapper.enrollments(tables.enrollments.slice(i, i + batch)).records.length;
      mapper.finish();
      return records;
    },
    baselineName: 'mapTables (whole tables)',
    baseline: () => mapTables(tables, mapping),
    options: { repeat: 5, n },
  });
});
