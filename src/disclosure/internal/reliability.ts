/**
 * The reliability rule of {@link reliabilityFlags} on input already checked: the relative standard error (given,
 * binomial or Poisson) and the flags the policy raises. The monitor calls it on counts it produced itself, so a
 * scorecard does not carry the public function's input checks and policy parser.
 *
 * @internal
 * @module
 */
import type { DisclosurePolicy } from '../defineDisclosurePolicy.ts';
import type { ReliabilityFlag, ReliabilityInput, ReliabilityResult } from '../reliabilityFlags.ts';

/**
 * Flags an estimate under `policy` (NCHS: fewer than `minEvents` events, or an RSE above
 * `maxRelativeStandardError`). `input` is trusted: `events` a count, `estimate` and `standardError` given together,
 * `events ≤ denominator`. RSE: SE/|estimate| when a standard error is given; else the binomial √((1 − p)/events)
 * with a denominator; else the Poisson 1/√events (Brillinger 1986, NVSS technical notes).
 */
export function assessReliability(input: ReliabilityInput, policy: DisclosurePolicy): ReliabilityResult {
  const { events, estimate, standardError, denominator } = input;
  let rse: number | null;
  let rseMethod: ReliabilityResult['rseMethod'];
  if (standardError !== undefined) {
    // An estimate comes with its standard error (the input contract above).
    const value = estimate as number;
    rse = value === 0 ? null : standardError / Math.abs(value);
    rseMethod = 'given';
  } else if (denominator !== undefined) {
    rse = events === 0 ? null : Math.sqrt((1 - events / denominator) / events);
    rseMethod = 'binomial';
  } else {
    rse = events === 0 ? null : 1 / Math.sqrt(events);
    rseMethod = 'poisson';
  }
  const flags: ReliabilityFlag[] = [];
  const reasons: string[] = [];
  if (events < policy.minEvents) {
    flags.push('fewEvents');
    reasons.push(`based on ${events} events, fewer than ${policy.minEvents}: unreliable (${policy.name}).`);
  }
  if (rse === null) {
    flags.push('highRse');
    reasons.push(`relative standard error undefined (${events === 0 ? 'no events' : 'an estimate of 0'}): unreliable.`);
  } else if (rse > policy.maxRelativeStandardError) {
    flags.push('highRse');
    reasons.push(`relative standard error ${(100 * rse).toFixed(1)} % is above ${(100 * policy.maxRelativeStandardError).toFixed(1)} %: unreliable.`);
  }
  return {
    reliable: flags.length === 0,
    flags,
    relativeStandardError: rse,
    rseMethod,
    reasons,
    thresholds: { minEvents: policy.minEvents, maxRelativeStandardError: policy.maxRelativeStandardError },
  };
}
