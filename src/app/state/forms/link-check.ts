import { verifyFormLink, type FormLinkTarget, type LinkVerifier, type SignedFormLink } from '../../../core/forms';
import { decodeBase64Url } from '../../../core/passes/base64url';
import type { Problem } from '../../../core/problems/problem';
import { problem } from '../../../core/problems/problem';
import type { CabildoDatabase } from '../../storage/database';
import { readSigningKey } from '../../storage/door-reads';
import { refreshSigningKey } from '../../sync/pull-signing-key';

export type LinkCheck = { ok: true; target: FormLinkTarget; signature: string } | { ok: false; problem: Problem; reason: 'invalid' | 'no-key' };

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

async function verifyWithStoredKey(db: CabildoDatabase, link: SignedFormLink) {
  const key = await readSigningKey(db);
  const verify = key && (await ed25519Verifier(key.publicKey));
  return verify ? verifyFormLink(link, verify) : undefined;
}

/**
 * Checks a poster link on the device, with the public key it keeps (no network needed). With no key yet,
 * or when the check fails, the key is fetched once more if there is a network: the server may have rotated it.
 */
export async function checkFormLink(db: CabildoDatabase, link: SignedFormLink, fetcher: typeof fetch): Promise<LinkCheck> {
  let verdict = await verifyWithStoredKey(db, link);
  if (!verdict?.ok && (await refreshSigningKey({ db, fetch: fetcher }))) verdict = await verifyWithStoredKey(db, link);
  if (verdict === undefined) return { ok: false, problem: problem('network.unreachable'), reason: 'no-key' };
  return verdict.ok ? { ok: true, target: verdict.value, signature: link.signature } : { ok: false, problem: verdict.problem, reason: 'invalid' };
}
