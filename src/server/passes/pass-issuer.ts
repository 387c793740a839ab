import { encodePass, type SignBytes } from '../../core/passes';
import type { PassStore } from '../store/pass-store';

/** The registration a pass is issued for: its record id (the attendee), event, and server arrival time. */
export interface PassRequest {
  attendeeId: string;
  eventId: string;
  receivedAt: string;
}

export type IssuePass = (request: PassRequest) => Promise<string>;

/**
 * The pass of a registration, issued once and stored. issuedAt is the registration's arrival time and
 * Ed25519 signatures are deterministic, so even two requests issuing at once sign the same text; the
 * store keeps the first anyway, and every later answer is that stored text.
 */
export function passIssuer(store: PassStore, sign: SignBytes): IssuePass {
  return async ({ attendeeId, eventId, receivedAt }) => {
    const stored = await store.pass(attendeeId);
    if (stored) return stored.code;
    const issuedAt = Math.floor(Date.parse(receivedAt) / 1000);
    const code = await encodePass({ attendeeId, eventId, issuedAt }, sign);
    return (await store.keepPass({ attendeeId, eventId, issuedAt, code })).code;
  };
}
