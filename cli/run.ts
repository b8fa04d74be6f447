/**
 * The `equity-lens` command line: `init`, `validate`, `report`, `summarize` and `merge`. `run(argv, io)` does everything and returns the
 * exit code — 0 done (even with problem rows), 1 unusable input, 2 usage error — so tests call it in-process and
 * `main.ts` only wires it to the process.
 *
 * @module
 */
import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { LIBRARY_VERSION_TEXT, HELP, commandHelp } from './help.ts';
import { EXIT, InputError, UsageError } from './errors.ts';
import { init } from './init.ts';
import { terminalProgress } from './progress.ts';
import { checkPartitionJson, mergePartitions, summarizePartition } from './partial.ts';
import { parsePartition, partitionText } from './partition.ts';
import { type InputFiles, buildOutputs, report, writeReport } from './report.ts';
import { validate } from './validate.ts';

/** Where a command writes: stdout for results, stderr for messages and progress. */
export interface Io {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { readonly isTTY?: boolean; write(text: string): unknown };
  /** The directory relative paths start from. */
  readonly cwd: string;
  /** Today's date, `YYYY-MM-DD`, when `--as-of` is not given. */
  readonly today?: () => string;
}

const INPUT_OPTIONS = {
  in: { type: 'string' },
  goal: { type: 'string' },
  rules: { type: 'string' },
  tables: { type: 'string' },
  mapping: { type: 'string' },
  households: { type: 'string' },
  persons: { type: 'string' },
  enrollments: { type: 'string' },
  sites: { type: 'string' },
  'as-of': { type: 'string' },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The default file name of each input inside an `--in` folder, and whether it must exist. */
const DEFAULT_NAMES: Readonly<Record<keyof InputFiles, { name: string; required: boolean }>> = {
  goal: { name: 'goal.json', required: true },
  rules: { name: 'rules.json', required: false },
  tables: { name: 'tables.json', required: false },
  mapping: { name: 'mapping.json', required: true },
  households: { name: 'households.csv', required: true },
  persons: { name: 'persons.csv', required: false },
  enrollments: { name: 'enrollments.csv', required: true },
  sites: { name: 'sites.csv', required: false },
};

/** The input files: explicit options first, then the default names inside `--in`. */
function inputFiles(values: Record<string, string | boolean | undefined>, cwd: string, command: string): InputFiles {
  const folder = typeof values['in'] === 'string' ? resolve(cwd, values['in']) : undefined;
  if (folder !== undefined && !existsSync(folder)) throw new InputError(`--in ${values['in']}: no such folder.`);
  const files: Partial<Record<keyof InputFiles, string>> = {};
  const missing: string[] = [];
  for (const [key, { name, required }] of Object.entries(DEFAULT_NAMES) as [keyof InputFiles, { name: string; required: boolean }][]) {
    const given = values[key];
    if (typeof given === 'string') files[key] = resolve(cwd, given);
    else if (folder !== undefined && (required || existsSync(join(folder, name)))) files[key] = join(folder, name);
    else if (required) missing.push(`--${key}`);
  }
  if (missing.length > 0) {
    throw new UsageError(`equity-lens ${command}: missing ${missing.join(', ')}; name each file, or pass --in <folder> holding ${missing.map((m) => DEFAULT_NAMES[m.slice(2) as keyof InputFiles].name).join(', ')}.`);
  }
  return files as InputFiles;
}

/** A date `YYYY-MM-DD` that exists. */
function asOfDate(value: string | boolean | undefined, today: () => string): { asOf: string; given: boolean } {
  if (typeof value !== 'string') return { asOf: today(), given: false };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match === null ? null : new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date === null || date.toISOString().slice(0, 10) !== value) throw new UsageError(`--as-of ${value} is not a date written YYYY-MM-DD (for example 2025-06-30).`);
  return { asOf: value, given: true };
}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>, command: string): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(`equity-lens ${command}: ${(error as Error).message.replace(/\. To specify a positional argument.*$/, '')}. Run "equity-lens ${command} --help".`);
  }
}

/** Households files smaller than this are read in one thread by default: starting workers costs more than it saves. */
const SMALL_BYTES = 8 * 1024 * 1024;

/** `--workers`: a whole number from 1 to 256; by default the number of cores (one for small files). */
function workersOf(value: string | boolean | undefined, files: InputFiles): number {
  if (value === undefined) {
    let bytes = 0;
    try {
      bytes = statSync(files.households).size;
    } catch {
      return 1;
    }
    return bytes < SMALL_BYTES ? 1 : availableParallelism();
  }
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < 1 || n > 256) throw new UsageError(`--workers ${String(value)}: give a whole number of worker threads from 1 to 256 (default: the number of cores, ${availableParallelism()} here).`);
  return n;
}

/** Writes JSON to a file, creating its folder. */
async function writeJson(path: string, value: unknown): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(value)}\n`);
  } catch (error) {
    throw new InputError(`cannot write ${path}: ${(error as Error).message}`);
  }
}

/** Runs the command line and returns its exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const today = io.today ?? localToday;
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      const topic = command === 'help' ? rest[0] : undefined;
      io.stdout.write(topic === undefined ? HELP : commandHelp(topic));
      return command === undefined ? EXIT.usage : EXIT.done;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${LIBRARY_VERSION_TEXT}\n`);
      return EXIT.done;
    }
    if (command === 'init') {
      const { values, positionals } = parse(rest, { force: { type: 'boolean' }, sample: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 'init');
      if (values['help'] === true) return io.stdout.write(commandHelp('init')), EXIT.done;
      if (positionals.length !== 1) throw new UsageError('equity-lens init: name one folder to write the starter kit to, e.g. "equity-lens init my-city".');
      const sample = values['sample'] === undefined ? 0 : Number(values['sample']);
      if (!Number.isInteger(sample) || sample < 0 || sample > 2_000_000) throw new UsageError(`--sample ${String(values['sample'])}: give a number of households from 1 to 2,000,000.`);
      const seed = values['seed'] === undefined ? 1 : Number(values['seed']);
      if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`--seed ${String(values['seed'])}: give a whole number ≥ 0.`);
      await init(resolve(io.cwd, positionals[0] as string), { force: values['force'] === true, sample, seed }, io);
      return EXIT.done;
    }
    if (command === 'merge') {
      const { values, positionals } = parse(rest, { out: { type: 'string' }, 'as-of': { type: 'string' }, 'no-progress': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'merge');
      if (values['help'] === true) return io.stdout.write(commandHelp('merge')), EXIT.done;
      if (values['as-of'] !== undefined) throw new UsageError('equity-lens merge: --as-of is fixed when summarising; pass it to every "equity-lens summarize" instead.');
      if (positionals.length === 0) throw new UsageError('equity-lens merge: name the partition files to merge, e.g. "equity-lens merge partials/*.json --out report".');
      const started = process.hrtime.bigint();
      const progress = terminalProgress(io.stderr, values['no-progress'] !== true);
      const parts = [];
      for (const [i, file] of positionals.entries()) {
        progress.update('reading the partitions', i, positionals.length);
        const path = resolve(io.cwd, file);
        let text: string;
        try {
          text = await readFile(path, 'utf8');
        } catch (error) {
          throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
        }
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch (error) {
          throw new InputError(`${basename(path)} is not valid JSON (${(error as Error).message}); was it written completely by "equity-lens summarize"?`);
        }
        parts.push({ name: basename(path), json: checkPartitionJson(json, basename(path)) });
      }
      progress.step('merging and scoring');
      const merged = mergePartitions(parts);
      const out = typeof values['out'] === 'string' ? resolve(io.cwd, values['out']) : resolve(io.cwd, 'equity-lens-report');
      return await writeReport(buildOutputs(merged, { command: 'merge', asOfGiven: true, listPartitions: true }), out, started, io, progress);
    }
    if (command === 'summarize') {
      const { values, positionals } = parse(rest, { ...INPUT_OPTIONS, partition: { type: 'string' }, out: { type: 'string' } }, 'summarize');
      if (values['help'] === true) return io.stdout.write(commandHelp('summarize')), EXIT.done;
      if (positionals.length > 0) throw new UsageError(`equity-lens summarize: unexpected argument "${positionals[0]}"; name files with options such as --goal goal.json. Run "equity-lens summarize --help".`);
      if (typeof values['partition'] !== 'string') throw new UsageError('equity-lens summarize: --partition k/N is required (partition k of N, e.g. --partition 2/8).');
      const partition = parsePartition(values['partition']);
      if (typeof values['out'] !== 'string') throw new UsageError(`equity-lens summarize: --out <file.json> is required (where to write the partition, e.g. --out partials/${partition.k}-of-${partition.n}.json).`);
      const files = inputFiles(values, io.cwd, 'summarize');
      const asOf = asOfDate(values['as-of'], today);
      if (!asOf.given) throw new UsageError('equity-lens summarize: --as-of <YYYY-MM-DD> is required, so that every partition is as of the same date.');
      const progress = terminalProgress(io.stderr, values['no-progress'] !== true);
      const out = resolve(io.cwd, values['out']);
      const json = await summarizePartition(files, { asOf: asOf.asOf, partition, progress });
      await writeJson(out, json);
      progress.done();
      const s = json.summary.households;
      io.stdout.write(`equity-lens summarize — partition ${partitionText(partition)}: ${s.records.toLocaleString('en-US')} households of ${s.rows.toLocaleString('en-US')} rows, ${json.problems.count.toLocaleString('en-US')} problems; wrote ${values['out']}.\n`);
      return EXIT.done;
    }
    if (command === 'validate' || command === 'report') {
      const options = command === 'report' ? { ...INPUT_OPTIONS, out: { type: 'string' }, workers: { type: 'string' } } as const : INPUT_OPTIONS;
      const { values, positionals } = parse(rest, options, command);
      if (values['help'] === true) return io.stdout.write(commandHelp(command)), EXIT.done;
      if (positionals.length > 0) throw new UsageError(`equity-lens ${command}: unexpected argument "${positionals[0]}"; name files with options such as --goal goal.json. Run "equity-lens ${command} --help".`);
      const files = inputFiles(values, io.cwd, command);
      const asOf = asOfDate(values['as-of'], today);
      const progress = terminalProgress(io.stderr, values['no-progress'] !== true);
      if (command === 'validate') return await validate(files, { asOf, progress }, io);
      const out = typeof values['out'] === 'string' ? resolve(io.cwd, values['out']) : typeof values['in'] === 'string' ? join(resolve(io.cwd, values['in']), 'out') : resolve(io.cwd, 'equity-lens-report');
      return await report(files, { asOf, out, progress, workers: workersOf(values['workers'], files) }, io);
    }
    throw new UsageError(`equity-lens: unknown command "${command}"; the commands are init, validate, report, summarize and merge. Run "equity-lens --help".`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.stderr.write(`equity-lens: ${error.message}\n`);
      return EXIT.unusableInput;
    }
    throw error;
  }
}
