// Mutation testing with StrykerJS 9.6 (10.x needs Node 22) and its vitest runner. How to run it, the CI policy
// and the score per module: docs/contributing.md. `npm run mutation` runs all of src/ (hours); `npm run mutation --
// <module or file>` runs a part (scripts/mutation.mjs).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // vitest.stryker.config.ts: the project's vitest config with longer limits (instrumented code runs slower).
  // related: only the test files that import the mutated files (directly or not) run.
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  mutate: ['src/**/*.ts'],
  // Each mutant runs only the tests that executed its code (coverage per test). Code that runs while test files
  // are loaded or in beforeAll has no test to attribute it to ("static"); with ignoreStatic such a mutant is
  // reported as Ignored instead of rerunning every test file (docs/contributing.md: where to put test setup).
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  // Results are reused for every mutant whose code and covering tests did not change since the stored report.
  // The report is committed, so a run (and CI) only tests what changed.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // Half the cores (1 on a 2-core machine, which other work shares); more with `npm run mutation -- <module> -- --concurrency 4`.
  concurrency: '50%',
  // The machine is shared: a slow test under load must not read as a "timeout" (which counts as killed).
  timeoutMS: 20_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 60,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  thresholds: { high: 85, low: 75, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  ignorePatterns: ['dist', 'docs/api', 'reports', '.tmp', 'coverage', 'examples/out', '*.tgz'],
};

export default config;
