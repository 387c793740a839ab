import type { BrowserContext } from 'playwright-core';
import { createStaff, setupAdmin, type StaffRole, type StaffSession } from '../../support/auth-bootstrap';
import type { ServerProcess } from '../../support/server-process';

/**
 * How the reports e2e reach the API: the ONE place that knows about sign-in. When the server prints
 * the first-run setup link (staff sessions, AUTH_CONTRACT.md), a 'planeacion' account is created and its
 * cookie goes with every seed request and into the browser; on a server without authentication the
 * API is open and nothing is added.
 */
export interface StaffAccess {
  authenticated: boolean;
  /** Headers for seeding requests (JSON content type, and the session cookie when there is one). */
  headers(): Record<string, string>;
  /** Puts the session cookie into a browser context (no-op on an open API). */
  signInBrowser(context: BrowserContext): Promise<void>;
  /** Another staff account with this role (undefined on an open API, where roles do not exist). */
  withRole(role: StaffRole): Promise<StaffAccess | undefined>;
}

const SETUP_LINE = /configuracion-inicial#token=/;
const JSON_TYPE = { 'content-type': 'application/json' };

const open: StaffAccess = { authenticated: false, headers: () => JSON_TYPE, signInBrowser: async () => undefined, withRole: async () => undefined };

function accessOf(server: ServerProcess, admin: StaffSession, staff: StaffSession): StaffAccess {
  const at = staff.cookie.indexOf('=');
  const [name, value] = [staff.cookie.slice(0, at), staff.cookie.slice(at + 1)];
  return {
    authenticated: true,
    headers: () => staff.headers(),
    signInBrowser: (context) => context.addCookies([{ name, value, url: server.url }]),
    withRole: async (role) => accessOf(server, admin, await createStaff(server.url, admin, role)),
  };
}

export async function signInAsPlanning(server: ServerProcess): Promise<StaffAccess> {
  if (!SETUP_LINE.test(server.output())) return open;
  const admin = await setupAdmin(server.url, server.output());
  return accessOf(server, admin, await createStaff(server.url, admin, 'planeacion'));
}
