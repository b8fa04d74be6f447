import { EquityLensError } from '../../src/index.ts';

/** Runs `fn` and returns the EquityLensError it throws; fails the test when it throws nothing or something else. */
export function caught(fn: () => unknown): EquityLensError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EquityLensError) return error;
    throw error;
  }
  throw new Error('expected an EquityLensError');
}
