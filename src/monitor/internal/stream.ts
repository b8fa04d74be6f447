/**
 * Feeding a summarizer from an iterable of batches (the streaming functions' shared loop).
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import type { GoalSummarizer, HouseholdBatch } from '../createGoalSummarizer.ts';

/** Batches of households, arriving one at a time (an async generator over a CSV stream, a database cursor …) or in memory. */
export type HouseholdBatches = AsyncIterable<HouseholdBatch> | Iterable<HouseholdBatch>;

/** Checks that `data.households` is an iterable of batches and returns it. */
export function batchesOf(households: unknown, fn: string): HouseholdBatches {
  const iterable =
    households !== null &&
    (typeof households === 'object' || typeof households === 'function') &&
    (typeof (households as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function' ||
      typeof (households as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function');
  if (!iterable) {
    fail(
      'invalid_type',
      'data.households',
      `${fn}: data.households is ${describe(households)}; pass the batches of households as an async iterable or an iterable (an async generator yielding arrays of households, or [households] for one batch).`,
    );
  }
  return households as HouseholdBatches;
}

/** Adds every batch to the summarizer, in order. A batch that is not an array (a household yielded alone) is named. */
export async function feed(summarizer: GoalSummarizer, batches: HouseholdBatches, fn: string): Promise<void> {
  let k = 0;
  for await (const batch of batches) {
    const shaped = batch !== null && typeof batch === 'object' && (typeof (batch as { length?: unknown }).length === 'number' || typeof (batch as { numRows?: unknown }).numRows === 'number');
    if (!shaped) {
      fail(
        'invalid_type',
        `data.households (batch ${k})`,
        `${fn}: batch ${k} of data.households is ${describe(batch)}; each item must be a batch — an array of households (yield [household] for one, or wrap an array of households as [households]), columns { length, id, size, … } or an Arrow record batch.`,
      );
    }
    summarizer.add(batch);
    k++;
  }
}
