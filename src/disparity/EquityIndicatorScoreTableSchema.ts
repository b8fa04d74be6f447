import * as z from 'zod';

/** One step of a CUNY ISLG ratio-to-score table: every ratio up to `maxRatio` (after the previous step) scores `score`. */
export interface EquityIndicatorScoreStep {
  /** Upper edge of the step's ratio range, ≥ 1; strictly increasing from step to step. */
  readonly maxRatio: number;
  /** Score of the step, a whole number 1–100; non-increasing from step to step (100 is parity). */
  readonly score: number;
}

/**
 * A ratio-to-score conversion table of the CUNY ISLG Equity Indicators method, supplied by the user (the
 * published table is an appendix image in each city's report: Oakland 2018 Appendix B, Tulsa 2023 Appendix C,
 * Dallas 2019; equity-lens does not reproduce it).
 */
export interface EquityIndicatorScoreTable {
  /** A label, e.g. "Oakland Equity Indicators 2018, Appendix B". */
  readonly name?: string | undefined;
  /** Where the table was transcribed from (report, page), so published scores stay traceable. */
  readonly source?: string | undefined;
  /**
   * Which edge of each step is inclusive: `'upper'` (default; a ratio equal to `maxRatio` belongs to that step)
   * or `'lower'` (it belongs to the next step).
   */
  readonly inclusive?: 'upper' | 'lower' | undefined;
  /** The steps, in increasing `maxRatio`. Ratios below 1 (the disadvantaged group does better) take the first step's score. */
  readonly steps: readonly EquityIndicatorScoreStep[];
  /** Score of ratios beyond the last step. Default 1, the method's floor. */
  readonly scoreAboveLastStep?: number | undefined;
}

const step = z.object({
  maxRatio: z.number().min(1, { error: 'is below 1; ratios are oriented worse-off ÷ better-off, so every step edge is ≥ 1.' }),
  score: z.number().int({ error: 'is not a whole number; CUNY scores are whole numbers 1–100.' }).min(1).max(100),
});

/**
 * The zod schema of an {@link EquityIndicatorScoreTable}: steps with strictly increasing `maxRatio` ≥ 1 and
 * non-increasing whole-number scores in 1–100, at least one step. Use it to validate a table transcribed from
 * a city's report before scoring with {@link equityIndicatorScore}; `z.toJSONSchema` publishes it for other
 * systems.
 *
 * @category Equity indicators (CUNY ISLG)
 * @example
 * ```ts
 * import { EquityIndicatorScoreTableSchema } from "./EquityIndicatorScoreTableSchema.ts";
 *
 * EquityIndicatorScoreTableSchema.safeParse({ steps: [{ maxRatio: 1, score: 100 }, { maxRatio: 2, score: 40 }] }).success; // => true
 * EquityIndicatorScoreTableSchema.safeParse({ steps: [{ maxRatio: 2, score: 40 }, { maxRatio: 1.5, score: 60 }] }).success; // => false
 * ```
 */
export const EquityIndicatorScoreTableSchema: z.ZodType<EquityIndicatorScoreTable> = z
  .object({
    name: z.string().optional(),
    source: z.string().optional(),
    inclusive: z.enum(['upper', 'lower']).optional(),
    steps: z.array(step).min(1, { error: 'is empty; a score table needs at least one step.' }),
    scoreAboveLastStep: z.number().int().min(1).max(100).optional(),
  })
  .strict()
  .superRefine((table, ctx) => {
    for (let i = 0; i < table.steps.length; i++) {
      const previous = table.steps[i - 1];
      const current = table.steps[i] as EquityIndicatorScoreStep;
      if (previous === undefined) continue;
      if (!(current.maxRatio > previous.maxRatio)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'maxRatio'],
          message: `is ${current.maxRatio}, not above the previous step's ${previous.maxRatio}; list steps in strictly increasing maxRatio.`,
        });
      }
      if (current.score > previous.score) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'score'],
          message: `is ${current.score}, above the previous step's ${previous.score}; scores must not rise as the ratio (inequality) grows.`,
        });
      }
    }
    const last = table.steps[table.steps.length - 1];
    if (
      last !== undefined &&
      // Stryker disable next-line ConditionalExpression: equivalent — an absent scoreAboveLastStep fails `undefined > last.score` on the next line anyway
      table.scoreAboveLastStep !== undefined &&
      table.scoreAboveLastStep > last.score
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['scoreAboveLastStep'],
        message: `is ${table.scoreAboveLastStep}, above the last step's ${last.score}; scores must not rise as the ratio grows.`,
      });
    }
  });
