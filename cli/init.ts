/**
 * `equity-lens init <folder>`: the starter kit for a new city.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { syntheticCity } from 'equity-lens';
import { eligibilityRuleSetJsonSchema } from 'equity-lens/eligibility';
import { goalJsonSchema } from 'equity-lens/goals';
import { tableMappingJsonSchema } from 'equity-lens/tables';
import { csvLine } from './csv.ts';
import { InputError } from './errors.ts';
import { CSV_COLUMNS, starterGoal, starterMapping, starterRules, writeSyntheticCsv } from './kit.ts';
import type { Io } from './run.ts';

/** Options of {@link init}. */
export interface InitOptions {
  readonly force: boolean;
  /** Households of the synthetic city to write as sample rows; 0 writes headers only. */
  readonly sample: number;
  readonly seed: number;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The kit's README: what each file is and what to edit — JSON has no comments, so the comments live here. */
export const KIT_README = `# Your city's equity-lens kit

This folder turns your program's CSV exports into a published equity scorecard, with no programming:

    npx equity-lens validate --in .        # check the files; every problem row with its file, row and column
    npx equity-lens report --in . --as-of 2025-06-30   # write out/report.html, scorecard.json, scorecard.md, problems.csv

The full walkthrough, with a field reference for every column and the common mistakes, is docs/your-data.md in
the equity-lens repository. This README is the short version.

## The files

| file | what it is | you |
|---|---|---|
| \`goal.json\` | the equity goal: the program, the indicators, their targets and parity bands | edit |
| \`rules.json\` | who is eligible: a versioned eligibility rule set | edit |
| \`mapping.json\` | how the columns of your CSV files become households, members, enrolments and sites | edit |
| \`households.csv\` | one row per household | replace with your export |
| \`persons.csv\` | one row per household member (for ages) | replace with your export |
| \`enrollments.csv\` | one row per enrolment | replace with your export |
| \`sites.csv\` | one row per site offering the program (for distances) | replace with your export |
| \`*.schema.json\` | JSON Schemas: editors such as VS Code use them to check and complete the three documents | leave |

The starter documents are San José's PRNS youth-scholarship pilot: its goal, its scholarship rules and a mapping
of the CSV columns below. Start from them and change what differs in your city.

## mapping.json, field by field

Each section names the columns of one file. A field is a column name (\`"size"\`), a column with options
(\`{ "column": "income", "decimalSeparator": "," }\`), a constant (\`{ "value": "my-program" }\`) or a column with a
code map (\`{ "column": "district", "codes": { "1": "District 1" } }\`). Column names are matched ignoring case,
spaces, \`_\` and \`-\`.

- \`households\`
  - \`id\` — the household id (unique; compared as text, so \`007\` and \`7\` differ).
  - \`size\` — persons in the household, a whole number ≥ 1.
  - \`annualIncome\` — dollars a year. **A blank cell is "unknown", never 0**: write 0 only for a household with no
    income. Or \`incomes\`: amount + frequency columns (\`weekly\`, \`biweekly\`, \`semimonthly\`, \`monthly\`, \`annual\`).
  - \`location\` — \`{ "lat": "<column>", "lng": "<column>" }\`, degrees; name both columns, the order in the file
    does not matter. Positions inside the library are GeoJSON \`[lng, lat]\`.
  - \`members: "persons"\` — members (with birth dates) come from persons.csv, joined by household id.
  - \`attributes\` — the columns you group by: \`"district": "district"\` makes \`attributes.district\`, which the goal's
    disaggregations name.
  - \`categorical\` — programs that make a household eligible on their own (CalFresh, Medi-Cal): a Y/N column each.
- \`persons\` — \`householdId\`, \`birthDate\` (dates in \`defaults.dateFormats\`, default \`yyyy-MM-dd\`), \`disability\` (Y/N).
- \`enrollments\` — \`householdId\`, \`programId\` (must equal the goal's \`program.id\`), \`siteId\`, and \`programYear\`
  (a whole year) or \`date\` (then the goal's \`yearBasis\` turns dates into fiscal years).
- \`sites\` — \`id\`, \`name\`, \`location\`, \`capacity\`, \`programs\` (ids separated by \`;\`).
- \`defaults\` — what every column shares unless it says otherwise: \`missing\` (cells meaning "no value", default
  blank, NA, N/A, NULL …), \`dateFormats\` (e.g. \`["MM/dd/yyyy"]\`), \`decimalSeparator\`, \`trueValues\`/\`falseValues\`.

## goal.json and rules.json

- \`goal.json\`: keep \`program.id\` equal to the program id of your enrolments. Fractions are written as fractions:
  a target of 30 % is \`0.3\`, a parity band of ±10 % is \`{ "relative": 0.1 }\`. \`yearBasis\` says when your
  fiscal year starts (\`{ "startMonth": 7, "label": "end" }\`: FY 2024-25 is 2025).
- \`rules.json\`: each version applies from its \`effectiveFrom\` date; the version in force on the first day of a
  program year decides that year. Income tests use the bundled HHS poverty guidelines and HUD limits (Santa Clara
  County); a city elsewhere passes its own tables with \`--tables tables.json\`.

## The CSV files

UTF-8 (with or without a byte-order mark; Excel's "CSV UTF-8"), comma or semicolon between cells, quotes around
cells that hold the delimiter or a line break, LF or CRLF line ends. The first line names the columns.

## What report writes

\`out/report.html\` (open it in a browser, print it), \`out/scorecard.md\`, \`out/scorecard.json\` (every number, with
provenance) and \`out/problems.csv\` (one row per problem: file, row, column, value, code, message). Rows with
problems are left out of the numbers and listed; nothing is dropped silently.
`;

/** Writes the kit; refuses to overwrite files unless `force`. */
export async function init(folder: string, options: InitOptions, io: Io): Promise<void> {
  const files: [string, string][] = [
    ['README.md', KIT_README],
    ['goal.json', json(starterGoal())],
    ['rules.json', json({ $schema: './rules.schema.json', ...starterRules() })],
    ['mapping.json', json(starterMapping())],
    ['goal.schema.json', json(goalJsonSchema())],
    ['rules.schema.json', json(eligibilityRuleSetJsonSchema())],
    ['mapping.schema.json', json(tableMappingJsonSchema())],
  ];
  const csvNames = Object.keys(CSV_COLUMNS) as (keyof typeof CSV_COLUMNS)[];
  const existing = [...files.map(([name]) => name), ...csvNames].filter((name) => existsSync(join(folder, name)));
  if (existing.length > 0 && !options.force) {
    throw new InputError(`${relative(io.cwd, folder) || '.'} already holds ${existing.join(', ')}; pass --force to overwrite, or choose another folder.`);
  }
  await mkdir(folder, { recursive: true });
  for (const [name, text] of files) await writeFile(join(folder, name), text);
  let rows: Partial<Record<keyof typeof CSV_COLUMNS, number>> = {};
  if (options.sample > 0) {
    rows = await writeSyntheticCsv(syntheticCity({ households: options.sample, seed: options.seed }), folder);
  } else {
    for (const name of csvNames) await writeFile(join(folder, name), csvLine(CSV_COLUMNS[name]));
  }
  const where = relative(io.cwd, folder) || '.';
  const out = (line = ''): void => void io.stdout.write(`${line}\n`);
  out(`Wrote the starter kit to ${where}/:`);
  for (const [name] of files) out(`  ${name}`);
  for (const name of csvNames) out(`  ${name}${options.sample > 0 ? ` (${(rows[name] ?? 0).toLocaleString('en-US')} rows of the synthetic city, seed ${options.seed})` : ' (header only)'}`);
  out();
  out('Next:');
  out(`  1. ${options.sample > 0 ? 'Try it: the sample rows run as they are.' : 'Put your exports in the CSV files (or point the options at them).'}`);
  out(`  2. Edit goal.json, rules.json and mapping.json (${where}/README.md explains every field).`);
  out(`  3. npx equity-lens validate --in ${where}`);
  out(`  4. npx equity-lens report --in ${where} --as-of YYYY-MM-DD   → ${where}/out/report.html`);
}
