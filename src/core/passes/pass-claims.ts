import * as z from 'zod/mini';
import { UUID_V7_PATTERN } from '../ids/uuidv7';

/** What a pass says: this attendee is registered for this event (issuedAt in Unix seconds). */
export interface PassClaims {
  attendeeId: string;
  eventId: string;
  issuedAt: number;
}

/** The claims as they travel inside the QR: one-letter keys keep the code small and easy to scan. */
export const passWireClaimsSchema = z.strictObject({
  a: z.string().check(z.regex(UUID_V7_PATTERN)),
  e: z.string().check(z.minLength(1), z.maxLength(64)),
  i: z.number().check(z.int(), z.minimum(0), z.maximum(2 ** 40)),
});

export type PassWireClaims = z.infer<typeof passWireClaimsSchema>;

export const toWireClaims = (claims: PassClaims): PassWireClaims => ({ a: claims.attendeeId, e: claims.eventId, i: claims.issuedAt });
export const fromWireClaims = (wire: PassWireClaims): PassClaims => ({ attendeeId: wire.a, eventId: wire.e, issuedAt: wire.i });
