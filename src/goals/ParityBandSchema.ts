/**
 * The parity band of an indicator: how close a group must be to the reference group to count as at parity.
 *
 * @module
 */
import * as z from 'zod';
import { absoluteBandProblem, relativeBandProblem } from '../internal/parity.ts';

// Called for a failed check only (a value that is not a finite number fails the type first), so the input is a number.
function relativeMessage(issue: { input?: unknown }): string | undefined {
  return relativeBandProblem(issue.input as number, false);
}

/** For a band ≤ 0 (the only check on it): the message does not depend on the unit. */
function absoluteMessage(issue: { input?: unknown }): string | undefined {
  return absoluteBandProblem(
    issue.input as number,
    false,
    // Stryker disable next-line BooleanLiteral: equivalent — for a band ≤ 0 absoluteBandProblem does not read onShare
    false,
  );
}

/**
 * A parity band around the reference group's rate. `relative` is a fraction of the reference: a group is at
 * parity when |rate − reference| ≤ relative × |reference|. `absolute` is in the indicator's own units
 * (proportion points for a share: `0.1` is ±10 points): at parity when |rate − reference| ≤ absolute. Give
 * either or both; with both, a group must meet both. San José's "equal program penetration rate ±10 %" reads
 * as `{ relative: 0.1 }` (±10 % of the reference rate) or `{ absolute: 0.1 }` (±10 percentage points); the
 * source does not say which, so the goal must.
 *
 * Semantics match the disparity module's `compareGroups` tolerance (source: San José MOTI data-equity talk,
 * Cities Coalition for Digital Rights write-up, 4 Feb 2021).
 *
 * @category Goals
 */
export type ParityBand = z.infer<typeof ParityBandSchema>;

/**
 * The schema of a {@link ParityBand}: `{ relative?, absolute? }`, at least one, each > 0, `relative` ≤ 1.
 * A relative tolerance of 10 is rejected with a message saying to write 10 % as 0.1 (1.5 gets both readings, 1.5 % and 150 %).
 *
 * @category Goals
 * @example
 * ```ts
 * import { ParityBandSchema } from "./ParityBandSchema.ts";
 *
 * ParityBandSchema.parse({ relative: 0.1 }); // => { relative: 0.1 }
 * ParityBandSchema.safeParse({ relative: 10 }).success; // => false
 * ParityBandSchema.safeParse({}).success; // => false
 * ```
 */
export const ParityBandSchema: z.ZodObject<
  { relative: z.ZodExactOptional<z.ZodNumber>; absolute: z.ZodExactOptional<z.ZodNumber> },
  z.core.$strict
> = z
  .strictObject({
    relative: z
      .number()
      .positive({ error: relativeMessage })
      .max(1, { error: relativeMessage })
      .exactOptional()
      .meta({
        description:
          'Relative tolerance, a fraction of the reference group\'s rate: a group is at parity when |rate − reference| ≤ relative × |reference|. San José\'s "±10 %" read as relative is 0.1. Must be > 0 and ≤ 1.',
      }),
    absolute: z
      .number()
      .positive({ error: absoluteMessage })
      .exactOptional()
      .meta({
        description:
          'Absolute tolerance in the indicator\'s own units (proportion points for a share: 0.1 = ±10 points; km for a distance): a group is at parity when |rate − reference| ≤ absolute. Must be > 0.',
      }),
  })
  .refine((band) => band.relative !== undefined || band.absolute !== undefined, {
    error: 'is empty; give relative (0.1 = ±10 % of the reference rate), absolute (0.1 = ±10 proportion points) or both.',
    params: { code: 'missing_field' },
  })
  .meta({
    id: 'ParityBand',
    description:
      'How close a group must be to the reference group to count as at parity. Give relative, absolute or both; with both a group must meet both.',
    minProperties: 1,
  });
