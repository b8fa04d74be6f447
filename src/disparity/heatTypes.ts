/**
 * Shared shapes of the WHO HEAT summary measures of health (here: service) inequality for grouped data.
 *
 * @module
 */

/** One subgroup's estimate and population for the HEAT measures. */
export interface HeatGroup {
  /** The subgroup's name (income quintile, district, race/ethnicity). */
  readonly group: string;
  /** The subgroup's estimate yⱼ (a rate, a share, a mean), finite. */
  readonly estimate: number;
  /** The subgroup's population Nⱼ ≥ 0; population shares pⱼ = Nⱼ/ΣN weight the measures. */
  readonly population: number;
  /**
   * The standard error of the estimate, in the estimate's units (≥ 0). Optional: the intervals that propagate
   * subgroup sampling error (BGV; IDis, MDB and MDM by simulation; `intervalMethod: 'subgroupStandardErrors'`) need it on
   * every subgroup and are `null` with a reason otherwise. For a proportion p of n people, √(p(1 − p)/n).
   */
  readonly standardError?: number;
}

/** Options shared by every HEAT measure's interval. */
export interface HeatIntervalOptions {
  /** Two-sided confidence level in (0, 1). Default 0.95 (HEAT reports 95 % intervals). */
  confidence?: number;
}

/**
 * The range a simulated subgroup estimate must fall in; a draw outside it is drawn again, as HEAT does:
 * `'proportion'` [0, 1] (HEAT's rule for indicators on the percent scale), `'positive'` (0, ∞) (HEAT's rule
 * for rates and every other scale), `'none'` (no redraw: a plain normal draw).
 */
export type HeatSimulationBounds = 'proportion' | 'positive' | 'none';

/** Options of the HEAT measures whose interval HEAT obtains by simulation (IDis, MDB, MDM). */
export interface HeatSimulationOptions extends HeatIntervalOptions {
  /** Number of simulated data sets, a whole number in [1, 1 000 000]. Default 100, as HEAT; more gives steadier percentiles. */
  simulations?: number;
  /** Seed of the simulation, a whole number in [−2³¹ + 1, 2³¹ − 1], used as R's `set.seed(seed)`. Default 123456, as HEAT and healthequal. */
  seed?: number;
  /** Where a simulated estimate must fall. Default `'proportion'`: estimates are shares in [0, 1]. */
  bounds?: HeatSimulationBounds;
}

/**
 * How an interval was obtained:
 * - `'subgroupStandardErrors'`: analytic, propagating the subgroup standard errors (delta method, or the exact variance of
 *   a linear combination);
 * - `'regression'`: the residual standard error of the concentration index's "convenient regression";
 * - `'sandwich'`: a regression on the subgroups' ranks with the HC1 heteroskedasticity-consistent covariance and
 *   the delta method;
 * - `'walter'`: Walter's (1978) variance of the attributable fraction from the subgroup populations;
 * - `'simulation'`: percentiles of the measure over data sets simulated from the estimates and their standard
 *   errors (a seeded parametric simulation).
 */
export type HeatIntervalMethod = 'subgroupStandardErrors' | 'regression' | 'sandwich' | 'walter' | 'simulation';

/** How a HEAT measure's interval was obtained, or why there is none. */
export interface HeatInterval {
  /** The method; `null` when there is no interval (see `reason`). */
  readonly method: HeatIntervalMethod | null;
  /** The two-sided confidence level. */
  readonly confidence: number;
  /** For `'simulation'`: the number of simulated data sets. */
  readonly simulations?: number;
  /** For `'simulation'`: the seed. */
  readonly seed?: number;
  /** For `'simulation'`: the bounds of a simulated estimate. */
  readonly bounds?: HeatSimulationBounds;
  /** Why there is no interval, when there is none. */
  readonly reason?: string;
}

/** Options shared by the HEAT measures that need a favourable direction or a reference group. */
export interface HeatReferenceOptions {
  /** Whether a higher estimate is favourable (coverage) or adverse (mortality, travel time). Default `'higherIsBetter'`. */
  direction?: 'higherIsBetter' | 'lowerIsBetter';
  /** The reference group: `'best'` (default: the most favourable subgroup; ties go to the first) or a named subgroup `{ group }`. */
  referenceGroup?: 'best' | { readonly group: string };
  /** @deprecated The 0.1 name of `referenceGroup` (docs/conventions.md); accepted until 0.3 with a warning. */
  reference?: 'best' | { readonly group: string };
}

/** A HEAT summary measure with the conventions behind it. */
export interface HeatMeasureResult {
  /** The measure's HEAT abbreviation: `'SII'`, `'RII'`, `'ACI'`, `'RCI'`, `'IDis'`, `'IDisW'`, `'MDB'`, `'MDBU'`, `'MDM'`, `'MDMU'`, `'PAR'`, `'PAF'`, `'BGV'`, `'TI'`, `'MLD'`. */
  readonly measure: 'SII' | 'RII' | 'ACI' | 'RCI' | 'IDis' | 'IDisW' | 'MDB' | 'MDBU' | 'MDM' | 'MDMU' | 'PAR' | 'PAF' | 'BGV' | 'TI' | 'MLD';
  /** The value; `null` when undefined (see `reason`). */
  readonly value: number | null;
  /** Whether the measure is on the estimate's own scale (`'absolute'`) or unitless relative to the mean (`'relative'`). */
  readonly scale: 'absolute' | 'relative';
  /** Whether the measure needs subgroups ordered from most disadvantaged to most advantaged (SII, RII, ACI, RCI). */
  readonly ordered: boolean;
  /** Whether subgroups are weighted by population share. */
  readonly weighted: boolean;
  /** The population-weighted mean μ = Σ pⱼ yⱼ (not the unweighted mean of the subgroups). */
  readonly mean: number;
  /** Number of subgroups. */
  readonly groups: number;
  /** The reference subgroup, for MDB, PAR and PAF. */
  readonly reference?: { readonly group: string; readonly estimate: number };
  /** Why `value` is `null`, when it is. */
  readonly reason?: string;
  /** `deprecated:` warnings, present only when a 0.1 option name was used (e.g. `reference` for `referenceGroup`). */
  readonly warnings?: readonly string[];
  /**
   * The standard error of `value`; `null` when there is no interval (see `interval.reason`) or when the interval
   * is a simulation percentile interval (HEAT reports no standard error for those).
   */
  readonly standardError: number | null;
  /** Lower confidence bound; `null` when there is no interval. */
  readonly lower: number | null;
  /** Upper confidence bound; `null` when there is no interval. */
  readonly upper: number | null;
  /** How the interval was obtained, or why there is none. */
  readonly interval: HeatInterval;
}
