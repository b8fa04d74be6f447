// The JSON Schemas the repository publishes, with the generator of each. Shared by scripts/write-schemas.ts and
// tests/schemas/publishedSchemas.test.ts.
import { goalJsonSchema } from '../src/goals/index.ts';
import {
  eligibilityRuleJsonSchema,
  eligibilityRuleSetJsonSchema,
  householdJsonSchema,
  hudLimitsTableJsonSchema,
  povertyGuidelineTableJsonSchema,
  smiCeilingTableJsonSchema,
} from '../src/eligibility/index.ts';
import { enrollmentJsonSchema } from '../src/reach/index.ts';
import { siteJsonSchema } from '../src/proximity/index.ts';
import { tableMappingJsonSchema } from '../src/tables/index.ts';

export interface PublishedSchema {
  /** Path from the repository root. */
  readonly file: string;
  /** The generator. */
  readonly schema: () => Record<string, unknown>;
}

export const PUBLISHED_SCHEMAS: readonly PublishedSchema[] = [
  { file: 'examples/goals/equity-goal.schema.json', schema: () => goalJsonSchema() },
  { file: 'examples/schemas/eligibility-rule-set.schema.json', schema: () => eligibilityRuleSetJsonSchema() },
  { file: 'examples/schemas/eligibility-rule.schema.json', schema: () => eligibilityRuleJsonSchema() },
  { file: 'examples/schemas/poverty-guideline-table.schema.json', schema: () => povertyGuidelineTableJsonSchema() },
  { file: 'examples/schemas/hud-limits-table.schema.json', schema: () => hudLimitsTableJsonSchema() },
  { file: 'examples/schemas/smi-ceiling-table.schema.json', schema: () => smiCeilingTableJsonSchema() },
  { file: 'examples/schemas/household.schema.json', schema: () => householdJsonSchema() },
  { file: 'examples/schemas/enrollment.schema.json', schema: () => enrollmentJsonSchema() },
  { file: 'examples/schemas/site.schema.json', schema: () => siteJsonSchema() },
  { file: 'examples/schemas/table-mapping.schema.json', schema: () => tableMappingJsonSchema() },
];
