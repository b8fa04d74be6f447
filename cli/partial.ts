/**
 * One partition of a run (`summarize --partition k/N`, or one worker of `report --workers N`) and the merge of all
 * of them (`merge`, and `report` itself): the goal's partial state (equity-lens/monitor's format, docs/scale.md)
 * wrapped with what the merge needs to write `report`'s files — each input's fingerprint, the files' names and
 * delimiters, the per-table counts and the problem rows of the partition (bounded).
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Enrollment, type GoalPartial, type GoalSummarizer, type Household, type Site, createGoalSummarizer, isEquityLensError, mergeGoalPartials } from 'equity-lens';
import type { TableName, TableSummary } from 'equity-lens/tables';
import { InputError } from './errors.ts';
import { type Documents, type InputFiles, readDocuments } from './inputs.ts';
import { type Partition, partitionText } from './partition.ts';
import { type ProblemsJson, mergeProblems } from './problems.ts';
import type { Progress } from './progress.ts';
import { type HouseholdSink, type SourceJson, streamTables } from './stream.ts';

/** The `format` of a partition file. */
export const PARTITION_FORMAT = 'equity-lens/cli-partition';
/** Its version. */
export const PARTITION_VERSION = 1;

/** How the inputs of a run are recognised: each document's SHA-256, each CSV file's name and size. */
export interface InputsFingerprint {
  readonly documents: Readonly<Record<string, string | null>>;
  readonly files: Readonly<Record<string, { readonly name: string; readonly bytes: number } | null>>;
}

/** What `summarize` writes: one partition's state and what the merge needs. */
export interface PartitionJson {
  readonly format: typeof PARTITION_FORMAT;
  readonly version: typeof PARTITION_VERSION;
  /** This partition, k of n. */
  readonly partition: Partition;
  readonly asOf: string;
  readonly inputs: InputsFingerprint;
  readonly sources: Partial<Record<TableName, SourceJson>>;
  /** This partition's rows per table (the sites' in partition 1 only). */
  readonly summary: Record<TableName, TableSummary>;
  readonly problems: ProblemsJson;
  /** Checks of the documents against each other that do not stop the run. */
  readonly documentWarnings: readonly string[];
  readonly goalPartial: GoalPartial;
}

/** Options of {@link summarizePartition}. */
export interface SummarizePartitionOptions {
  readonly asOf: string;
  readonly partition: Partition;
  readonly progress?: Progress;
  /** The documents, when already read. */
  readonly documents?: Documents;
}

const TABLES: readonly TableName[] = ['households', 'persons', 'enrollments', 'sites'];

async function sha256(path: string | undefined): Promise<string | null> {
  if (path === undefined) return null;
  return createHash('sha256').update(await readFile(path)).digest('hex');
}

/** The fingerprint of a run's inputs. */
async function fingerprint(files: InputFiles, sizes: Partial<Record<TableName, number>>): Promise<InputsFingerprint> {
  const documents: Record<string, string | null> = {};
  for (const key of ['goal', 'rules', 'tables', 'mapping'] as const) documents[key] = await sha256(files[key]);
  const csv: Record<string, { name: string; bytes: number } | null> = {};
  for (const table of TABLES) {
    const path = files[table];
    csv[table] = path === undefined ? null : { name: basename(path), bytes: sizes[table] ?? 0 };
  }
  return { documents, files: csv };
}

/**
 * The goal's summariser (equity-lens/monitor's `createGoalSummarizer`), fed households batch by batch; a library
 * error (records the goal cannot be evaluated on) becomes an {@link InputError}.
 */
function goalSummarizer(documents: Documents, data: { enrollments: Enrollment[]; sites: Site[] }, options: { asOf: string; years: number[]; partition: string }): HouseholdSink & { finish(): GoalPartial } {
  let summarizer: GoalSummarizer;
  try {
    summarizer = createGoalSummarizer(
      documents.goal,
      {
        enrollments: data.enrollments,
        sites: data.sites,
        ...(documents.rules === undefined ? {} : { eligibility: { rules: documents.rules, ...(documents.tables === undefined ? {} : { tables: documents.tables }) } }),
        ...(documents.tables?.poverty === undefined ? {} : { povertyTables: documents.tables.poverty }),
      },
      options,
    );
  } catch (error) {
    throw evaluationError(error);
  }
  return {
    add(batch: Household[]): void {
      try {
        summarizer.add(batch);
      } catch (error) {
        throw evaluationError(error);
      }
    },
    finish(): GoalPartial {
      try {
        return summarizer.finish();
      } catch (error) {
        throw evaluationError(error);
      }
    },
  };
}

/** A library error about the records as an {@link InputError}. */
export function evaluationError(error: unknown): unknown {
  if (isEquityLensError(error)) return new InputError(`the goal cannot be evaluated on these records: ${error.message}`);
  return error;
}

/** Reads, maps and summarises partition k of N. */
export async function summarizePartition(files: InputFiles, options: SummarizePartitionOptions): Promise<PartitionJson> {
  const documents = options.documents ?? (await readDocuments(files));
  let summarizer: ReturnType<typeof goalSummarizer> | undefined;
  const result = await streamTables(files, documents.mapping, {
    goal: documents.goal,
    asOf: options.asOf,
    partition: options.partition,
    ...(options.progress === undefined ? {} : { progress: options.progress }),
    start: ({ sites, enrollments, years }) => {
      summarizer = goalSummarizer(documents, { sites, enrollments }, { asOf: options.asOf, years, partition: partitionText(options.partition) });
      return summarizer;
    },
  });
  let goalPartial = (summarizer as ReturnType<typeof goalSummarizer>).finish();
  // Enrolments whose household never became a record are problem rows (unknown_household), left out as the mapper
  // leaves them out when households come first; the scorecard does not count them again.
  goalPartial = { ...goalPartial, counts: { ...goalPartial.counts, unknownHouseholdEnrollments: 0 } };
  const sizes: Partial<Record<TableName, number>> = {};
  for (const table of TABLES) {
    const path = files[table];
    if (path !== undefined) sizes[table] = (await stat(path)).size;
  }
  return {
    format: PARTITION_FORMAT,
    version: PARTITION_VERSION,
    partition: options.partition,
    asOf: options.asOf,
    inputs: await fingerprint(files, sizes),
    sources: result.sources,
    summary: result.summary,
    problems: result.problems,
    documentWarnings: documents.warnings,
    goalPartial,
  };
}

/** Partitions merged: the whole run, with a partition's fields (their values of the whole). */
export type MergedRun = Pick<PartitionJson, 'asOf' | 'sources' | 'summary' | 'problems' | 'documentWarnings' | 'goalPartial'> & {
  /** How many partitions were merged. */
  readonly partitions: number;
  /** How many worker threads summarised them (`report --workers`). */
  readonly workers?: number;
};

/** A partition and where it came from (a file name, or `worker 2`), for messages. */
export interface NamedPartition {
  readonly name: string;
  readonly json: PartitionJson;
}

/** Checks that a parsed file is a partition file. */
export function checkPartitionJson(json: unknown, name: string): PartitionJson {
  const value = json as Partial<PartitionJson> | null;
  if (value === null || typeof value !== 'object' || value.format !== PARTITION_FORMAT) {
    throw new InputError(`${name} is not a partition file written by "equity-lens summarize" (its "format" is not "${PARTITION_FORMAT}"); pass the files summarize --out wrote.`);
  }
  if (value.version !== PARTITION_VERSION) {
    throw new InputError(`${name} is a partition file of version ${String(value.version)}; this equity-lens reads version ${PARTITION_VERSION}: summarise every partition with the same equity-lens version as the merge.`);
  }
  return value as PartitionJson;
}

/** What differs between two fingerprints, in words, or `null`. */
function inputsDiffer(a: InputsFingerprint, b: InputsFingerprint): string | null {
  for (const [key, hash] of Object.entries(a.documents)) {
    const other = b.documents[key] ?? null;
    if (hash !== other) return hash === null || other === null ? `one was given --${key} and the other not` : `their ${key} documents differ`;
  }
  for (const [table, file] of Object.entries(a.files)) {
    const other = b.files[table] ?? null;
    if (file === null || other === null) {
      if (file !== other) return `one read a ${table} file and the other not`;
      continue;
    }
    if (file.name !== other.name || file.bytes !== other.bytes) return `their ${table} files differ (${file.name}, ${file.bytes.toLocaleString('en-US')} bytes; ${other.name}, ${other.bytes.toLocaleString('en-US')} bytes)`;
  }
  return null;
}

/**
 * Merges the partitions 1/N … N/N of one run, in any order. Refuses partitions of different runs (goal, rules,
 * tables, mapping, CSV files, as-of date, number of partitions) and a missing or repeated partition, saying which
 * and how to fix it.
 */
export function mergePartitions(parts: readonly NamedPartition[]): MergedRun {
  if (parts.length === 0) throw new InputError('no partition files to merge; pass the files "equity-lens summarize --out" wrote, e.g. partials/*.json.');
  const first = parts[0] as NamedPartition;
  const n = first.json.partition.n;
  const byIndex = new Map<number, string>();
  for (const part of parts) {
    const { json, name } = part;
    if (json.partition.n !== n) {
      throw new InputError(`${first.name} is partition ${partitionText(first.json.partition)} but ${name} is ${partitionText(json.partition)}: every partition of one run must split it into the same number of partitions; summarise them all with --partition k/${n}.`);
    }
    if (json.asOf !== first.json.asOf) {
      throw new InputError(`${first.name} is as of ${first.json.asOf} but ${name} as of ${json.asOf}; summarise every partition with the same --as-of.`);
    }
    const differ = inputsDiffer(first.json.inputs, json.inputs);
    if (differ !== null) throw new InputError(`${first.name} and ${name} were summarised from different inputs: ${differ}. Summarise every partition from the same files.`);
    const earlier = byIndex.get(json.partition.k);
    if (earlier !== undefined) {
      throw new InputError(`partition ${partitionText(json.partition)} is given twice (${earlier} and ${name}); pass each partition once.`);
    }
    byIndex.set(json.partition.k, name);
  }
  const missing: number[] = [];
  for (let k = 1; k <= n && missing.length < 20; k++) if (!byIndex.has(k)) missing.push(k);
  if (missing.length > 0) {
    const shown = missing.map((k) => `${k}/${n}`).join(', ');
    throw new InputError(
      `partition${missing.length === 1 ? '' : 's'} ${shown}${missing.length === 20 ? ' …' : ''} of ${n} ${missing.length === 1 ? 'is' : 'are'} missing; run "equity-lens summarize … --partition ${missing[0]}/${n} --out <file>" for ${missing.length === 1 ? 'it' : 'each'} and merge all ${n} files.`,
    );
  }
  const ordered = [...parts].sort((a, b) => a.json.partition.k - b.json.partition.k);
  let goalPartial: GoalPartial;
  try {
    goalPartial = ordered.map((p) => p.json.goalPartial).reduce((a, b) => mergeGoalPartials(a, b));
  } catch (error) {
    if (isEquityLensError(error)) throw new InputError(`the partitions cannot be merged: ${error.message}`);
    throw error;
  }
  const summary = {} as Record<TableName, TableSummary>;
  for (const table of TABLES) {
    const total = { rows: 0, records: 0, rejectedRows: 0, warnings: 0 };
    for (const { json } of ordered) {
      const s = json.summary[table];
      total.rows += s.rows;
      total.records += s.records;
      total.rejectedRows += s.rejectedRows;
      total.warnings += s.warnings;
    }
    summary[table] = total;
  }
  return {
    asOf: first.json.asOf,
    sources: first.json.sources,
    summary,
    problems: mergeProblems(ordered.map((p) => p.json.problems)),
    documentWarnings: first.json.documentWarnings,
    goalPartial,
    partitions: n,
  };
}
