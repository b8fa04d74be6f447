/**
 * What a single import may weigh and carry: the rules of the bundle-size guard (`bundleSize.test.ts`, over every
 * runtime export bundled alone from the packed tarball; `npm run check:package`, in CI and in every landing).
 * docs/design-notes.md explains them.
 */

/**
 * Ceilings in KiB (minified, not gzipped): the README's promises (issue 14), `renderScorecard`, and the functions
 * that once carried zod through a table or policy schema (about 90 KiB), held near their size without it.
 */
export const LIMITS_KIB: Readonly<Record<string, number>> = {
  gini: 6,
  wilsonInterval: 5,
  twoStepFCA: 30,
  nearestSite: 20,
  targetingErrors: 40,
  // The README's promise (issue 14). The mergeable partial state of issue 17 took it to 307.2 KiB; the monitor
  // then stopped re-parsing the goal's (validated) suppression block and calls the disclosure steps without the
  // public functions' input checks: 298.6 KiB on 3 December 2026.
  evaluateGoal: 300,
  // Markdown and the HTML page with its inline-SVG charts (31.5 KiB when added; the Markdown path alone was 8 KiB).
  renderScorecard: 40,
  povertyGuideline: 20,
  hudIncomeLimits: 16,
  caSmiCeiling: 18,
  defineDisclosurePolicy: 14,
  suppressCounts: 20,
  suppressTable: 22,
  suppressRates: 25,
  reliabilityFlags: 16,
  // The table mappers: their own readers and messages (~60 KiB) and date-fns' parse (~30 KiB); no zod.
  mapTables: 120,
};

/** `defineGoal` needs zod (it validates the goal with the goal schemas); its own ceiling. */
export const DEFINE_GOAL_LIMIT_KIB = 150;

/**
 * The exports that may carry zod besides the schemas themselves (exports named `…Schema`: zod schemas, and
 * JSON Schema generated from them). Each validates a JSON document a city writes — a goal, a filter, an
 * eligibility rule — with that document's zod schema, by design: the schema is the one definition of the
 * document, and its errors list every problem with its path. Everything else computes on arrays and must not
 * carry zod: a table or policy it accepts is checked by plain checks (src/internal/plainChecks.ts).
 * docs/design-notes.md lists the same entries.
 */
export const VALIDATES_DOCUMENTS: Readonly<Record<string, string>> = {
  defineGoal: 'validates a goal document with EquityGoalSchema',
  safeDefineGoal: 'validates a goal document with EquityGoalSchema (returns the issues instead of throwing)',
  compileFilter: 'validates a filter document with FilterSchema before compiling it',
  evaluateFilter: 'validates a filter document with FilterSchema before evaluating it',
  evaluateGoal: 'validates the goal document it scores with EquityGoalSchema',
  summarizeGoal: 'validates the goal document it summarises with EquityGoalSchema (as evaluateGoal)',
  createGoalSummarizer: 'validates the goal document it summarises with EquityGoalSchema (as summarizeGoal)',
  summarizeGoalStream: 'validates the goal document it summarises with EquityGoalSchema (as summarizeGoal)',
  evaluateGoalStream: 'validates the goal document it scores with EquityGoalSchema (as evaluateGoal)',
  scoreGoalPartial: 'validates the goal document inside the partial state again with EquityGoalSchema (a hand-edited file)',
  evaluateEligibility: 'validates the eligibility rule document with EligibilityRuleSchema (once per rule object)',
  screenHouseholds: 'validates the eligibility rule document with EligibilityRuleSchema (once per rule object)',
  selectEligibilityRule: 'validates the rule-set document with EligibilityRuleSetSchema',
  equityIndicatorScore: 'validates the declarative score table (indicators, weights, breaks) a city passes in with its zod schema',
  defineTableMapping: 'validates a table mapping document with TableMappingSchema as well as by hand (the mappers check it by hand only)',
};

/** One import bundled alone: `import { name } from 'specifier'`. */
export interface Measured {
  readonly specifier: string;
  readonly name: string;
  /** Minified size in bytes. */
  readonly bytes: number;
  /** Bytes of the bundle that come from zod. */
  readonly zodBytes: number;
  /** zod locale files other than English that the bundle holds. */
  readonly foreignLocales: readonly string[];
}

/** The inputs of one esbuild output, as its metafile lists them. */
export type OutputInputs = Readonly<Record<string, { readonly bytesInOutput: number }>>;

/** Measures one bundled import from its esbuild metafile output. */
export function measure(specifier: string, name: string, bytes: number, inputs: OutputInputs): Measured {
  const used = Object.entries(inputs).filter(([, input]) => input.bytesInOutput > 0);
  return {
    specifier,
    name,
    bytes,
    zodBytes: used.filter(([path]) => path.includes('node_modules/zod/')).reduce((sum, [, input]) => sum + input.bytesInOutput, 0),
    foreignLocales: used.map(([path]) => path).filter((path) => /node_modules\/zod\/.*locales\/(?!en\.js)/.test(path)),
  };
}

/** Whether an export may carry zod: a schema, or on {@link VALIDATES_DOCUMENTS}. */
export function mayCarryZod(name: string): boolean {
  return name.endsWith('Schema') || Object.hasOwn(VALIDATES_DOCUMENTS, name);
}

/** Imports that carry zod without being allowed to, with a message that says how to fix it. */
export function zodOffenders(measured: readonly Measured[]): string[] {
  return measured
    .filter((m) => m.zodBytes > 0 && !mayCarryZod(m.name))
    .map(
      (m) =>
        `${m.specifier} ${m.name} carries ${(m.zodBytes / 1024).toFixed(1)} KiB of zod: move the zod schema it reaches into its own file, ` +
        'check tables and policies with src/internal/plainChecks.ts, or — if its job is to validate a JSON document — add it to ' +
        'VALIDATES_DOCUMENTS in tests/package/bundleRules.ts with the reason (and to docs/design-notes.md).',
    );
}

/** Allow-list entries that no longer carry zod (or no longer exist): the list must stay exact. */
export function staleAllowances(measured: readonly Measured[]): string[] {
  return Object.keys(VALIDATES_DOCUMENTS).filter((name) => !measured.some((m) => m.name === name && m.zodBytes > 0));
}

/** Named imports over their ceiling. */
export function overLimit(measured: readonly Measured[], name: string, kib: number): string[] {
  return measured.filter((m) => m.name === name && m.bytes >= kib * 1024).map((m) => `${m.specifier} ${name}: ${(m.bytes / 1024).toFixed(1)} KiB ≥ ${kib} KiB`);
}
