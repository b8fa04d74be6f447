// A worker: takes summarize and merge jobs from Redis and runs them with the equity-lens command line.
// Start one (or several) on every machine that can read the input folder and write the partials folder:
//
//   REDIS_URL=redis://queue-host:6379 node worker.mjs [--concurrency 1]
//
// A summarize job runs `equity-lens summarize --in <in> --partition k/N --as-of <date> --out <partials>/k-of-N.json`;
// the merge job (a BullMQ flow parent, started only when all of its partitions are done) runs
// `equity-lens merge <partials>/*-of-N.json --out <out>`. Paths are as the workers see them: on a cluster, a
// shared file system (NFS, EFS, a mounted bucket) at the same path on every machine.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'bullmq';
import { MERGE_QUEUE, SUMMARIZE_QUEUE, connection, run } from './common.mjs';

/** Starts a summarize worker and a merge worker; returns them (close both to stop). */
export function startWorkers({ concurrency = 1, log = console.log } = {}) {
  const summarize = new Worker(
    SUMMARIZE_QUEUE,
    async (job) => {
      const { input, partition, asOf, out } = job.data;
      mkdirSync(dirname(out), { recursive: true });
      const output = await run(['summarize', '--in', input, '--partition', partition, '--as-of', asOf, '--out', out]);
      log(`worker: partition ${partition} done → ${out}`);
      return { out, output: output.trim() };
    },
    { connection: connection(), concurrency },
  );
  const merge = new Worker(
    MERGE_QUEUE,
    async (job) => {
      // The children's return values name the partial files (whichever machine wrote them).
      const files = Object.values(await job.getChildrenValues()).map((value) => value.out).sort();
      const output = await run(['merge', ...files, '--out', job.data.out]);
      log(`worker: merged ${files.length} partitions → ${job.data.out}`);
      return { out: job.data.out, files, output: output.trim() };
    },
    { connection: connection(), concurrency: 1 },
  );
  for (const worker of [summarize, merge]) worker.on('failed', (job, error) => log(`worker: job ${job?.name} failed: ${error.message}`));
  return [summarize, merge];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { concurrency: { type: 'string', default: '1' } } });
  const workers = startWorkers({ concurrency: Number(values.concurrency) });
  console.log(`worker: waiting for jobs on ${process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'} (Ctrl-C to stop)`);
  const stop = async () => {
    await Promise.all(workers.map((w) => w.close()));
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
