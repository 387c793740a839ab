import { Hono } from 'hono';
import type { SigningKey } from '../keys/signing-key';

/**
 * GET /api/v1/keys/signing: the public half of the server key, which devices keep to check passes offline.
 * Public by nature (no authentication ever needed); no-store like all of /api, so a rotated key reaches
 * devices on their next sync.
 */
export function signingKeyResource(key: SigningKey): Hono {
  const resource = new Hono();
  resource.get('/signing', (c) => c.json({ algorithm: 'Ed25519', publicKey: key.publicKeyBase64Url }));
  return resource;
}
