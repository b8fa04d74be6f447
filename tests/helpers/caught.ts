import { EquityLensError } from '../../src/internal/errors.ts';

/**
 * Runs `fn` and returns the `EquityLensError` it throws, so a test can assert its code, path and message.
 * The class comes from its own module, so a test file that imports one module of the library loads only that module.
 * Fails the test when `fn` returns normally or throws anything else.
 */
export function caught(fn: () => unknown): EquityLensError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EquityLensError) return error;
    throw error;
  }
  throw new Error('expected an EquityLensError');
}
