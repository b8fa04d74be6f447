import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineDisclosurePolicy } from '../../../src/disclosure/defineDisclosurePolicy.ts';
import { SuppressionPolicySchema } from '../../../src/goals/SuppressionPolicySchema.ts';
import { goalDisclosurePolicy } from '../../../src/monitor/internal/policy.ts';

// The monitor builds an indicator's disclosure policy from the goal's (already validated) suppression block
// instead of parsing it again; it must be exactly what defineDisclosurePolicy makes of the same block.
describe('goalDisclosurePolicy', () => {
  it('equals defineDisclosurePolicy on every valid suppression block, defaults filled by the goal schema', () => {
    const block = fc.record(
      {
        minimumCellSize: fc.integer({ min: 1, max: 50 }),
        suppressZero: fc.boolean(),
        complementary: fc.boolean(),
        appliesTo: fc.constantFrom('numerator' as const, 'denominator' as const, 'both' as const),
        minEvents: fc.integer({ min: 0, max: 40 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(block, (input) => {
        expect(goalDisclosurePolicy(SuppressionPolicySchema.parse(input))).toEqual(defineDisclosurePolicy(input));
      }),
    );
  });

  it('reads the CMS policy from an empty block: cells of 1–10 withheld, 0 published, 20 events for reliability', () => {
    const policy = goalDisclosurePolicy(SuppressionPolicySchema.parse({}));
    expect(policy.threshold).toEqual({ min: 1, max: 10 });
    expect(policy.minimumCellSize).toBe(11);
    expect(policy.allowZero).toBe(true);
    expect(policy.minEvents).toBe(20);
    expect(policy.complementary).toBe(true);
    expect(policy.appliesTo).toBe('both');
  });

  it('carries each field of the block: size 5 withholds 1–4, suppressZero withholds 0, minEvents 21 (CDC WISQARS)', () => {
    const policy = goalDisclosurePolicy(
      SuppressionPolicySchema.parse({ minimumCellSize: 5, suppressZero: true, complementary: false, appliesTo: 'numerator', minEvents: 21 }),
    );
    expect(policy).toMatchObject({
      minimumCellSize: 5,
      threshold: { min: 1, max: 4 },
      suppressZero: true,
      allowZero: false,
      complementary: false,
      appliesTo: 'numerator',
      minEvents: 21,
    });
  });
});
