/**
 * The score step of the monitor: a (merged) partial state becomes the published scorecard — raw cells per group
 * and year, suppression and complementary suppression on the merged counts, comparisons, trends, progress and
 * status — with provenance. Shared by `evaluateGoal`, `scoreGoalPartial` and the streaming path.
 *
 * @internal
 * @module
 */
import { goalDisclosurePolicy } from './policy.ts';
import type { Disaggregation } from '../../goals/DisaggregationSchema.ts';
import type { EquityGoal } from '../../goals/EquityGoalSchema.ts';
import type { Indicator } from '../../goals/IndicatorSchema.ts';
import { fail } from '../../internal/errors.ts';
import { LIBRARY_VERSION } from '../../internal/version.ts';
import type { GoalPartial, GoalPartialDimension } from '../GoalPartial.ts';
import type { IndicatorScore, Scorecard } from '../Scorecard.ts';
import { goalStatus } from './assess.ts';
import { rawCell } from './cells.ts';
import { type DimensionSource, scoreIndicator } from './score.ts';
import { DERIVED_FIELDS, fieldsOf, isDerived } from './setup.ts';

/** Display order of a disaggregation's groups: bins in their order, else numeric or alphabetical; the unmatched group last. */
function disaggregationOrder(disaggregation: Disaggregation, dimension: GoalPartialDimension): string[] {
  const labels = dimension.groups.map((keys) => keys[0] as string);
  const unmatchedLabel = dimension.unmatched ? disaggregation.unmatchedLabel : undefined;
  if (disaggregation.bins !== undefined) {
    const order = [...new Set(disaggregation.bins.map((bin) => bin.label))];
    if (unmatchedLabel !== undefined && !order.includes(unmatchedLabel)) order.push(unmatchedLabel);
    return order;
  }
  const ordinary = labels.filter((label) => label !== unmatchedLabel);
  const numeric = ordinary.every((label) => label !== '' && Number.isFinite(Number(label)));
  ordinary.sort((a, b) => (numeric ? Number(a) - Number(b) : a.localeCompare(b, 'en')));
  if (unmatchedLabel !== undefined) ordinary.push(unmatchedLabel);
  return ordinary;
}

/** The groups of every dimension of an indicator in display order, as positions into `groups`. */
function dimensionOrders(indicator: Indicator, dimensions: readonly GoalPartialDimension[]): number[][] {
  const count = indicator.disaggregations.length;
  const rankById = new Map<string, Map<string, number>>();
  const orders: number[][] = [];
  dimensions.forEach((dimension, d) => {
    const position = new Map<string, number>();
    dimension.groups.forEach((keys, g) => position.set(JSON.stringify(keys), g));
    if (d < count) {
      const disaggregation = indicator.disaggregations[d] as Disaggregation;
      const order = disaggregationOrder(disaggregation, dimension);
      rankById.set(disaggregation.id, new Map(order.map((label, i) => [label, i])));
      // Bin labels no record fell in have no state; they are still listed (their cells are empty).
      orders.push(order.map((label) => position.get(JSON.stringify([label])) ?? -1));
    } else {
      const ids = indicator.intersections[d - count] as readonly string[];
      const ranks = ids.map((id) => rankById.get(id) as Map<string, number>);
      const order = dimension.groups.map((_, g) => g);
      order.sort((a, b) => {
        const ka = dimension.groups[a] as readonly string[];
        const kb = dimension.groups[b] as readonly string[];
        for (let p = 0; p < ranks.length; p++) {
          const diff = ((ranks[p] as Map<string, number>).get(ka[p] as string) ?? 0) - ((ranks[p] as Map<string, number>).get(kb[p] as string) ?? 0);
          if (diff !== 0) return diff;
        }
        return 0;
      });
      orders.push(order);
    }
  });
  return orders;
}

/** Options of {@link scorePartial}. */
export interface ScorePartialOptions {
  /** Whether the provenance lists the partitions merged (scoring a partial state; not `evaluateGoal`). */
  readonly partitions: boolean;
}

/** Scores a partial state. */
export function scorePartial(partial: GoalPartial, fn: string, options: ScorePartialOptions): Scorecard {
  const goal = partial.goal;
  if (partial.records.households === 0) fail('empty', 'data.households', `${fn}: data.households is empty; a scorecard needs at least one household.`);
  if (partial.counts.householdsWithIncome === 0) {
    const first = goal.indicators.find((indicator) => fieldsOf(indicator).has('fplPercent'));
    if (first !== undefined) fail('missing_field', 'data.households', `${fn}: indicator "${first.id}" reads fplPercent, but no household has annualIncome or incomes.`);
  }
  const years = partial.years;
  const Y = years.length;
  const warnings: string[] = [...partial.goalWarnings];
  const counts = partial.counts;
  if (counts.otherProgramEnrollments > 0) warnings.push(`${counts.otherProgramEnrollments} enrolment(s) in other programs than "${goal.program.id}" were ignored.`);
  if (counts.unknownHouseholdEnrollments > 0) {
    warnings.push(`${counts.unknownHouseholdEnrollments} enrolment(s) name a household that is not in data.households; they are not counted.`);
  }
  const withheld: Scorecard['withheld'][number][] = [];
  const indicators: IndicatorScore[] = goal.indicators.map((indicator, index) => {
    const state = partial.indicators[index] as GoalPartial['indicators'][number];
    const path = `goal.indicators[${index}]`;
    const policy = goalDisclosurePolicy(indicator.suppression ?? goal.suppression);
    const reported = indicator.recordSet === 'households' ? [Y - 1] : years.map((_, y) => y);
    const orders = dimensionOrders(indicator, state.dimensions);
    const sources: DimensionSource[] = state.dimensions.map((dimension, d) => {
      const disaggregation = indicator.disaggregations[d];
      // Derived fields (eligible, fplPercent …) are checked where they are made; an all-undecided year is not a typo.
      if (disaggregation !== undefined && !isDerived(disaggregation.field) && dimension.seen.records > 0 && dimension.seen.withField === 0) {
        const known = partial.attributeNames;
        fail(
          'missing_field',
          `${path}.disaggregations`,
          `${fn}: indicator "${indicator.id}" splits by "${disaggregation.field}", but no record has that field${known.length > 0 ? `; household attributes present: ${known.join(', ')}` : ''}.`,
        );
      }
      const order = orders[d] as number[];
      const labels = order.map((g, i) => (g < 0 ? (disaggregationOrder(disaggregation as Disaggregation, dimension)[i] as string) : (dimension.groups[g] as string[]).join(' × ')));
      const parts = disaggregation === undefined ? (indicator.intersections[d - indicator.disaggregations.length] as readonly string[]) : [disaggregation.id];
      const partDefinitions = parts.map((id) => indicator.disaggregations.find((x) => x.id === id));
      return {
        id: disaggregation === undefined ? parts.join(' × ') : disaggregation.id,
        label: disaggregation === undefined ? partDefinitions.map((x, k) => x?.label ?? parts[k]).join(' × ') : (disaggregation.label ?? disaggregation.id),
        ordered: disaggregation === undefined ? partDefinitions.every((x) => x?.ordered === true) : disaggregation.ordered,
        reference: disaggregation?.referenceGroup ?? indicator.referenceGroup,
        labels,
        cells: (k: number) => order.map((g, i) => rawCell(indicator, g < 0 ? null : ((dimension.cells[g] as GoalPartial['indicators'][number]['overall'])[reported[k] as number] ?? null), labels[i] as string)),
      };
    });
    return scoreIndicator(
      indicator,
      policy,
      reported.map((y) => years[y] as number),
      (k) => rawCell(indicator, state.overall[reported[k] as number] ?? null, 'Overall'),
      sources,
      withheld,
      [],
    );
  });
  const provenance: ProvenanceParts = {
    options: {
      eligibility: partial.inputs.eligibility,
      povertyTables: partial.inputs.povertyTables,
      derivedFields: DERIVED_FIELDS,
    },
    eligibilityRules: partial.eligibilityRules,
    tables: partial.tables,
    records: partial.records,
    ...(options.partitions ? { partitions: partial.partitions } : {}),
  };
  return assemble(goal, partial.asOf, years, indicators, withheld, warnings, provenance);
}

/** The parts of the provenance that depend on the input. */
export interface ProvenanceParts {
  readonly options: Readonly<Record<string, unknown>>;
  readonly eligibilityRules: Scorecard['provenance']['eligibilityRules'];
  readonly tables: Scorecard['provenance']['tables'];
  readonly records: Scorecard['provenance']['records'];
  readonly partitions?: Scorecard['provenance']['partitions'];
}

/** The scorecard around scored indicators: goal status, provenance and warnings. */
export function assemble(
  parsed: EquityGoal,
  asOf: string,
  years: readonly number[],
  indicators: IndicatorScore[],
  withheld: Scorecard['withheld'][number][],
  warnings: string[],
  parts: ProvenanceParts,
): Scorecard {
  for (const score of indicators) warnings.push(...score.warnings);
  const status = goalStatus(indicators.map((i) => i.status));
  const statusReasons = indicators.map((i) => `${i.name}: ${i.status}`);
  const basis = parsed.yearBasis;
  return {
    goal: {
      id: parsed.id,
      version: parsed.version,
      title: parsed.title,
      program: parsed.program.name,
      department: parsed.department,
      owner: parsed.owner,
      objective: parsed.objective,
    },
    asOf,
    years: [...years],
    yearBasis: { startMonth: basis.startMonth, label: basis.label },
    indicators,
    status,
    statusReasons,
    withheld,
    provenance: {
      library: { name: 'equity-lens', version: LIBRARY_VERSION },
      goal: { id: parsed.id, version: parsed.version },
      asOf,
      options: { asOf, years: [...years], yearBasis: basis, suppression: parsed.suppression, ...parts.options },
      eligibilityRules: parts.eligibilityRules,
      tables: parts.tables,
      records: parts.records,
      ...(parts.partitions === undefined ? {} : { partitions: parts.partitions }),
      conventions: [
        'shares: Wilson score interval; means: Student-t interval',
        'suppression: primary and complementary (against the overall total), per dimension and year',
        'reliability: fewer than the policy\'s minimum events, or relative standard error above its maximum',
        'comparisons among published groups only; the "overall" reference uses every record',
        'fplPercent: income ÷ HHS guideline in force on the first day of the program year × 100',
        'medians: exact while a cell has at most 4,096 distinct values; otherwise of values rounded to 1 m (distances) or 12 significant bits (other fields)',
      ],
    },
    warnings,
  };
}
