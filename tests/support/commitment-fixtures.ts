import { randomBytes } from 'node:crypto';
import { commitmentSchema, progressUpdateSchema, type Commitment, type ProgressUpdate } from '../../src/core/commitments';
import { uuidV7 } from '../../src/core/ids/uuidv7';

/** A fresh client id, as a device would make it. */
export const clientId = (): string => uuidV7(Date.now(), randomBytes(10));

/** A valid commitment (parsed by the core schema, as the server stores it), overridable field by field. */
export function commitmentOf(over: Partial<Commitment> = {}): Commitment {
  return commitmentSchema.parse({
    id: clientId(),
    eventId: 'evento-compromisos',
    title: 'Pavimentar la vía a la vereda El Carmen',
    office: 'infraestructura',
    dueDate: '2027-06-30',
    territory: 'rural',
    topic: 'vias',
    origin: { kind: 'typed' },
    createdAt: '2026-11-21T10:00:00-05:00',
    ...over,
  });
}

export function updateOf(commitmentId: string, over: Partial<ProgressUpdate> = {}): ProgressUpdate {
  return progressUpdateSchema.parse({
    id: clientId(),
    commitmentId,
    date: '2026-12-01',
    percent: 40,
    state: 'en_curso',
    text: 'Contrato firmado y obra iniciada.',
    ...over,
  });
}
