// The vitest configuration StrykerJS runs (stryker.config.mjs): the project's, with room for slow tests. Under
// mutation testing the mutated files are instrumented (every mutant guarded, coverage counted per test), so the
// end-to-end tests that push a synthetic city through hot code run many times slower than usual. StrykerJS sets
// each mutant's own time limit from the initial run; these limits only keep vitest from failing that run.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      testTimeout: 600_000,
      hookTimeout: 600_000,
    },
  }),
);
