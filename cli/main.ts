/**
 * The `equity-lens` executable (package.json `bin`): runs the command line on the process's arguments and exits
 * with its code. Built into dist/cli.js with a shebang.
 *
 * @module
 */
import { run } from './run.ts';

process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
