/**
 * A small benchmark harness. Each case is timed against a baseline measured in the same run, and prints one
 * JSON line: `{ suite, case, n, medianMs, baseline, baselineMedianMs, ratio }`. `ratio` = case ÷ baseline
 * (lower is better); a goal, when given, is printed with `withinGoal`.
 *
 * Bench files (`tests/bench/*.bench.ts`) call {@link suite}; `run.ts` imports them and runs the suites.
 */
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
  baseline: () => unknown;
  /** The goal for `ratio` (e.g. 2 for "within 2×"). */
  goal?: number;
  /** How the baseline relates: `case/baseline` (default) or `baseline/case` (speed-up over a naive baseline). */
  ratioIs?: 'case/baseline' | 'baseline/case';
  /** Repetitions, warm-up, size. */
  options?: CaseOptions;
  /** Separate repetition count for a slow baseline. */
  baselineRepeat?: number;
  /** Scale factor applied to the baseline time (when the baseline runs on a subset and is extrapolated). */
  baselineScale?: number;
}

interface Suite {
  name: string;
  body: (ctx: SuiteContext) => Promise<void> | void;
}

const suites: Suite[] = [];

/** Registers a benchmark suite. */
export function suite(name: string, body: (ctx: SuiteContext) => Promise<void> | void): void {
  suites.push({ name, body });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Times `fn` `repeat` times after `warmup` untimed runs; returns the median in milliseconds. */
export function timeMedian(fn: () => unknown, repeat = 5, warmup = 1): number {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    sink = fn();
    times.push(performance.now() - start);
  }
  if (sink === Symbol.for('never')) console.log('');
  return median(times);
}

export class SuiteContext {
  constructor(readonly suite: string) {}

  /** Times a case and its baseline in the same run and prints one JSON line. */
  compare(c: Comparison): { medianMs: number; baselineMedianMs: number; ratio: number } {
    const repeat = c.options?.repeat ?? 5;
    const warmup = c.options?.warmup ?? 1;
    const medianMs = timeMedian(c.run, repeat, warmup);
    const baselineMedianMs = timeMedian(c.baseline, c.baselineRepeat ?? repeat, warmup) * (c.baselineScale ?? 1);
    const ratio = (c.ratioIs ?? 'case/baseline') === 'case/baseline' ? medianMs / baselineMedianMs : baselineMedianMs / medianMs;
    const line: Record<string, unknown> = {
      suite: this.suite,
      case: c.name,
      n: c.options?.n ?? null,
      medianMs: round(medianMs),
      baseline: c.baselineName,
      baselineMedianMs: round(baselineMedianMs),
      ratio: round(ratio),
      ratioIs: c.ratioIs ?? 'case/baseline',
    };
    if (c.baselineScale !== undefined) line['baselineScale'] = c.baselineScale;
    if (c.goal !== undefined) {
      line['goal'] = c.goal;
      line['withinGoal'] = (c.ratioIs ?? 'case/baseline') === 'case/baseline' ? ratio <= c.goal : ratio >= c.goal;
    }
    console.log(JSON.stringify(line));
    return { medianMs, baselineMedianMs, ratio };
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Runs every registered suite whose name contains `filter` (all when empty). */
export async function runSuites(filter: string): Promise<void> {
  for (const s of suites) {
    if (filter !== '' && !s.name.includes(filter)) continue;
    await s.body(new SuiteContext(s.name));
  }
}
