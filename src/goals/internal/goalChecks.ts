/**
 * The checks of a goal that a schema cannot express: unique ids, a target year after its baseline year, bins
 * that make sense, reference groups that exist, shares written as proportions. They run on the raw input, so
 * they report problems even when other fields fail the schema, and every problem is reported at once.
 *
 * @internal
 * @module
 */
import { absoluteBandProblem } from '../../internal/parity.ts';
import type { EquityLensIssue } from '../../internal/errors.ts';
import { dashPercentHint, SHARE_AT_MOST_ONE } from '../../internal/percentHint.ts';
import { isFractionUnit } from '../../internal/units.ts';
import { isRecord, nearestName } from '../../internal/validate.ts';

type Issues = EquityLensIssue[];

function isFiniteNumber(value: unknown): value is number {
  return Number.isFinite(value);
}

function add(out: Issues, issue: EquityLensIssue): void {
  out.push(issue);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the goal-level fields and every indicator. */
export function goalIssues(input: unknown, fn: string): Issues {
  const out: Issues = [];
  if (!isRecord(input)) return out;
  const adopted = input['adoptedOn'];
  const next = input['nextReviewOn'];
  if (typeof adopted === 'string' && typeof next === 'string' && DATE.test(adopted) && DATE.test(next) && next <= adopted) {
    add(out, {
      code: 'out_of_range',
      path: 'nextReviewOn',
      message: `${fn}: nextReviewOn is "${next}", not after adoptedOn "${adopted}"; set the next review after the adoption date.`,
    });
  }
  const indicators = input['indicators'];
  if (!Array.isArray(indicators)) return out;
  const firstIndex = new Map<string, number>();
  indicators.forEach((indicator: unknown, i) => {
    if (!isRecord(indicator)) return;
    const base = `indicators[${i}]`;
    const id = indicator['id'];
    if (typeof id === 'string' && id !== '') {
      const earlier = firstIndex.get(id);
      if (earlier === undefined) firstIndex.set(id, i);
      else {
        add(out, {
          code: 'duplicate',
          path: `${base}.id`,
          message: `${fn}: ${base}.id is "${id}", already used by indicators[${earlier}]; give each indicator its own id.`,
        });
      }
    }
    indicatorIssues(indicator, base, fn, out);
  });
  return out;
}

function indicatorIssues(indicator: Record<string, unknown>, base: string, fn: string, out: Issues): void {
  const measure = indicator['measure'];
  const kind = isRecord(measure) ? measure['kind'] : undefined;
  const statistic = isRecord(measure) ? measure['statistic'] : undefined;
  const isShare = kind === 'share' || (kind === 'distance' && statistic === 'shareWithin');

  if (isRecord(measure) && kind === 'distance' && statistic === 'shareWithin' && measure['radiusKm'] === undefined) {
    add(out, {
      code: 'missing_field',
      path: `${base}.measure.radiusKm`,
      message: `${fn}: ${base}.measure.radiusKm is missing; statistic "shareWithin" needs the radius in km (e.g. 1.6 for one mile).`,
    });
  }

  // A distance indicator's value is great-circle km (mean, median) or a share (shareWithin): its unit must say so,
  // because the unit is what the scorecard prints and compares parity bands in.
  const unit = indicator['unit'];
  if (kind === 'distance' && typeof unit === 'string') {
    if ((statistic === 'mean' || statistic === 'median') && unit !== 'km') {
      add(out, {
        code: 'invalid_value',
        path: `${base}.unit`,
        message: `${fn}: ${base}.unit is "${unit}", but a distance measure's ${statistic} is in km (great-circle distance to the nearest site); set unit to "km".`,
      });
    } else if (statistic === 'shareWithin' && !isFractionUnit(unit)) {
      add(out, {
        code: 'invalid_value',
        path: `${base}.unit`,
        message: `${fn}: ${base}.unit is "${unit}", but statistic "shareWithin" is a share, a proportion in [0, 1]; set unit to "proportion".`,
      });
    }
  }

  const baseline = indicator['baseline'];
  const target = indicator['target'];
  if (isRecord(baseline) && isRecord(target) && Number.isInteger(baseline['year']) && Number.isInteger(target['year'])) {
    const from = baseline['year'] as number;
    const to = target['year'] as number;
    if (to <= from) {
      add(out, {
        code: 'out_of_range',
        path: `${base}.target.year`,
        message: `${fn}: ${base}.target.year is ${to}, not after the baseline year ${from}; set a target year later than ${base}.baseline.year.`,
      });
    }
  }
  if (isShare) {
    for (const key of ['baseline', 'target'] as const) {
      const point = indicator[key];
      const value = isRecord(point) ? point['value'] : undefined;
      if (isFiniteNumber(value) && (value < 0 || value > 1)) {
        add(out, {
          code: 'out_of_range',
          path: `${base}.${key}.value`,
          message: `${fn}: ${base}.${key}.value is ${value}; a share is a proportion in [0, 1]${dashPercentHint(value, SHARE_AT_MOST_ONE)}.`,
        });
      }
    }
    const band = indicator['parityBand'];
    const absolute = isRecord(band) ? band['absolute'] : undefined;
    // A band ≤ 0 is the schema's to report; above 1 on a share it is out of range (and maybe a percent).
    const problem =
      // Stryker disable next-line EqualityOperator: equivalent — at exactly 1 absoluteBandProblem finds nothing either
      isFiniteNumber(absolute) && absolute > 1
        ? absoluteBandProblem(
            absolute,
            // Stryker disable next-line BooleanLiteral: equivalent — above 1 absoluteBandProblem does not read allowZero
            false,
            true,
          )
        : undefined;
    if (problem !== undefined) {
      add(out, { code: 'out_of_range', path: `${base}.parityBand.absolute`, message: `${fn}: ${base}.parityBand.absolute ${problem}` });
    }
  }

  const dimensions = indicator['disaggregations'];
  const dimensionIds = new Map<string, number>();
  const dimensionBins = new Map<string, readonly string[] | undefined>();
  if (Array.isArray(dimensions)) {
    dimensions.forEach((dimension: unknown, j) => {
      if (!isRecord(dimension)) return;
      const path = `${base}.disaggregations[${j}]`;
      const id = dimension['id'];
      const labels = binIssues(dimension['bins'], `${path}.bins`, fn, out);
      if (typeof id === 'string' && id !== '') {
        const earlier = dimensionIds.get(id);
        if (earlier !== undefined) {
          add(out, {
            code: 'duplicate',
            path: `${path}.id`,
            message: `${fn}: ${path}.id is "${id}", already used by ${base}.disaggregations[${earlier}]; give each dimension its own id.`,
          });
        } else {
          dimensionIds.set(id, j);
          dimensionBins.set(id, labels);
        }
      }
      const reference = dimension['referenceGroup'];
      if (isRecord(reference) && typeof reference['group'] === 'string' && reference['group'] !== '' && labels !== undefined) {
        const group = reference['group'];
        if (!labels.includes(group)) {
          const nearest = nearestName(group, labels);
          add(out, {
            code: 'not_found',
            path: `${path}.referenceGroup.group`,
            message: `${fn}: ${path}.referenceGroup.group is "${group}", which is not one of the bins of this dimension (${labels.map((l) => `"${l}"`).join(', ')}); name one of them.`,
            ...(nearest === undefined ? {} : { hint: `did you mean "${nearest}"?` }),
          });
        }
      }
    });
  }

  const reference = indicator['referenceGroup'];
  if (isRecord(reference) && typeof reference['group'] === 'string' && reference['group'] !== '' && Array.isArray(dimensions)) {
    const group = reference['group'];
    dimensions.forEach((dimension: unknown, j) => {
      if (!isRecord(dimension) || dimension['referenceGroup'] !== undefined) return;
      const id = dimension['id'];
      const labels = dimensionBins.get(id as string);
      if (labels === undefined || labels.includes(group)) return;
      add(out, {
        code: 'not_found',
        path: `${base}.referenceGroup.group`,
        message: `${fn}: ${base}.referenceGroup.group is "${group}", which is not one of the bins of ${base}.disaggregations[${j}] (${labels.map((l) => `"${l}"`).join(', ')}); name one of them, or set referenceGroup on each disaggregation.`,
      });
    });
  }

  const intersections = indicator['intersections'];
  if (Array.isArray(intersections)) {
    intersections.forEach((crossing: unknown, k) => {
      if (!Array.isArray(crossing)) return;
      const seen = new Set<string>();
      crossing.forEach((id: unknown, m) => {
        if (typeof id !== 'string' || id === '') return;
        const path = `${base}.intersections[${k}][${m}]`;
        if (seen.has(id)) {
          add(out, { code: 'duplicate', path, message: `${fn}: ${path} is "${id}", listed twice in this intersection; cross distinct dimensions.` });
          return;
        }
        seen.add(id);
        if (!dimensionIds.has(id)) {
          const known = [...dimensionIds.keys()];
          const nearest = nearestName(id, known);
          add(out, {
            code: 'not_found',
            path,
            message: `${fn}: ${path} is "${id}", which is not the id of a disaggregation of this indicator (${known.length === 0 ? 'it has none' : known.map((d) => `"${d}"`).join(', ')}); use a disaggregation id.`,
            ...(nearest === undefined ? {} : { hint: `did you mean "${nearest}"?` }),
          });
        }
      });
    });
  }
}

/** Checks the bins of one dimension; returns their labels (undefined when there are no bins). */
function binIssues(bins: unknown, path: string, fn: string, out: Issues): readonly string[] | undefined {
  if (!Array.isArray(bins)) return undefined;
  const labels: string[] = [];
  const labelAt = new Map<string, number>();
  const valueAt = new Map<unknown, number>();
  bins.forEach((bin: unknown, k) => {
    if (!isRecord(bin)) return;
    const at = `${path}[${k}]`;
    const label = bin['label'];
    if (typeof label === 'string' && label !== '') {
      const earlier = labelAt.get(label);
      if (earlier !== undefined) {
        add(out, { code: 'duplicate', path: `${at}.label`, message: `${fn}: ${at}.label is "${label}", already used by ${path}[${earlier}]; give each bin its own label.` });
      } else {
        labelAt.set(label, k);
        labels.push(label);
      }
    }
    const values = bin['values'];
    const hasRange = bin['min'] !== undefined || bin['max'] !== undefined;
    if (values === undefined && !hasRange) {
      add(out, {
        code: 'missing_field',
        path: at,
        message: `${fn}: ${at} has neither values nor min/max; list the field values of the group (values: [1, 2]) or give a range (min ≤ field < max).`,
      });
    } else if (values !== undefined && hasRange) {
      add(out, {
        code: 'invalid_value',
        path: at,
        message: `${fn}: ${at} has both values and min/max; use one: values for a list, min/max for a range.`,
      });
    }
    const min = bin['min'];
    const max = bin['max'];
    if (isFiniteNumber(min) && isFiniteNumber(max) && !(min < max)) {
      add(out, {
        code: 'out_of_range',
        path: `${at}.max`,
        message: `${fn}: ${at}.max is ${max}, not above min ${min}; a bin holds min ≤ field < max, so max must exceed min.`,
      });
    }
    if (Array.isArray(values)) {
      values.forEach((value: unknown, m) => {
        const earlier = valueAt.get(value);
        if (earlier !== undefined && earlier !== k) {
          add(out, {
            code: 'duplicate',
            path: `${at}.values[${m}]`,
            message: `${fn}: ${at}.values[${m}] is ${JSON.stringify(value)}, already in ${path}[${earlier}]; a value belongs to one bin only.`,
          });
        } else valueAt.set(value, k);
      });
    }
  });
  rangeOverlapIssues(bins, path, fn, out);
  return labels;
}

/** Reports numeric ranges that share values: [min, max) bins must not overlap, or a record would fall in two. */
function rangeOverlapIssues(bins: readonly unknown[], path: string, fn: string, out: Issues): void {
  // Stryker disable next-line ArrayDeclaration: equivalent — a stray first element has no low or high, so the sort keeps it apart and every comparison with it is false (no difference on 200,000 random bin lists)
  const ranges: { k: number; low: number; high: number }[] = [];
  bins.forEach((bin: unknown, k) => {
    if (!isRecord(bin) || bin['values'] !== undefined) return;
    const min = bin['min'];
    const max = bin['max'];
    if ((min !== undefined && !isFiniteNumber(min)) || (max !== undefined && !isFiniteNumber(max))) return;
    if (min === undefined && max === undefined) return;
    const low = min === undefined ? Number.NEGATIVE_INFINITY : (min as number);
    const high = max === undefined ? Number.POSITIVE_INFINITY : (max as number);
    if (low < high) ranges.push({ k, low, high });
  });
  // The sort is stable and ranges are in bin order, so ranges that start together stay in the order listed.
  ranges.sort((a, b) => a.low - b.low);
  for (let i = 1; i < ranges.length; i++) {
    const previous = ranges[i - 1] as { k: number; low: number; high: number };
    const current = ranges[i] as { k: number; low: number; high: number };
    if (current.low < previous.high) {
      // Stryker disable next-line EqualityOperator: equivalent — two ranges are two bins, never the same index
      const [first, second] = previous.k < current.k ? [previous, current] : [current, previous];
      add(out, {
        code: 'invalid_value',
        path: `${path}[${second.k}]`,
        message: `${fn}: ${path}[${second.k}] overlaps ${path}[${first.k}]; ranges hold min ≤ field < max and must not share values — start one where the other ends.`,
      });
    }
  }
}
