/**
 * The command line at scale, end to end on the fixture CSVs: `summarize --partition k/N` + `merge` writes what
 * `report` writes; `report --workers N` writes the same files for any N (worker threads run from the built
 * dist/cli.js, or cli/main.ts through tsx); bad partition specs and merge refusals; the partition hash; the
 * bounded problem list.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fnv1a32, parsePartition, partitionOf } from '../../cli/partition.ts';
import { type ProblemLine, ProblemCollector, mergeProblems } from '../../cli/problems.ts';
import { cliCommand, runCli } from './runCli.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'tests/fixtures/csv');
const FILES = ['scorecard.json', 'scorecard.md', 'report.html', 'problems.csv'] as const;
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'equity-lens-scale-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Runs the command line in-process in the test's folder. */
const cli = (...argv: string[]): ReturnType<typeof runCli> => runCli(work, argv);

const read = (path: string): string => readFileSync(path, 'utf8');
/** scorecard.json without provenance.partitions (which merge lists and report does not). */
const withoutPartitions = (path: string): unknown => {
  const card = JSON.parse(read(path)) as { provenance: Record<string, unknown> };
  delete card.provenance['partitions'];
  return card;
};

async function summarizeAll(folder: string, n: number, into: string): Promise<string[]> {
  const files: string[] = [];
  for (let k = 1; k <= n; k++) {
    const out = join(work, into, `${k}-of-${n}.json`);
    const result = await cli('summarize', '--in', folder, '--as-of', '2025-06-30', '--partition', `${k}/${n}`, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    files.push(out);
  }
  return files;
}

describe('the partition hash', () => {
  it('is 32-bit FNV-1a of the UTF-8 bytes (the FNV test vectors; any string, as Buffer encodes it)', () => {
    // Test vectors of the FNV reference page (http://www.isthe.com/chongo/tech/comp/fnv/, fnv1a_32).
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    const reference = (text: string): number => {
      let hash = 0x811c9dc5;
      for (const byte of Buffer.from(text, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193);
      return hash >>> 0;
    };
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => fnv1a32(text) === reference(text)));
    fc.assert(fc.property(fc.string(), fc.integer({ min: 1, max: 50 }), (text, n) => {
      const k = partitionOf(text, n);
      return k >= 1 && k <= n && k === (reference(text) % n) + 1;
    }));
  });

  it('reads k/N and refuses anything else, saying how to write it', () => {
    expect(parsePartition('2/8')).toEqual({ k: 2, n: 8 });
    expect(parsePartition(' 1 / 1 ')).toEqual({ k: 1, n: 1 });
    for (const bad of ['0/3', '4/3', '3', 'a/b', '1/0', '-1/3', '1.5/3', '1/100001']) expect(() => parsePartition(bad), bad).toThrow(/write k\/N/);
    expect(() => parsePartition('0/3')).toThrow('partitions count from 1');
  });
});

describe('equity-lens summarize and merge', () => {
  it('summarize 1/3, 2/3, 3/3 and merge write what report writes (the scorecard lists the partitions)', async () => {
    const folder = join(fixtures, 'city-bad');
    const files = await summarizeAll(folder, 3, 'parts');
    const reported = await cli('report', '--in', folder, '--as-of', '2025-06-30', '--out', join(work, 'report'), '--workers', '1');
    expect(reported.code).toBe(0);
    // Any order.
    const merged = await cli('merge', files[2] as string, files[0] as string, files[1] as string, '--out', join(work, 'merged'));
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    for (const file of FILES.slice(1)) expect(read(join(work, 'merged', file)), file).toBe(read(join(work, 'report', file)));
    expect(withoutPartitions(join(work, 'merged/scorecard.json'))).toEqual(withoutPartitions(join(work, 'report/scorecard.json')));
    const card = JSON.parse(read(join(work, 'merged/scorecard.json'))) as { provenance: { partitions: { id: string; households: number }[] } };
    expect(card.provenance.partitions.map((p) => p.id)).toEqual(['1/3', '2/3', '3/3']);
    expect(card.provenance.partitions.reduce((sum, p) => sum + p.households, 0)).toBe(300);
    expect(merged.stdout).toContain('Problems: 12 (10 rows left out, 1 warning)');
    // A household duplicated in its partition names the file's row of the first one.
    expect(read(join(work, 'merged/problems.csv'))).toContain('is already used by row 8;');
  });

  it('names the file row of a ragged persons or households row read in any partition, as report does', async () => {
    const folder = join(work, 'ragged');
    cpSync(join(fixtures, 'city-bad'), folder, { recursive: true });
    // Row 700 of persons.csv (line 700, the header being row 1) gets a fourth cell; households row 206 has one already.
    const persons = read(join(folder, 'persons.csv')).split('\n');
    persons[699] = `${persons[699] as string};extra`;
    writeFileSync(join(folder, 'persons.csv'), persons.join('\n'));
    const files = await summarizeAll(folder, 3, 'parts');
    const merged = await cli('merge', ...files, '--out', join(work, 'merged'));
    expect(merged.code).toBe(0);
    const reported = await cli('report', '--in', folder, '--as-of', '2025-06-30', '--out', join(work, 'report'), '--workers', '1');
    expect(reported.code).toBe(0);
    const ragged = read(join(work, 'merged/problems.csv')).split('\n').filter((line) => line.includes(',cell_count,'));
    expect(ragged.map((line) => line.split(',').slice(0, 3).join(','))).toEqual(['households.csv,households,206', 'persons.csv,persons,700']);
    expect(read(join(work, 'merged/problems.csv'))).toBe(read(join(work, 'report/problems.csv')));
  });

  it('refuses bad partition specs and missing options with exit 2', async () => {
    const folder = join(fixtures, 'city');
    for (const spec of ['0/3', '4/3', 'half']) {
      const result = await cli('summarize', '--in', folder, '--as-of', '2025-06-30', '--partition', spec, '--out', join(work, 'x.json'));
      expect(result.code, spec).toBe(2);
      expect(result.stderr).toContain(`--partition ${spec}: write k/N`);
    }
    expect((await cli('summarize', '--in', folder, '--as-of', '2025-06-30', '--out', join(work, 'x.json'))).stderr).toContain('--partition k/N is required');
    expect((await cli('summarize', '--in', folder, '--as-of', '2025-06-30', '--partition', '1/2')).stderr).toContain('--out <file.json> is required');
    expect((await cli('summarize', '--in', folder, '--partition', '1/2', '--out', join(work, 'x.json'))).stderr).toContain('--as-of <YYYY-MM-DD> is required');
    expect((await cli('merge')).code).toBe(2);
    expect((await cli('report', '--in', folder, '--workers', '0')).stderr).toContain('--workers 0: give a whole number');
    expect(existsSync(join(work, 'x.json'))).toBe(false);
  });

  it('refuses partitions that are missing, repeated, of another split, date or input, saying which and how to fix it', async () => {
    const files = await summarizeAll(join(fixtures, 'city'), 3, 'parts');
    const [one, two, three] = files as [string, string, string];
    const merge = (...paths: string[]): Promise<{ code: number; stderr: string }> => cli('merge', ...paths, '--out', join(work, 'never'));

    let result = await merge(one, three);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('partition 2/3 of 3 is missing; run "equity-lens summarize … --partition 2/3 --out <file>"');

    result = await merge(one, two, two, three);
    expect(result.stderr).toContain('partition 2/3 is given twice (2-of-3.json and 2-of-3.json)');

    const [half] = await summarizeAll(join(fixtures, 'city'), 2, 'halves');
    result = await merge(one, two, three, half as string);
    expect(result.stderr).toContain('1-of-3.json is partition 1/3 but 1-of-2.json is 1/2');

    await cli('summarize', '--in', join(fixtures, 'city'), '--as-of', '2024-06-30', '--partition', '2/3', '--out', join(work, 'early/2-of-3.json'));
    result = await merge(one, join(work, 'early/2-of-3.json'), three);
    expect(result.stderr).toContain('1-of-3.json is as of 2025-06-30 but 2-of-3.json as of 2024-06-30');

    await cli('summarize', '--in', join(fixtures, 'city-bad'), '--as-of', '2025-06-30', '--partition', '2/3', '--out', join(work, 'bad/2-of-3.json'));
    result = await merge(one, join(work, 'bad/2-of-3.json'), three);
    expect(result.stderr).toMatch(/1-of-3\.json and 2-of-3\.json were summarised from different inputs: their households files differ \(households\.csv, [\d,]+ bytes; households\.csv, [\d,]+ bytes\)/);

    writeFileSync(join(work, 'other.json'), '{"format":"something"}');
    result = await merge(one, join(work, 'other.json'));
    expect(result.stderr).toContain('other.json is not a partition file written by "equity-lens summarize"');
    expect(existsSync(join(work, 'never'))).toBe(false);
  });
});

describe('equity-lens report --workers', () => {
  it('writes the same files with 1, 2 and 3 worker threads', async () => {
    const command = cliCommand(root);
    const folder = join(fixtures, 'city-bad');
    await cli('report', '--in', folder, '--as-of', '2025-06-30', '--out', join(work, 'w1'), '--workers', '1');
    for (const workers of ['2', '3']) {
      const child = spawnSync(process.execPath, [...command, 'report', '--in', folder, '--as-of', '2025-06-30', '--out', join(work, `w${workers}`), '--workers', workers], { cwd: root, encoding: 'utf8' });
      expect(child.stderr).toBe('');
      expect(child.status).toBe(0);
      expect(child.stdout).toContain(`, ${workers} workers`);
      for (const file of FILES) expect(read(join(work, `w${workers}`, file)), `${file} with ${workers} workers`).toBe(read(join(work, 'w1', file)));
    }
  });
});

describe('the problem list', () => {
  const line = (table: ProblemLine['table'], row: number, code = 'invalid_number', severity = 'error'): ProblemLine => ({
    table,
    file: `${table}.csv`,
    row,
    column: 'x',
    value: 'v',
    field: 'f',
    code,
    severity,
    id: '',
    message: 'm',
  });

  it('counts every problem but lists only the first in file order, and partitions merge to the whole', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('households', 'persons', 'enrollments', 'sites'), fc.integer({ min: 2, max: 500 }), fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 1, max: 3 })), { maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        (rows, limit) => {
          const whole = new ProblemCollector(limit);
          const parts = [new ProblemCollector(limit), new ProblemCollector(limit), new ProblemCollector(limit)];
          for (const [table, row, code, part] of rows) {
            const problem = line(table as ProblemLine['table'], row, code, code === 'c' ? 'warning' : 'error');
            whole.add(problem);
            (parts[part - 1] as ProblemCollector).add(problem);
          }
          const json = whole.toJson();
          expect(json.count).toBe(rows.length);
          expect(json.listed.length).toBe(Math.min(limit, rows.length));
          expect(json.warnings).toBe(rows.filter((r) => r[2] === 'c').length);
          const order = { households: 0, persons: 1, enrollments: 2, sites: 3 };
          const sorted = [...json.listed].sort((a, b) => order[a.table] - order[b.table] || a.row - b.row);
          expect(json.listed).toEqual(sorted);
          const merged = mergeProblems(parts.map((p) => p.toJson()), limit);
          expect(merged.count).toBe(json.count);
          expect(merged.byCode).toEqual(json.byCode);
          expect(merged.firstAt).toEqual(json.firstAt);
          expect(merged.listed.map((l) => [l.table, l.row])).toEqual(json.listed.map((l) => [l.table, l.row]));
        },
      ),
    );
  });
});

describe('partitions of report --workers', () => {
  it('are a multiple of the workers, one per 64 MiB of persons file or more', async () => {
    const { partitionsFor, PERSONS_BYTES_PER_PARTITION } = await import('../../cli/report.ts');
    expect(PERSONS_BYTES_PER_PARTITION).toBe(64 * 2 ** 20);
    expect(partitionsFor(1, 0)).toBe(1);
    expect(partitionsFor(2, 0)).toBe(2);
    expect(partitionsFor(1, 64 * 2 ** 20)).toBe(1);
    expect(partitionsFor(1, 64 * 2 ** 20 + 1)).toBe(2);
    expect(partitionsFor(2, 128 * 2 ** 20)).toBe(2);
    expect(partitionsFor(2, 128 * 2 ** 20 + 1)).toBe(4);
    expect(partitionsFor(2, 225 * 2 ** 20)).toBe(4);
    expect(partitionsFor(2, 300 * 2 ** 20)).toBe(6);
  });
});
