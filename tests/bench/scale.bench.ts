/**
 * Benchmark at scale (issue 17), opt-in because it takes minutes: `npm run build && npm run bench -- scale`.
 *
 * 1. Writes a synthetic city of 3.2 million households × ten program years as CSV files once, into a cache folder
 *    (`EQUITY_LENS_SCALE_DIR`, default `.tmp/scale`; about 0.4 GB) with `scripts/synthetic-csv.ts`
 *    (`syntheticCityBatches`, members in wide columns), reused by later runs while its marker file matches.
 * 2. Runs `node dist/cli.js report --in <folder> --workers 2` on it in a child process (the build: run
 *    `npm run build` first) and reports its wall time, CPU time (user + system of the whole process, worker
 *    threads included) and peak resident memory (the process's `maxRSS`: worker threads share it), against the
 *    issue's targets: under 2 minutes and under 3 GB.
 * 3. On the default city (330,000 households), checks that the streaming path gives the in-memory scorecard:
 *    `evaluateGoal` on `syntheticCity()` against `evaluateGoalStream` fed household batches by
 *    `syntheticCityBatches()` and the same enrolments (when the monitor module has it).
 *
 * Environment: `EQUITY_LENS_SCALE_HOUSEHOLDS` (default 3,200,000), `EQUITY_LENS_SCALE_WORKERS` (default 2),
 * `EQUITY_LENS_SCALE_RUNS` (default 1; the minimum CPU time and the median wall time are reported).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as lens from 'equity-lens';
import { starterGoal, starterRules } from '../../cli/kit.ts';
import { writeSyntheticCityCsv } from '../../scripts/synthetic-csv.ts';
import { suite } from './harness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const round = (x: number): number => Math.round(x * 1000) / 1000;
const load = (): number[] => loadavg().map((x) => round(x));

/** The cached city's folder, written when missing or made for other options. */
async function cachedCity(households: number, seed: number): Promise<string> {
  const folder = resolve(root, process.env['EQUITY_LENS_SCALE_DIR'] ?? '.tmp/scale', `city-${households}-seed-${seed}`);
  const marker = join(folder, 'complete.json');
  const expected = JSON.stringify({ households, seed, generator: 'scripts/synthetic-csv.ts' });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === expected) return folder;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const rows = await writeSyntheticCityCsv(folder, { households, seed });
  const used = process.cpuUsage(cpu);
  writeFileSync(marker, expected);
  console.log(
    JSON.stringify({
      suite: 'scale',
      case: 'write the city as CSV (scripts/synthetic-csv.ts, once; cached)',
      n: rows,
      medianMs: round(performance.now() - started),
      cpuMinMs: round((used.user + used.system) / 1000),
      loadAverage: load(),
    }),
  );
  return folder;
}

interface ChildRun {
  wallMs: number;
  cpuMs: number;
  maxRssMiB: number;
}

/** Runs `node --import exitStats.mjs dist/cli.js <args>`; returns wall time and the child's own CPU and peak RSS. */
function runCli(args: readonly string[]): ChildRun {
  const stats = join(mkdtempSync(join(tmpdir(), 'equity-lens-scale-stats-')), 'stats.jsonl');
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', join(root, 'tests/bench/exitStats.mjs'), join(root, 'dist/cli.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, EQUITY_LENS_EXIT_STATS: stats },
    maxBuffer: 1 << 26,
  });
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`equity-lens ${args[0]} exited ${child.status}: ${child.stderr}`);
  const run = JSON.parse(readFileSync(stats, 'utf8').trim().split('\n')[0] as string) as { cpuMs: number; maxRssMiB: number };
  rmSync(join(stats, '..'), { recursive: true, force: true });
  return { wallMs, cpuMs: run.cpuMs, maxRssMiB: run.maxRssMiB };
}

suite(
  'scale',
  async () => {
    if (!existsSync(join(root, 'dist/cli.js'))) throw new Error('scale bench: run "npm run build" first (it measures dist/cli.js).');
    const households = Number(process.env['EQUITY_LENS_SCALE_HOUSEHOLDS'] ?? 3200000);
    const workers = Number(process.env['EQUITY_LENS_SCALE_WORKERS'] ?? 2);
    const runs = Number(process.env['EQUITY_LENS_SCALE_RUNS'] ?? 1);
    const folder = await cachedCity(households, 1);

    const out = mkdtempSync(join(tmpdir(), 'equity-lens-scale-out-'));
    try {
      const measured: ChildRun[] = [];
      const loadBefore = load();
      for (let i = 0; i < runs; i++) {
        measured.push(runCli(['report', '--in', folder, '--out', out, '--as-of', '2025-06-30', '--workers', String(workers), '--no-progress']));
      }
      const wall = measured.map((r) => r.wallMs).sort((a, b) => a - b);
      const wallMs = wall[(wall.length - 1) >> 1] as number;
      const peakRssMiB = Math.max(...measured.map((r) => r.maxRssMiB));
      console.log(
        JSON.stringify({
          suite: 'scale',
          case: `equity-lens report --workers ${workers} (dist/cli.js) on ${households.toLocaleString('en-US')} households × 10 program years from CSV`,
          n: households,
          runs,
          medianMs: round(wallMs),
          cpuMinMs: round(Math.min(...measured.map((r) => r.cpuMs))),
          peakRssMiB: round(peakRssMiB),
          goal: { wallMs: 120000, peakRssMiB: 3072 },
          withinGoal: wallMs < 120000 && peakRssMiB < 3072,
          cores: cpus().length,
          loadAverageBefore: loadBefore,
          loadAverage: load(),
        }),
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }

    // The in-memory and streaming paths on the default city.
    const evaluateGoalStream = (lens as Record<string, unknown>)['evaluateGoalStream'] as
      | ((goal: unknown, input: unknown, options: unknown) => Promise<unknown>)
      | undefined;
    if (evaluateGoalStream === undefined) {
      console.log(JSON.stringify({ suite: 'scale', case: 'in-memory vs streaming scorecard', skipped: 'evaluateGoalStream is not exported yet' }));
      return;
    }
    const goal = lens.defineGoal(starterGoal());
    const rules = starterRules();
    const asOf = '2025-06-30';
    let started = performance.now();
    const city = lens.syntheticCity();
    const inMemory = lens.evaluateGoal(goal, { households: city.households, enrollments: city.enrollments, sites: city.sites, eligibility: { rules } }, { asOf });
    const inMemoryMs = performance.now() - started;
    started = performance.now();
    // Households batch by batch from the streaming generator (the same records); enrolments are given whole.
    const stream = lens.syntheticCityBatches();
    const householdBatches = (function* () {
      for (const batch of stream.batches()) yield batch.households;
    })();
    const streamed = await evaluateGoalStream(goal, { households: householdBatches, enrollments: city.enrollments, sites: stream.sites, eligibility: { rules } }, { asOf });
    const streamMs = performance.now() - started;
    const strip = (card: unknown): string => JSON.stringify(card, (key, value: unknown) => (key === 'partitions' ? undefined : value));
    console.log(
      JSON.stringify({
        suite: 'scale',
        case: 'default city (330,000 households): evaluateGoal in memory vs evaluateGoalStream on syntheticCityBatches',
        equal: strip(inMemory) === strip(streamed),
        inMemoryMs: round(inMemoryMs),
        streamMs: round(streamMs),
        loadAverage: load(),
      }),
    );
  },
  { optIn: true },
);
