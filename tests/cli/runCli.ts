/**
 * Runs the command line in-process for the CLI tests: the arguments, the working folder, and a fixed "today"
 * (2025-06-30); returns the exit code and what it printed.
 */
import { run } from '../../cli/run.ts';

export async function runCli(cwd: string, argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { isTTY: false, write: (text: string) => (stderr += text) },
    cwd,
    today: () => '2025-06-30',
  });
  return { code, stdout, stderr };
}
