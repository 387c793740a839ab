import { z } from 'zod';
import { UUID_V7_PATTERN } from '../ids/uuidv7';

/** Text without lone UTF-16 surrogates, i.e. text that UTF-8 (SQLite, PostgreSQL) can hold unchanged. */
export const isWellFormedText = (text: string): boolean => !/\p{Cs}/u.test(text);

/**
 * Every record a device creates travels in this envelope. `payload` is checked
 * separately, by the schema of its kind and version (see kind-registry.ts).
 */
export const recordEnvelopeSchema = z.object({
  id: z.string().regex(UUID_V7_PATTERN, { error: 'Debe ser un UUIDv7 en minúsculas.' }),
  kind: z.string().min(1).max(64),
  schemaVersion: z.number().int().min(1).max(1000),
  // Stored as its own SQLite column, as UTF-8: a lone surrogate would come back changed, and the
  // device's retry of the same record would then look like a conflict.
  deviceId: z.string().min(1).max(64).refine(isWellFormedText, { error: 'El identificador del dispositivo tiene caracteres no válidos.' }),
  createdAt: z.iso.datetime({ offset: true }),
  payload: z.unknown(),
});

export type RecordEnvelope = z.infer<typeof recordEnvelopeSchema>;

/** A record whose payload has passed its kind's schema. */
export interface ValidRecord<P = unknown> extends RecordEnvelope {
  payload: P;
}
