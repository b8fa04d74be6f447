/**
 * `equity-lens validate`: every check of `report` without the computation — documents, headers, every row — and
 * a trial evaluation of the goal on the first households, which finds what only the data can show (a rule that
 * needs a parameter table for an area the tables lack, a year no rule version covers).
 *
 * @module
 */
import { type InputFiles, countsByCode, evaluateDocuments, plural, rejectedRows, problemLines, problemText, readDocuments, tableCounts } from './inputs.ts';
import type { Progress } from './progress.ts';
import { readTables } from './readTables.ts';
import type { Io } from './run.ts';

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
  const read = await readTables(files, documents.mapping, { progress: options.progress, keepTrial: TRIAL_HOUSEHOLDS });
  const lines = problemLines(read);

  if (read.households.length > 0) {
    options.progress.step('trial evaluation of the goal');
    evaluateDocuments(documents, read, options.asOf.asOf);
    options.progress.done();
  }

  out(`equity-lens validate — goal ${documents.goal.id} version ${documents.goal.version}${options.asOf.given ? `, as of ${options.asOf.asOf}` : ''}`);
  for (const line of tableCounts(read)) out(`  ${line}`);
  for (const warning of documents.warnings) out(`warning: ${warning}`);
  if (lines.length === 0) {
    out('No problems: every row became a record.');
  } else {
    const rejected = rejectedRows(lines);
  const warnings = lines.filter((l) => l.severity === 'warning').length;
    out(`${plural(lines.length, 'problem')} (${plural(rejected, 'row')} rejected, ${plural(warnings, 'warning')}): ${countsByCode(lines)}`);
    const max = options.maxPrinted ?? 50;
    for (const line of lines.slice(0, max)) out(`  ${problemText(line)}`);
    if (lines.length > max) out(`  … and ${(lines.length - max).toLocaleString('en-US')} more; "equity-lens report" writes them all to problems.csv.`);
  }
  out(`The inputs are usable${lines.length === 0 ? '' : ': rejected rows are left out of the report and listed in problems.csv'}.`);
  return 0;
}
