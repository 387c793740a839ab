import { describe, expect, it } from 'vitest';
import { currentBuiltinDefinition, signFormLink, type SignedFormLink } from '../../../src/core/forms';
import { encodeBase64Url } from '../../../src/core/passes/base64url';
import { openFromServer } from '../../../src/app/state/forms/server-reads';

// The server's real key pair (WebCrypto Ed25519), as GET /api/v1/keys/signing serves its public half.
async function serverKey() {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = encodeBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  const sign = async (bytes: Uint8Array) => new Uint8Array(await crypto.subtle.sign('Ed25519', pair.privateKey, new Uint8Array(bytes)));
  return { publicKey, sign };
}

async function posterLink(sign: (bytes: Uint8Array) => Promise<Uint8Array>, eventId = 'audiencia-2026'): Promise<SignedFormLink> {
  const signed = await signFormLink({ formId: 'escuchadero', eventId }, sign);
  if (!signed.ok) throw new Error(signed.problem.message);
  return signed.value;
}

/** A server (or the service worker's copy of it) answering the three public reads; undefined bodies fail as offline. */
function serverFetch(bodies: Record<string, unknown>): typeof fetch {
  return async (input) => {
    const path = String(input);
    if (!(path in bodies)) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(bodies[path]), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

const escuchadero = currentBuiltinDefinition('escuchadero')!;

describe('a citizen form opened from the server reads (no storage code)', () => {
  it('verifies the link with the served key and shows the server’s newest version of the form', async () => {
    const { publicKey, sign } = await serverKey();
    const link = await posterLink(sign);
    const edited = { ...escuchadero, version: escuchadero.version + 1 };
    const opened = await openFromServer(
      link,
      serverFetch({ '/api/v1/keys/signing': { algorithm: 'Ed25519', publicKey }, '/api/v1/forms': { forms: [edited] } }),
    );
    expect(opened?.checked).toEqual({ ok: true, target: { formId: 'escuchadero', eventId: 'audiencia-2026' }, signature: link.signature });
    expect(opened?.definition?.version).toBe(escuchadero.version + 1);
    expect(opened?.fetched().map((d) => `${d.id}@${d.version}`)).toEqual([`escuchadero@${escuchadero.version + 1}`]);
  });

  it('refuses a link whose signature belongs to another event', async () => {
    const { publicKey, sign } = await serverKey();
    const other = await posterLink(sign, 'otra-audiencia');
    const tampered = { ...other, eventId: 'audiencia-2026' };
    const opened = await openFromServer(tampered, serverFetch({ '/api/v1/keys/signing': { algorithm: 'Ed25519', publicKey }, '/api/v1/forms': { forms: [] } }));
    expect(opened?.checked.ok).toBe(false);
    expect(opened?.checked.ok === false && opened.checked.reason).toBe('invalid');
  });

  it('falls back to the built-in form when the server lists no version of it', async () => {
    const { publicKey, sign } = await serverKey();
    const opened = await openFromServer(await posterLink(sign), serverFetch({ '/api/v1/keys/signing': { algorithm: 'Ed25519', publicKey } }));
    expect(opened?.checked.ok).toBe(true);
    expect(opened?.definition).toBe(escuchadero);
    expect(opened?.fetched()).toEqual([]);
  });

  it('gives way to what the device keeps when no key can be read (offline, nothing cached) or the key is malformed', async () => {
    const { sign } = await serverKey();
    const link = await posterLink(sign);
    expect(await openFromServer(link, serverFetch({}))).toBeUndefined();
    expect(await openFromServer(link, serverFetch({ '/api/v1/keys/signing': { algorithm: 'Ed25519', publicKey: 'corta' } }))).toBeUndefined();
  });
});
