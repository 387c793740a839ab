import { decodeBase64Url } from '../../../core/passes/base64url';
import type { VerifyBytes } from '../../../core/passes/pass-code';

/**
 * WebCrypto Ed25519 verification with the server's public key (raw 32 bytes, base64url): passes are checked
 * on the device, with no network. Undefined when the key is malformed or the browser lacks Ed25519.
 */
export async function passVerifier(publicKey: string, subtle: SubtleCrypto = crypto.subtle): Promise<VerifyBytes | undefined> {
  const raw = decodeBase64Url(publicKey);
  if (!raw || raw.length !== 32) return undefined;
  try {
    const key = await subtle.importKey('raw', new Uint8Array(raw), { name: 'Ed25519' }, false, ['verify']);
    return (bytes, signature) =>
      subtle.verify({ name: 'Ed25519' }, key, new Uint8Array(signature), new Uint8Array(bytes)).catch(() => false);
  } catch {
    return undefined;
  }
}
