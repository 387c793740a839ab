import type { Role } from '../../core/auth/role-names';
import { enrolledDevice, staffUser } from './auth/access-signals';

/** Who is looking at this browser: a staff role, an enrolled door phone (acts as 'campo'), or a citizen. */
export type Viewer = Role | 'citizen';

/**
 * A staff session wins over the phone's enrollment (a planner may sign in on a door phone). undefined
 * while the session is still being asked for: menus wait rather than flash items that then vanish.
 */
export function viewer(): Viewer | undefined {
  const user = staffUser();
  if (user) return user.role as Role;
  if (enrolledDevice()) return 'campo';
  return user === null ? 'citizen' : undefined;
}

/** Roles that plan events, answer the escuchadero and see lists (the office). */
export const OFFICE: readonly Viewer[] = ['administrador', 'planeacion'];
/** Roles that work doors (and the office, which may work one too). */
export const DOOR: readonly Viewer[] = ['administrador', 'planeacion', 'campo'];
/** Roles that read reports (aggregates). */
export const REPORTS: readonly Viewer[] = ['administrador', 'planeacion', 'consulta'];
