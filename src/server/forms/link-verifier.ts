import { createPublicKey, verify } from 'node:crypto';
import type { SyncLinkVerifier } from '../../core/records/registry';

/**
 * Checks form-link signatures with the server's Ed25519 public key, synchronously: record validation
 * (validateRecord) is synchronous, and node:crypto's one-shot verify is too. Devices check the same
 * signature offline with the key from GET /api/v1/keys/signing.
 */
export function ed25519LinkVerifier(publicKeyBase64Url: string): SyncLinkVerifier {
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKeyBase64Url }, format: 'jwk' });
  return (bytes, signature) => {
    try {
      return verify(null, bytes, key, signature);
    } catch {
      return false;
    }
  };
}
