import { expect } from 'vitest';
import { isProblemCode, problemCatalogue } from '../../../../src/core/problems/catalogue';
import type { Problem } from '../../../../src/core/problems/problem';
import type { FuzzResponse } from './fuzz-client';

/** Problems whose explanation is the list of fields that failed. */
const FIELD_PROBLEMS = new Set(['request.invalid', 'record.invalid', 'registration.invalid', 'form.unknown', 'form.link_invalid']);

// Zod's English defaults, in case some schema parsed without the Spanish error map.
const ENGLISH = /\b(invalid input|invalid (string|type|option)|expected|received|too (big|small)|unrecognized keys?|required|must be|should be)\b/i;

export function expectSpanish(message: unknown): void {
  expect(typeof message).toBe('string');
  expect((message as string).trim().length).toBeGreaterThan(0);
  expect(message).not.toMatch(ENGLISH);
}

/** A known catalogue problem with its Spanish text; field problems name each field, in Spanish. */
export function expectWellFormedProblem(p: unknown): Problem {
  expect(p).toBeTypeOf('object');
  const { code, message, details } = p as Problem;
  expect(typeof code === 'string' && isProblemCode(code), `código de problema desconocido: ${String(code)}`).toBe(true);
  expect(message).toBe(problemCatalogue[code as keyof typeof problemCatalogue].es);
  if (FIELD_PROBLEMS.has(code)) {
    const fields = details?.fields;
    expect(Array.isArray(fields) && fields.length > 0, `${code} sin campos: ${JSON.stringify(details).slice(0, 200)}`).toBe(true);
    for (const field of fields!) {
      expect(typeof field.path).toBe('string');
      expect(typeof field.code).toBe('string');
      expectSpanish(field.message);
    }
  }
  if (code === 'record.unknown_kind') {
    expect(typeof details?.kind).toBe('string');
    expect(typeof details?.schemaVersion).toBe('number');
  }
  if (code === 'request.too_large') expect(typeof details?.maxBytes).toBe('number');
  return p as Problem;
}

/** Never a 5xx; always JSON. */
export function expectJsonAnswer(response: FuzzResponse): unknown {
  expect(response.status, response.text.slice(0, 300)).toBeLessThan(500);
  expect(response.contentType).toMatch(/^application\/json/);
  return JSON.parse(response.text) as unknown;
}

/** An error answer: a problem whose HTTP status is the catalogue's. */
export function expectProblemResponse(response: FuzzResponse, allowed?: readonly string[]): Problem {
  const p = expectWellFormedProblem(expectJsonAnswer(response));
  expect(response.status).toBe(problemCatalogue[p.code as keyof typeof problemCatalogue].status);
  if (allowed) expect(allowed, `problema inesperado ${p.code}`).toContain(p.code);
  return p;
}
