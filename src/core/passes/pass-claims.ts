import { z } from 'zod';
import { UUID_V7_PATTERN } from '../ids/uuidv7';

/** What a pass says: this attendee is registered for this event (issuedAt in Unix seconds). */
export interface PassClaims {
  attendeeId: string;
  eventId: string;
  issuedAt: number;
}

/** The claims as they travel inside the QR: one-letter keys keep the code small and easy to scan. */
export const passWireClaimsSchema = z.strictObject({
  a: z.string().regex(UUID_V7_PATTERN),
  e: z.string().min(1).max(64),
  i: z.number().int().min(0).max(2 ** 40),
});

export type PassWireClaims = z.infer<typeof passWireClaimsSchema>;

export const toWireClaims = (claims: PassClaims): PassWireClaims => ({ a: claims.attendeeId, e: claims.eventId, i: claims.issuedAt });
export const fromWireClaims = (wire: PassWireClaims): PassClaims => ({ attendeeId: wire.a, eventId: wire.e, issuedAt: wire.i });
