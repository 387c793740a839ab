import { problem } from '../problems/problem';
import { fail, ok, type Result } from '../result';
import { decodeUtf8Strict, encodeUtf8 } from '../encoding/utf8';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { fromWireClaims, passWireClaimsSchema, toWireClaims, type PassClaims } from './pass-claims';

/** Version prefix: a future format gets CAB2 and old passes keep working. */
export const PASS_PREFIX = 'CAB1';
/** Ed25519 signatures are always 64 bytes. */
const SIGNATURE_BYTES = 64;

export type SignBytes = (bytes: Uint8Array) => Promise<Uint8Array>;
export type VerifyBytes = (bytes: Uint8Array, signature: Uint8Array) => Promise<boolean>;

/** The signature covers the exact text "CAB1.<claims>", so nothing in the claims part can change unnoticed. */
const signedPart = (claimsText: string) => encodeUtf8(`${PASS_PREFIX}.${claimsText}`);

/**
 * `CAB1.<base64url(JSON claims)>.<base64url(signature)>`. Signing stays outside the core: the server passes
 * a function holding its Ed25519 private key.
 */
export async function encodePass(claims: PassClaims, sign: SignBytes): Promise<string> {
  const wire = passWireClaimsSchema.parse(toWireClaims(claims));
  const claimsText = encodeBase64Url(encodeUtf8(JSON.stringify(wire)));
  const signature = await sign(signedPart(claimsText));
  return `${PASS_PREFIX}.${claimsText}.${encodeBase64Url(signature)}`;
}

function readClaims(claimsText: string): PassClaims | undefined {
  const bytes = decodeBase64Url(claimsText);
  if (!bytes) return undefined;
  try {
    const parsed = passWireClaimsSchema.safeParse(JSON.parse(decodeUtf8Strict(bytes) ?? '\u0000'));
    return parsed.success ? fromWireClaims(parsed.data) : undefined;
  } catch {
    return undefined; // not UTF-8 or not JSON: a malformed pass, not a crash at the door
  }
}

/**
 * Checks a scanned pass, in this order: is it a Cabildo pass at all (pass.malformed), was it signed by our
 * server (pass.forged), is it for this event (pass.wrong_event). Works offline with the public key.
 */
export async function verifyPass(
  text: string,
  options: { expectedEventId: string; verify: VerifyBytes },
): Promise<Result<PassClaims>> {
  const parts = text.trim().split('.');
  const [prefix, claimsText, signatureText] = parts;
  if (parts.length !== 3 || prefix !== PASS_PREFIX || !claimsText || !signatureText) return fail(problem('pass.malformed'));
  const claims = readClaims(claimsText);
  const signature = decodeBase64Url(signatureText);
  if (!claims || signature?.length !== SIGNATURE_BYTES) return fail(problem('pass.malformed'));
  if (!(await options.verify(signedPart(claimsText), signature))) return fail(problem('pass.forged'));
  if (claims.eventId !== options.expectedEventId) {
    return fail(problem('pass.wrong_event', { passEventId: claims.eventId, expectedEventId: options.expectedEventId }));
  }
  return ok(claims);
}
