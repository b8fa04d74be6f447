import { EquityLensError } from '../../src/index.ts';

/** Runs `fn`, expecting an EquityLensError, and returns it. */
export function caught(fn: () => unknown): EquityLensError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EquityLensError) return error;
    throw error;
  }
  throw new Error('expected an EquityLensError');
}
