import type { StaffUser } from '../../../core/auth/accounts';
import { clearSyncBlock, readSyncBlock } from '../../storage/device-credential';
import { dataServices } from '../services';
import { authCall, type ApiResult } from './auth-api';

import { setStaffUser, staffUser } from './access-signals';

export { staffUser };

export async function loadSession(): Promise<void> {
  const answer = await authCall<{ user: StaffUser }>('GET', '/api/v1/session');
  if (answer.ok) setStaffUser(answer.value.user);
  else if (!answer.offline) setStaffUser(null);
}

/**
 * A session may send what was refused for lack of one: that refusal is lifted and the queue tries again.
 * A revoked device stays refused (its credential goes first on every request): only re-enrolling helps.
 */
async function afterSignIn(user: StaffUser): Promise<void> {
  setStaffUser(user);
  const services = await dataServices();
  const block = await readSyncBlock(services.db).catch(() => undefined);
  if (!block || block.problem.code === 'device.revoked') return;
  await clearSyncBlock(services.db).catch(() => undefined);
  void services.runner.syncNow();
}

export async function signIn(email: string, password: string): Promise<ApiResult<{ user: StaffUser }>> {
  const answer = await authCall<{ user: StaffUser }>('POST', '/api/v1/session', { email, password });
  if (answer.ok) await afterSignIn(answer.value.user);
  return answer;
}

export async function signOut(): Promise<void> {
  const answer = await authCall<undefined>('DELETE', '/api/v1/session');
  if (answer.ok) setStaffUser(null);
}

export const fetchSetupState = () => authCall<{ needsSetup: boolean }>('GET', '/api/v1/setup');

export async function completeSetup(input: { token: string; email: string; name: string; password: string }): Promise<ApiResult<{ user: StaffUser }>> {
  const answer = await authCall<{ user: StaffUser }>('POST', '/api/v1/setup', input);
  if (answer.ok) await afterSignIn(answer.value.user);
  return answer;
}
