import type { LinkVerifier } from '../../../core/forms';
import { decodeBase64Url } from '../../../core/passes/base64url';

/** WebCrypto Ed25519 with the server's public key (raw 32 bytes, base64url); undefined if unusable here. */
export async function ed25519Verifier(publicKey: string, subtle: SubtleCrypto = crypto.subtle): Promise<LinkVerifier | undefined> {
  const raw = decodeBase64Url(publicKey);
  if (!raw || raw.length !== 32) return undefined;
  try {
    const key = await subtle.importKey('raw', new Uint8Array(raw), { name: 'Ed25519' }, false, ['verify']);
    return (bytes, signature) => subtle.verify({ name: 'Ed25519' }, key, new Uint8Array(signature), new Uint8Array(bytes)).catch(() => false);
  } catch {
    return undefined;
  }
}
