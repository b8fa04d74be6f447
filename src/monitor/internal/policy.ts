/**
 * The disclosure policy of an indicator, from its goal's `suppression` block.
 *
 * @internal
 * @module
 */
import { CMS_SUPPRESSION, type DisclosurePolicy } from '../../disclosure/defineDisclosurePolicy.ts';
import type { SuppressionPolicy } from '../../goals/SuppressionPolicySchema.ts';

/**
 * The complete {@link DisclosurePolicy} of a goal's suppression block — what `defineDisclosurePolicy` returns for
 * it (the goal's fields, everything else from {@link CMS_SUPPRESSION}). The block was validated, defaults filled,
 * with the goal (`SuppressionPolicySchema`), so it is not checked again here: a scorecard does not carry the
 * policy parser that `suppressCounts` and `defineDisclosurePolicy` need for policies written by hand.
 */
export function goalDisclosurePolicy(suppression: SuppressionPolicy): DisclosurePolicy {
  const { minimumCellSize, suppressZero } = suppression;
  return {
    ...CMS_SUPPRESSION,
    minimumCellSize,
    suppressZero,
    threshold: { min: 1, max: minimumCellSize - 1 },
    allowZero: !suppressZero,
    complementary: suppression.complementary,
    minEvents: suppression.minEvents ?? CMS_SUPPRESSION.minEvents,
    appliesTo: suppression.appliesTo,
  };
}
