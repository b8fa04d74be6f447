/**
 * Progress of long work on stderr, only when stderr is a terminal (a log file or a pipe gets none), redrawn at most
 * ten times a second on one line.
 *
 * @module
 */

/** Reports progress. */
export interface Progress {
  /** A step with a done/total fraction and a detail, e.g. `reading households.csv 45 % 150,000 rows`. */
  update(step: string, done: number, total: number, detail?: string): void;
  /** A step without a measure, e.g. `evaluating the goal`. */
  step(step: string): void;
  /** Clears the line. */
  done(): void;
}

/** A progress reporter that does nothing. */
export const NO_PROGRESS: Progress = { update() {}, step() {}, done() {} };

/** A stream progress can be written to. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** Progress on `stream` when it is a terminal and `enabled`; otherwise {@link NO_PROGRESS}. */
export function terminalProgress(stream: ProgressStream, enabled = true): Progress {
  if (!enabled || stream.isTTY !== true) return NO_PROGRESS;
  let last = 0;
  let shown = false;
  const draw = (line: string): void => {
    stream.write(`\r\x1b[2K${line}`);
    shown = true;
  };
  return {
    update(step, done, total, detail) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const fraction = total > 0 ? Math.min(1, done / total) : 0;
      const width = 24;
      const filled = Math.round(fraction * width);
      draw(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(fraction * 100)} % ${step}${detail === undefined ? '' : ` · ${detail}`}`);
    },
    step(step) {
      last = Date.now();
      draw(`… ${step}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
