import { defaultCatalogues } from '../../../src/core/catalogues';
import { uuidV7 } from '../../../src/core/ids/uuidv7';
import { encodeBase64Url } from '../../../src/core/passes/base64url';
import { encodePass } from '../../../src/core/passes/pass-code';
import type { CabildoDatabase } from '../../../src/app/storage/database';
import { DOOR_META_KEYS, searchFold, type PulledAttendee } from '../../../src/app/storage/door-tables';

export const catalogues = defaultCatalogues;
export const EVENT_ID = 'atril-comuna-3';

/** A server key pair on Node's WebCrypto, as the real server signs and the door verifies. */
export async function serverKeys() {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const sign = async (bytes: Uint8Array) => new Uint8Array(await crypto.subtle.sign('Ed25519', pair.privateKey, new Uint8Array(bytes)));
  return { publicKey: encodeBase64Url(raw), sign };
}

export const attendeeId = (seed: number) => uuidV7(1_763_700_000_000 + seed, new Uint8Array(10).fill(seed));

export const passFor = (keys: { sign: (b: Uint8Array) => Promise<Uint8Array> }, id: string, eventId = EVENT_ID) =>
  encodePass({ attendeeId: id, eventId, issuedAt: 1_763_700_000 }, keys.sign);

/** The registration answers a pulled row may carry. */
export const registrationAnswers = {
  eventId: EVENT_ID,
  registeredAt: '2026-11-20T18:00:00-05:00',
  firstNames: 'Ana María',
  surnames: 'Peña Ríos',
  document: { type: 'CC', number: '43123456' },
  birthDate: '1990-05-17',
  lifeStage: 'adultez',
  territory: '03',
  accessibilityNeeds: ['interprete_lsc'],
  consent: { accepted: true, textVersion: '2026-1' },
};

export function pulledAttendee(id: string, displayName: string, answers?: { accessibilityNeeds?: string[] }): PulledAttendee {
  return {
    attendeeId: id,
    eventId: EVENT_ID,
    displayName,
    registeredAt: '2026-11-20T18:00:00-05:00',
    // Only what greets the person travels to the door (name, accessibility needs), never their answers.
    accessibilityNeeds: answers?.accessibilityNeeds ?? [],
    search: searchFold(displayName),
  };
}

export async function storeSigningKey(db: CabildoDatabase, publicKey: string): Promise<void> {
  await db.meta.put({ key: DOOR_META_KEYS.signingKey, value: { algorithm: 'Ed25519', publicKey, fetchedAt: '2026-11-21T08:00:00Z' } });
}
