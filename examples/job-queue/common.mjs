// Shared settings of the job-queue example: where Redis is, the queue names, and how a job runs the command line.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Redis connection from REDIS_URL (default redis://127.0.0.1:6379), as BullMQ's ioredis options. */
export function connection() {
  const url = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    // Workers block on Redis for new jobs; BullMQ requires this to be null for them.
    maxRetriesPerRequest: null,
  };
}

/** Queue of `equity-lens summarize --partition k/N` jobs (one per partition). */
export const SUMMARIZE_QUEUE = 'equity-lens-summarize';
/** Queue of the `equity-lens merge` job (the parent of the partitions' jobs in a BullMQ flow). */
export const MERGE_QUEUE = 'equity-lens-merge';

/**
 * The equity-lens executable: EQUITY_LENS_BIN (e.g. "npx equity-lens" where the package is installed), else the
 * repository's built dist/cli.js.
 */
export function equityLens() {
  const bin = process.env.EQUITY_LENS_BIN;
  if (bin) {
    const [command, ...args] = bin.split(' ');
    return { command, args };
  }
  return { command: process.execPath, args: [fileURLToPath(new URL('../../dist/cli.js', import.meta.url))] };
}

/** Runs equity-lens with arguments; resolves with its output, rejects with its stderr when it fails. */
export function run(args) {
  const { command, args: first } = equityLens();
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...first, ...args, '--no-progress'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`equity-lens ${args[0]} exited ${code}: ${stderr.trim() || stdout.trim()}`));
    });
  });
}
