// The vitest configuration StrykerJS runs (stryker.config.mjs): the project's, with room for slow tests. Under
// mutation testing the mutated files are instrumented (every mutant guarded, coverage counted per test), so the
// end-to-end tests that push a synthetic city through hot code run many times slower than usual. StrykerJS sets
// each mutant's own time limit from the initial run; these limits only keep vitest from failing that run.
//
// MUTATION_UNIT=1 (`npm run mutation -- --unit …`) leaves out the end-to-end tests — the guides' and the demo's
// pinned numbers, the synthetic city's and the command line's (which reads CSV cities and starts workers) — which
// build cities of 20,000–60,000 households and cover most of the library, so that every mutant in hot code reruns
// them; and the `*.e2e.test.ts` files, tests on published data that are cheap as written but take minutes once
// instrumented (joinpoint's permutation tests with Joinpoint's 4,499 permutations: 3.8 s as written, about three
// minutes instrumented), each with unit tests beside it that check the same logic on small data. The score is then
// that of the unit tests alone: a lower bound of the full suite's, which can only kill more.
//
// MUTATION_TESTS=tests/reach,tests/internal (`npm run mutation -- --own reach`) runs only the test files under
// those folders: a module measured by its own tests, without the other modules' tests that also run its code. A
// mutant that survives them reruns far fewer files, so a module's run takes a fraction of the time; the score is
// again a lower bound.
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

/**
 * Each mutant runs the test files that cover it, one after another, and stops at the first failure; loading a file
 * (a fresh worker importing its part of the library) costs more than most of its tests. So: a file that failed on
 * the last mutant first (neighbouring mutants tend to die in the same file), then the quickest files by their last
 * duration, then the smallest. A killed mutant then rarely loads the costly end-to-end files. Order does not change
 * which mutants die, only how soon.
 */
class CheapFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cost = (file: TestSpecification): [number, number] => {
      const key = `${file.project.name}:${relative(file.project.config.root, file.moduleId)}`;
      const last = this.ctx.cache.getFileTestResults(key);
      if (last?.failed) return [0, 0];
      return last ? [1, last.duration] : [2, statSync(file.moduleId).size];
    };
    const keyed = files.map((file) => ({ file, cost: cost(file) }));
    keyed.sort((a, b) => a.cost[0] - b.cost[0] || a.cost[1] - b.cost[1]);
    return keyed.map(({ file }) => file);
  }
}

const END_TO_END = [
  'tests/docs/**',
  'tests/cli/**',
  'tests/**/guide.test.ts',
  'tests/synthetic/**',
  'tests/reach/syntheticCity.test.ts',
  'tests/**/*.e2e.test.ts',
];

const config = mergeConfig(
  base,
  defineConfig({
    test: {
      testTimeout: 600_000,
      sequence: { sequencer: CheapFirst },
      hookTimeout: 600_000,
      // mergeConfig appends these to the project's excludes.
      ...(process.env['MUTATION_UNIT'] === '1' ? { exclude: END_TO_END } : {}),
    },
  }),
);

const own = process.env['MUTATION_TESTS'];
// mergeConfig would append to the project's include; the folders replace it.
if (own !== undefined && own !== '') config.test!.include = own.split(',').map((dir) => `${dir}/**/*.test.ts`);

export default config;
