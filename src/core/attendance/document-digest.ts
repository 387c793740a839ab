import { encodeBase64Url } from '../passes/base64url';
import { encodeUtf8 } from '../encoding/utf8';
import { sha256 } from '../encoding/sha256';
import { NO_DOCUMENT_TYPE, normaliseDocumentNumber } from './document-number';

/** 16 bytes of SHA-256 = 22 base64url characters: collisions are no concern within one event's list. */
export const DOCUMENT_DIGEST_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/**
 * What a door device keeps instead of a pre-registered person's document number (Ley 1581: a lost phone
 * must not hand out a list of cédulas): base64url(sha256("eventId:TYPE:number"))[:16 bytes]. Keyed by
 * event so lists of two events cannot be joined. It is pseudonymisation, not secrecy: cédula numbers are
 * few enough to be guessed one by one, so the digest only stops casual reading of the device.
 * The server (building the pull) and the device (staff typing a number) must both call this one function.
 */
export function documentDigest(eventId: string, type: string, number: string | undefined): string | undefined {
  const text = documentDigestText(eventId, type, number);
  return text === undefined ? undefined : documentDigestOfText(text);
}

/** The digest of a documentDigestText (for a caller that already holds the text). */
export const documentDigestOfText = (text: string): string => encodeBase64Url(sha256(encodeUtf8(text)).subarray(0, 16));

/**
 * What documentDigest hashes ("eventId:TYPE:number"), undefined when there is nothing to identify. Two
 * documents have the same digest when they have the same text (and, but for a 128-bit collision, only then):
 * the server groups a year of check-ins by it and hashes only the few that meet again (offlineDuplicates).
 */
export function documentDigestText(eventId: string, type: string, number: string | undefined): string | undefined {
  const code = type.trim().toUpperCase();
  const normalised = number === undefined ? '' : normaliseDocumentNumber(number);
  if (code === '' || code === NO_DOCUMENT_TYPE || normalised === '') return undefined;
  return `${eventId}:${code}:${normalised}`;
}
