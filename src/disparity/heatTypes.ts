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
}

/** Options shared by the HEAT measures that need a favourable direction or a reference group. */
export interface HeatReferenceOptions {
  /** Whether a higher estimate is favourable (coverage) or adverse (mortality, travel time). Default `'higherIsBetter'`. */
  direction?: 'higherIsBetter' | 'lowerIsBetter';
  /** The reference: `'best'` (default: the most favourable subgroup; ties go to the first) or a named subgroup `{ group }`. */
  reference?: 'best' | { readonly group: string };
}

/** A HEAT summary measure with the conventions behind it. */
export interface HeatMeasureResult {
  /** The measure's HEAT abbreviation: `'SII'`, `'RII'`, `'ACI'`, `'RCI'`, `'IDis'`, `'IDisW'`, `'MDB'`, `'MDBU'`, `'MDM'`, `'MDMU'`, `'PAR'`, `'PAF'`, `'BGV'`. */
  readonly measure: 'SII' | 'RII' | 'ACI' | 'RCI' | 'IDis' | 'IDisW' | 'MDB' | 'MDBU' | 'MDM' | 'MDMU' | 'PAR' | 'PAF' | 'BGV';
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
}
