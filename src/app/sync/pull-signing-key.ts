import * as z from 'zod/mini';
import type { CabildoDatabase } from '../storage/database';
import { DOOR_META_KEYS, type StoredSigningKey } from '../storage/door-tables';
import { getJson, type HttpDeps } from './pull-http';
import { SIGNING_KEY_ENDPOINT } from '../../core/forms/public-reads';

export { SIGNING_KEY_ENDPOINT };

const signingKeySchema = z.object({ algorithm: z.literal('Ed25519'), publicKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)) });

export const isStoredSigningKey = (value: unknown): value is StoredSigningKey =>
  signingKeySchema.safeParse(value).success && typeof (value as { fetchedAt?: unknown }).fetchedAt === 'string';

/**
 * Fetches the server's public key and keeps it (replacing an older one if the server rotated it), so
 * passes verify at a door with no signal. Offline it keeps the one it has. Resolves to whether a key is kept.
 */
export async function refreshSigningKey(deps: HttpDeps & { db: CabildoDatabase; now?: () => Date }): Promise<boolean> {
  const answer = await getJson(deps, SIGNING_KEY_ENDPOINT);
  const parsed = answer?.status === 200 ? signingKeySchema.safeParse(answer.body) : undefined;
  if (parsed?.success) {
    const at = (deps.now ?? (() => new Date()))().toISOString();
    const current = await deps.db.meta.get(DOOR_META_KEYS.signingKey);
    if (!isStoredSigningKey(current?.value) || current.value.publicKey !== parsed.data.publicKey) {
      const value: StoredSigningKey = { ...parsed.data, fetchedAt: at };
      await deps.db.meta.put({ key: DOOR_META_KEYS.signingKey, value });
    }
    return true;
  }
  return isStoredSigningKey((await deps.db.meta.get(DOOR_META_KEYS.signingKey))?.value);
}
