/**
 * Runs the command line in-process for the CLI tests: the arguments, the working folder, and a fixed "today"
 * (2025-06-30); returns the exit code and what it printed.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

/** The newest modification time of the TypeScript files under `dir`. */
function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) time = Math.max(time, newest(path));
    else if (entry.name.endsWith('.ts')) time = Math.max(time, statSync(path).mtimeMs);
  }
  return time;
}

/**
 * The arguments that start the command line as a process: `dist/cli.js` when it is built after the last change to
 * `cli/` and `src/` (CI builds, then runs these tests on the build), else `cli/main.ts` through tsx — so a stale
 * build left in a working copy is never what a test checks.
 */
export function cliCommand(root: string): string[] {
  const built = join(root, 'dist/cli.js');
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(newest(join(root, 'cli')), newest(join(root, 'src')))) return [built];
  return ['--import', 'tsx', join(root, 'cli/main.ts')];
}
