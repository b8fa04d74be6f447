import { describe, fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import type { Scorecard } from './Scorecard.ts';
import { renderHtml } from './internal/html/renderHtml.ts';
import { renderMarkdown } from './internal/renderMarkdown.ts';

/**
 * A figure drawn by the caller — a map, a chart of something the scorecard does not hold — added to the HTML
 * report after the indicators.
 *
 * @category Monitor
 */
export interface RenderScorecardFigure {
  /** A stable id (used in the element id). */
  readonly id: string;
  /** The caption. */
  readonly title: string;
  /**
   * The figure as SVG markup (`<svg …>…</svg>`), inserted as it is: pass only SVG you produced (vega's `toSVG()`,
   * your own drawing), never text from outside.
   */
  readonly svg: string;
}

/**
 * Options of {@link renderScorecard}.
 *
 * @category Monitor
 */
export interface RenderScorecardOptions {
  /**
   * Output format (default `'markdown'`): `'markdown'` — GitHub-flavoured tables, readable in a terminal and a pull
   * request; `'html'` — one self-contained page with the charts drawn as inline SVG (no script, no network), for a
   * browser and for print.
   */
  format?: 'markdown' | 'html';
  /** Decimal places of proportions shown as percentages (default 1) and of other values (default 2). */
  decimals?: number;
  /** Most groups listed per dimension (default 12); the rest are summarised in one line. */
  maxGroups?: number;
  /** Whether to list every year of each dimension, or only the latest (default `'latest'`). */
  years?: 'latest' | 'all';
  /** HTML only: most groups drawn as separate lines in a trend chart (default 6), as `scorecardChartSpecs`. */
  maxTrendGroups?: number;
  /** HTML only: the page title (default: the goal's title and "equity scorecard"). */
  title?: string;
  /** HTML only: paragraphs shown under the objective — where the data came from, rows left out … (plain text). */
  notes?: readonly string[];
  /** HTML only: figures drawn by the caller, shown after the indicators. */
  figures?: readonly RenderScorecardFigure[];
}

const HTML_ONLY = ['maxTrendGroups', 'title', 'notes', 'figures'] as const;

/**
 * Renders a scorecard as Markdown (the default) or as a self-contained HTML page.
 *
 * **Markdown**: a summary table of every indicator (latest value, trend, progress, status),
 * then per indicator the overall series by year, each dimension's groups (value, interval, n, comparison with the
 * reference group, parity-band verdict, reliability flags), the reasons for its status, what was withheld, and
 * the provenance. Withheld values print as `*` with no reason per cell — printing the reason next to the cell
 * would tell a reader which cells hold the smallest counts; the reasons are summarised per indicator.
 *
 * **HTML** (`format: 'html'`): the same content as one page that opens offline and prints — headings per indicator,
 * tables with row and column headers and captions, statuses and parity verdicts in words (never colour alone), and
 * every chart of `scorecardChartSpecs` drawn as inline SVG with a title and a description for screen readers. Each
 * chart's value axis starts at zero, so a change of a few metres in a 1.4 km median is drawn as the flat line it
 * is; lines break at withheld years. The page holds no script, font or external request.
 *
 * Numbers follow docs/conventions.md: a fraction prints as a percent with one decimal (`30.0 %`), a change of a
 * fraction in points, a distance in km, a count with thousands separators. Rounding happens here, at
 * presentation, never in the scorecard itself.
 *
 * @param scorecard - A scorecard from `evaluateGoal`.
 * @param options - `format` (default `'markdown'`), `decimals`, `maxGroups`, `years`; for HTML also
 *   `maxTrendGroups`, `title`, `notes`, `figures`.
 * @returns The Markdown text or the HTML page.
 * @throws {EquityLensError} when the format is unknown or an option is invalid.
 * @category Monitor
 * @example
 * ```ts
 * import { evaluateGoal } from "./evaluateGoal.ts";
 * import { renderScorecard } from "./renderScorecard.ts";
 *
 * const goal = {
 *   id: "demo", version: 1, title: "Demo goal", department: "PRNS", owner: "Analyst", objective: "Equal enrolment",
 *   program: { id: "youth", name: "Youth programs", department: "PRNS" },
 *   populationOfFocus: { description: "All households" }, reviewCadence: "annual", suppression: { minimumCellSize: 1 },
 *   indicators: [{ id: "share", name: "Share enrolled", rbaKind: "howWell", recordSet: "householdYears",
 *     measure: { kind: "share", numerator: { field: "enrolled", op: "eq", value: true } },
 *     unit: "proportion", direction: "higherIsBetter", dataSource: { name: "Registrations", steward: "PRNS" } }],
 * };
 * const households = [{ id: "a", size: 1, attributes: {} }, { id: "b", size: 1, attributes: {} }];
 * const card = evaluateGoal(goal, { households, enrollments: [{ householdId: "a", programId: "youth", programYear: 2025 }] }, { asOf: "2025-12-31" });
 * const text = renderScorecard(card, { format: "markdown" });
 * text.split("\n")[0]; // => "# Scorecard — Demo goal"
 * text.includes("| Share enrolled | 50.0 % (2025)"); // => true
 * renderScorecard(card) === text; // => true
 * const page = renderScorecard(card, { format: "html" });
 * page.startsWith("<!doctype html>"); // => true
 * page.includes("<th scope=\"row\"><a href=\"#indicator-share\">Share enrolled</a></th><td>50.0 % (2025)</td>"); // => true
 * ```
 */
export function renderScorecard(scorecard: Scorecard, options: RenderScorecardOptions = {}): string {
  const fn = 'renderScorecard';
  if (options === null || typeof options !== 'object') fail('invalid_type', 'options', `${fn}: options is ${describe(options)}; pass { format: "markdown" } or { format: "html" }.`);
  knownKeys(options, ['format', 'decimals', 'maxGroups', 'years', ...HTML_ONLY], 'options', fn);
  const format = options.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'html') {
    fail('invalid_value', 'options.format', `${fn}: options.format is ${describe(options.format)}; use "markdown" or "html".`);
  }
  if (format === 'markdown') {
    for (const key of HTML_ONLY) {
      if (options[key] !== undefined) fail('invalid_value', `options.${key}`, `${fn}: options.${key} applies to the HTML page only; pass format: "html" or leave ${key} out.`);
    }
  }
  const decimals = options.decimals ?? 1;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) fail('out_of_range', 'options.decimals', `${fn}: options.decimals is ${describe(decimals)}; use a whole number from 0 to 6.`);
  const maxGroups = options.maxGroups ?? 12;
  if (!Number.isInteger(maxGroups) || maxGroups < 1) fail('out_of_range', 'options.maxGroups', `${fn}: options.maxGroups is ${describe(maxGroups)}; use a whole number ≥ 1.`);
  const years = options.years ?? 'latest';
  if (years !== 'latest' && years !== 'all') fail('invalid_value', 'options.years', `${fn}: options.years is ${describe(years)}; use "latest" or "all".`);
  const candidate: unknown = scorecard;
  if (candidate === null || typeof candidate !== 'object' || !Array.isArray((candidate as { indicators?: unknown }).indicators)) {
    fail('invalid_type', 'scorecard', `${fn}: scorecard is ${describe(scorecard)}; pass the result of evaluateGoal.`);
  }
  const allYears = years === 'all';
  if (format === 'markdown') return renderMarkdown(scorecard, { decimals, maxGroups, allYears });

  const maxTrendGroups = options.maxTrendGroups ?? 6;
  if (!Number.isInteger(maxTrendGroups) || maxTrendGroups < 1) {
    fail('out_of_range', 'options.maxTrendGroups', `${fn}: options.maxTrendGroups is ${describe(maxTrendGroups)}; use a whole number ≥ 1.`);
  }
  if (options.title !== undefined && typeof options.title !== 'string') fail('invalid_type', 'options.title', `${fn}: options.title is ${describe(options.title)}; pass a string.`);
  const notes = options.notes ?? [];
  if (!Array.isArray(notes) || notes.some((n) => typeof n !== 'string')) fail('invalid_type', 'options.notes', `${fn}: options.notes must be an array of strings (paragraphs of plain text).`);
  const figures = options.figures ?? [];
  if (!Array.isArray(figures)) fail('invalid_type', 'options.figures', `${fn}: options.figures must be an array of { id, title, svg }.`);
  figures.forEach((f: unknown, i: number) => {
    const figure = f as Partial<RenderScorecardFigure> | null;
    if (figure === null || typeof figure !== 'object' || typeof figure.id !== 'string' || typeof figure.title !== 'string' || typeof figure.svg !== 'string') {
      fail('invalid_type', `options.figures[${i}]`, `${fn}: options.figures[${i}] is ${describe(f)}; pass { id, title, svg } with strings.`);
    }
    if (!/^\s*<svg[\s>]/.test(figure.svg)) fail('invalid_value', `options.figures[${i}].svg`, `${fn}: options.figures[${i}].svg does not start with <svg; pass the SVG markup of the figure.`);
  });
  return renderHtml(scorecard, { decimals, maxGroups, allYears, maxTrendGroups, title: options.title, notes, figures });
}
