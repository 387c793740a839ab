import { createEnrollmentUrl, setupAdmin, type StaffSession } from '../../support/auth-bootstrap';
import { startTempServer, type TempServer } from '../../server/support/temp-server';

export interface AuthServer {
  server: TempServer;
  admin: StaffSession;
  /** A fresh one-time enrollment token (what the QR carries after "#token="). */
  enrollmentToken(eventIds?: string[]): Promise<string>;
  revoke(deviceId: string): Promise<void>;
}

/** The real server (temp SQLite file, real HTTP) with its first administrator signed in. */
export async function startAuthServer(): Promise<AuthServer> {
  const server = await startTempServer();
  const admin = await setupAdmin(server.url, server.setupUrl!);
  return {
    server,
    admin,
    async enrollmentToken(eventIds = []) {
      const url = await createEnrollmentUrl(server.url, admin, { eventIds, label: 'Puerta 1' });
      return /#token=([A-Za-z0-9_-]+)/.exec(url)![1]!;
    },
    async revoke(deviceId) {
      const response = await fetch(`${server.url}/api/v1/devices/${deviceId}/revoke`, { method: 'POST', headers: admin.headers() });
      if (response.status !== 200) throw new Error(`revoke: ${response.status} ${await response.text()}`);
    },
  };
}
