import { ROLES, type Role } from '../../../core/auth/role-names';
import { readLocal, writeLocal } from '../local-value';

/**
 * The role of the last session this browser saw, so an office computer that opens the app with no signal
 * still shows its menu (the session cannot be asked for offline). Only the role, never who: the server still
 * decides every request, this only chooses which menu items to show.
 */
const ROLE_KEY = 'cabildo.lastRole';

export function rememberedRole(): Role | undefined {
  const role = readLocal(ROLE_KEY);
  return (ROLES as readonly string[]).includes(role ?? '') ? (role as Role) : undefined;
}

/** Blocked storage keeps nothing: offline, the menu then waits for a session as before. */
export function rememberRole(role: Role | undefined): void {
  writeLocal(ROLE_KEY, role);
}
