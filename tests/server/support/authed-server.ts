import { enrollDevice, setupAdmin, signIn, type EnrolledDevice, type StaffSession } from '../../support/auth-bootstrap';
import { startTempServer, type TempServer } from './temp-server';
import type { StartOptions } from '../../../src/server/start';
import { forgetCredentials, rememberCredentials } from './authed-fetch';
import { DEFAULT_RATE_LIMITS, type RateLimit, type RateLimitName } from '../../../src/server/auth/rate-limits';

const GENEROUS_LIMITS = Object.fromEntries(
  Object.keys(DEFAULT_RATE_LIMITS).map((name) => [name, { limit: 1_000_000, windowSeconds: 60 }]),
) as Record<RateLimitName, RateLimit>;

export interface AuthedServer extends TempServer {
  /** The first administrator, signed in. */
  admin: StaffSession;
  /** A device enrolled for every event (credential in `device.headers()`). */
  device: EnrolledDevice;
}

/**
 * A temp server already set up: an administrator session and an enrolled device, ready for requests
 * (and registered for authedFetch, see ./authed-fetch.ts).
 */
export async function startAuthedServer(options: Partial<StartOptions> = {}): Promise<AuthedServer> {
  // Tests push and pull far faster than people do: limits stay out of the way unless a test sets them.
  const server = await startTempServer({ auth: { rateLimits: GENEROUS_LIMITS }, ...options });
  try {
    const admin = await setupAdmin(server.url, server.setupUrl!);
    const device = await enrollDevice(server.url, admin, { label: 'Teléfono de pruebas' });
    let session = admin;
    rememberCredentials(server.url, {
      staff: () => session.headers(),
      device: device.headers,
      renewStaff: async () => {
        session = await signIn(server.url, admin.email, admin.password, 'administrador');
      },
    });
    return {
      ...server,
      admin,
      device,
      dispose: async () => {
        forgetCredentials(server.url);
        await server.dispose();
      },
    };
  } catch (error) {
    await server.dispose();
    throw error;
  }
}
