import { verifyFormLink, type FormLinkTarget, type SignedFormLink } from '../../../core/forms';
import type { Problem } from '../../../core/problems/problem';
import { citizenProblem } from '../../../core/problems/citizen-problems';
import type { CabildoDatabase } from '../../storage/database';
import { readSigningKey } from '../../storage/door-reads';
import { refreshSigningKey } from '../../sync/pull-signing-key';
import { ed25519Verifier } from './link-signature';

export { ed25519Verifier };

export type LinkCheck = { ok: true; target: FormLinkTarget; signature: string } | { ok: false; problem: Problem; reason: 'invalid' | 'no-key' };

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
  if (verdict === undefined) return { ok: false, problem: citizenProblem('network.unreachable'), reason: 'no-key' };
  return verdict.ok ? { ok: true, target: verdict.value, signature: link.signature } : { ok: false, problem: verdict.problem, reason: 'invalid' };
}
