// Enqueues one run: N summarize jobs (one per partition) as the children of one merge job (a BullMQ flow: the
// merge starts when every partition is done), then waits for the merge and prints what it wrote.
//
//   REDIS_URL=redis://queue-host:6379 node enqueue.mjs --in /shared/city --partitions 8 --as-of 2025-06-30 \
//     --partials /shared/run-1/partials --out /shared/run-1/report
//
// Paths must be valid on the workers' machines. Exit code 0 when the merge finished, 1 when a job failed.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FlowProducer, QueueEvents } from 'bullmq';
import { MERGE_QUEUE, SUMMARIZE_QUEUE, connection } from './common.mjs';

/** Adds the flow for one run; resolves with the merge job's return value, rejects when a job fails for good. */
export async function enqueueRun({ input, partitions, asOf, partials, out, attempts = 3, timeoutMs = 3_600_000 }) {
  const flows = new FlowProducer({ connection: connection() });
  const events = new QueueEvents(MERGE_QUEUE, { connection: connection() });
  try {
    await events.waitUntilReady();
    const retry = { attempts, backoff: { type: 'exponential', delay: 5000 } };
    const flow = await flows.add({
      name: 'merge',
      queueName: MERGE_QUEUE,
      data: { out: resolve(out), partitions },
      opts: retry,
      children: Array.from({ length: partitions }, (_, i) => ({
        name: `summarize ${i + 1}/${partitions}`,
        queueName: SUMMARIZE_QUEUE,
        data: { input: resolve(input), partition: `${i + 1}/${partitions}`, asOf, out: resolve(partials, `${i + 1}-of-${partitions}.json`) },
        // A failed partition fails the merge instead of leaving it waiting forever.
        opts: { ...retry, failParentOnFailure: true },
      })),
    });
    return await flow.job.waitUntilFinished(events, timeoutMs);
  } finally {
    await events.close();
    await flows.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      in: { type: 'string' },
      partitions: { type: 'string', default: '4' },
      'as-of': { type: 'string' },
      partials: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!values.in || !values['as-of'] || !values.partials || !values.out) {
    console.error('usage: node enqueue.mjs --in <folder> --partitions N --as-of YYYY-MM-DD --partials <folder> --out <folder>');
    process.exit(2);
  }
  try {
    const result = await enqueueRun({ input: values.in, partitions: Number(values.partitions), asOf: values['as-of'], partials: values.partials, out: values.out });
    console.log(`enqueue: merged ${result.files.length} partitions into ${result.out}`);
    console.log(result.output);
  } catch (error) {
    console.error(`enqueue: the run failed: ${error.message}`);
    process.exit(1);
  }
}
