import { describe, fail } from '../../internal/errors.ts';
import { nonNegativeNumber } from '../../internal/validate.ts';

/**
 * Checks `{ [eventsKey], [totalKey] }`: finite, non-negative, and (unless `unbounded`) events ≤ total.
 *
 * @internal
 */
export function countPair(value: unknown, path: string, eventsKey: string, totalKey: string, fn: string, unbounded = false): [number, number] {
  if (value === null || typeof value !== 'object') {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; expected { ${eventsKey}, ${totalKey} }.`);
  }
  const record = value as Record<string, unknown>;
  const events = nonNegativeNumber(record[eventsKey], `${path}.${eventsKey}`, fn);
  const total = nonNegativeNumber(record[totalKey], `${path}.${totalKey}`, fn);
  if (!unbounded && events > total) {
    fail('out_of_range', `${path}.${eventsKey}`, `${fn}: ${path}.${eventsKey} is ${events} but ${path}.${totalKey} is ${total}; events cannot exceed the group total — check that the two are not swapped and that events are counted among the group's members (same group, area and period).`);
  }
  return [events, total];
}
