import { EquityLensError } from '../../src/internal/errors.ts';

/** Runs `fn`, expecting it to throw an EquityLensError, and returns the error. */
export function caught(fn: () => unknown): EquityLensError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EquityLensError) return error;
    throw error;
  }
  throw new Error('expected an EquityLensError');
}
