/**
 * A worker thread of `report --workers N` (built into dist/cli-worker.js): summarises one partition, k of N, as
 * `equity-lens summarize --partition k/N` does, and returns the partition (structured-cloned to the main thread)
 * or the message of an input that cannot be used. Progress goes to the main thread over a message port.
 *
 * @module
 */
import type { MessagePort } from 'node:worker_threads';
import { InputError, UsageError } from './errors.ts';
import type { InputFiles } from './inputs.ts';
import { type PartitionJson, summarizePartition } from './partial.ts';
import type { Progress } from './progress.ts';

/** One task: a partition of a run. */
export interface PartitionTask {
  readonly files: InputFiles;
  readonly asOf: string;
  readonly k: number;
  readonly n: number;
  /** Where progress goes: `{ done, total, step }` at most ten times a second. */
  readonly port?: MessagePort;
}

/** What a task returns. */
export type PartitionTaskResult = { readonly partition: PartitionJson } | { readonly error: { readonly kind: 'input' | 'usage'; readonly message: string } };

/** Progress posted to a port, at most ten times a second. */
function portProgress(port: MessagePort | undefined): Progress {
  let last = 0;
  return {
    update(step, done, total) {
      const now = Date.now();
      if (port === undefined || (now - last < 100 && done < total)) return;
      last = now;
      port.postMessage({ step, done, total });
    },
    step() {},
    done() {},
  };
}

/** Summarises partition k of N. */
export default async function summarizeTask(task: PartitionTask): Promise<PartitionTaskResult> {
  try {
    const partition = await summarizePartition(task.files, { asOf: task.asOf, partition: { k: task.k, n: task.n }, progress: portProgress(task.port) });
    return { partition };
  } catch (error) {
    if (error instanceof InputError) return { error: { kind: 'input', message: error.message } };
    if (error instanceof UsageError) return { error: { kind: 'usage', message: error.message } };
    throw error;
  } finally {
    task.port?.close();
  }
}
