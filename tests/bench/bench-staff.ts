import { createStaff, setupAdmin } from '../support/auth-bootstrap';
import type { ServerProcess } from '../support/server-process';

/**
 * A planning-office session for benches that seed and read over the API: the fresh server prints its
 * first-run setup link, the administrator is created from it, then a 'planeacion' account. On a server
 * without sessions (no setup line) the API is open and no header is needed.
 */
export async function planningSession(server: ServerProcess): Promise<{ headers: Record<string, string>; cookie?: { name: string; value: string } }> {
  if (!/configuracion-inicial#token=/.test(server.output())) return { headers: {} };
  const admin = await setupAdmin(server.url, server.output());
  const planner = await createStaff(server.url, admin, 'planeacion');
  const at = planner.cookie.indexOf('=');
  return { headers: { cookie: planner.cookie }, cookie: { name: planner.cookie.slice(0, at), value: planner.cookie.slice(at + 1) } };
}
