/**
 * The command line end to end on the fixture CSVs (tests/fixtures/csv, written by its regenerate.ts): exit codes,
 * the files written, problems.csv's rows, and numbers equal to the in-memory pipeline's. Most cases call `run()`
 * in-process; one runs the real executable in a child process.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineGoal, evaluateGoal, syntheticCity } from 'equity-lens';
import { parse } from 'papaparse';
import { starterGoal, starterRules } from '../../cli/kit.ts';
import { cliCommand, runCli } from './runCli.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'tests/fixtures/csv');
let work: string;

/** Runs the command line in-process in the test's folder. */
const cli = (...argv: string[]): ReturnType<typeof runCli> => runCli(work, argv);

const read = (path: string): string => readFileSync(path, 'utf8');
const csvRows = (path: string): Record<string, string>[] => parse<Record<string, string>>(read(path), { header: true, skipEmptyLines: true }).data;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'equity-lens-cli-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('equity-lens report', () => {
  it('writes the four files and exits 0 on clean files in every accepted shape (BOM, CRLF, ";", quoted line breaks)', async () => {
    const result = await cli('report', '--in', join(fixtures, 'city'), '--as-of', '2025-06-30', '--out', join(work, 'city'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(join(work, 'city')).sort()).toEqual(['problems.csv', 'report.html', 'scorecard.json', 'scorecard.md']);
    expect(result.stdout).toContain('households.csv: 300 rows → 300 records, 0 rejected, 0 warnings');
    expect(result.stdout).toContain('persons.csv: 896 rows → 896 members, 0 rejected, 0 warnings (delimiter ";")');
    expect(result.stdout).toContain('Problems: none.');
    expect(read(join(work, 'city/problems.csv'))).toBe('file,table,row,column,value,field,code,severity,id,message\n');
    expect(read(join(work, 'city/report.html'))).toMatch(/^<!doctype html>/);
    expect(read(join(work, 'city/scorecard.md'))).toMatch(/^# Scorecard — Youth scholarships/);
  });

  it('computes exactly the numbers of the in-memory pipeline on the same records', async () => {
    await cli('report', '--in', join(fixtures, 'city'), '--as-of', '2025-06-30', '--out', join(work, 'same'));
    const fromCsv = JSON.parse(read(join(work, 'same/scorecard.json'))) as unknown;
    const city = syntheticCity({ households: 300, seed: 1 });
    const inMemory = evaluateGoal(defineGoal(starterGoal()), { households: city.households, enrollments: city.enrollments, sites: city.sites, eligibility: { rules: starterRules() } }, { asOf: '2025-06-30' });
    expect(fromCsv).toEqual(JSON.parse(JSON.stringify(inMemory)));
  });

  it('reports the good rows of a table with bad rows, and names every bad row in problems.csv', async () => {
    const result = await cli('report', '--in', join(fixtures, 'city-bad'), '--as-of', '2025-06-30', '--out', join(work, 'bad'));
    expect(result.code).toBe(0);
    await cli('report', '--in', join(fixtures, 'city'), '--as-of', '2025-06-30', '--out', join(work, 'good'));
    expect(read(join(work, 'bad/scorecard.json'))).toBe(read(join(work, 'good/scorecard.json')));
    expect(result.stdout).toContain('Problems: 12 (10 rows left out, 1 warning)');
    const problems = csvRows(join(work, 'bad/problems.csv')).map((p) => [p['file'], p['row'], p['column'], p['code'], p['severity']].join(' '));
    expect(problems).toEqual([
      'households.csv 102 size not_integer error',
      'households.csv 103 household_id duplicate_id error',
      'households.csv 104 household_id missing_value error',
      'households.csv 104 size missing_value error',
      'households.csv 205 annual_income invalid_number error',
      'households.csv 206 size out_of_range error',
      'households.csv 206  cell_count warning',
      'persons.csv 52 household_id unknown_household error',
      'persons.csv 899 birth_date invalid_date error',
      'enrollments.csv 4 household_id unknown_household error',
      'enrollments.csv 21 program_year invalid_number error',
      'sites.csv 52 lat, lng invalid_position error',
    ]);
    const html = read(join(work, 'bad/report.html'));
    expect(html).toContain('10 rows left out for problems and 1 warning noted');
  });

  it('counts every input row: records + rejected rows = rows', async () => {
    const result = await cli('validate', '--in', join(fixtures, 'city-bad'));
    for (const match of result.stdout.matchAll(/: (\d+) rows → (\d+) (?:records|members), (\d+) rejected/g)) {
      expect(Number(match[2]) + Number(match[3])).toBe(Number(match[1]));
    }
    expect([...result.stdout.matchAll(/rows →/g)]).toHaveLength(4);
  });

  it('exits 1 with the message when an input is unusable', async () => {
    const broken = join(work, 'broken');
    cpSync(join(fixtures, 'city'), broken, { recursive: true });
    writeFileSync(join(broken, 'goal.json'), '{ "id": "x", }');
    let result = await cli('report', '--in', broken, '--out', join(work, 'never'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^equity-lens: goal\.json is not valid JSON \(line 1, column 14\)/);
    expect(existsSync(join(work, 'never'))).toBe(false);

    cpSync(join(fixtures, 'city/goal.json'), join(broken, 'goal.json'));
    const mapping = JSON.parse(read(join(broken, 'mapping.json'))) as { households: Record<string, unknown> };
    mapping.households['size'] = 'household_size';
    writeFileSync(join(broken, 'mapping.json'), JSON.stringify(mapping));
    result = await cli('validate', '--in', broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('households.csv');
    expect(result.stderr).toContain('household_size');

    result = await cli('report', '--in', join(fixtures, 'city'), '--households', join(work, 'nowhere.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no such file');
  });

  it('exits 2 on a usage error', async () => {
    expect((await cli('report', '--goal', 'goal.json')).code).toBe(2);
    expect((await cli('report', '--in', fixtures, '--as-of', '2025-02-30')).stderr).toContain('--as-of 2025-02-30 is not a date');
    expect((await cli('report', '--colour')).code).toBe(2);
    expect((await cli('publish')).code).toBe(2);
    expect((await cli()).code).toBe(2);
    expect((await cli('--help')).code).toBe(0);
    expect((await cli('report', '--help')).stdout).toContain('--out <folder>');
  });
});

describe('equity-lens validate', () => {
  it('lists every problem with file, row and column, and exits 0', async () => {
    const result = await cli('validate', '--in', join(fixtures, 'city-bad'), '--as-of', '2025-06-30');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('12 problems (10 rows rejected, 1 warning)');
    expect(result.stdout).toContain('households.csv row 102, column size ("2.5"): size (persons in the household): "2.5" is not a whole number');
    expect(result.stdout).toContain('sites.csv row 52, column lat, lng ("95, -121.9"): location: latitude 95');
    expect(result.stdout).toContain('The inputs are usable');
  });
});

describe('equity-lens init', () => {
  it('writes a starter kit whose sample runs through validate and report', async () => {
    const kit = join(work, 'kit');
    const written = await cli('init', kit, '--sample', '400');
    expect(written.code).toBe(0);
    expect(readdirSync(kit).sort()).toEqual([
      'README.md',
      'enrollments.csv',
      'goal.json',
      'goal.schema.json',
      'households.csv',
      'mapping.json',
      'mapping.schema.json',
      'persons.csv',
      'rules.json',
      'rules.schema.json',
      'sites.csv',
    ]);
    expect((await cli('validate', '--in', kit)).code).toBe(0);
    const reported = await cli('report', '--in', kit, '--as-of', '2025-06-30');
    expect(reported.code).toBe(0);
    expect(existsSync(join(kit, 'out/report.html'))).toBe(true);
    // Overwriting needs --force.
    const again = await cli('init', kit);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('pass --force');
    expect((await cli('init', kit, '--force')).code).toBe(0);
    expect(read(join(kit, 'households.csv'))).toBe('household_id,size,annual_income,lat,lng,district,race_ethnicity,language,calfresh,medi_cal\n');
    expect((await cli('init')).code).toBe(2);
  });
});

describe('the executable', () => {
  it('runs as a process: exit codes and output streams', () => {
    const command = cliCommand(root);
    const ok = spawnSync(process.execPath, [...command, 'validate', '--in', join(fixtures, 'city')], { cwd: root, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('No problems: every row became a record.');
    const usage = spawnSync(process.execPath, [...command, 'report', '--nope'], { cwd: root, encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toContain("Unknown option '--nope'");
  });
});
