import { fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import { confidenceLevel, tailProbabilities } from '../uncertainty/internal/intervalInputs.ts';
import {
  conditionalMle,
  conditionalTable,
  medianUnbiasedOddsRatio,
  oddsRatioLimits,
} from '../uncertainty/internal/noncentralHypergeometric.ts';
import { normalQuantile } from '../uncertainty/normalQuantile.ts';
import { countPair } from './internal/counts.ts';
import type { RiskRatioCounts } from './riskRatio.ts';

/** Options of {@link oddsRatio}. */
export interface OddsRatioOptions {
  /**
   * The estimate and interval: `'woolf'` (default; sample odds ratio with Woolf's log interval, epitools
   * `oddsratio.wald`), `'exact'` (conditional maximum-likelihood estimate with the exact conditional interval,
   * R `fisher.test` and epitools `oddsratio.fisher`) or `'midP'` (median-unbiased estimate with mid-p exact
   * limits, epitools `oddsratio.midp`).
   */
  method?: 'woolf' | 'exact' | 'midP';
  /** Two-sided confidence level in (0, 1). Default 0.95. */
  confidence?: number;
  /**
   * For `'woolf'` only: when a cell of the 2×2 table is 0, `'haldane'` (default) adds 0.5 to all four cells
   * (Haldane–Anscombe) so the ratio and interval stay finite; `'none'` keeps the raw counts, giving a ratio of 0
   * or `null` and no interval. The exact and mid-p methods need no correction.
   */
  zeroCellCorrection?: 'haldane' | 'none';
}

/** An odds ratio with its confidence interval. */
export interface OddsRatioResult {
  /** The estimate named by `estimate`; `null` when undefined (see `reason`). `Infinity` is possible for the exact methods. */
  readonly ratio: number | null;
  /** Lower confidence bound; `null` when undefined. */
  readonly lower: number | null;
  /** Upper confidence bound (`Infinity` when the exact upper limit is unbounded); `null` when undefined. */
  readonly upper: number | null;
  /** Which estimate `ratio` is: the sample odds ratio ad/(bc), the conditional MLE or the median-unbiased estimate. */
  readonly estimate: 'sample' | 'conditionalMle' | 'medianUnbiased';
  /** For `'woolf'`: √(1/a + 1/b + 1/c + 1/d) after any correction; otherwise `null`. */
  readonly standardErrorLog: number | null;
  /** The confidence level used. */
  readonly confidence: number;
  /** The method used. */
  readonly method: 'woolf' | 'exact' | 'midP';
  /** Whether the Haldane 0.5 correction was applied (Woolf only). */
  readonly corrected: boolean;
  /** Why a value is `null`, when one is. */
  readonly reason?: string;
}

/**
 * The odds ratio of an exposed (focus) group against a reference group, from the 2×2 table a = exposed events,
 * b = exposed non-events, c = reference events, d = reference non-events, by one of three methods:
 *
 * - `'woolf'` (Woolf 1955; epitools `oddsratio.wald`): OR = ad/(bc), SE(ln OR) = √(1/a + 1/b + 1/c + 1/d),
 *   CI = exp(ln OR ∓ z·SE), z the normal quantile at 1 − (1 − confidence)/2; Haldane's 0.5 correction on zero
 *   cells unless `zeroCellCorrection` is `'none'`.
 * - `'exact'` (Cornfield 1956; R `fisher.test`): conditioning on the margins, a follows Fisher's noncentral
 *   hypergeometric distribution with parameter ψ = OR. The estimate is the conditional MLE (E_ψ a = a observed);
 *   the limits solve P_ψ(A ≥ a) = α/2 and P_ψ(A ≤ a) = α/2. Coverage is at least nominal.
 * - `'midP'` (epitools `oddsratio.midp`; Rothman & Greenland): the median-unbiased estimate
 *   (P_ψ(A > a) + ½P_ψ(A = a) = ½) with the limits P_ψ(A > a) + ½P_ψ(A = a) = α/2 and its mirror. Shorter than
 *   exact with coverage close to nominal.
 *
 * The conditional equations are solved to about 1e-14 relative. R's `fisher.test` and epitools stop their root
 * searches at `uniroot`'s default tolerance (about 1e-4), so their printed estimates and limits agree with these only
 * to about 1e-4; the tests compare with the same equations solved in R at tolerance 1e-15. When a is at the
 * smallest (largest) value its margins allow, the exact estimate and lower (upper) limit are 0 (`Infinity`).
 * Odds ratios approximate risk ratios only for rare outcomes; for enrolment shares prefer {@link riskRatio}.
 *
 * @param exposed - Events and total of the focus group (whole numbers for `'exact'` and `'midP'`).
 * @param reference - Events and total of the reference group.
 * @param options - `method` (default `'woolf'`), `confidence` (default 0.95), `zeroCellCorrection` (default `'haldane'`).
 * @returns The estimate, its interval and the conventions used.
 * @throws {EquityLensError} when a count is negative or not finite (or fractional for the exact methods), events exceed total, `confidence` is outside (0, 1), or the method or correction is unknown.
 * @category Comparisons
 * @example
 * ```ts
 * import { oddsRatio } from "./oddsRatio.ts";
 *
 * // 10 of 30 against 5 of 45. epitools: oddsratio.wald → 4.000 (1.20, 13.28)
 * const woolf = oddsRatio({ events: 10, total: 30 }, { events: 5, total: 45 });
 * [woolf.ratio, Number(woolf.lower?.toFixed(2)), Number(woolf.upper?.toFixed(2))]; // => [4, 1.2, 13.28]
 * // fisher.test's equations solved to full precision (fisher.test prints 16.7196: its uniroot stops near 1e-4)
 * const exact = oddsRatio({ events: 10, total: 30 }, { events: 5, total: 45 }, { method: "exact" });
 * [exact.ratio, exact.lower, exact.upper].map((x) => Number(x?.toFixed(4))); // => [3.9209, 1.0517, 16.7112]
 * ```
 */
export function oddsRatio(exposed: RiskRatioCounts, reference: RiskRatioCounts, options: OddsRatioOptions = {}): OddsRatioResult {
  const fn = 'oddsRatio';
  knownKeys(options, ['method', 'confidence', 'zeroCellCorrection'], 'options', fn);
  const method = options.method ?? 'woolf';
  if (method !== 'woolf' && method !== 'exact' && method !== 'midP') {
    fail('invalid_value', 'options.method', `${fn}: options.method is ${JSON.stringify(method)}; use 'woolf', 'exact' or 'midP'.`);
  }
  const confidence = confidenceLevel(options.confidence, fn);
  const correction = options.zeroCellCorrection ?? 'haldane';
  if (correction !== 'haldane' && correction !== 'none') {
    fail('invalid_value', 'options.zeroCellCorrection', `${fn}: options.zeroCellCorrection is ${JSON.stringify(correction)}; use 'haldane' or 'none'.`);
  }
  const [a, n1] = countPair(exposed, 'exposed', 'events', 'total', fn);
  const [c, n0] = countPair(reference, 'reference', 'events', 'total', fn);
  if (method === 'woolf') return woolf(a, n1 - a, c, n0 - c, confidence, correction === 'haldane');
  for (const [value, path] of [
    [a, 'exposed.events'],
    [n1, 'exposed.total'],
    [c, 'reference.events'],
    [n0, 'reference.total'],
  ] as const) {
    if (!Number.isInteger(value)) {
      fail('not_integer', path, `${fn}: ${path} is ${value}; the '${method}' method needs whole counts (use 'woolf' for weighted counts).`);
    }
  }
  const estimate = method === 'exact' ? ('conditionalMle' as const) : ('medianUnbiased' as const);
  const base = { estimate, standardErrorLog: null, confidence, method, corrected: false };
  const cells = [a, n1 - a, c, n0 - c] as const;
  const table = conditionalTable(...cells);
  if (table.lowest === table.highest) {
    return { ...base, ratio: null, lower: null, upper: null, reason: 'a group is empty, or no one (or everyone) had the outcome: the table has one possible arrangement and the odds ratio is undefined' };
  }
  const ratio = method === 'exact' ? conditionalMle(table, cells) : medianUnbiasedOddsRatio(table, cells);
  const { lower, upper } = oddsRatioLimits(table, cells, tailProbabilities(confidence).tail, method === 'midP');
  return { ...base, ratio, lower, upper };
}

function woolf(a: number, b: number, c: number, d: number, confidence: number, haldane: boolean): OddsRatioResult {
  const base = { estimate: 'sample' as const, confidence, method: 'woolf' as const };
  const empty = { ...base, ratio: null, lower: null, upper: null, standardErrorLog: null, corrected: false };
  if (a + b === 0) return { ...empty, reason: 'exposed.total is 0: the exposed odds are undefined' };
  if (c + d === 0) return { ...empty, reason: 'reference.total is 0: the reference odds are undefined' };
  const corrected = haldane && (a === 0 || b === 0 || c === 0 || d === 0);
  if (corrected) {
    a += 0.5;
    b += 0.5;
    c += 0.5;
    d += 0.5;
  }
  if (b === 0 || c === 0) {
    return { ...empty, reason: 'exposed non-events or reference events are 0: the odds ratio is infinite or undefined' };
  }
  const ratio = (a * d) / (b * c);
  if (a === 0 || d === 0) return { ...empty, ratio, reason: 'exposed events or reference non-events are 0: the ratio is 0 and its log interval undefined' };
  const standardErrorLog = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  const z = normalQuantile(tailProbabilities(confidence).body);
  const log = Math.log(ratio);
  return { ...base, ratio, lower: Math.exp(log - z * standardErrorLog), upper: Math.exp(log + z * standardErrorLog), standardErrorLog, corrected };
}
