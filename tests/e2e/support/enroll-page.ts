import type { BrowserContext, Page } from 'playwright-core';
import { createEnrollmentUrl, createStaff, setupAdmin, type EnrollOptions, type StaffRole, type StaffSession } from '../../support/auth-bootstrap';

/** What these helpers need of a server: its URL and what it printed (the first-run setup link is in there). */
export interface E2eServer {
  url: string;
  output(): string;
}

// First-run setup works once per server: every helper (and every test file's own calls) shares this admin.
const admins = new Map<string, Promise<StaffSession>>();

/** The server's first administrator, created on first use from the setup link the server printed. */
export function adminOf(server: E2eServer): Promise<StaffSession> {
  let admin = admins.get(server.url);
  if (!admin) {
    admin = setupAdmin(server.url, server.output());
    admin.catch(() => admins.delete(server.url));
    admins.set(server.url, admin);
  }
  return admin;
}

export interface EnrolledPage {
  admin: StaffSession;
  /** The page's own device id (the one its records carry), now enrolled. */
  deviceId: string;
}

/**
 * Enrolls the page's browser profile as a field device, the way a phone does it: an administrator makes an
 * enrollment link (the QR's text), the page opens it, and the app stores its credential. Resolves once the
 * enrollment screen confirms it. The page is left on /enrolar; go on with page.goto(...).
 */
export async function enrollPage(page: Page, server: E2eServer, options: EnrollOptions = {}): Promise<EnrolledPage> {
  const admin = await adminOf(server);
  const url = await createEnrollmentUrl(server.url, admin, { label: options.label ?? 'Teléfono de la prueba', ...options });
  await page.goto(url);
  await page.getByTestId('enroll-done').waitFor({ timeout: 30_000 });
  const deviceId = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('cabildo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('meta').objectStore('meta').get('auth.deviceCredential');
          read.onsuccess = () => {
            open.result.close();
            resolve((read.result as { value: { deviceId: string } }).value.deviceId);
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
  return { admin, deviceId };
}

/** Signs a browser context in as staff with this role (an account made by the administrator) via its session cookie. */
export async function signInPage(context: BrowserContext, server: E2eServer, role: StaffRole): Promise<StaffSession> {
  const admin = await adminOf(server);
  const staff = role === 'administrador' ? admin : await createStaff(server.url, admin, role);
  const value = staff.cookie.slice('cabildo_session='.length);
  await context.addCookies([{ name: 'cabildo_session', value, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
  return staff;
}
