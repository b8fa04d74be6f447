/**
 * The functions that take a disclosure policy check it without zod (`src/disclosure/internal/policyChecks.ts`);
 * they must accept, resolve and reject exactly as the published `DisclosurePolicySchema` does: the same resolved
 * policy, or the same issues (codes, paths, messages, order), hence the same EquityLensError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CMS_SUPPRESSION, DisclosurePolicySchema, defineDisclosurePolicy } from '../../src/disclosure/index.ts';
import { translateZodIssues } from '../../src/disclosure/internal/zodIssues.ts';
import { EquityLensError } from '../../src/internal/errors.ts';
import { comparable, edgeValueArb, mutatedArb, zodIssues } from '../helpers/plainVsZod.ts';
import { caught } from './helpers.ts';

/** What defineDisclosurePolicy did when it validated with DisclosurePolicySchema (before the plain checks). */
function throughZod(input: unknown): unknown {
  if (input === undefined) return CMS_SUPPRESSION;
  const parsed = DisclosurePolicySchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const keys = Object.keys((DisclosurePolicySchema as unknown as { in: { shape: object } }).in.shape);
  const issues = translateZodIssues(parsed.error.issues, input, '', 'defineDisclosurePolicy', (at) => (at.length === 0 ? keys : ['min', 'max']));
  return EquityLensError.fromIssues('defineDisclosurePolicy', issues);
}

function throughPlain(input: unknown): unknown {
  try {
    return defineDisclosurePolicy(input as Parameters<typeof defineDisclosurePolicy>[0]);
  } catch (error) {
    if (error instanceof EquityLensError) return error;
    throw error;
  }
}

function same(input: unknown): void {
  const plain = throughPlain(input);
  const zod = throughZod(input);
  if (zod instanceof EquityLensError) {
    expect(plain).toBeInstanceOf(EquityLensError);
    const error = plain as EquityLensError;
    expect([error.code, error.path, error.message, error.issues]).toEqual([zod.code, zod.path, zod.message, zod.issues]);
  } else {
    expect(plain).toEqual(zod);
  }
}

const policyArb: fc.Arbitrary<unknown> = fc.record(
  {
    name: fc.oneof(fc.string({ maxLength: 8 }), edgeValueArb),
    threshold: fc.oneof(fc.record({ min: fc.oneof(fc.integer({ min: -2, max: 20 }), edgeValueArb), max: fc.oneof(fc.integer({ min: -2, max: 20 }), edgeValueArb) }, { requiredKeys: [] }), edgeValueArb),
    allowZero: fc.oneof(fc.boolean(), edgeValueArb),
    complementary: fc.oneof(fc.boolean(), edgeValueArb),
    complementaryPreference: fc.oneof(fc.constantFrom('cells', 'margins', 'Cells'), edgeValueArb),
    minEvents: fc.oneof(fc.integer({ min: -2, max: 40 }), edgeValueArb),
    maxRelativeStandardError: fc.oneof(fc.double({ min: -1, max: 150, noNaN: true }), edgeValueArb),
    rounding: fc.oneof(fc.constantFrom('none', 'roundHalfEven', 'base5', 'base10', 'percent1dp', 'round-half-even', 'base-5', 'base-10', 'percent-1dp', 'base7'), edgeValueArb),
    appliesTo: fc.oneof(fc.constantFrom('numerator', 'denominator', 'both', 'all'), edgeValueArb),
    minimumCellSize: fc.oneof(fc.integer({ min: -1, max: 20 }), edgeValueArb),
    suppressZero: fc.oneof(fc.boolean(), edgeValueArb),
    unstableAtOrBelow: fc.oneof(fc.integer({ min: -1, max: 40 }), edgeValueArb),
    minimumCellsize: edgeValueArb,
  },
  { requiredKeys: [] },
);

describe('plain policy checks = DisclosurePolicySchema', () => {
  it('the field checks report zod issues for any policy-like input (property)', async () => {
    const { policyFieldsCheck } = await import('../../src/disclosure/internal/policyChecks.ts');
    const { plainIssues } = await import('../../src/internal/plainChecks.ts');
    const fields = (DisclosurePolicySchema as unknown as { in: Parameters<typeof zodIssues>[0] }).in;
    fc.assert(
      fc.property(fc.oneof(policyArb, edgeValueArb), (input) => {
        expect(comparable(plainIssues(policyFieldsCheck(), input))).toEqual(zodIssues(fields, input));
      }),
      { numRuns: 2000 },
    );
  });

  it('defineDisclosurePolicy resolves or rejects as the schema does (property)', () => {
    fc.assert(fc.property(fc.oneof(policyArb, edgeValueArb), same), { numRuns: 3000 });
  });

  it('policies mutated from the CMS policy and from resolved policies (property)', () => {
    fc.assert(fc.property(fc.constantFrom<unknown>({ ...CMS_SUPPRESSION, threshold: { ...CMS_SUPPRESSION.threshold } }, { minimumCellSize: 16, minEvents: 21 }, { threshold: { min: 2, max: 5 }, allowZero: false }).chain(mutatedArb), same), { numRuns: 1500 });
  });

  it('examples: contradictions, unknown keys with a hint, bad types', () => {
    for (const input of [{ minimumCellSize: 11, threshold: { max: 5 } }, { threshold: { min: 5, max: 2 } }, { suppressZero: true, allowZero: true }, { minEvents: 5, unstableAtOrBelow: 9 }, { minimumCellsize: 11 }, { threshold: { mn: 1 } }, { minEvents: 1.5, rounding: 'base7' }, null, 'CMS']) {
      same(input);
    }
    expect(caught(() => defineDisclosurePolicy({ minimumCellsize: 11 } as never)).issues[0]?.hint).toBe('did you mean "minimumCellSize"?');
  });
});
