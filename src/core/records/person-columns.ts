import { identityOfKey } from '../attendance';

/**
 * What habeas data looks a person up by, taken out of a payload once, at ingest (migration 0300 did the same
 * for what was stored before): the document number it carries, and the registration it links to.
 */
export interface PersonColumns {
  /** payload.document.number, else payload.documentNumber (text only). */
  documentNumber: string | null;
  /** A pass check-in's payload.attendeeId, else a linked form answer's personKey "attendee:<id>". */
  attendeeLink: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function personColumnsOf(payload: unknown): PersonColumns {
  const p = (payload ?? {}) as { document?: { number?: unknown } | null; documentNumber?: unknown; attendeeId?: unknown; personKey?: unknown };
  return {
    documentNumber: text(p.document?.number) ?? text(p.documentNumber),
    attendeeLink: text(p.attendeeId) ?? identityOfKey(text(p.personKey) ?? undefined).attendeeId ?? null,
  };
}
