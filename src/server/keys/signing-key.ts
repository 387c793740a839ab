import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
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
    pem = await placeNewKey(file, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  }
  return signingKeyFrom(createPrivateKey(pem));
}

/**
 * Two processes starting at once on one DATA_DIR must neither overwrite each other's fresh key nor read one
 * half written: the key is written whole under a name of its own, then linked into place (which fails if a
 * key is there already, and then that key is the one). Answers the key in place.
 */
async function placeNewKey(file: string, pem: string): Promise<string> {
  const written = `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
  await writeFile(written, pem, { mode: 0o600, flag: 'wx' });
  try {
    await link(written, file);
    return pem;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return await readFile(file, 'utf8');
  } finally {
    await rm(written, { force: true });
  }
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
