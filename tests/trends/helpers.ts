import { expect } from 'vitest';

export { caught } from '../helpers/caught.ts';

/** Asserts |actual − expected| ≤ tolerance·max(1, |expected|) (absolute near 0, relative for large values). */
export function expectClose(actual: number | null | undefined, expected: number, tolerance = 1e-9): void {
  expect(actual).toBeTypeOf('number');
  const a = actual as number;
  const bound = tolerance * Math.max(1, Math.abs(expected));
  if (!(Math.abs(a - expected) <= bound)) {
    expect.fail(`expected ${a} to be within ${bound} of ${expected}`);
  }
}

/** Builds a series from parallel arrays. */
export function seriesOf(years: readonly number[], values: readonly number[]): { year: number; value: number }[] {
  return years.map((year, i) => ({ year, value: values[i] as number }));
}
