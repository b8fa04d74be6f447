import { describe, fail } from '../internal/errors.ts';
import { integer } from '../internal/validate.ts';
import { optionalAccessor, optionsObject, requiredAccessor, rowsArray } from './internal/options.ts';
import { checkWeight } from './internal/tabulate.ts';
import { readWelfare, welfareOrder } from './internal/welfare.ts';

/** Options of {@link beneficiaryIncidence}. */
export interface BeneficiaryIncidenceOptions<T> {
  /**
   * The welfare measure that ranks households: income (or consumption), per capita or per household as the city
   * decides; pre-transfer income ranks by need before the program, post-transfer after it. A finite number.
   */
  welfare: (row: T, index: number) => number;
  /** Whether the household is a beneficiary (enrolled). */
  enrolled: (row: T, index: number) => boolean;
  /**
   * How many population units the row stands for (household size to count persons, as ASPIRE does; an expansion
   * factor for a survey). Default 1.
   */
  weight?: (row: T, index: number) => number;
  /** Benefit per population unit (dollars of scholarship …), to add benefit incidence. Optional. */
  benefit?: (row: T, index: number) => number;
  /** Number of quantile groups: 5 (quintiles, default), 10 (deciles) or any whole number from 2 to 100. */
  quantiles?: number;
}

/**
 * One welfare quantile.
 *
 * @category Reach
 */
export interface IncidenceQuantile {
  /** 1 = poorest. */
  quantile: number;
  /** Population units in the quantile (Σ weight). */
  population: number;
  /** Share of the whole population. */
  populationShare: number | null;
  /** Beneficiaries in the quantile (Σ weight of enrolled rows). */
  beneficiaries: number;
  /** Beneficiary incidence: share of all beneficiaries who are in this quantile; `null` without beneficiaries. */
  beneficiaryIncidence: number | null;
  /** Coverage of the quantile: beneficiaries ÷ population; `null` when the quantile is empty. */
  coverage: number | null;
  /** Σ weight × benefit in the quantile; `null` without a benefit accessor. */
  benefit: number | null;
  /** Benefit incidence: share of all benefits going to this quantile; `null` without benefits. */
  benefitIncidence: number | null;
  /** Lowest and highest welfare in the quantile; `null` when empty. */
  welfareMin: number | null;
  /** Highest welfare in the quantile; `null` when empty. */
  welfareMax: number | null;
}

/**
 * The result of {@link beneficiaryIncidence}.
 *
 * @category Reach
 */
export interface BeneficiaryIncidenceResult {
  /** Number of quantile groups. */
  quantiles: number;
  /** How ties and boundaries are handled (always `'midpoint'`, see the function). */
  quantileRule: 'midpoint';
  /** Whether a weight accessor was given. */
  weighted: boolean;
  /** The quantiles, poorest first. */
  groups: IncidenceQuantile[];
  /** Totals: population, beneficiaries and benefit (`null` without a benefit accessor). */
  total: { population: number; beneficiaries: number; benefit: number | null };
  /** Why some values are `null`. */
  reasons: string[];
}

/**
 * Beneficiary (and benefit) incidence by welfare quantile: how a program's beneficiaries are spread over the
 * income distribution, with each quantile's coverage.
 *
 * Follows the World Bank ASPIRE definitions (beneficiary incidence SPL_BEN_GRP_PRG, benefit incidence
 * SPL_BEF_GRP_PRG; Yemtsov et al. 2018): incidence_q = beneficiaries in q ÷ all beneficiaries, coverage_q =
 * beneficiaries in q ÷ population of q, with quantiles of the population-weighted welfare distribution. Rule
 * (reported as `'midpoint'`): rows are sorted by welfare; a block of rows with equal welfare covers the cumulative
 * population share (c₀, c₁] and goes, whole, to quantile ⌈q·(c₀ + c₁)/2⌉ — so ties are never split and the result
 * does not depend on input order. With distinct welfare and equal weights this gives exactly n/q rows per quantile
 * when q divides n. O(N log N).
 *
 * @param rows - Household records. Not mutated.
 * @param options - `welfare`, `enrolled`, optional `weight` and `benefit`, `quantiles` (default 5).
 * @returns One entry per quantile, poorest first, and the totals.
 * @throws {EquityLensError} `invalid_type`/`not_finite` when welfare is not a finite number or `enrolled` not a
 *   boolean; weight errors as {@link targetingErrors}; `out_of_range` for `quantiles` outside 2–100.
 * @category Reach
 * @example
 * ```ts
 * import { beneficiaryIncidence } from "./beneficiaryIncidence.ts";
 *
 * const incomes = [6, 8, 11, 15, 21, 25, 30, 40, 50, 100];
 * const people = incomes.map((income, i) => ({ income, enrolled: i === 1 || i === 2 }));
 * const result = beneficiaryIncidence(people, { welfare: (p) => p.income, enrolled: (p) => p.enrolled });
 * result.groups.map((g) => g.beneficiaryIncidence); // => [0.5, 0.5, 0, 0, 0]
 * result.groups[0]?.coverage; // => 0.5
 * ```
 */
export function beneficiaryIncidence<T>(rows: readonly T[], options: BeneficiaryIncidenceOptions<T>): BeneficiaryIncidenceResult {
  const fn = 'beneficiaryIncidence';
  const list = rowsArray<T>(rows, fn);
  const opts = optionsObject(options, ['welfare', 'enrolled', 'weight', 'benefit', 'quantiles'], fn);
  const welfareAccessor = requiredAccessor<(row: T, index: number) => number>(opts, 'welfare', fn, 'a function (row) => income');
  const enrolledAccessor = requiredAccessor<(row: T, index: number) => boolean>(opts, 'enrolled', fn, 'a function (row) => boolean');
  const weightAccessor = optionalAccessor<(row: T, index: number) => number>(opts, 'weight', fn, 'a function (row) => number ≥ 0');
  const benefitAccessor = optionalAccessor<(row: T, index: number) => number>(opts, 'benefit', fn, 'a function (row) => amount ≥ 0');
  const q = opts['quantiles'] === undefined ? 5 : integer(opts['quantiles'], 'options.quantiles', fn, { min: 2, max: 100 });

  const n = list.length;
  const welfare = readWelfare(list, welfareAccessor, fn);
  const weights = new Float64Array(n);
  const enrolled = new Uint8Array(n);
  const benefits = benefitAccessor === undefined ? null : new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = list[i] as T;
    weights[i] = weightAccessor === undefined ? 1 : checkWeight(weightAccessor(row, i), i, fn);
    const e: unknown = enrolledAccessor(row, i);
    if (typeof e !== 'boolean') fail('invalid_type', `rows[${i}]`, `${fn}: options.enrolled returned ${describe(e)} for rows[${i}]; expected true or false.`);
    enrolled[i] = e ? 1 : 0;
    if (benefitAccessor !== undefined) {
      const b: unknown = benefitAccessor(row, i);
      // Number.isFinite is false for anything that is not a number.
      if (!Number.isFinite(b) || (b as number) < 0) {
        fail(
          typeof b !== 'number' ? 'invalid_type' : Number.isFinite(b) ? 'out_of_range' : 'not_finite',
          `rows[${i}]`,
          `${fn}: options.benefit returned ${describe(b)} for rows[${i}]; benefits must be finite numbers ≥ 0.`,
        );
      }
      (benefits as Float64Array)[i] = b as number;
    }
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i] as number;

  const population = new Float64Array(q);
  const beneficiaries = new Float64Array(q);
  const benefit = new Float64Array(q);
  const minimum = new Array<number | null>(q).fill(null);
  // Stryker disable next-line ArrayDeclaration: equivalent — every read is `maximum[k] ?? null`, so a hole reads as null too
  const maximum = new Array<number | null>(q).fill(null);
  const reasons: string[] = [];
  if (total > 0) {
    const order = welfareOrder(welfare);
    let cumulative = 0;
    let start = 0;
    while (start < n) {
      const level = welfare[order[start] as number] as number;
      let end = start;
      let blockWeight = 0;
      // Past the last row order[end] is undefined, and so is its welfare: that ends the block too.
      while (welfare[order[end] as number] === level) {
        blockWeight += weights[order[end] as number] as number;
        end++;
      }
      const midpoint = (cumulative + blockWeight / 2) / total;
      const k = Math.min(q, Math.max(1, Math.ceil(midpoint * q - 1e-12))) - 1;
      for (let j = start; j < end; j++) {
        const i = order[j] as number;
        const w = weights[i] as number;
        population[k] = (population[k] as number) + w;
        if (enrolled[i] === 1) beneficiaries[k] = (beneficiaries[k] as number) + w;
        if (benefits !== null) benefit[k] = (benefit[k] as number) + w * (benefits[i] as number);
      }
      if (minimum[k] === null) minimum[k] = level;
      maximum[k] = level;
      cumulative += blockWeight;
      start = end;
    }
  } else {
    reasons.push(n === 0 ? 'no records: every share is undefined' : 'population weights sum to 0: every share is undefined');
  }
  let totalBeneficiaries = 0;
  let totalBenefit = 0;
  for (let k = 0; k < q; k++) {
    totalBeneficiaries += beneficiaries[k] as number;
    totalBenefit += benefit[k] as number;
  }
  if (total > 0 && totalBeneficiaries === 0) reasons.push('no beneficiaries: beneficiary incidence is undefined');
  if (benefits !== null && total > 0 && totalBenefit === 0) reasons.push('no benefits paid: benefit incidence is undefined');
  const groups: IncidenceQuantile[] = [];
  for (let k = 0; k < q; k++) {
    const pop = population[k] as number;
    groups.push({
      quantile: k + 1,
      population: pop,
      populationShare: total > 0 ? pop / total : null,
      beneficiaries: beneficiaries[k] as number,
      beneficiaryIncidence: totalBeneficiaries > 0 ? (beneficiaries[k] as number) / totalBeneficiaries : null,
      coverage: pop > 0 ? (beneficiaries[k] as number) / pop : null,
      benefit: benefits === null ? null : (benefit[k] as number),
      benefitIncidence: benefits !== null && totalBenefit > 0 ? (benefit[k] as number) / totalBenefit : null,
      welfareMin: minimum[k] ?? null,
      welfareMax: maximum[k] ?? null,
    });
  }
  return {
    quantiles: q,
    quantileRule: 'midpoint',
    weighted: weightAccessor !== undefined,
    groups,
    total: { population: total, beneficiaries: totalBeneficiaries, benefit: benefits === null ? null : totalBenefit },
    reasons,
  };
}
