import { describe, fail } from '../internal/errors.ts';
import { finiteNumber, knownKeys } from '../internal/validate.ts';

/** One indicator's static score. */
export interface EquityIndicatorEntry {
  /** The indicator's id, unique within its topic. */
  readonly id: string;
  /** A display name. */
  readonly name?: string;
  /** The static score, 0–100 (from {@link equityIndicatorScore} or {@link equityIndicatorPercentageScore}). */
  readonly score: number;
}

/** A topic: a set of indicators. */
export interface EquityIndicatorTopic {
  /** The topic's id, unique within its theme. */
  readonly id: string;
  /** A display name. */
  readonly name?: string;
  /** Its indicators. */
  readonly indicators: readonly EquityIndicatorEntry[];
}

/** A theme: a set of topics. */
export interface EquityIndicatorTheme {
  /** The theme's id, unique in the framework. */
  readonly id: string;
  /** A display name. */
  readonly name?: string;
  /** Its topics. */
  readonly topics: readonly EquityIndicatorTopic[];
}

/** A CUNY ISLG framework with one year's indicator scores: themes → topics → indicators. */
export interface EquityIndicatorFramework {
  /** The themes. */
  readonly themes: readonly EquityIndicatorTheme[];
}

/** Options of {@link equityIndicatorRollup}. */
export interface EquityIndicatorRollupOptions {
  /**
   * Allow themes with different numbers of topics or topics with different numbers of indicators. Default
   * `false`: the method requires equal counts so that every indicator weighs the same in the city score; with
   * `true` each level is still the plain mean of its children and a warning records the imbalance.
   */
  allowUnequalCounts?: boolean;
}

/** A topic's score with its indicators. */
export interface EquityIndicatorTopicScore {
  /** The topic's id. */
  readonly id: string;
  /** Mean of its indicator scores. */
  readonly score: number;
  /** Its indicators, as given. */
  readonly indicators: readonly { readonly id: string; readonly score: number }[];
}

/** A theme's score with its topics. */
export interface EquityIndicatorThemeScore {
  /** The theme's id. */
  readonly id: string;
  /** Mean of its topic scores. */
  readonly score: number;
  /** Its topics. */
  readonly topics: readonly EquityIndicatorTopicScore[];
}

/** The result of {@link equityIndicatorRollup}. */
export interface EquityIndicatorRollupResult {
  /** The city score: mean of the theme scores. */
  readonly city: number;
  /** Theme scores, in input order. */
  readonly themes: readonly EquityIndicatorThemeScore[];
  /** Whether sibling counts are equal at every level (every indicator weighs the same). */
  readonly balanced: boolean;
  /** Conditions a reader should know about (unequal counts). */
  readonly warnings: string[];
}

/**
 * Rolls CUNY ISLG Equity Indicator static scores up the framework with equal weights (equalityindicators.org
 * FAQ; Oakland 2018 methodology): topic score = mean of its indicator scores, theme score = mean of its topic
 * scores, city score = mean of the theme scores. The method requires every topic to hold the same number of
 * indicators and every theme the same number of topics, so each indicator carries equal weight.
 *
 * Oakland 2018 topic examples: Business Development {36, 31, 34} → 33.7; Law Enforcement {48, 6, 1} → 18.3;
 * Achievement {20, 37, 39} → 32.0.
 *
 * @param framework - Themes → topics → indicators with their scores (0–100).
 * @param options - `allowUnequalCounts` (default `false`).
 * @returns Scores at every level and whether the framework is balanced.
 * @throws {EquityLensError} when a level is empty, an id repeats among siblings or is not a string, a score is
 *   not finite or outside [0, 100], or sibling counts differ without `allowUnequalCounts`.
 * @category Equity indicators (CUNY ISLG)
 * @example
 * ```ts
 * import { equityIndicatorRollup } from "./equityIndicatorRollup.ts";
 *
 * const rollup = equityIndicatorRollup({
 *   themes: [{
 *     id: "economy",
 *     topics: [{ id: "business-development", indicators: [{ id: "a", score: 36 }, { id: "b", score: 31 }, { id: "c", score: 34 }] }],
 *   }],
 * });
 * rollup.city.toFixed(1); // => "33.7"
 * ```
 */
export function equityIndicatorRollup(framework: EquityIndicatorFramework, options: EquityIndicatorRollupOptions = {}): EquityIndicatorRollupResult {
  const fn = 'equityIndicatorRollup';
  knownKeys(options, ['allowUnequalCounts'], 'options', fn);
  const allowUnequal = options.allowUnequalCounts ?? false;
  if (typeof allowUnequal !== 'boolean') fail('invalid_type', 'options.allowUnequalCounts', `${fn}: options.allowUnequalCounts is ${describe(allowUnequal)}; expected true or false.`);
  if (framework === null || typeof framework !== 'object') fail('invalid_type', 'framework', `${fn}: framework is ${describe(framework)}; expected { themes: [...] }.`);
  const themes = list(framework.themes, 'framework.themes', fn);
  let topicCount: number | undefined;
  let indicatorCount: number | undefined;
  const imbalance: string[] = [];
  const themeScores: EquityIndicatorThemeScore[] = [];
  const themeIds = new Set<string>();
  let citySum = 0;
  for (let t = 0; t < themes.length; t++) {
    const themePath = `framework.themes[${t}]`;
    const theme = node(themes[t], themePath, fn) as unknown as EquityIndicatorTheme;
    const themeId = uniqueId(theme.id, themeIds, `${themePath}.id`, fn);
    const topics = list(theme.topics, `${themePath}.topics`, fn);
    if (topicCount === undefined) topicCount = topics.length;
    else if (topics.length !== topicCount) imbalance.push(`${themePath} has ${topics.length} topics, the first theme has ${topicCount}`);
    const topicIds = new Set<string>();
    const topicScores: EquityIndicatorTopicScore[] = [];
    let themeSum = 0;
    for (let p = 0; p < topics.length; p++) {
      const topicPath = `${themePath}.topics[${p}]`;
      const topic = node(topics[p], topicPath, fn) as unknown as EquityIndicatorTopic;
      const topicId = uniqueId(topic.id, topicIds, `${topicPath}.id`, fn);
      const indicators = list(topic.indicators, `${topicPath}.indicators`, fn);
      if (indicatorCount === undefined) indicatorCount = indicators.length;
      else if (indicators.length !== indicatorCount) imbalance.push(`${topicPath} has ${indicators.length} indicators, the first topic has ${indicatorCount}`);
      const indicatorIds = new Set<string>();
      const entries: { id: string; score: number }[] = [];
      let topicSum = 0;
      for (let k = 0; k < indicators.length; k++) {
        const indicatorPath = `${topicPath}.indicators[${k}]`;
        const indicator = node(indicators[k], indicatorPath, fn) as unknown as EquityIndicatorEntry;
        const id = uniqueId(indicator.id, indicatorIds, `${indicatorPath}.id`, fn);
        const score = finiteNumber(indicator.score, `${indicatorPath}.score`, fn);
        if (score < 0 || score > 100) fail('out_of_range', `${indicatorPath}.score`, `${fn}: ${indicatorPath}.score is ${score}; static scores lie in [0, 100].`);
        entries.push({ id, score });
        topicSum += score;
      }
      const topicScore = topicSum / indicators.length;
      topicScores.push({ id: topicId, score: topicScore, indicators: entries });
      themeSum += topicScore;
    }
    const themeScore = themeSum / topics.length;
    themeScores.push({ id: themeId, score: themeScore, topics: topicScores });
    citySum += themeScore;
  }
  if (imbalance.length > 0 && !allowUnequal) {
    fail(
      'invalid_value',
      'framework',
      `${fn}: sibling counts differ (${imbalance.join('; ')}); the CUNY method needs equal counts so every indicator weighs the same — balance the framework or pass allowUnequalCounts: true.`,
    );
  }
  return {
    city: citySum / themes.length,
    themes: themeScores,
    balanced: imbalance.length === 0,
    warnings: imbalance.map((line) => `${line}: indicators do not all carry equal weight`),
  };
}

function list(value: unknown, path: string, fn: string): readonly unknown[] {
  if (!Array.isArray(value)) fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; expected an array.`);
  if (value.length === 0) fail('empty', path, `${fn}: ${path} is empty; every level needs at least one entry.`);
  return value;
}

function node(value: unknown, path: string, fn: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; expected an object with an id.`);
  return value as Record<string, unknown>;
}

function uniqueId(value: unknown, seen: Set<string>, path: string, fn: string): string {
  if (typeof value !== 'string' || value.length === 0) fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; expected a non-empty string id.`);
  if (seen.has(value)) fail('duplicate', path, `${fn}: ${path} is ${JSON.stringify(value)}, already used by a sibling; ids must be unique within their parent.`);
  seen.add(value);
  return value;
}
