/**
 * `equity-lens report`: reads and maps the tables, evaluates the goal and writes scorecard.json, scorecard.md,
 * report.html and problems.csv, then prints a one-screen summary. The demo (`npm run demo -- --csv <folder>`) runs
 * this same function.
 *
 * @module
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type Scorecard, renderScorecard } from 'equity-lens';
import { InputError } from './errors.ts';
import { type InputFiles, countsByCode, evaluateDocuments, plural, rejectedRows, problemLines, problemsCsv, problemText, readDocuments, tableCounts } from './inputs.ts';
import type { Progress } from './progress.ts';
import { readTables } from './readTables.ts';
import type { Io } from './run.ts';

export type { InputFiles } from './inputs.ts';

/** Options of {@link report}. */
export interface ReportOptions {
  readonly asOf: { readonly asOf: string; readonly given: boolean };
  /** The folder the four files are written to (created if needed). */
  readonly out: string;
  readonly progress: Progress;
}

/** What {@link buildReport} returns: the scorecard and the files' contents, before anything is written. */
export interface BuiltReport {
  readonly scorecard: Scorecard;
  readonly files: Readonly<Record<'scorecard.json' | 'scorecard.md' | 'report.html' | 'problems.csv', string>>;
  /** The summary lines printed. */
  readonly summary: string[];
}

/** The indicator summary table of the Markdown scorecard (its first table), for the terminal. */
function summaryTable(markdown: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| Indicator |'));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
  return lines.slice(start, end < 0 ? undefined : end);
}

/** Reads, maps and evaluates; returns the report's files and summary. */
export async function buildReport(inputs: InputFiles, options: Pick<ReportOptions, 'asOf' | 'progress'>): Promise<BuiltReport> {
  const documents = await readDocuments(inputs);
  const read = await readTables(inputs, documents.mapping, { progress: options.progress });
  if (read.households.length === 0) {
    throw new InputError(`no household became a record${read.summary.households.rows === 0 ? ' (the households file has no rows)' : ''}; run "equity-lens validate" to see why.`);
  }
  options.progress.step(`evaluating the goal on ${read.households.length.toLocaleString('en-US')} households`);
  const scorecard = evaluateDocuments(documents, read, options.asOf.asOf);
  options.progress.step('writing the report');
  const lines = problemLines(read);
  const rejected = rejectedRows(lines);
  const warnings = lines.filter((l) => l.severity === 'warning').length;
  const counts = tableCounts(read);
  const markdown = renderScorecard(scorecard);
  const notes = [
    `Computed by the equity-lens command line from ${counts.join('; ')}.`,
    ...documents.warnings,
    lines.length === 0
      ? 'Every row of every file became a record.'
      : `${plural(rejected, 'row')} left out for problems and ${plural(warnings, 'warning')} noted (${countsByCode(lines)}); problems.csv lists each with its file, row and column.`,
  ];
  const html = renderScorecard(scorecard, { format: 'html', notes });
  const summary = [
    `equity-lens report — ${scorecard.goal.title} (goal ${scorecard.goal.id} version ${scorecard.goal.version}), as of ${scorecard.asOf}${options.asOf.given ? '' : ' (today; pass --as-of to fix the date)'}`,
    ...counts.map((c) => `  ${c}`),
    ...documents.warnings.map((w) => `warning: ${w}`),
    lines.length === 0 ? 'Problems: none.' : `Problems: ${lines.length.toLocaleString('en-US')} (${plural(rejected, 'row')} left out, ${plural(warnings, 'warning')}): ${countsByCode(lines)}`,
    ...lines.slice(0, 5).map((l) => `  ${problemText(l)}`),
    ...(lines.length > 5 ? [`  … see problems.csv for all ${lines.length.toLocaleString('en-US')}`] : []),
    '',
    `Goal status: ${scorecard.status.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`,
    ...summaryTable(markdown),
  ];
  return {
    scorecard,
    files: {
      'scorecard.json': `${JSON.stringify(scorecard, null, 2)}\n`,
      'scorecard.md': markdown,
      'report.html': html,
      'problems.csv': problemsCsv(lines),
    },
    summary,
  };
}

/** Runs `report`; returns the exit code. */
export async function report(inputs: InputFiles, options: ReportOptions, io: Io): Promise<number> {
  const started = process.hrtime.bigint();
  const built = await buildReport(inputs, options);
  try {
    await mkdir(options.out, { recursive: true });
    for (const [name, text] of Object.entries(built.files)) await writeFile(join(options.out, name), text);
  } catch (error) {
    throw new InputError(`cannot write to ${options.out}: ${(error as Error).message}`);
  }
  options.progress.done();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const where = relative(io.cwd, options.out) || '.';
  for (const line of built.summary) io.stdout.write(`${line}\n`);
  io.stdout.write(`\nWrote ${['scorecard.json', 'scorecard.md', 'report.html', 'problems.csv'].map((f) => join(where, f)).join(', ')} in ${seconds.toFixed(1)} s.\n`);
  return 0;
}
