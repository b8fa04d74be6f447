/**
 * Indicator units shared by goals (which check them) and the monitor (which prints by them).
 *
 * @internal
 * @module
 */

/** Whether an indicator's unit names a fraction, printed as a percent (docs/conventions.md §1). */
export function isFractionUnit(unit: string): boolean {
  return unit === 'proportion' || unit === 'fraction' || unit === 'share';
}
