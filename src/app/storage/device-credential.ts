import type { Problem } from '../../core/problems/problem';
import type { CabildoDatabase } from './database';

/** Keys of the auth entries in `meta` (no new table: one credential, one refusal, a few settings). */
export const AUTH_META_KEYS = {
  credential: 'auth.deviceCredential',
  syncBlock: 'auth.syncBlock',
} as const;

/** What enrollment gave this device: the credential sent as `Authorization: Bearer …` and what it allows. */
export interface StoredCredential {
  credential: string;
  deviceId: string;
  label: string;
  role: string;
  eventIds: string[];
  enrolledAt: string;
}

/** The server refused this device as a whole (revoked, not enrolled, not allowed): kept so the banner survives reloads. */
export interface SyncBlock {
  problem: Problem;
  at: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const isStoredCredential = (v: unknown): v is StoredCredential =>
  isObject(v) && typeof v.credential === 'string' && typeof v.deviceId === 'string' && typeof v.label === 'string' && Array.isArray(v.eventIds);

const isSyncBlock = (v: unknown): v is SyncBlock => isObject(v) && isObject(v.problem) && typeof v.problem.code === 'string' && typeof v.at === 'string';

export async function readCredential(db: CabildoDatabase): Promise<StoredCredential | undefined> {
  const entry = await db.meta.get(AUTH_META_KEYS.credential);
  return isStoredCredential(entry?.value) ? entry.value : undefined;
}

/** The header value for requests of this device, or undefined on a phone that was never enrolled (a citizen's). */
export async function authorizationOf(db: CabildoDatabase): Promise<string | undefined> {
  const stored = await readCredential(db);
  return stored ? `Bearer ${stored.credential}` : undefined;
}

/** A new credential replaces the old one and lifts the refusal together: the queue may drain again. */
export async function storeCredential(db: CabildoDatabase, credential: StoredCredential): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: AUTH_META_KEYS.credential, value: credential });
    await db.meta.delete(AUTH_META_KEYS.syncBlock);
  });
}

export async function readSyncBlock(db: CabildoDatabase): Promise<SyncBlock | undefined> {
  const entry = await db.meta.get(AUTH_META_KEYS.syncBlock);
  return isSyncBlock(entry?.value) ? entry.value : undefined;
}

export const writeSyncBlock = (db: CabildoDatabase, block: SyncBlock) => db.meta.put({ key: AUTH_META_KEYS.syncBlock, value: block });

export const clearSyncBlock = (db: CabildoDatabase) => db.meta.delete(AUTH_META_KEYS.syncBlock);
