/**
 * Trend, progress and status of an indicator, from its overall yearly series.
 *
 * @internal
 * @module
 */
import type { Indicator } from '../../goals/IndicatorSchema.ts';
import { EquityLensError } from '../../internal/errors.ts';
import { annualPercentChange } from '../../trends/annualPercentChange.ts';
import { joinpoint } from '../../trends/joinpoint.ts';
import { linearTrend } from '../../trends/linearTrend.ts';
import { mannKendall } from '../../trends/mannKendall.ts';
import { progressToTarget } from '../../trends/progressToTarget.ts';
import { theilSen } from '../../trends/theilSen.ts';
import { yearOverYear } from '../../trends/yearOverYear.ts';
import type { ScorecardBaseline, ScorecardProgress, ScorecardStatus, ScorecardTrend } from '../Scorecard.ts';
import { formatValue, progressMethodName, words } from './format.ts';

type Series = readonly { readonly year: number; readonly value: number }[];
type Assessment = ScorecardTrend['assessment'];

/** Whether a change of the given sign favours the indicator. */
function judge(sign: number, direction: Indicator['direction']): Assessment {
  if (sign === 0) return 'noClearChange';
  return (sign > 0) === (direction === 'higherIsBetter') ? 'improving' : 'worsening';
}

/** A confidence interval of a slope judged: favourable only when it excludes 0. */
function judgeInterval(lower: number | null, upper: number | null, direction: Indicator['direction']): Assessment {
  if (lower === null || upper === null) return 'insufficientData';
  if (lower > 0) return judge(1, direction);
  if (upper < 0) return judge(-1, direction);
  return 'noClearChange';
}

/** Computes the trend the indicator asks for; a series too short for the method is reported, not thrown. */
export function assessTrend(indicator: Indicator, series: Series): ScorecardTrend {
  const method = indicator.trend;
  const direction = indicator.direction;
  const confidence = indicator.confidence;
  try {
    switch (method) {
      case 'yearOverYear': {
        if (series.length < 2) return insufficient(method, series, `year-over-year change needs 2 years; ${series.length} available`);
        const rows = yearOverYear(series);
        const last = rows[rows.length - 1];
        if (last === undefined) return insufficient(method, series, 'no year-over-year change');
        return { method, series, slope: last.annualizedChange, apc: null, assessment: judge(Math.sign(last.change), direction), detail: rows, reason: null };
      }
      case 'linear': {
        const fit = linearTrend(series, { confidence });
        return { method, series, slope: fit.slope, apc: null, assessment: judgeInterval(fit.lower, fit.upper, direction), detail: fit, reason: null };
      }
      case 'theilSen': {
        if (series.length < 3) return insufficient(method, series, `a Theil–Sen interval needs 3 years; ${series.length} available`);
        const fit = theilSen(series, { confidence });
        return { method, series, slope: fit.slope, apc: null, assessment: judgeInterval(fit.lower, fit.upper, direction), detail: fit, reason: null };
      }
      case 'mannKendall':
      case 'mannKendallExact': {
        // The exact p-value is computed for up to 100 years; a longer series (never a program's) gets the normal
        // approximation, which is then accurate, and its detail says so (pValueMethod).
        const exact = method === 'mannKendallExact' && series.length <= 100;
        const test = mannKendall(series, { alpha: 1 - confidence, pValueMethod: exact ? 'exact' : 'normal' });
        const assessment: Assessment = test.trend === 'no trend' ? 'noClearChange' : judge(test.trend === 'increasing' ? 1 : -1, direction);
        return { method, series, slope: null, apc: null, assessment, detail: test, reason: null };
      }
      case 'annualPercentChange': {
        const fit = annualPercentChange(series, { confidence });
        if (fit.apc === null) return insufficient(method, series, fit.warnings.join('; ') || 'the annual percent change is undefined (a value ≤ 0)', fit);
        return { method, series, slope: null, apc: fit.apc, assessment: judgeInterval(fit.lower, fit.upper, direction), detail: fit, reason: null };
      }
      case 'joinpoint': {
        // The current trend is the latest segment's: "the decline stopped in 2019" is what a joinpoint is for.
        // Joinpoint's defaults (permutation test, seed 7160) with the indicator's confidence for the intervals and
        // 1 − confidence as the tests' overall level, as for the Mann–Kendall test.
        const fit = joinpoint(series, { confidence, alpha: 1 - confidence });
        const latest = fit.segments[fit.segments.length - 1];
        if (latest === undefined || latest.apc === null) {
          return insufficient(method, series, fit.warnings.join('; ') || 'the joinpoint model is undefined (a value ≤ 0)', fit);
        }
        return { method, series, slope: null, apc: latest.apc, assessment: judgeInterval(latest.lower, latest.upper, direction), detail: fit, reason: null };
      }
    }
  } catch (error) {
    if (error instanceof EquityLensError && (error.code === 'too_short' || error.code === 'invalid_value')) {
      return insufficient(method, series, error.message);
    }
    throw error;
  }
}

function insufficient(method: Indicator['trend'], series: Series, reason: string, detail: unknown = null): ScorecardTrend {
  return { method, series, slope: null, apc: null, assessment: 'insufficientData', detail, reason };
}

/** One year of the overall series as published: its value, or why it has none. */
export interface OverallYear {
  readonly year: number;
  readonly value: number | null;
  readonly suppressed: boolean;
  readonly reason: string | null;
}

/**
 * The baseline progress is measured from, and a sentence that says which and why: the measured value of the
 * declared baseline year when it is published (replacing the declared value), else the declared value (the
 * measured one is withheld, undefined, or the year is not evaluated), else the first published year.
 */
export function chooseBaseline(indicator: Indicator, overall: readonly OverallYear[]): ScorecardBaseline | null {
  const declared = indicator.baseline;
  const unit = indicator.unit;
  const published = overall.filter((cell) => cell.value !== null);
  if (declared === undefined) {
    const first = published[0];
    if (first === undefined) return null;
    return {
      year: first.year,
      value: first.value as number,
      source: 'measured',
      note: `baseline: ${first.year}'s measured value, ${formatValue(first.value, unit)}, the first published year (the goal declares no baseline)`,
    };
  }
  const cell = overall.find((c) => c.year === declared.year);
  if (cell !== undefined && cell.value !== null) {
    const same = cell.value === declared.value;
    return {
      year: declared.year,
      value: cell.value,
      source: 'measured',
      note: `baseline: ${declared.year}'s measured value, ${formatValue(cell.value, unit)}, ${same ? 'as the goal declares' : `in place of the goal's declared ${formatValue(declared.value, unit)}`}`,
    };
  }
  const years = overall.map((c) => c.year);
  const because =
    cell === undefined
      ? `the evaluated years (${years.length === 0 ? 'none' : years.length === 1 ? years[0] : `${years[0]}–${years[years.length - 1]}`}) do not include ${declared.year}`
      : cell.suppressed
        ? `${declared.year}'s measured value is withheld (small-cell suppression)`
        : `${declared.year}'s measured value is undefined${cell.reason === null ? '' : ` (${cell.reason})`}`;
  return {
    year: declared.year,
    value: declared.value,
    source: 'declared',
    note: `baseline: the goal's declared ${formatValue(declared.value, unit)} for ${declared.year}, because ${because}`,
  };
}

/**
 * Progress toward the target, from the baseline {@link chooseBaseline} picks (and explains) to the latest
 * published value.
 */
export function assessProgress(indicator: Indicator, overall: readonly OverallYear[], warnings: string[]): ScorecardProgress | null {
  const target = indicator.target;
  if (target === undefined) return null;
  const baseline = chooseBaseline(indicator, overall);
  if (baseline === null) {
    warnings.push(`${indicator.id}: progress toward the target needs a baseline and a later value; no year has a published value.`);
    return null;
  }
  if (baseline.source === 'declared') warnings.push(`${indicator.id}: ${baseline.note}.`);
  const points = new Map<number, number>();
  for (const cell of overall) if (cell.value !== null) points.set(cell.year, cell.value);
  points.set(baseline.year, baseline.value);
  const from = [...points.entries()]
    .map(([year, value]) => ({ year, value }))
    .filter((p) => p.year >= baseline.year)
    .sort((a, b) => a.year - b.year);
  const baseYear = baseline.year;
  if (from.length < 2) {
    warnings.push(`${indicator.id}: progress toward the target needs a baseline and a later value; ${from.length} year(s) available.`);
    return null;
  }
  const method = indicator.progress;
  try {
    const result = progressToTarget(from, { year: target.year, value: target.value }, {
      method,
      direction: indicator.direction,
      baseYear,
    });
    return {
      method,
      status: result.status,
      baseline: { ...result.baseline, source: baseline.source, note: baseline.note },
      current: result.current,
      target: result.target,
      targetMet: result.targetMet,
      detail: result,
    };
  } catch (error) {
    if (error instanceof EquityLensError) {
      warnings.push(`${indicator.id}: progress toward the target was not assessed: ${error.message}`);
      return null;
    }
    throw error;
  }
}

const PROGRESS_STATUS: Readonly<Record<string, ScorecardStatus>> = {
  targetMetOrExceeded: 'onTrack',
  improving: 'onTrack',
  littleOrNoDetectableChange: 'needsAttention',
  gettingWorse: 'offTrack',
  target_achieved: 'onTrack',
  substantial_progress: 'onTrack',
  moderate_progress: 'needsAttention',
  limited_progress: 'needsAttention',
  deterioration: 'offTrack',
  not_available: 'insufficientData',
};

const TREND_STATUS: Readonly<Record<Assessment, ScorecardStatus>> = {
  improving: 'onTrack',
  noClearChange: 'needsAttention',
  worsening: 'offTrack',
  insufficientData: 'insufficientData',
};

const RANK: Readonly<Record<ScorecardStatus, number>> = { onTrack: 0, needsAttention: 1, offTrack: 2, insufficientData: -1 };

/** The parity band's verdict in the latest year. */
export interface ParityAssessment {
  /** Groups outside the band, labelled with their dimension. */
  readonly outside: readonly string[];
  /** Whether any group was compared with a reference other than itself. */
  readonly anyCompared: boolean;
  /** Why nothing was compared, when no group was. */
  readonly unassessed: string;
}

/**
 * The indicator's status: from progress when it has a target (Healthy People "improving" counts as on track only
 * when the linear projection reaches the target in time), else from the trend; a group outside the parity band
 * in the latest year makes an on-track indicator need attention, and so does a parity band under which no group
 * could be compared (nothing assessed never reads as on track).
 */
export function indicatorStatus(
  indicator: Indicator,
  trend: ScorecardTrend,
  progress: ScorecardProgress | null,
  parity: ParityAssessment,
  latestYear: number | undefined,
): { status: ScorecardStatus; reasons: string[] } {
  const latestOutside = parity.outside;
  const reasons: string[] = [];
  let status: ScorecardStatus;
  if (progress !== null) {
    status = PROGRESS_STATUS[progress.status] ?? 'insufficientData';
    reasons.push(`progress toward ${formatValue(progress.target.value, indicator.unit)} by ${progress.target.year} (${progressMethodName(progress.method)}): ${words(progress.status)}`);
    reasons.push(progress.baseline.note);
    // Healthy People's "improving" says the indicator moves toward its target, not that it will get there in
    // time: it counts as on track only when the linear projection reaches the target by the target year.
    const projection = (progress.detail as { linearProjection?: { status?: string; projectedValue?: number | null } }).linearProjection;
    if (progress.status === 'improving' && projection?.status === 'offTrack') {
      status = 'needsAttention';
      reasons.push(
        `improving, but the linear projection to ${progress.target.year}${typeof projection.projectedValue === 'number' ? ` (${formatValue(projection.projectedValue, indicator.unit)})` : ''} falls short of the target`,
      );
    }
  } else {
    status = TREND_STATUS[trend.assessment];
    reasons.push(trend.assessment === 'insufficientData' ? `trend (${trend.method}): ${trend.reason ?? 'insufficient data'}` : `trend (${trend.method}): ${words(trend.assessment)}`);
  }
  if (indicator.parityBand !== undefined) {
    if (latestOutside.length > 0) {
      reasons.push(`${latestOutside.length} group(s) outside the parity band in ${latestYear}: ${latestOutside.slice(0, 6).join(', ')}${latestOutside.length > 6 ? ', …' : ''}`);
      if (status === 'onTrack' || status === 'insufficientData') status = 'needsAttention';
    } else if (!parity.anyCompared) {
      reasons.push(`parity band not assessed in ${latestYear}: ${parity.unassessed}`);
      if (status === 'onTrack') status = 'needsAttention';
    } else {
      reasons.push(`every published group within the parity band in ${latestYear}`);
    }
  }
  return { status, reasons };
}

/** The goal's status: the least favourable indicator status that is not `insufficientData`. */
export function goalStatus(statuses: readonly ScorecardStatus[]): ScorecardStatus {
  let worst: ScorecardStatus = 'insufficientData';
  for (const status of statuses) if (RANK[status] > RANK[worst]) worst = status;
  return worst;
}
