import * as z from 'zod/mini';
import { UUID_V7_PATTERN } from '../ids/uuidv7';
import { citizenMessage } from '../problems/citizen-field-messages';

/** Text without lone UTF-16 surrogates, i.e. text that UTF-8 (SQLite, PostgreSQL) can hold unchanged. */
export const isWellFormedText = (text: string): boolean => !/\p{Cs}/u.test(text);

/**
 * Every record a device creates travels in this envelope. `payload` is checked
 * separately, by the schema of its kind and version (see kind-registry.ts).
 */
export const recordEnvelopeSchema = z.object({
  id: z.string().check(z.regex(UUID_V7_PATTERN, { error: citizenMessage('record.id') })),
  kind: z.string().check(z.minLength(1), z.maxLength(64)),
  schemaVersion: z.number().check(z.int(), z.minimum(1), z.maximum(1000)),
  // Stored as its own SQLite column, as UTF-8: a lone surrogate would come back changed, and the
  // device's retry of the same record would then look like a conflict.
  deviceId: z.string().check(z.minLength(1), z.maxLength(64), z.refine(isWellFormedText, { error: citizenMessage('record.device_id') })),
  createdAt: z.iso.datetime({ offset: true }),
  payload: z.unknown(),
});

export type RecordEnvelope = z.infer<typeof recordEnvelopeSchema>;

/** A record whose payload has passed its kind's schema. */
export interface ValidRecord<P = unknown> extends RecordEnvelope {
  payload: P;
}
