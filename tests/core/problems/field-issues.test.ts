import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldIssuesFrom, parseInSpanish } from '../../../src/core/problems/field-issues';

describe('parseInSpanish', () => {
  const schema = z.object({ name: z.string().min(2), age: z.number().int() });

  it('returns the parsed data when the input is valid', () => {
    const result = parseInSpanish(schema, { name: 'Ana', age: 30, extra: true });
    expect(result.success && result.data).toEqual({ name: 'Ana', age: 30 });
  });

  it("explains failures in Zod's Spanish, field by field", () => {
    const result = parseInSpanish(schema, { name: 'A', age: 'treinta' });
    expect(result.success).toBe(false);
    if (result.success) return;
    const issues = fieldIssuesFrom(result.error, 'payload');
    expect(issues.map((i) => i.path)).toEqual(['payload.name', 'payload.age']);
    expect(issues[1]!.message).toMatch(/se esperaba número/);
  });
});
