/**
 * The 0.1 names a goal document may still use (docs/conventions.md §2), rewritten to their 0.2 names before
 * validation; each rewrite is reported as a `deprecated:` warning. Accepted until 0.3.
 *
 * @internal
 * @module
 */
import { deprecation } from '../../internal/deprecation.ts';
import { isRecord } from '../../internal/validate.ts';

/** A suppression policy with `unstableAtOrBelow: u` read as `minEvents: u + 1` (unless both are given: the schema then reports the unknown field). */
function upgradeSuppression(policy: unknown, path: string, fn: string, warnings: string[]): unknown {
  if (!isRecord(policy) || !('unstableAtOrBelow' in policy) || 'minEvents' in policy) return policy;
  const { unstableAtOrBelow, ...rest } = policy;
  // Number.isInteger is false for anything that is not a number.
  const u = unstableAtOrBelow as number;
  if (!Number.isInteger(u) || u < 0) return policy;
  warnings.push(deprecation(fn, `${path}.unstableAtOrBelow ${u}`, `${path}.minEvents ${u + 1} (fewer than minEvents events is unreliable)`));
  return { ...rest, minEvents: u + 1 };
}

/**
 * Rewrites a goal document's 0.1 names to 0.2 names without touching the input: `progress: "hp2030"` →
 * `"healthyPeople"`; `suppression.unstableAtOrBelow: u` → `minEvents: u + 1` (goal and indicators).
 *
 * @internal
 */
export function upgradeGoal(input: unknown, fn: string): { readonly input: unknown; readonly warnings: string[] } {
  const warnings: string[] = [];
  if (!isRecord(input)) return { input, warnings };
  let out: Record<string, unknown> = input;
  // An absent policy comes back as it is (undefined), so nothing changes.
  const suppression = upgradeSuppression(input['suppression'], 'suppression', fn, warnings);
  if (suppression !== input['suppression']) out = { ...out, suppression };
  const indicators = input['indicators'];
  if (Array.isArray(indicators)) {
    let changed = false;
    const upgraded = indicators.map((indicator: unknown, i) => {
      if (!isRecord(indicator)) return indicator;
      let next: Record<string, unknown> = indicator;
      if (indicator['progress'] === 'hp2030') {
        warnings.push(deprecation(fn, `indicators[${i}].progress "hp2030"`, '"healthyPeople"'));
        next = { ...next, progress: 'healthyPeople' };
      }
      const policy = upgradeSuppression(indicator['suppression'], `indicators[${i}].suppression`, fn, warnings);
      if (policy !== indicator['suppression']) next = { ...next, suppression: policy };
      if (next !== indicator) changed = true;
      return next;
    });
    if (changed) out = { ...out, indicators: upgraded };
  }
  return { input: out, warnings };
}
