/**
 * A small benchmark harness. Each case is timed against a baseline measured in the same run, and prints one
 * JSON line: `{ suite, case, n, medianMs, cpuMinMs, baseline, baselineMedianMs, baselineCpuMinMs, ratio, cpuRatio }`.
 * `ratio` = case ÷ baseline on wall-clock medians, `cpuRatio` the same on the minimum CPU time
 * (`process.cpuUsage`), which is what to read on a shared machine (lower is better); a goal, when given, is
 * checked on `cpuRatio` and printed with `withinGoal`. `loadAverage` is the 1-minute load when the case ran.
 *
 * Bench files (`tests/bench/*.bench.ts`) call {@link suite}; `run.ts` imports them and runs the suites.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

export interface CaseOptions {
  /** Number of timed repetitions (median reported). Default 5. */
  repeat?: number;
  /** Untimed warm-up runs. Default 1. */
  warmup?: number;
  /** Problem size, printed as `n`. */
  n?: number | string;
}

export interface Comparison {
  /** Case name. */
  name: string;
  /** What is measured. */
  run: () => unknown;
  /** Baseline name. */
  baselineName: string;
  /** Baseline: what the case is compared with (a hand-written loop, a floor, a naive implementation). */
  baseline?: () => unknown;
  /** The goal for `ratio` (e.g. 2 for "within 2×"). */
  goal?: number;
  /** How the baseline relates: `case/baseline` (default) or `baseline/case` (speed-up over a naive baseline). */
  ratioIs?: 'case/baseline' | 'baseline/case';
  /** Repetitions, warm-up, size. */
  options?: CaseOptions;
  /** Separate repetition count for a slow baseline. */
  baselineRepeat?: number;
  /**
   * A baseline measured outside this process in the same run (e.g. scipy's cKDTree through python3): its
   * minimum CPU and median wall-clock times. Replaces `baseline`.
   */
  external?: { cpuMinMs: number; medianMs: number };
  /** Scale factor applied to the baseline time (when the baseline runs on a subset and is extrapolated). */
  baselineScale?: number;
}

interface Suite {
  name: string;
  body: (ctx: SuiteContext) => Promise<void> | void;
  /** Runs only when the filter names it (`npm run bench -- scale`), never in a plain `npm run bench`. */
  optIn: boolean;
}

const suites: Suite[] = [];

/**
 * Registers a benchmark suite. An `optIn` suite (one that takes minutes, such as `scale`) runs only when the
 * filter is part of its name and not empty: `npm run bench -- scale`.
 */
export function suite(name: string, body: (ctx: SuiteContext) => Promise<void> | void, options: { optIn?: boolean } = {}): void {
  suites.push({ name, body, optIn: options.optIn ?? false });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Times `fn` `repeat` times after `warmup` untimed runs; returns the median in milliseconds. */
export function timeMedian(fn: () => unknown, repeat = 5, warmup = 1): number {
  return time(fn, repeat, warmup).medianMs;
}

/** Times `fn`: the median wall-clock time and the minimum CPU time (user + system) in milliseconds. */
export function time(fn: () => unknown, repeat = 5, warmup = 1): { medianMs: number; cpuMinMs: number } {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const times: number[] = [];
  let cpuMinMs = Infinity;
  for (let i = 0; i < repeat; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    sink = fn();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuMinMs = Math.min(cpuMinMs, (used.user + used.system) / 1000);
  }
  if (sink === Symbol.for('never')) console.log('');
  return { medianMs: median(times), cpuMinMs };
}

export class SuiteContext {
  constructor(readonly suite: string) {}

  /** Times a case and its baseline in the same run and prints one JSON line. */
  compare(c: Comparison): { medianMs: number; baselineMedianMs: number; ratio: number } {
    const repeat = c.options?.repeat ?? 5;
    const warmup = c.options?.warmup ?? 1;
    const measured = time(c.run, repeat, warmup);
    const scale = c.baselineScale ?? 1;
    let base = c.external;
    if (base === undefined) {
      if (c.baseline === undefined) throw new Error(`${c.name}: give a baseline or an external baseline`);
      base = time(c.baseline, c.baselineRepeat ?? repeat, warmup);
    }
    const baselineMedianMs = base.medianMs * scale;
    const baselineCpuMinMs = base.cpuMinMs * scale;
    const caseOverBaseline = (c.ratioIs ?? 'case/baseline') === 'case/baseline';
    const ratio = caseOverBaseline ? measured.medianMs / baselineMedianMs : baselineMedianMs / measured.medianMs;
    const cpuRatio = caseOverBaseline ? measured.cpuMinMs / baselineCpuMinMs : baselineCpuMinMs / measured.cpuMinMs;
    const line: Record<string, unknown> = {
      suite: this.suite,
      case: c.name,
      n: c.options?.n ?? null,
      medianMs: round(measured.medianMs),
      cpuMinMs: round(measured.cpuMinMs),
      baseline: c.baselineName,
      baselineMedianMs: round(baselineMedianMs),
      baselineCpuMinMs: round(baselineCpuMinMs),
      ratio: round(ratio),
      cpuRatio: round(cpuRatio),
      ratioIs: c.ratioIs ?? 'case/baseline',
      loadAverage: round(loadavg()[0] ?? 0),
    };
    if (c.baselineScale !== undefined) line['baselineScale'] = c.baselineScale;
    if (c.goal !== undefined) {
      line['goal'] = c.goal;
      line['withinGoal'] = caseOverBaseline ? cpuRatio <= c.goal : cpuRatio >= c.goal;
    }
    console.log(JSON.stringify(line));
    return { medianMs: measured.medianMs, baselineMedianMs, ratio };
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Runs every registered suite whose name contains `filter` (all but the opt-in ones when empty). */
export async function runSuites(filter: string): Promise<void> {
  for (const s of suites) {
    if (filter === '' ? s.optIn : !s.name.includes(filter)) continue;
    await s.body(new SuiteContext(s.name));
  }
}
