import { ROLES, type Role } from '../../../core/auth/role-names';

/**
 * The role of the last session this browser saw, so an office computer that opens the app with no signal
 * still shows its menu (the session cannot be asked for offline). Only the role, never who: the server still
 * decides every request, this only chooses which menu items to show.
 */
const ROLE_KEY = 'cabildo.lastRole';

export function rememberedRole(): Role | undefined {
  try {
    const role = localStorage.getItem(ROLE_KEY);
    return (ROLES as readonly string[]).includes(role ?? '') ? (role as Role) : undefined;
  } catch {
    return undefined;
  }
}

export function rememberRole(role: Role | undefined): void {
  try {
    if (role === undefined) localStorage.removeItem(ROLE_KEY);
    else localStorage.setItem(ROLE_KEY, role);
  } catch {
    // Storage blocked: offline, the menu waits for a session as before.
  }
}
