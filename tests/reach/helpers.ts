import { expect } from 'vitest';
import { caught } from '../helpers/caught.ts';

export { caught };

/** Asserts that `run` throws an `EquityLensError` with exactly this code, path and message. */
export function expectError(run: () => unknown, code: string, path: string, message: string): void {
  const error = caught(run);
  expect({ code: error.code, path: error.path, message: error.message }).toEqual({ code, path, message });
}
