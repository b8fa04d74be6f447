import { EquityLensError, type EquityLensIssue } from '../internal/errors.ts';
import { positiveNumber } from '../internal/validate.ts';
import { type EquityIndicatorScoreTable, EquityIndicatorScoreTableSchema } from './EquityIndicatorScoreTableSchema.ts';

/** The result of {@link equityIndicatorScore}. */
export interface EquityIndicatorScoreResult {
  /** The static score, 1–100 (100 = parity). */
  readonly score: number;
  /** The ratio scored. */
  readonly ratio: number;
  /** Index of the table step that matched; `null` when the ratio lies beyond the last step. */
  readonly step: number | null;
  /** The table's name, when it has one. */
  readonly table?: string;
}

/**
 * Converts a disparity ratio (worse-off ÷ better-off, oriented ≥ 1) to a CUNY ISLG Equity Indicators static
 * score (1–100, 100 = parity) through a **user-supplied** step table (equalityindicators.org/scoring-2;
 * Oakland 2018 report, Appendix B). Published anchor pairs: ratio 2 → 40 and 5 → 20 (equalityindicators.org);
 * Oakland 2018: 1.82 → 48, 2.50 → 37, 2.70 → 36, 3.42 → 31, 5.18 → 20, 23.68 → 1. The anchors do not follow
 * one smooth formula, so no formula is substituted for the table.
 *
 * A ratio below 1 (the disadvantaged group does better) takes the first step's score; beyond the last step the
 * table's `scoreAboveLastStep` (default 1).
 *
 * @param ratio - The disparity ratio, > 0 (from {@link equityIndicatorRatio}).
 * @param table - The ratio-to-score table, validated by {@link EquityIndicatorScoreTableSchema}.
 * @returns The score and the step that produced it.
 * @throws {EquityLensError} when the ratio is not a positive finite number (`path` `"ratio"`), or the table is
 *   invalid (`invalid_schema`, every problem listed in `issues` with its path under `table`).
 * @category Equity indicators (CUNY ISLG)
 * @example
 * ```ts
 * import { equityIndicatorScore } from "./equityIndicatorScore.ts";
 *
 * // A made-up three-step table, for illustration only.
 * const table = { steps: [{ maxRatio: 1.05, score: 100 }, { maxRatio: 2, score: 40 }, { maxRatio: 5, score: 20 }] };
 * equityIndicatorScore(2, table).score; // => 40
 * equityIndicatorScore(4.2, table).score; // => 20
 * equityIndicatorScore(9, table).score; // => 1
 * ```
 */
export function equityIndicatorScore(ratio: number, table: EquityIndicatorScoreTable): EquityIndicatorScoreResult {
  const fn = 'equityIndicatorScore';
  const r = positiveNumber(ratio, 'ratio', fn);
  const checked = parseTable(table, fn);
  const lowerInclusive = checked.inclusive === 'lower';
  for (let i = 0; i < checked.steps.length; i++) {
    const step = checked.steps[i];
    if (step === undefined) continue;
    if (lowerInclusive ? r < step.maxRatio : r <= step.maxRatio) {
      return withName({ score: step.score, ratio: r, step: i }, checked.name);
    }
  }
  return withName({ score: checked.scoreAboveLastStep ?? 1, ratio: r, step: null }, checked.name);
}

function withName(result: EquityIndicatorScoreResult, name: string | undefined): EquityIndicatorScoreResult {
  return name === undefined ? result : { ...result, table: name };
}

/**
 * Validates a score table, translating zod issues into an EquityLensError.
 *
 */
function parseTable(table: unknown, fn: string): EquityIndicatorScoreTable {
  const parsed = EquityIndicatorScoreTableSchema.safeParse(table);
  if (parsed.success) return parsed.data;
  const issues: EquityLensIssue[] = parsed.error.issues.map((issue) => {
    const path = ['table', ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('').replace(/\.\[/g, '[');
    return { code: 'invalid_schema', path, message: `${fn}: ${path} ${issue.message}` };
  });
  throw EquityLensError.fromIssues(fn, issues);
}
