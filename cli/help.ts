/**
 * The command line's help texts.
 *
 * @module
 */
import { createRequire } from 'node:module';

// The package's own package.json: one folder up from cli/ in the repository and from dist/ when installed.
const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/** `equity-lens 0.2.0`. */
export const LIBRARY_VERSION_TEXT: string = `equity-lens ${version}`;

const INPUTS = `Inputs (paths; or --in <folder> holding them under these names):
  --goal <goal.json>            the equity goal (required)
  --rules <rules.json>          eligibility rule or rule set (required when the goal reads "eligible")
  --tables <tables.json>        parameter tables replacing the bundled ones: { "hud": [...], "poverty": [...], "smi": [...] }
  --mapping <mapping.json>      how your CSV columns become records (required)
  --households <households.csv> one row per household (required)
  --persons <persons.csv>       one row per household member (when the mapping reads members from it)
  --enrollments <enrollments.csv> one row per enrolment (required)
  --sites <sites.csv>           one row per site (needed by distance indicators)
  --in <folder>                 read the files above from a folder: goal.json, rules.json, tables.json,
                                mapping.json, households.csv, persons.csv, enrollments.csv, sites.csv
  --as-of <YYYY-MM-DD>          the date the numbers are as of (default: today; pass it for numbers you publish)
  --no-progress                 no progress line (it is shown only on a terminal anyway)`;

const TEXTS: Readonly<Record<string, string>> = {
  init: `equity-lens init <folder> [--sample <households>] [--seed <n>] [--force]

Writes a starter kit for a new city into <folder>:
  README.md                     what each file is and what to edit, field by field
  goal.json, rules.json, mapping.json   the three documents you edit (with JSON Schemas beside them for editors)
  households.csv, persons.csv, enrollments.csv, sites.csv   header templates for your exports

  --sample <n>                  fill the CSV files with n households of the seeded synthetic city instead of headers
                                only, so validate and report run at once
  --seed <n>                    seed of the synthetic city (default 1)
  --force                       overwrite files that exist
`,
  validate: `equity-lens validate [inputs]

Checks everything without computing the scorecard: the goal, rules, tables and mapping against their schemas and
against each other, every file's header against the mapping, and every row. Prints each problem with its file, row
and column, and the counts per table. Exit code 0 when the inputs are usable (even with problem rows), 1 when not.

${INPUTS}
`,
  report: `equity-lens report [inputs] [--out <folder>]

Reads the files, maps every row (bad rows are left out and listed), evaluates the goal and writes
  scorecard.json   the scorecard (every number, with provenance)
  scorecard.md     the scorecard as Markdown
  report.html      a self-contained page with tables and charts (opens offline, prints)
  problems.csv     one row per problem: file, table, row, column, value, field, code, severity, id, message
                   (the first 100,000 in file order; all are counted)
Prints a one-screen summary. Exit code 0 when the report was written (even with problem rows), 1 for unusable
input, 2 for a usage error.

${INPUTS}
  --out <folder>                where to write (default: <in>/out with --in, else ./equity-lens-report)
  --workers <n>                 worker threads, each summarising partitions of the households, merged at the end
                                (default: the number of cores; 1 when households.csv is under 8 MB). A persons file
                                over 64 MB per worker is split into more partitions than workers, run in turn, to
                                bound memory. The files written are the same for any number of workers.
`,
  summarize: `equity-lens summarize [inputs] --partition <k/N> --as-of <YYYY-MM-DD> --out <file.json>

Summarises partition k of N of the households — those whose id hashes to k (32-bit FNV-1a of the id's UTF-8
bytes, mod N) — with their persons and enrolments, and writes the partition's state as JSON: the goal's partial
state, the per-table counts and the partition's problem rows. Run it for k = 1 … N (on one machine or many, from
the same files), then "equity-lens merge" the N files. Every partition reads every file; rows of other partitions
are skipped after their id cell.

${INPUTS}
  --partition <k/N>             which partition: k of N, 1 ≤ k ≤ N (required)
  --out <file.json>             where to write the partition (required; its folder is created)
  --as-of is required here, so that every partition is as of the same date.
`,
  merge: `equity-lens merge <partition files...> [--out <folder>]

Merges the files "equity-lens summarize" wrote for partitions 1/N … N/N, in any order, and writes what "report"
writes — scorecard.json, scorecard.md, report.html, problems.csv — with the same summary. Refuses files of
different runs (goal, rules, tables, mapping, CSV files, as-of date, number of partitions) and a missing or
repeated partition, saying which. The scorecard's provenance lists the partitions merged.

  --out <folder>                where to write (default: ./equity-lens-report)
  --no-progress                 no progress line
`,
};

/** The overview. */
export const HELP: string = `${LIBRARY_VERSION_TEXT} — from a city's CSV exports to a published equity scorecard

Usage:
  equity-lens init <folder>       write a starter kit (goal, rules, mapping, CSV templates, README)
  equity-lens validate [inputs]   check the files without computing; list every problem row
  equity-lens report [inputs]     write scorecard.json, scorecard.md, report.html and problems.csv
  equity-lens summarize [inputs] --partition k/N --out <file.json>
                                  summarise one partition of the households (for runs across machines)
  equity-lens merge <files...>    merge the partitions' files and write what report writes

  equity-lens <command> --help    the options of a command
  equity-lens --version

Typical run:
  npx equity-lens init my-city          # then edit my-city/goal.json, rules.json, mapping.json
  npx equity-lens validate --in my-city
  npx equity-lens report --in my-city --as-of 2025-06-30

Exit codes: 0 done (even with problem rows), 1 unusable input, 2 usage error.
Guide: docs/your-data.md (https://github.com/equity-lens/equity-lens/blob/main/docs/your-data.md)
`;

/** The help of one command. */
export function commandHelp(command: string): string {
  return TEXTS[command] ?? HELP;
}
