/**
 * The starter kit's documents — the PRNS goal, the scholarship rule set the demo applies and the mapping of the
 * synthetic city's CSV columns — and the synthetic city written as CSV files. `equity-lens init` writes them; the
 * demo (`npm run demo -- --csv <folder>`) writes the same files, so both run one pipeline on one file shape.
 *
 * @module
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, type EligibilityRuleSet, type SyntheticCity } from 'equity-lens';
import prnsGoalJson from '../examples/goals/prns-youth-scholarship.json' with { type: 'json' };
import syntheticMappingJson from '../examples/tables/synthetic-city.mapping.json' with { type: 'json' };
import { csvLine } from './csv.ts';

/** The PRNS goal, with its `$schema` pointing at the kit's schema file. */
export function starterGoal(): Record<string, unknown> {
  return { ...(prnsGoalJson as Record<string, unknown>), $schema: './goal.schema.json' };
}

/**
 * The scholarship rule set the demo applies: the library's PRNS rule set (`ELIGIBILITY_PRNS_SCHOLARSHIP_RULES`,
 * whose 2015-16 version covers the ten years of the synthetic city), as plain JSON for rules.json.
 */
export function starterRules(): EligibilityRuleSet {
  return JSON.parse(JSON.stringify(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES)) as EligibilityRuleSet;
}

/** The mapping of the synthetic city's CSV columns, with its `$schema` pointing at the kit's schema file. */
export function starterMapping(): Record<string, unknown> {
  return { ...(syntheticMappingJson as Record<string, unknown>), $schema: './mapping.schema.json' };
}

/** The CSV files of the kit and their columns (the synthetic city's shape, which the starter mapping reads). */
export const CSV_COLUMNS = {
  'households.csv': ['household_id', 'size', 'annual_income', 'lat', 'lng', 'district', 'race_ethnicity', 'language', 'calfresh', 'medi_cal'],
  'persons.csv': ['household_id', 'birth_date', 'disability'],
  'enrollments.csv': ['household_id', 'program_id', 'site_id', 'program_year', 'enrolled_on'],
  'sites.csv': ['site_id', 'name', 'lat', 'lng', 'capacity', 'programs'],
} as const;

/** A number as written to CSV: the shortest text that reads back as the same number. */
function num(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

function yesNo(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'Y' : 'N';
}

/** Writes lines to a file in chunks, waiting when the stream asks to. */
async function writeLines(path: string, header: readonly string[], rows: Iterable<readonly string[]>): Promise<number> {
  const stream = createWriteStream(path);
  let chunk = csvLine(header);
  let count = 0;
  for (const row of rows) {
    chunk += csvLine(row);
    count += 1;
    if (chunk.length > 1 << 16) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  stream.end(chunk);
  await once(stream, 'finish');
  return count;
}

/** Writes a synthetic city as the kit's four CSV files; returns the rows written per file. */
export async function writeSyntheticCsv(city: SyntheticCity, folder: string): Promise<Record<keyof typeof CSV_COLUMNS, number>> {
  const households = await writeLines(
    join(folder, 'households.csv'),
    CSV_COLUMNS['households.csv'],
    (function* () {
      for (const h of city.households) {
        const categorical = h.categorical;
        const flag = (program: string): string => (categorical === undefined ? '' : categorical.includes(program) ? 'Y' : 'N');
        yield [
          h.id,
          num(h.size),
          num(h.annualIncome),
          num(h.location?.[1]),
          num(h.location?.[0]),
          h.attributes['district'] ?? '',
          h.attributes['raceEthnicity'] ?? '',
          h.attributes['language'] ?? '',
          flag('CalFresh'),
          flag('Medi-Cal'),
        ];
      }
    })(),
  );
  const persons = await writeLines(
    join(folder, 'persons.csv'),
    CSV_COLUMNS['persons.csv'],
    (function* () {
      for (const h of city.households) for (const m of h.members ?? []) yield [h.id, m.birthDate, yesNo(m.disability)];
    })(),
  );
  const enrollments = await writeLines(
    join(folder, 'enrollments.csv'),
    CSV_COLUMNS['enrollments.csv'],
    (function* () {
      for (const e of city.enrollments) yield [e.householdId, e.programId, e.siteId ?? '', num(e.programYear), e.date ?? ''];
    })(),
  );
  const sites = await writeLines(
    join(folder, 'sites.csv'),
    CSV_COLUMNS['sites.csv'],
    (function* () {
      for (const s of city.sites) yield [s.id, s.name ?? '', num(s.location[1]), num(s.location[0]), num(s.capacity), (s.programs ?? []).join(';')];
    })(),
  );
  return { 'households.csv': households, 'persons.csv': persons, 'enrollments.csv': enrollments, 'sites.csv': sites };
}
