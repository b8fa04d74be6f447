import { fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import { benjaminiHochbergAdjust } from './benjaminiHochbergAdjust.ts';
import { benjaminiYekutieliAdjust } from './benjaminiYekutieliAdjust.ts';
import { bonferroniAdjust } from './bonferroniAdjust.ts';
import { hochbergAdjust } from './hochbergAdjust.ts';
import { holmAdjust, type PValueAdjustment, type PValueAdjustmentMethod } from './holmAdjust.ts';
import { hommelAdjust } from './hommelAdjust.ts';
import { sidakAdjust } from './sidakAdjust.ts';

/** Options of {@link adjustPValues}. */
export interface AdjustPValuesOptions {
  /** The procedure. */
  method: PValueAdjustmentMethod;
  /** The family-wise error rate or false discovery rate to control, in (0, 1). Default 0.05. */
  alpha?: number;
}

const PROCEDURES: Readonly<Record<PValueAdjustmentMethod, (p: readonly number[], o: { alpha?: number }) => PValueAdjustment>> = {
  bonferroni: bonferroniAdjust,
  sidak: sidakAdjust,
  holm: holmAdjust,
  hochberg: hochbergAdjust,
  hommel: hommelAdjust,
  benjaminiHochberg: benjaminiHochbergAdjust,
  benjaminiYekutieli: benjaminiYekutieliAdjust,
};

/**
 * Adjusts p-values for multiple comparisons by a procedure named in data — for a scorecard or goal configured as
 * JSON — with the same result as calling the named function ({@link bonferroniAdjust}, {@link sidakAdjust},
 * {@link holmAdjust}, {@link hochbergAdjust}, {@link hommelAdjust}, {@link benjaminiHochbergAdjust},
 * {@link benjaminiYekutieliAdjust}).
 *
 * Which to use: to control the chance of any false finding (family-wise error rate), Holm always (Bonferroni
 * and Šidák only when one per-test threshold must be published); Hochberg or Hommel when the tests are
 * independent or positively dependent (more power). To control the expected share of false findings among those
 * reported (false discovery rate) — screening many neighbourhoods or groups — Benjamini–Hochberg for independent
 * or positively dependent tests, Benjamini–Yekutieli under any dependence.
 *
 * @param pValues - Unadjusted p-values, each in [0, 1].
 * @param options - `method` (required) and `alpha` (default 0.05).
 * @returns Adjusted p-values and rejections in input order.
 * @throws {EquityLensError} when the method is missing or unknown, `pValues` is empty or holds a value outside [0, 1], or `alpha` is outside (0, 1).
 * @category Tests
 * @example
 * ```ts
 * import { adjustPValues } from "./adjustPValues.ts";
 *
 * adjustPValues([0.01, 0.04, 0.03, 0.005], { method: "hochberg" }).adjusted; // => [0.03, 0.04, 0.04, 0.02]
 * adjustPValues([0.01, 0.04, 0.03, 0.005], { method: "bonferroni", alpha: 0.1 }).reject; // => [true, false, false, true]
 * ```
 */
export function adjustPValues(pValues: readonly number[], options: AdjustPValuesOptions): PValueAdjustment {
  const fn = 'adjustPValues';
  if (options === null || typeof options !== 'object') {
    fail('invalid_type', 'options', `${fn}: options is missing; pass { method }, e.g. { method: 'holm' }.`);
  }
  knownKeys(options, ['method', 'alpha'], 'options', fn);
  const { method, ...procedureOptions } = options;
  const procedure = typeof method === 'string' && Object.hasOwn(PROCEDURES, method) ? PROCEDURES[method] : undefined;
  if (procedure === undefined) {
    fail(
      'invalid_value',
      'options.method',
      `${fn}: options.method is ${JSON.stringify(method)}; use one of ${Object.keys(PROCEDURES).map((name) => `'${name}'`).join(', ')}.`,
    );
  }
  return procedure(pValues, procedureOptions);
}
