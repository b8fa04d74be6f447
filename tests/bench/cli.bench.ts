/**
 * Benchmark of the command line (`npm run bench -- cli`): the default synthetic city (330,000 households, their
 * ~1 million persons, ten years of enrolments, 50 sites) written once as CSV files with the starter kit's goal,
 * rules and mapping, then `equity-lens report --in <folder>` end to end in a child process — start-up, reading
 * and parsing the CSV files, mapping every row, evaluating the goal, rendering and writing the four files —
 * against the in-memory scorecard step of `npm run demo` (`evaluateGoal` on the same records) in this process.
 * Goal (issue 13): the command line within 2× the in-memory step, on CPU time (minimum of the runs; the machine
 * is shared), in one thread (`--workers 1`: the default on this city would be one worker per core). The child's
 * peak resident memory is reported. The built executable (dist/cli.js) is measured when
 * it exists, else the TypeScript source through tsx (which adds its compile time).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineGoal, evaluateGoal, syntheticCity } from 'equity-lens';
import { starterGoal, starterMapping, starterRules, writeSyntheticCsv } from '../../cli/kit.ts';
import { suite, time } from './harness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

suite('cli', async () => {
  const city = syntheticCity();
  const dir = mkdtempSync(join(tmpdir(), 'equity-lens-cli-bench-'));
  try {
    const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
    writeFileSync(join(dir, 'goal.json'), json(starterGoal()));
    writeFileSync(join(dir, 'rules.json'), json(starterRules()));
    writeFileSync(join(dir, 'mapping.json'), json(starterMapping()));
    const rows = await writeSyntheticCsv(city, dir);

    const goal = defineGoal(starterGoal());
    const rules = starterRules();
    const inMemory = time(() => evaluateGoal(goal, { households: city.households, enrollments: city.enrollments, sites: city.sites, eligibility: { rules } }, { asOf: '2025-06-30' }), 3, 1);

    const built = join(root, 'dist/cli.js');
    const executable = existsSync(built) ? [built] : ['--import', 'tsx', join(root, 'cli/main.ts')];
    const stats = join(dir, 'stats.jsonl');
    const wall: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const child = spawnSync(process.execPath, ['--import', join(root, 'tests/bench/exitStats.mjs'), ...executable, 'report', '--in', dir, '--as-of', '2025-06-30', '--no-progress', '--workers', '1'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, EQUITY_LENS_EXIT_STATS: stats },
      });
      wall.push(performance.now() - started);
      if (child.status !== 0) throw new Error(`equity-lens report exited ${child.status}: ${child.stderr}`);
    }
    const runs = readFileSync(stats, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { cpuMs: number; maxRssMiB: number });
    const cpuMinMs = Math.min(...runs.map((r) => r.cpuMs));
    const round = (x: number): number => Math.round(x * 1000) / 1000;
    console.log(
      JSON.stringify({
        suite: 'cli',
        case: `equity-lens report (${existsSync(built) ? 'dist/cli.js' : 'tsx cli/main.ts'}), CSV files to four outputs`,
        n: `${rows['households.csv']} households, ${rows['persons.csv']} persons, ${rows['enrollments.csv']} enrolments, ${rows['sites.csv']} sites`,
        medianMs: round([...wall].sort((a, b) => a - b)[1] as number),
        cpuMinMs: round(cpuMinMs),
        baseline: 'evaluateGoal in memory (the demo scorecard step)',
        baselineMedianMs: round(inMemory.medianMs),
        baselineCpuMinMs: round(inMemory.cpuMinMs),
        cpuRatio: round(cpuMinMs / inMemory.cpuMinMs),
        goal: 2,
        withinGoal: cpuMinMs / inMemory.cpuMinMs <= 2,
        peakRssMiB: round(Math.max(...runs.map((r) => r.maxRssMiB))),
        loadAverage: round(loadavg()[0] ?? 0),
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
