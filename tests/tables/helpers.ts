import { readFileSync } from 'node:fs';
import type { Enrollment, Household, Site, TableMapping } from '../../src/index.ts';

export { caught } from '../helpers/caught.ts';

/** The example mapping of the synthetic city's CSV files. */
export function syntheticMapping(): TableMapping {
  return JSON.parse(readFileSync(new URL('../../examples/tables/synthetic-city.mapping.json', import.meta.url), 'utf8')) as TableMapping;
}

/** One table as a CSV parser returns it: objects keyed by the header, every value a string. */
export type CsvRows = Record<string, string>[];

/** The four CSV tables of a city, as `examples/tables/synthetic-city.mapping.json` describes them. */
export interface CityTables {
  households: CsvRows;
  persons: CsvRows;
  enrollments: CsvRows;
  sites: CsvRows;
}

/**
 * Writes records as the synthetic city's CSV files would hold them (the columns of the example mapping): every value
 * a string, unknowns blank, categorical programs as Y/N flags, members as one persons row each.
 */
export function cityTables(households: readonly Household[], enrollments: readonly Enrollment[], sites: readonly Site[]): CityTables {
  const out: CityTables = { households: [], persons: [], enrollments: [], sites: [] };
  for (const h of households) {
    out.households.push({
      household_id: h.id,
      size: String(h.size),
      annual_income: h.annualIncome === undefined ? '' : String(h.annualIncome),
      lat: h.location === undefined ? '' : String(h.location[1]),
      lng: h.location === undefined ? '' : String(h.location[0]),
      district: h.attributes['district'] ?? '',
      race_ethnicity: h.attributes['raceEthnicity'] ?? '',
      language: h.attributes['language'] ?? '',
      calfresh: h.categorical === undefined ? '' : h.categorical.includes('CalFresh') ? 'Y' : 'N',
      medi_cal: h.categorical === undefined ? '' : h.categorical.includes('Medi-Cal') ? 'Y' : 'N',
    });
    for (const m of h.members ?? []) out.persons.push({ household_id: h.id, birth_date: m.birthDate, disability: m.disability === undefined ? '' : m.disability ? 'Y' : 'N' });
  }
  for (const e of enrollments) {
    out.enrollments.push({
      household_id: e.householdId,
      program_id: e.programId,
      site_id: e.siteId ?? '',
      program_year: e.programYear === undefined ? '' : String(e.programYear),
      enrolled_on: e.date ?? '',
    });
  }
  for (const s of sites) {
    out.sites.push({
      site_id: s.id,
      name: s.name ?? '',
      lat: String(s.location[1]),
      lng: String(s.location[0]),
      capacity: s.capacity === undefined ? '' : String(s.capacity),
      programs: (s.programs ?? []).join(';'),
    });
  }
  return out;
}

/** A plain deep copy (drops frozenness, keeps the shape), for comparing records with `toEqual`. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
