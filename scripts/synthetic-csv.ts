/**
 * Writes a large synthetic city as the command line's CSV files, streamed to disk with bounded memory:
 *
 *   npx tsx scripts/synthetic-csv.ts --out /work/cache/scale/city-3.2m [--households 3200000] [--seed 1]
 *
 * The folder gets households.csv (members' birth dates in wide columns member1_dob … member9_dob, so no persons
 * table and no join are needed), enrollments.csv, sites.csv, and the starter kit's goal.json (the PRNS youth
 * scholarship scorecard), rules.json (the PRNS rule set) and mapping.json (the synthetic city's mapping, members
 * from the wide columns) — what `equity-lens report --in <folder>` reads. Households come from
 * `syntheticCityBatches` (the same records as `syntheticCity` with the same seed and size); working memory is
 * about 40 bytes per household plus one batch of records (about 200 MB for 3.2 million households).
 *
 * Enrolments are written batch by batch, so enrollments.csv is ordered by household batch, then program year,
 * then household (a city's export has no particular order either).
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { syntheticCityBatches } from 'equity-lens/synthetic';
import { starterGoal, starterMapping, starterRules } from '../cli/kit.ts';
import { csvLine } from '../cli/csv.ts';

/** Most members a synthetic household has (its sizes are 1–9). */
export const WIDE_MEMBERS = 9;

/** The header of households.csv with wide member columns. */
export const WIDE_HOUSEHOLD_COLUMNS: readonly string[] = [
  'household_id',
  'size',
  'annual_income',
  'lat',
  'lng',
  'district',
  'race_ethnicity',
  'language',
  'calfresh',
  'medi_cal',
  ...Array.from({ length: WIDE_MEMBERS }, (_, i) => `member${i + 1}_dob`),
];

/** The starter mapping with members read from the wide columns instead of persons.csv. */
export function wideMapping(): Record<string, unknown> {
  const mapping = starterMapping() as { households: Record<string, unknown>; persons?: unknown; description?: string };
  const { persons: _persons, ...rest } = mapping;
  return {
    ...rest,
    description:
      'The synthetic city as three CSV files (households.csv with members in wide columns member1_dob … member9_dob, enrollments.csv, sites.csv), written by scripts/synthetic-csv.ts.',
    households: { ...mapping.households, members: { wide: { birthDate: 'member{n}_dob' } } },
  };
}

/** A buffered CSV writer that waits when the stream asks it to. */
class CsvWriter {
  private chunk = '';
  rows = 0;
  private readonly stream: Writable;

  constructor(path: string, header: readonly string[]) {
    this.stream = createWriteStream(path);
    this.chunk = csvLine(header);
  }

  async row(cells: readonly string[]): Promise<void> {
    this.chunk += csvLine(cells);
    this.rows += 1;
    if (this.chunk.length > 1 << 20) await this.flush();
  }

  async flush(): Promise<void> {
    const text = this.chunk;
    this.chunk = '';
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end(this.chunk);
    this.chunk = '';
    await once(this.stream, 'finish');
  }
}

/** Options of {@link writeSyntheticCityCsv}. */
export interface WriteOptions {
  readonly households: number;
  readonly seed: number;
  readonly batchSize?: number;
  /** Called after each batch with the households written so far. */
  readonly onBatch?: (written: number) => void;
}

/** Writes the city's CSV files and documents into `folder`; returns the rows written per file. */
export async function writeSyntheticCityCsv(folder: string, options: WriteOptions): Promise<Record<string, number>> {
  mkdirSync(folder, { recursive: true });
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  const { $schema: _g, ...goal } = starterGoal();
  const { $schema: _m, ...mapping } = wideMapping();
  writeFileSync(join(folder, 'goal.json'), json(goal));
  writeFileSync(join(folder, 'rules.json'), json(starterRules()));
  writeFileSync(join(folder, 'mapping.json'), json(mapping));

  const city = syntheticCityBatches({ households: options.households, seed: options.seed, batchSize: options.batchSize ?? 20000 });
  const sites = new CsvWriter(join(folder, 'sites.csv'), ['site_id', 'name', 'lat', 'lng', 'capacity', 'programs']);
  for (const s of city.sites) {
    await sites.row([s.id, s.name ?? '', String(s.location[1]), String(s.location[0]), String(s.capacity ?? ''), (s.programs ?? []).join(';')]);
  }
  await sites.close();

  const households = new CsvWriter(join(folder, 'households.csv'), WIDE_HOUSEHOLD_COLUMNS);
  const enrollments = new CsvWriter(join(folder, 'enrollments.csv'), ['household_id', 'program_id', 'site_id', 'program_year', 'enrolled_on']);
  const cells = new Array<string>(WIDE_HOUSEHOLD_COLUMNS.length);
  let written = 0;
  for (const batch of city.batches()) {
    for (const h of batch.households) {
      const categorical = h.categorical ?? [];
      const members = h.members ?? [];
      cells[0] = h.id;
      cells[1] = String(h.size);
      cells[2] = String(h.annualIncome);
      cells[3] = String(h.location?.[1]);
      cells[4] = String(h.location?.[0]);
      cells[5] = h.attributes['district'] ?? '';
      cells[6] = h.attributes['raceEthnicity'] ?? '';
      cells[7] = h.attributes['language'] ?? '';
      cells[8] = categorical.includes('CalFresh') ? 'Y' : 'N';
      cells[9] = categorical.includes('Medi-Cal') ? 'Y' : 'N';
      for (let m = 0; m < WIDE_MEMBERS; m++) cells[10 + m] = members[m]?.birthDate ?? '';
      await households.row(cells);
    }
    for (const e of batch.enrollments) {
      await enrollments.row([e.householdId, e.programId, e.siteId ?? '', String(e.programYear), e.date ?? '']);
    }
    written += batch.households.length;
    options.onBatch?.(written);
  }
  await households.close();
  await enrollments.close();
  return { 'households.csv': households.rows, 'enrollments.csv': enrollments.rows, 'sites.csv': sites.rows };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      households: { type: 'string', default: '3200000' },
      seed: { type: 'string', default: '1' },
      'batch-size': { type: 'string', default: '20000' },
      quiet: { type: 'boolean', default: false },
    },
  });
  if (values.out === undefined) {
    console.error('usage: npx tsx scripts/synthetic-csv.ts --out <folder> [--households 3200000] [--seed 1] [--batch-size 20000] [--quiet]');
    process.exit(2);
  }
  const households = Number(values.households);
  const started = performance.now();
  let lastReport = 0;
  const rows = await writeSyntheticCityCsv(values.out, {
    households,
    seed: Number(values.seed),
    batchSize: Number(values['batch-size']),
    onBatch: (written) => {
      if (values.quiet || written - lastReport < 500000) return;
      lastReport = written;
      process.stderr.write(`synthetic-csv: ${written.toLocaleString('en-US')} of ${households.toLocaleString('en-US')} households\n`);
    },
  });
  const usage = process.resourceUsage();
  console.log(
    JSON.stringify({
      folder: values.out,
      rows,
      wallMs: Math.round(performance.now() - started),
      cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
      maxRssMiB: Math.round(usage.maxRSS / 1024),
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
