import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSigningKey } from '../../../src/server/keys/signing-key';

const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cabildo-keys-'));
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('signing key', () => {
  it('is created once and the same key is loaded after a restart', async () => {
    const dir = await tempDir();
    const first = await loadSigningKey(dir);
    const second = await loadSigningKey(dir);
    expect(second.publicKeyBase64Url).toBe(first.publicKeyBase64Url);
    const message = new TextEncoder().encode('CAB1.abc');
    expect(await second.verify(message, await first.sign(message))).toBe(true);
    expect((await stat(join(dir, 'keys', 'signing-ed25519.pem'))).mode & 0o077).toBe(0);
  });

  it('gives every process starting at once on a fresh directory the same whole key, and leaves no other file', async () => {
    const dir = await tempDir();
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadSigningKey(dir)));
    expect(new Set(keys.map((k) => k.publicKeyBase64Url)).size).toBe(1);
    expect(await readdir(join(dir, 'keys'))).toEqual(['signing-ed25519.pem']);
  });

  it('verifies with WebCrypto on the raw public key, as a device does offline', async () => {
    const key = await loadSigningKey(await tempDir());
    const raw = Buffer.from(key.publicKeyBase64Url, 'base64url');
    const publicKey = await crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
    const message = new TextEncoder().encode('hola');
    const signature = await key.sign(message);
    expect(await crypto.subtle.verify('Ed25519', publicKey, new Uint8Array(signature), message)).toBe(true);
    expect(await crypto.subtle.verify('Ed25519', publicKey, new Uint8Array(signature), new TextEncoder().encode('hola!'))).toBe(false);
  });

  it('answers false, not a throw, for a signature of the wrong length', async () => {
    const key = await loadSigningKey(await tempDir());
    expect(await key.verify(new Uint8Array([1]), new Uint8Array(3))).toBe(false);
  });
});
