/**
 * `equity-lens validate`: every check of `report` without the computation — documents, headers, every row — and
 * a trial evaluation of the goal on the first households, which finds what only the data can show (a rule that
 * needs a parameter table for an area the tables lack, a year no rule version covers).
 *
 * @module
 */
import type { Household, Site } from 'equity-lens';
import { type InputFiles, countsByCode, evaluateDocuments, plural, rejectedRows, problemText, readDocuments, tableCounts } from './inputs.ts';
import type { Progress } from './progress.ts';
import type { Io } from './run.ts';
import { streamTables } from './stream.ts';

/** Options of {@link validate}. */
export interface ValidateOptions {
  readonly asOf: { readonly asOf: string; readonly given: boolean };
  readonly progress: Progress;
  /** Most problems printed (default 50; problems.csv from `report` lists all). */
  readonly maxPrinted?: number;
}

/** Households the trial evaluation runs on. */
const TRIAL_HOUSEHOLDS = 500;

/** Runs `validate`; returns the exit code. */
export async function validate(files: InputFiles, options: ValidateOptions, io: Io): Promise<number> {
  const out = (line = ''): void => void io.stdout.write(`${line}\n`);
  const documents = await readDocuments(files);
  const trial: Household[] = [];
  let sites: Site[] = [];
  const read = await streamTables(files, documents.mapping, {
    goal: documents.goal,
    asOf: options.asOf.asOf,
    progress: options.progress,
    start: (before) => {
      sites = before.sites;
      return {
        add(batch) {
          for (const household of batch) if (trial.length < TRIAL_HOUSEHOLDS) trial.push(household);
        },
      };
    },
  });
  const problems = read.problems;
  const lines = problems.listed;

  if (trial.length > 0) {
    options.progress.step('trial evaluation of the goal');
    const ids = new Set(trial.map((h) => h.id));
    evaluateDocuments(documents, { households: trial, enrollments: read.enrollments.filter((e) => ids.has(e.householdId)), sites }, options.asOf.asOf);
    options.progress.done();
  }

  out(`equity-lens validate — goal ${documents.goal.id} version ${documents.goal.version}${options.asOf.given ? `, as of ${options.asOf.asOf}` : ''}`);
  for (const line of tableCounts(read)) out(`  ${line}`);
  for (const warning of documents.warnings) out(`warning: ${warning}`);
  if (problems.count === 0) {
    out('No problems: every row became a record.');
  } else {
    out(`${plural(problems.count, 'problem')} (${plural(rejectedRows(read.summary), 'row')} rejected, ${plural(problems.warnings, 'warning')}): ${countsByCode(problems)}`);
    const max = options.maxPrinted ?? 50;
    for (const line of lines.slice(0, max)) out(`  ${problemText(line)}`);
    if (problems.count > max) out(`  … and ${(problems.count - max).toLocaleString('en-US')} more; "equity-lens report" writes ${lines.length < problems.count ? `the first ${lines.length.toLocaleString('en-US')}` : 'them all'} to problems.csv.`);
  }
  out(`The inputs are usable${problems.count === 0 ? '' : ': rejected rows are left out of the report and listed in problems.csv'}.`);
  return 0;
}
