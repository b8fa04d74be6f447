/**
 * `report --workers N`: the N partitions of a run summarised at once on a pool of N worker threads (Tinypool, the
 * pool Vitest runs its tests on: no dependencies, maintained), each reading the files itself and keeping the rows
 * of its partition. The main thread only shows progress and merges.
 *
 * @module
 */
import { stat } from 'node:fs/promises';
import { MessageChannel } from 'node:worker_threads';
import Tinypool from 'tinypool';
import { InputError, UsageError } from './errors.ts';
import type { InputFiles } from './inputs.ts';
import type { NamedPartition } from './partial.ts';
import type { Progress } from './progress.ts';
import type { PartitionTask, PartitionTaskResult } from './worker.ts';

/**
 * The worker's module: dist/cli-worker.js beside the built dist/cli.js; from the source, cli/worker-source.mjs,
 * which registers tsx in the worker thread before it loads cli/worker.ts.
 */
function workerFile(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./worker-source.mjs', import.meta.url) : new URL('./cli-worker.js', import.meta.url);
}

/** Options of {@link runOnWorkers}. */
export interface RunOnWorkersOptions {
  readonly asOf: string;
  readonly workers: number;
  /** Partitions (default: one per worker); each worker runs its share in turn. */
  readonly partitions?: number;
  readonly progress: Progress;
}

/** Summarises partitions 1/N … N/N on a pool of worker threads. */
export async function runOnWorkers(files: InputFiles, options: RunOnWorkersOptions): Promise<NamedPartition[]> {
  const threads = options.workers;
  const n = options.partitions ?? threads;
  const pool = new Tinypool({ filename: workerFile().href, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  let bytes = 0;
  for (const path of [files.households, files.persons, files.enrollments, files.sites]) if (path !== undefined) bytes += await stat(path).then((s) => s.size, () => 0);
  const done = new Array<number>(n).fill(0);
  const total = new Array<number>(n).fill(Math.max(1, bytes));
  let step = 'reading';
  const show = (): void => {
    const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
    options.progress.update(`${step} · ${threads} workers`, sum(done), sum(total));
  };
  try {
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) => {
        const channel = new MessageChannel();
        channel.port1.on('message', (message: { step: string; done: number; total: number }) => {
          done[i] = message.done;
          total[i] = message.total;
          step = message.step;
          show();
        });
        channel.port1.unref();
        const task: PartitionTask = { files, asOf: options.asOf, k: i + 1, n, port: channel.port2 };
        return (pool.run(task, { transferList: [channel.port2] }) as Promise<PartitionTaskResult>).finally(() => channel.port1.close());
      }),
    );
    return results.map((result, i) => {
      if ('error' in result) throw result.error.kind === 'usage' ? new UsageError(result.error.message) : new InputError(result.error.message);
      return { name: `partition ${i + 1}/${n}`, json: result.partition };
    });
  } finally {
    await pool.destroy();
  }
}
