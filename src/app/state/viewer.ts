import type { Role } from '../../core/auth/role-names';
import { enrolledDevice, staffUser } from './auth/access-signals';
import { rememberedRole } from './auth/remembered-role';

/** Who is looking at this browser: a staff role, an enrolled door phone (acts as 'campo'), or a citizen. */
export type Viewer = Role | 'citizen';

/**
 * A staff session wins over the phone's enrollment (a planner may sign in on a door phone). While the session
 * is still being asked for (or cannot be, offline), the role last seen on this browser; undefined on a browser
 * that never had one: menus wait rather than flash items that then vanish.
 */
export function viewer(): Viewer | undefined {
  const user = staffUser();
  if (user) return user.role as Role;
  if (enrolledDevice()) return 'campo';
  // Offline the session cannot be asked for: the last one seen here chooses the menu meanwhile.
  return user === null ? 'citizen' : rememberedRole();
}

/** Roles that plan events, answer the escuchadero and see lists (the office). */
export const OFFICE: readonly Viewer[] = ['administrador', 'planeacion'];
/** Roles that work doors (and the office, which may work one too). */
export const DOOR: readonly Viewer[] = ['administrador', 'planeacion', 'campo'];
/** Roles that read reports (aggregates). */
export const REPORTS: readonly Viewer[] = ['administrador', 'planeacion', 'consulta'];
