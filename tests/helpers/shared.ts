/**
 * Test data that several tests of a file share and that is costly to build (a synthetic city, an evaluated goal),
 * built inside the tests that use it: `const city = shared(() => syntheticCity({ seed: 1 }))`, then `city()` in
 * each test.
 *
 * Why not at module top level, in a `describe` body or in `beforeAll`: mutation testing (StrykerJS with coverage
 * per test) credits the library code a test runs to that test, and code run anywhere else to no test. A mutant
 * reached only there is "static" and ignored, so the tests that check the result never get to kill it.
 *
 * Normally the value is built once, by the first test that asks. Under StrykerJS (its global namespace exists) it
 * is rebuilt in every test that asks, so each of those tests covers — and can kill — the mutants in the code that
 * built it. The builder must be deterministic (seeded), which every builder in this library is.
 */
export function shared<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    if ('__stryker__' in globalThis) return build();
    built ??= { value: build() };
    return built.value;
  };
}
