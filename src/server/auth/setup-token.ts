import type { AuthStore } from '../store/auth-store';
import { randomToken, sha256Hex } from './secrets';

/**
 * On a database without users, a fresh one-time token for the first administrator (printed by main.ts as a
 * link). Each start makes a new one; any unused one works until the first administrator exists.
 */
export async function firstRunSetupToken(store: AuthStore, now: Date): Promise<string | undefined> {
  if ((await store.countUsers()) > 0) return undefined;
  const token = randomToken();
  await store.addSetupToken(sha256Hex(token), now.toISOString());
  return token;
}

export const setupUrlOf = (baseUrl: string, token: string): string => `${baseUrl}/configuracion-inicial#token=${token}`;
