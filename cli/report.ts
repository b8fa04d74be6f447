/**
 * `equity-lens report`: reads and maps the tables, evaluates the goal and writes scorecard.json, scorecard.md,
 * report.html and problems.csv, then prints a one-screen summary. With `--workers N` the households are split
 * into N partitions by a hash of their id, each summarised on a worker thread, and the partitions merged here —
 * the same merge `equity-lens merge` runs on partition files, so every path writes the same files. The demo
 * (`npm run demo -- --csv <folder>`) runs this same function.
 *
 * @module
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type Scorecard, renderScorecard, scoreGoalPartial } from 'equity-lens';
import { InputError } from './errors.ts';
import { type InputFiles, countsByCode, plural, rejectedRows, problemsCsv, problemText, readDocuments, tableCounts } from './inputs.ts';
import { type MergedRun, type NamedPartition, evaluationError, mergePartitions, summarizePartition } from './partial.ts';
import { WHOLE } from './partition.ts';
import { unpartitionable } from './stream.ts';
import type { Progress } from './progress.ts';
import type { Io } from './run.ts';

export type { InputFiles } from './inputs.ts';

/** Options of {@link report}. */
export interface ReportOptions {
  readonly asOf: { readonly asOf: string; readonly given: boolean };
  /** The folder the four files are written to (created if needed). */
  readonly out: string;
  readonly progress: Progress;
  /** Worker threads, one partition each (default 1: in this thread). */
  readonly workers?: number;
}

/** The four files `report` and `merge` write. */
export const REPORT_FILES = ['scorecard.json', 'scorecard.md', 'report.html', 'problems.csv'] as const;

/** What {@link buildReport} returns: the scorecard and the files' contents, before anything is written. */
export interface BuiltReport {
  readonly scorecard: Scorecard;
  readonly files: Readonly<Record<(typeof REPORT_FILES)[number], string>>;
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

/** Options of {@link buildOutputs}. */
export interface OutputOptions {
  /** The command, for the summary's first line. */
  readonly command: 'report' | 'merge';
  /** Whether the as-of date was given (else it is today's, and the summary says so). */
  readonly asOfGiven: boolean;
  /** Whether the scorecard's provenance lists the partitions merged (merge: yes; report: no, so it is the same for any number of workers). */
  readonly listPartitions: boolean;
}

/** Scores a merged run and writes its files' contents and the summary. */
export function buildOutputs(run: MergedRun, options: OutputOptions): BuiltReport {
  if (run.goalPartial.records.households === 0) {
    throw new InputError(`no household became a record${run.summary.households.rows === 0 ? ' (the households file has no rows)' : ''}; run "equity-lens validate" to see why.`);
  }
  let scorecard: Scorecard;
  try {
    scorecard = scoreGoalPartial(run.goalPartial);
  } catch (error) {
    throw evaluationError(error);
  }
  if (!options.listPartitions) {
    const { partitions: _partitions, ...provenance } = scorecard.provenance;
    scorecard = { ...scorecard, provenance };
  }
  const problems = run.problems;
  const lines = problems.listed;
  const rejected = rejectedRows(run.summary);
  const counts = tableCounts(run);
  const markdown = renderScorecard(scorecard);
  const cut = problems.count > lines.length ? ` (the first ${lines.length.toLocaleString('en-US')} of ${problems.count.toLocaleString('en-US')}; the others are counted here)` : '';
  const notes = [
    `Computed by the equity-lens command line from ${counts.join('; ')}.`,
    ...run.documentWarnings,
    problems.count === 0
      ? 'Every row of every file became a record.'
      : `${plural(rejected, 'row')} left out for problems and ${plural(problems.warnings, 'warning')} noted (${countsByCode(problems)}); problems.csv lists each with its file, row and column${cut}.`,
  ];
  const html = renderScorecard(scorecard, { format: 'html', notes });
  const summary = [
    `equity-lens ${options.command} — ${scorecard.goal.title} (goal ${scorecard.goal.id} version ${scorecard.goal.version}), as of ${scorecard.asOf}${options.asOfGiven ? '' : ' (today; pass --as-of to fix the date)'}${options.command === 'merge' ? (run.partitions > 1 ? `, ${run.partitions} partitions` : '') : (run.workers ?? 1) > 1 ? `, ${run.workers} workers` : ''}`,
    ...counts.map((c) => `  ${c}`),
    ...run.documentWarnings.map((w) => `warning: ${w}`),
    problems.count === 0 ? 'Problems: none.' : `Problems: ${problems.count.toLocaleString('en-US')} (${plural(rejected, 'row')} left out, ${plural(problems.warnings, 'warning')}): ${countsByCode(problems)}`,
    ...lines.slice(0, 5).map((l) => `  ${problemText(l)}`),
    ...(problems.count > 5 ? [lines.length < problems.count ? `  … problems.csv lists the first ${lines.length.toLocaleString('en-US')} of ${problems.count.toLocaleString('en-US')}` : `  … see problems.csv for all ${problems.count.toLocaleString('en-US')}`] : []),
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

/**
 * Persons-file bytes per partition: persons wait in memory, grouped by household, until their household's row
 * comes (about 3.4 bytes of memory per byte of the file), so a big persons file is split into more partitions than
 * workers — each worker then runs several in turn, reading the files once per partition.
 */
export const PERSONS_BYTES_PER_PARTITION: number = 64 * 1024 * 1024;

/** The partitions of a run on `workers` workers: a multiple of the workers, one per 64 MiB of persons file or more. */
export function partitionsFor(workers: number, personsBytes: number): number {
  return workers * Math.max(1, Math.ceil(personsBytes / (PERSONS_BYTES_PER_PARTITION * workers)));
}

/**
 * Runs the partitions of a run (in this thread for one worker, else on a pool of worker threads) and merges them.
 * The merge is exact, so the files written do not depend on the number of workers or partitions.
 */
export async function summarizeRun(inputs: InputFiles, options: Pick<ReportOptions, 'asOf' | 'progress' | 'workers'>): Promise<MergedRun> {
  const workers = options.workers ?? 1;
  const documents = await readDocuments(inputs);
  let personsBytes = 0;
  if (inputs.persons !== undefined && documents.mapping.households?.members === 'persons' && unpartitionable(documents.mapping) === null) {
    personsBytes = await stat(inputs.persons).then((s) => s.size, () => 0);
  }
  // A mapping whose id columns have code maps cannot send a household's rows to one partition by their id cell.
  const n = unpartitionable(documents.mapping) === null ? partitionsFor(workers, personsBytes) : 1;
  let parts: NamedPartition[];
  if (n === 1) {
    // One partition runs here, whatever the workers: a thread would only add its start-up.
    parts = [{ name: 'the run', json: await summarizePartition(inputs, { asOf: options.asOf.asOf, partition: WHOLE, progress: options.progress, documents }) }];
  } else if (workers === 1) {
    parts = [];
    for (let k = 1; k <= n; k++) {
      const progress = { ...options.progress, update: (step: string, done: number, total: number, detail?: string) => options.progress.update(`${step} (partition ${k}/${n})`, done, total, detail) };
      parts.push({ name: `partition ${k}/${n}`, json: await summarizePartition(inputs, { asOf: options.asOf.asOf, partition: { k, n }, progress, documents }) });
    }
  } else {
    const { runOnWorkers } = await import('./pool.ts');
    parts = await runOnWorkers(inputs, { asOf: options.asOf.asOf, workers, partitions: n, progress: options.progress });
  }
  options.progress.step('merging and scoring');
  return { ...mergePartitions(parts), workers: Math.min(workers, n) };
}

/** Reads, maps and evaluates; returns the report's files and summary. */
export async function buildReport(inputs: InputFiles, options: Pick<ReportOptions, 'asOf' | 'progress' | 'workers'>): Promise<BuiltReport> {
  const run = await summarizeRun(inputs, options);
  options.progress.step('writing the report');
  return buildOutputs(run, { command: 'report', asOfGiven: options.asOf.given, listPartitions: false });
}

/** Writes the files of a built report and prints its summary; returns the exit code. */
export async function writeReport(built: BuiltReport, out: string, started: bigint, io: Io, progress: Progress): Promise<number> {
  try {
    await mkdir(out, { recursive: true });
    for (const [name, text] of Object.entries(built.files)) await writeFile(join(out, name), text);
  } catch (error) {
    throw new InputError(`cannot write to ${out}: ${(error as Error).message}`);
  }
  progress.done();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const where = relative(io.cwd, out) || '.';
  for (const line of built.summary) io.stdout.write(`${line}\n`);
  io.stdout.write(`\nWrote ${REPORT_FILES.map((f) => join(where, f)).join(', ')} in ${seconds.toFixed(1)} s.\n`);
  return 0;
}

/** Runs `report`; returns the exit code. */
export async function report(inputs: InputFiles, options: ReportOptions, io: Io): Promise<number> {
  const started = process.hrtime.bigint();
  const built = await buildReport(inputs, options);
  return writeReport(built, options.out, started, io, options.progress);
}
