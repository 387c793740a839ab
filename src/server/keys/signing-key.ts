import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The server's Ed25519 key: it signs attendee passes and form links. Devices keep the public
 * key, so a door phone with no signal can still tell a genuine pass from a forged one.
 */
export interface SigningKey {
  sign(bytes: Uint8Array): Promise<Uint8Array>;
  verify(bytes: Uint8Array, signature: Uint8Array): Promise<boolean>;
  /** The raw 32-byte public key, base64url: what devices import with WebCrypto. */
  publicKeyBase64Url: string;
}

const KEY_FILE = 'signing-ed25519.pem';

/** Loads DATA_DIR/keys/signing-ed25519.pem, creating it (readable by the owner only) on first start. */
export async function loadSigningKey(dataDir: string): Promise<SigningKey> {
  const dir = join(dataDir, 'keys');
  const file = join(dir, KEY_FILE);
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    // 'wx': two processes starting at once must not overwrite each other's fresh key.
    await writeFile(file, pem, { mode: 0o600, flag: 'wx' }).catch(async () => {
      pem = await readFile(file, 'utf8');
    });
  }
  return signingKeyFrom(createPrivateKey(pem));
}

export function signingKeyFrom(privateKey: KeyObject): SigningKey {
  const publicKey = createPublicKey(privateKey);
  const jwk = publicKey.export({ format: 'jwk' });
  return {
    sign: async (bytes) => new Uint8Array(sign(null, bytes, privateKey)),
    verify: async (bytes, signature) => {
      try {
        return verify(null, bytes, publicKey, signature);
      } catch {
        return false;
      }
    },
    publicKeyBase64Url: String(jwk.x),
  };
}
