/**
 * Progress goes to stderr only when stderr is a terminal, and never when --no-progress is given: a log file or a
 * pipe gets no progress lines.
 */
import { describe, expect, it } from 'vitest';
import { NO_PROGRESS, terminalProgress } from '../../cli/progress.ts';

function stream(isTTY: boolean): { isTTY: boolean; written: string[]; write(text: string): void } {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => void written.push(text) };
}

describe('terminalProgress', () => {
  it('writes nothing when the stream is not a terminal, or when progress is switched off', () => {
    for (const [target, enabled] of [[stream(false), true], [stream(true), false]] as const) {
      const progress = terminalProgress(target, enabled);
      expect(progress).toBe(NO_PROGRESS);
      progress.step('evaluating the goal');
      progress.update('reading households.csv', 10, 10);
      progress.done();
      expect(target.written).toEqual([]);
    }
  });

  it('draws one line on a terminal and clears it when done', () => {
    const target = stream(true);
    const progress = terminalProgress(target);
    progress.update('reading households.csv', 3, 3, '3 rows');
    progress.step('evaluating the goal');
    progress.done();
    expect(target.written).toEqual([
      '\r\x1b[2K[########################] 100 % reading households.csv · 3 rows',
      '\r\x1b[2K… evaluating the goal',
      '\r\x1b[2K',
    ]);
  });
});
