/**
 * The command line's two kinds of failure, one per exit code: a usage error (exit 2: the command was written
 * wrong) and unusable input (exit 1: a file is missing, unreadable or invalid as a whole). Bad rows are neither:
 * they are problems, listed in problems.csv, and the command still succeeds (exit 0).
 *
 * @module
 */

/** The command line was written wrong: an unknown option, a missing file name. Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** An input cannot be used at all: a missing file, broken JSON, a goal that fails validation. Exit code 1. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Exit codes. */
export const EXIT = { done: 0, unusableInput: 1, usage: 2 } as const;
