/**
 * The merge step of the monitor: two partial states of disjoint partitions become the state of their union.
 * Counts add, exact sums add exactly, histograms and distinct sets unite, group lists unite; everything is kept in
 * a canonical order, so merging is associative and commutative on the JSON itself.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import type {
  GoalPartial,
  GoalPartialCell,
  GoalPartialDimension,
  GoalPartialIndicator,
  GoalPartialPartition,
} from '../GoalPartial.ts';
import { compareTuples, sortDistinct } from './canonical.ts';
import { addExact, type ExactNumber } from './exactSum.ts';
import { type Resolution, mergeHistograms } from './histogram.ts';

const FORMAT = 'equity-lens/goal-partial';

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isExactNumber(value: unknown): value is ExactNumber {
  return typeof value === 'number' ? Number.isFinite(value) : Array.isArray(value) && value.every((v) => typeof v === 'number' && Number.isFinite(v));
}

function checkCell(cell: unknown, path: string, fn: string): void {
  if (cell === null) return;
  if (!isObject(cell)) fail('invalid_type', path, `${fn}: ${path} is ${describe(cell)}; expected a cell object or null.`);
  for (const key of ['records', 'events'] as const) {
    const v = cell[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail('invalid_value', `${path}.${key}`, `${fn}: ${path}.${key} is ${describe(v)}; expected a count ≥ 0.`);
  }
  for (const key of ['num', 'den', 'sum', 'sumSquares'] as const) {
    if (key in cell && !isExactNumber(cell[key])) fail('invalid_value', `${path}.${key}`, `${fn}: ${path}.${key} is ${describe(cell[key])}; expected a number or a list of numbers.`);
  }
  const histogram = cell['histogram'];
  if (histogram !== undefined) {
    if (!isObject(histogram) || typeof histogram['exact'] !== 'boolean' || !Array.isArray(histogram['values']) || !Array.isArray(histogram['counts']) || histogram['values'].length !== histogram['counts'].length) {
      fail('invalid_value', `${path}.histogram`, `${fn}: ${path}.histogram must be { exact, values, counts } with as many counts as values.`);
    }
  }
  if (cell['distinct'] !== undefined && !Array.isArray(cell['distinct'])) fail('invalid_value', `${path}.distinct`, `${fn}: ${path}.distinct must be a list of values.`);
}

/**
 * Checks that a value is a partial state this version can read (format, version and shape), with messages that
 * name the field; the goal inside is trusted as written by `summarizeGoal`.
 */
export function checkPartial(value: unknown, path: string, fn: string): asserts value is GoalPartial {
  if (!isObject(value)) fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; pass a partial state written by summarizeGoal (parsed JSON).`);
  if (value['format'] !== FORMAT) {
    fail('invalid_value', `${path}.format`, `${fn}: ${path}.format is ${describe(value['format'])}; expected "${FORMAT}" — is this a partial state written by summarizeGoal?`);
  }
  if (value['version'] !== 1) {
    fail('invalid_value', `${path}.version`, `${fn}: ${path}.version is ${describe(value['version'])}; this library reads version 1 — summarise again with this version.`);
  }
  const years = value['years'];
  if (!Array.isArray(years) || years.length === 0 || !years.every((y) => Number.isInteger(y))) fail('invalid_value', `${path}.years`, `${fn}: ${path}.years must be a non-empty list of whole years.`);
  if (!isObject(value['goal']) || !Array.isArray((value['goal'] as Record<string, unknown>)['indicators'])) fail('invalid_value', `${path}.goal`, `${fn}: ${path}.goal must be the goal evaluated.`);
  for (const key of ['records', 'counts', 'inputs', 'library'] as const) {
    if (!isObject(value[key])) fail('invalid_value', `${path}.${key}`, `${fn}: ${path}.${key} is missing or not an object.`);
  }
  for (const key of ['goalWarnings', 'eligibilityRules', 'tables', 'attributeNames', 'partitions', 'indicators'] as const) {
    if (!Array.isArray(value[key])) fail('invalid_value', `${path}.${key}`, `${fn}: ${path}.${key} must be a list.`);
  }
  const goalIndicators = (value['goal'] as { indicators: unknown[] }).indicators;
  const indicators = value['indicators'] as unknown[];
  if (indicators.length !== goalIndicators.length) fail('length_mismatch', `${path}.indicators`, `${fn}: ${path}.indicators has ${indicators.length} entries for ${goalIndicators.length} indicators in the goal.`);
  indicators.forEach((indicator, i) => {
    const ipath = `${path}.indicators[${i}]`;
    if (!isObject(indicator) || !Array.isArray(indicator['overall']) || !Array.isArray(indicator['dimensions'])) fail('invalid_value', ipath, `${fn}: ${ipath} must be { id, resolution, overall, dimensions }.`);
    if ((indicator['overall'] as unknown[]).length !== years.length) fail('length_mismatch', `${ipath}.overall`, `${fn}: ${ipath}.overall needs one cell per year (${years.length}).`);
    (indicator['overall'] as unknown[]).forEach((cell, y) => checkCell(cell, `${ipath}.overall[${y}]`, fn));
    (indicator['dimensions'] as unknown[]).forEach((dimension, d) => {
      const dpath = `${ipath}.dimensions[${d}]`;
      if (!isObject(dimension) || !Array.isArray(dimension['groups']) || !Array.isArray(dimension['cells']) || dimension['groups'].length !== dimension['cells'].length || !isObject(dimension['seen'])) {
        fail('invalid_value', dpath, `${fn}: ${dpath} must be { id, groups, cells, unmatched, seen } with one row of cells per group.`);
      }
      (dimension['cells'] as unknown[]).forEach((row, g) => {
        if (!Array.isArray(row) || row.length !== years.length) fail('length_mismatch', `${dpath}.cells[${g}]`, `${fn}: ${dpath}.cells[${g}] needs one cell per year (${years.length}).`);
        row.forEach((cell, y) => checkCell(cell, `${dpath}.cells[${g}][${y}]`, fn));
      });
    });
  });
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function mergeCell(a: GoalPartialCell | null, b: GoalPartialCell | null, resolution: Resolution): GoalPartialCell | null {
  if (a === null) return b;
  if (b === null) return a;
  const cell: { -readonly [K in keyof GoalPartialCell]: GoalPartialCell[K] } = {
    records: a.records + b.records,
    events: a.events + b.events,
    num: addExact(a.num, b.num),
    den: addExact(a.den, b.den),
  };
  if (a.sum !== undefined || b.sum !== undefined) cell.sum = addExact(a.sum ?? 0, b.sum ?? 0);
  if (a.sumSquares !== undefined || b.sumSquares !== undefined) cell.sumSquares = addExact(a.sumSquares ?? 0, b.sumSquares ?? 0);
  if (a.histogram !== undefined || b.histogram !== undefined) {
    const empty = { exact: true, values: [], counts: [] };
    cell.histogram = mergeHistograms(a.histogram ?? empty, b.histogram ?? empty, resolution);
  }
  if (a.distinct !== undefined || b.distinct !== undefined) {
    const seen = new Map<string, unknown>();
    for (const value of [...(a.distinct ?? []), ...(b.distinct ?? [])]) seen.set(JSON.stringify(value), value);
    cell.distinct = sortDistinct([...seen.values()]);
  }
  return cell;
}

function mergeDimension(a: GoalPartialDimension, b: GoalPartialDimension, resolution: Resolution, years: number, fn: string): GoalPartialDimension {
  if (a.id !== b.id) fail('invalid_value', 'b', `${fn}: dimension "${b.id}" meets "${a.id}"; the partial states were written for different goals.`);
  const rows = new Map<string, { keys: readonly string[]; cells: (GoalPartialCell | null)[] }>();
  for (const side of [a, b]) {
    side.groups.forEach((keys, g) => {
      const key = JSON.stringify(keys);
      const cells = side.cells[g] as readonly (GoalPartialCell | null)[];
      const seen = rows.get(key);
      if (seen === undefined) rows.set(key, { keys, cells: [...cells] });
      else for (let y = 0; y < years; y++) seen.cells[y] = mergeCell(seen.cells[y] ?? null, cells[y] ?? null, resolution);
    });
  }
  const merged = [...rows.values()].sort((x, y) => compareTuples(x.keys, y.keys));
  return {
    id: a.id,
    groups: merged.map((row) => row.keys),
    cells: merged.map((row) => row.cells),
    unmatched: a.unmatched || b.unmatched,
    seen: { records: a.seen.records + b.seen.records, withField: a.seen.withField + b.seen.withField },
  };
}

function comparePartitions(a: GoalPartialPartition, b: GoalPartialPartition): number {
  const ka = JSON.stringify([a.id, a.households, a.enrollments]);
  const kb = JSON.stringify([b.id, b.households, b.enrollments]);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Merges two checked partial states of disjoint partitions. */
export function mergePartials(a: GoalPartial, b: GoalPartial, fn: string): GoalPartial {
  if (a.library.version !== b.library.version) {
    fail('invalid_value', 'b.library', `${fn}: b was written by equity-lens ${b.library.version} and a by ${a.library.version}; summarise every partition with the same version.`);
  }
  if (!same(a.goal, b.goal)) fail('invalid_value', 'b.goal', `${fn}: a and b evaluate different goals (or versions of a goal); summarise every partition with the same goal document.`);
  if (a.asOf !== b.asOf) fail('invalid_value', 'b.asOf', `${fn}: b is as of ${b.asOf} and a as of ${a.asOf}; summarise every partition with the same options.asOf.`);
  if (!same(a.years, b.years)) {
    fail(
      'invalid_value',
      'b.years',
      `${fn}: b covers program years ${b.years[0]}–${b.years[b.years.length - 1]} and a ${a.years[0]}–${a.years[a.years.length - 1]}; summarise every partition with the same options.years (partitions that see different enrolment years cannot agree on them otherwise).`,
    );
  }
  if (!same(a.inputs, b.inputs)) fail('invalid_value', 'b.inputs', `${fn}: a and b decide eligibility or poverty guidelines differently (${JSON.stringify(a.inputs)} vs ${JSON.stringify(b.inputs)}); summarise every partition with the same data.eligibility and data.povertyTables.`);
  if (!same(a.goalWarnings, b.goalWarnings)) fail('invalid_value', 'b.goalWarnings', `${fn}: a and b were given different goal documents; summarise every partition with the same one.`);
  if (a.records.sites !== b.records.sites) fail('invalid_value', 'b.records.sites', `${fn}: b was summarised with ${b.records.sites} sites and a with ${a.records.sites}; give every partition all the sites.`);
  const rules = new Map<number, GoalPartial['eligibilityRules'][number]>();
  for (const rule of [...a.eligibilityRules, ...b.eligibilityRules]) {
    const seen = rules.get(rule.year);
    if (seen !== undefined && !same(seen, rule)) fail('invalid_value', 'b.eligibilityRules', `${fn}: a and b applied different eligibility rules in ${rule.year}; summarise every partition with the same rules.`);
    rules.set(rule.year, rule);
  }
  const tables = new Map<string, GoalPartial['tables'][number]>();
  for (const table of [...a.tables, ...b.tables]) tables.set(JSON.stringify([table.kind, table.id]), table);
  const years = a.years.length;
  const indicators: GoalPartialIndicator[] = a.indicators.map((ia, i) => {
    const ib = b.indicators[i] as GoalPartialIndicator;
    if (ia.id !== ib.id || ia.dimensions.length !== ib.dimensions.length) fail('invalid_value', `b.indicators[${i}]`, `${fn}: b.indicators[${i}] does not match a's; the partial states were written for different goals.`);
    return {
      id: ia.id,
      resolution: ia.resolution,
      overall: ia.overall.map((cell, y) => mergeCell(cell, ib.overall[y] ?? null, ia.resolution)),
      dimensions: ia.dimensions.map((d, k) => mergeDimension(d, ib.dimensions[k] as GoalPartialDimension, ia.resolution, years, fn)),
    };
  });
  return {
    format: 'equity-lens/goal-partial',
    version: 1,
    library: a.library,
    goal: a.goal,
    goalWarnings: a.goalWarnings,
    asOf: a.asOf,
    years: a.years,
    inputs: a.inputs,
    eligibilityRules: [...rules.values()].sort((x, y) => x.year - y.year),
    tables: [...tables.values()].sort((x, y) => compareTuples([x.kind, x.id], [y.kind, y.id])),
    records: {
      households: a.records.households + b.records.households,
      enrollments: a.records.enrollments + b.records.enrollments,
      sites: a.records.sites,
      householdYears: a.records.householdYears + b.records.householdYears,
    },
    counts: {
      otherProgramEnrollments: a.counts.otherProgramEnrollments + b.counts.otherProgramEnrollments,
      unknownHouseholdEnrollments: a.counts.unknownHouseholdEnrollments + b.counts.unknownHouseholdEnrollments,
      householdsWithIncome: a.counts.householdsWithIncome + b.counts.householdsWithIncome,
    },
    attributeNames: [...new Set([...a.attributeNames, ...b.attributeNames])].sort(),
    partitions: [...a.partitions, ...b.partitions].sort(comparePartitions),
    indicators,
  };
}
