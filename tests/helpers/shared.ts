/**
 * Test data that several tests of a file share and that is costly to build (a synthetic city, an evaluated goal),
 * built inside the tests that use it: `const city = shared(() => syntheticCity({ seed: 1 }))`, then `city()` in
 * each test.
 *
 * Why not at module top level, in a `describe` body or in `beforeAll`: mutation testing (StrykerJS with coverage
 * per test) credits the library code a test runs to that test, and code run anywhere else to no test. A mutant
 * reached only there is "static" and ignored, so the tests that check the result never get to kill it.
 *
 * Normally the value is built once per test file, by the first test that asks. In StrykerJS's initial run, which
 * records the code each test runs, it is rebuilt in every test that asks, so each of those tests covers the code
 * that built it; when StrykerJS then runs those tests against a mutant (a fresh run of the file, with the mutant
 * active from the start), it is built once again, with the mutant in place, and every test checks that value. The
 * builder must be deterministic (seeded), which every builder in this library is.
 */
export function shared<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    const stryker = (globalThis as { __stryker__?: { activeMutant?: unknown } }).__stryker__;
    // The initial (coverage) run: no mutant is active.
    if (stryker !== undefined && stryker.activeMutant === undefined) return build();
    built ??= { value: build() };
    return built.value;
  };
}
