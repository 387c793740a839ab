import * as z from 'zod/mini';
import { isProblemCode, type ProblemCode } from '../problems/catalogue';
import { fail, ok, type Result } from '../result';
import { problem, type Language } from '../problems/problem';
import { fieldIssuesFrom, parseIn } from '../problems/field-issues';
import { recordEnvelopeSchema, type ValidRecord } from './envelope';

/** A kind of record and the payload schema of each version a device may still send. */
export interface RecordKind {
  kind: string;
  currentVersion: number;
  versions: Record<number, z.core.$ZodType>;
}

export type KindRegistry = ReadonlyMap<string, RecordKind>;

export const createKindRegistry = (kinds: RecordKind[]): KindRegistry =>
  new Map(kinds.map((k) => [k.kind, k]));

/**
 * The same kinds, each payload schema compiled by zod: a generated fast path that falls back to the schema
 * itself on any failure, so results and messages do not change. For the server, which validates every record
 * it ingests (zod/mini objects have no compiled path of their own); devices do not call it, so it stays out of
 * their bundle.
 */
export const compiledKinds = (registry: KindRegistry): KindRegistry =>
  createKindRegistry(
    [...registry.values()].map((k) => ({
      ...k,
      versions: Object.fromEntries(Object.entries(k.versions).map(([version, schema]) => [version, z.compile(schema)])),
    })),
  );

/**
 * A payload schema may name a more precise problem than 'record.invalid' for a check it makes
 * (an unknown form version, a forged link) by a custom issue with `params: { problem: code }`.
 */
function namedProblem(error: z.core.$ZodError): ProblemCode | undefined {
  for (const issue of error.issues) {
    const code = issue.code === 'custom' ? (issue.params as { problem?: unknown } | undefined)?.problem : undefined;
    if (typeof code === 'string' && isProblemCode(code)) return code;
  }
  return undefined;
}

/**
 * Validates envelope and payload; the same function runs on the device before saving and on the server. Field
 * messages are in `language` (the reader's: the device's screen, the request's Accept-Language); problem messages
 * stay Spanish on the wire, the client translates them by code.
 */
export function validateRecord(registry: KindRegistry, input: unknown, language: Language = 'es'): Result<ValidRecord> {
  const envelope = parseIn(language, recordEnvelopeSchema, input);
  if (!envelope.success) {
    return fail(problem('record.invalid', { fields: fieldIssuesFrom(envelope.error) }));
  }
  const kind = registry.get(envelope.data.kind);
  const schema = kind?.versions[envelope.data.schemaVersion];
  if (!kind || !schema) {
    return fail(problem('record.unknown_kind', { kind: envelope.data.kind, schemaVersion: envelope.data.schemaVersion }));
  }
  const payload = parseIn(language, schema, envelope.data.payload);
  if (!payload.success) {
    return fail(problem(namedProblem(payload.error) ?? 'record.invalid', { fields: fieldIssuesFrom(payload.error, 'payload') }));
  }
  return ok({ ...envelope.data, payload: payload.data });
}

/**
 * A registry that always answers with `current()`: the entity's settings can change while the app runs, and the
 * schemas built from its catalogues change with them. Callers keep one object.
 */
export function followingRegistry(current: () => KindRegistry): KindRegistry {
  return {
    get: (kind) => current().get(kind),
    has: (kind) => current().has(kind),
    get size() {
      return current().size;
    },
    forEach: (callback, thisArg) => current().forEach(callback, thisArg),
    entries: () => current().entries(),
    keys: () => current().keys(),
    values: () => current().values(),
    [Symbol.iterator]: () => current()[Symbol.iterator](),
  };
}
