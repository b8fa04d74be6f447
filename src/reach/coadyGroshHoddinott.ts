import { describe, fail } from '../internal/errors.ts';
import { finiteNumber } from '../internal/validate.ts';
import { optionalAccessor, optionsObject, requiredAccessor, rowsArray } from './internal/options.ts';
import { checkWeight } from './internal/tabulate.ts';
import { readWelfare, welfareOrder } from './internal/welfare.ts';

/** Options of {@link coadyGroshHoddinott}. */
export interface CoadyGroshHoddinottOptions<T> {
  /** The welfare measure that ranks the population (income or consumption); a finite number. */
  welfare: (row: T, index: number) => number;
  /**
   * The benefit the row receives per population unit: an amount ≥ 0, or a boolean (enrolled = 1, not = 0) to
   * measure the share of beneficiaries rather than of transfers.
   */
  benefit: (row: T, index: number) => number | boolean;
  /** How many population units the row stands for (household size to count persons). Default 1. */
  weight?: (row: T, index: number) => number;
  /** The bottom share of the population, in percent, 0 < X ≤ 100. Default 40 (the canonical CGH); 20 and 10 are common. */
  bottomPercent?: number;
}

/**
 * The result of {@link coadyGroshHoddinott}.
 *
 * @category Reach
 */
export interface CoadyGroshHoddinottResult {
  /** CGH = share of benefits reaching the bottom X % ÷ X %; 1 = neutral, above 1 = progressive; `null` when undefined. */
  indicator: number | null;
  /** Share of all benefits reaching the bottom X % of the population; `null` when undefined. */
  bottomShare: number | null;
  /** The X used, in percent. */
  bottomPercent: number;
  /** Σ weight × benefit over all rows. */
  totalBenefit: number;
  /** How a household straddling the X % cut is counted: always `'proportional'` (see the function). */
  boundary: 'proportional';
  /** Why the indicator is `null`, when it is. */
  reason?: string;
}

/**
 * The Coady–Grosh–Hoddinott targeting indicator: the share of a program's benefits that reaches the poorest X % of
 * the population, divided by X %.
 *
 * CGH = (Σ benefits to the bottom X %) / (Σ benefits) ÷ (X / 100) (Coady, Grosh & Hoddinott 2004, *Targeting
 * Outcomes Redux*, World Bank Research Observer 19(1)). 1 means neutral targeting (as a universal or random
 * allocation), above 1 progressive: a program giving 60 % of its benefits to the bottom 40 % scores 1.5. The
 * population is ranked by welfare with weights; a block of equal welfare that straddles the X % cut counts the
 * fraction of its weight below the cut (`'proportional'`), so the result does not depend on input order. With a
 * boolean benefit the indicator measures the share of beneficiaries. O(N log N).
 *
 * @param rows - Household (or person) records. Not mutated.
 * @param options - `welfare`, `benefit`, optional `weight`, `bottomPercent` (default 40).
 * @returns The indicator, the bottom share it divides and the convention used; `null` with a reason when no benefit
 *   is paid or the population is empty.
 * @throws {EquityLensError} `invalid_type`/`not_finite` for a welfare that is not a finite number or a benefit that
 *   is neither a boolean nor a finite number; `out_of_range` for a negative benefit or `bottomPercent` outside
 *   (0, 100]; weight errors as {@link targetingErrors}.
 * @category Reach
 * @example
 * ```ts
 * import { coadyGroshHoddinott } from "./coadyGroshHoddinott.ts";
 *
 * // Grosh et al. (2022), Table 7.3: ten people; scheme S1 pays $15 to each of the two poorest, S4 $3 to everyone.
 * const incomes = [6, 8, 11, 15, 21, 25, 30, 40, 50, 100];
 * const s1 = coadyGroshHoddinott(incomes, { welfare: (x) => x, benefit: (x) => (x <= 8 ? 15 : 0) });
 * s1.indicator; // => 2.5
 * coadyGroshHoddinott(incomes, { welfare: (x) => x, benefit: () => 3 }).indicator; // => 1
 * ```
 */
export function coadyGroshHoddinott<T>(rows: readonly T[], options: CoadyGroshHoddinottOptions<T>): CoadyGroshHoddinottResult {
  const fn = 'coadyGroshHoddinott';
  const list = rowsArray<T>(rows, fn);
  const opts = optionsObject(options, ['welfare', 'benefit', 'weight', 'bottomPercent'], fn);
  const welfareAccessor = requiredAccessor<(row: T, index: number) => number>(opts, 'welfare', fn, 'a function (row) => income');
  const benefitAccessor = requiredAccessor<(row: T, index: number) => number | boolean>(opts, 'benefit', fn, 'a function (row) => amount or boolean');
  const weightAccessor = optionalAccessor<(row: T, index: number) => number>(opts, 'weight', fn, 'a function (row) => number ≥ 0');
  const bottomPercent = opts['bottomPercent'] === undefined ? 40 : finiteNumber(opts['bottomPercent'], 'options.bottomPercent', fn);
  if (!(bottomPercent > 0 && bottomPercent <= 100)) {
    fail(
      'out_of_range',
      'options.bottomPercent',
      `${fn}: options.bottomPercent is ${bottomPercent}; use a percentage in (0, 100], e.g. 40 for the bottom 40 %.`,
    );
  }
  const n = list.length;
  const welfare = readWelfare(list, welfareAccessor, fn);
  const weights = new Float64Array(n);
  const benefits = new Float64Array(n);
  let population = 0;
  let totalBenefit = 0;
  for (let i = 0; i < n; i++) {
    const row = list[i] as T;
    const w = weightAccessor === undefined ? 1 : checkWeight(weightAccessor(row, i), i, fn);
    const b: unknown = benefitAccessor(row, i);
    let amount: number;
    if (typeof b === 'boolean') amount = b ? 1 : 0;
    // Number.isFinite is false for anything that is not a number.
    else if (Number.isFinite(b) && (b as number) >= 0) amount = b as number;
    else {
      fail(
        typeof b !== 'number' ? 'invalid_type' : Number.isFinite(b) ? 'out_of_range' : 'not_finite',
        `rows[${i}]`,
        `${fn}: options.benefit returned ${describe(b)} for rows[${i}]; return an amount ≥ 0 or a boolean (enrolled or not).`,
      );
    }
    weights[i] = w;
    benefits[i] = amount;
    population += w;
    totalBenefit += w * amount;
  }
  const base = { bottomPercent, totalBenefit, boundary: 'proportional' as const };
  if (!(population > 0)) {
    return { indicator: null, bottomShare: null, ...base, reason: n === 0 ? 'no records' : 'population weights sum to 0' };
  }
  if (!(totalBenefit > 0)) {
    return { indicator: null, bottomShare: null, ...base, reason: 'no benefits paid: the share reaching the bottom is undefined' };
  }
  // Multiply before dividing so that 40 % of 10 people is exactly 4.
  const cut = (bottomPercent * population) / 100;
  const order = welfareOrder(welfare);
  let cumulative = 0;
  let bottom = 0;
  let start = 0;
  while (start < n && cumulative < cut) {
    const level = welfare[order[start] as number] as number;
    let end = start;
    let blockWeight = 0;
    let blockBenefit = 0;
    // Past the last row order[end] is undefined, and so is its welfare: that ends the block too.
    while (welfare[order[end] as number] === level) {
      const i = order[end] as number;
      blockWeight += weights[i] as number;
      blockBenefit += (weights[i] as number) * (benefits[i] as number);
      end++;
    }
    if (cumulative + blockWeight <= cut) bottom += blockBenefit;
    // Here cumulative < cut < cumulative + blockWeight, so blockWeight > 0.
    else bottom += (blockBenefit * (cut - cumulative)) / blockWeight;
    cumulative += blockWeight;
    start = end;
  }
  const bottomShare = bottom / totalBenefit;
  return { indicator: bottomShare / (bottomPercent / 100), bottomShare, ...base };
}
