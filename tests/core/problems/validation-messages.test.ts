import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseInSpanish } from '../../../src/core/problems/field-issues';
import { validationErrors } from '../../../src/core/problems/validation-messages';

// Schemas with no message of their own: zod/mini alone says "Invalid input" for every one of them.
const cases: [string, z.ZodMiniType, unknown, RegExp, RegExp][] = [
  ['a missing value', z.object({ nombre: z.string() }), {}, /^Falta este dato\.$/, /^This is missing\.$/],
  ['a wrong type', z.number(), 'treinta', /se esperaba número/, /expected a number/],
  ['a short text', z.string().check(z.minLength(3)), 'ab', /al menos 3 caracteres/, /at least 3 characters/],
  ['a long list', z.array(z.string()).check(z.maxLength(2)), ['a', 'b', 'c'], /como máximo 2 elementos/, /at most 2 items/],
  ['a number too big', z.number().check(z.maximum(5)), 9, /menor o igual que 5/, /at most 5/],
  ['an e-mail', z.string().check(z.email()), 'no-es-correo', /correo electrónico válido/, /valid email address/],
  ['a date', z.iso.date(), '2026-13-45', /fecha válida \(AAAA-MM-DD\)/, /valid date \(YYYY-MM-DD\)/],
  ['an unknown key', z.strictObject({ a: z.string() }), { a: 'x', b: 1 }, /Datos no esperados: «b»/, /Unexpected data: «b»/],
  ['a value not allowed', z.enum(['si', 'no']), 'tal vez', /«si», «no»/, /«si», «no»/],
  ['a failed refinement', z.string().check(z.refine((v) => v === 'x')), 'y', /^El dato no es válido\.$/, /^This value is not valid\.$/],
  ['a union', z.union([z.string(), z.number()]), true, /^El dato no es válido\.$/, /^This value is not valid\.$/],
];

describe('validation messages of our own (no zod locale pack)', () => {
  it.each(cases)('explains %s in Spanish, never with the English fallback', (_what, schema, input, spanish) => {
    const result = parseInSpanish(schema, input);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages).not.toContain('Invalid input');
    expect(messages[0]).toMatch(spanish);
  });

  it.each(cases)('explains %s in English when asked', (_what, schema, input, _spanish, english) => {
    const result = z.safeParse(schema, input, { error: validationErrors.en });
    expect(result.error!.issues[0]!.message).toMatch(english);
  });

  it("keeps a schema's own message", () => {
    const result = parseInSpanish(z.string({ error: 'Escriba su nombre.' }), 3);
    expect(result.error!.issues[0]!.message).toBe('Escriba su nombre.');
  });
});
