// The vitest configuration StrykerJS runs (stryker.config.mjs): the project's, with room for slow tests. Under
// mutation testing the mutated files are instrumented (every mutant guarded, coverage counted per test), so the
// end-to-end tests that push a synthetic city through hot code run many times slower than usual. StrykerJS sets
// each mutant's own time limit from the initial run; these limits only keep vitest from failing that run.
//
// MUTATION_UNIT=1 (`npm run mutation -- --unit …`) leaves out the end-to-end tests — the guides' and the demo's
// pinned numbers and the synthetic city's — which build cities of 20,000–60,000 households and cover most of the
// library, so that every mutant in hot code reruns them. The score is then that of the unit tests alone: a lower
// bound of the full suite's, which can only kill more.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

const END_TO_END = ['tests/docs/**', 'tests/**/guide.test.ts', 'tests/synthetic/**', 'tests/reach/syntheticCity.test.ts'];

export default mergeConfig(
  base,
  defineConfig({
    test: {
      testTimeout: 600_000,
      hookTimeout: 600_000,
      // mergeConfig appends these to the project's excludes.
      ...(process.env['MUTATION_UNIT'] === '1' ? { exclude: END_TO_END } : {}),
    },
  }),
);
