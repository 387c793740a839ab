import type { SignBytes, VerifyBytes } from '../../../src/core/passes/pass-code';

// Node's real WebCrypto Ed25519, as the server and the door device will use it; the core only sees callbacks.
const subtle = globalThis.crypto.subtle;

export async function ed25519Keys(): Promise<{ sign: SignBytes; verify: VerifyBytes }> {
  const keys = (await subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    sign: async (bytes) => new Uint8Array(await subtle.sign('Ed25519', keys.privateKey, new Uint8Array(bytes))),
    verify: (bytes, signature) => subtle.verify('Ed25519', keys.publicKey, new Uint8Array(signature), new Uint8Array(bytes)),
  };
}
