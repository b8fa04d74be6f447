import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { superRefineWith } from '../../src/internal/zodRefinement.ts';

describe('superRefineWith', () => {
  it("reports the rule's problems as zod custom issues at their paths", () => {
    const schema = z.object({ low: z.number(), high: z.number() }).superRefine(
      superRefineWith<{ low: number; high: number }>((value, report) => {
        if (value.low > value.high) report(['high'], `is below low ${value.low}`);
      }),
    );
    const parsed = schema.safeParse({ low: 5, high: 1 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      { code: 'custom', path: ['high'], message: 'is below low 5' },
    ]);
    expect(schema.safeParse({ low: 1, high: 5 }).success).toBe(true);
  });
});
