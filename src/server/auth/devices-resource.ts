import { Hono } from 'hono';
import { DEFAULT_ENROLLMENT_TTL_MINUTES, deviceLabelSchema, enrollmentRequestSchema, enrollRequestSchema, formatDeviceCredential, type DeviceView } from '../../core/auth/devices';
import { problem } from '../../core/problems/problem';
import { jsonOf, limitBody, requestOf } from '../forms/json-request';
import { requestLanguage } from '../http/request-language';
import { problemResponse } from '../http/problem-response';
import type { AuthStore, StoredDevice } from '../store/auth-store';
import type { Audit } from './audit-log';
import { principalOf } from './authorize';
import { principalId } from './principal';
import { randomToken, sha256Hex } from './secrets';

interface DevicesDeps {
  store: AuthStore;
  audit: Audit;
  now: () => Date;
}

const deviceView = (d: StoredDevice): DeviceView => ({
  deviceId: d.deviceId,
  label: d.label,
  eventIds: d.eventIds,
  enrolledAt: d.enrolledAt,
  lastSyncAt: d.lastSyncAt,
  revokedAt: d.revokedAt,
});

/**
 * /api/v1/devices: enrollment by QR (a short-lived one-time token shown as a link), the device list with last
 * sync, revocation. Re-enrolling a revoked device id with a new token gives it a new credential.
 */
export function devicesResource(deps: DevicesDeps): Hono {
  const resource = new Hono();
  const small = limitBody(8 * 1024);

  resource.post('/enrollments', small, async (c) => {
    const body = await jsonOf(c);
    const request = body.ok ? requestOf(requestLanguage(c), enrollmentRequestSchema, body.value) : body;
    if (!request.ok) return problemResponse(c, request.problem);
    const principal = principalOf(c)!;
    const token = randomToken();
    const at = deps.now();
    const expiresAt = new Date(at.getTime() + (request.value.ttlMinutes ?? DEFAULT_ENROLLMENT_TTL_MINUTES) * 60_000).toISOString();
    const { label, eventIds } = request.value;
    await deps.store.addEnrollment({ tokenHash: sha256Hex(token), label, eventIds, createdBy: principalId(principal), createdAt: at.toISOString(), expiresAt });
    await deps.audit(principal, { action: 'device.enrollment_create', details: { eventIds } });
    return c.json({ token, url: `${new URL(c.req.url).origin}/enrolar#token=${token}`, expiresAt }, 201);
  });

  resource.post('/enroll', small, async (c) => {
    const body = await jsonOf(c);
    const request = body.ok ? requestOf(requestLanguage(c), enrollRequestSchema, body.value) : body;
    if (!request.ok) return problemResponse(c, request.problem);
    const { token, deviceId, label } = request.value;
    const secret = randomToken();
    const device = await deps.store.enroll(sha256Hex(token), { deviceId, label, secretHash: sha256Hex(secret) }, deps.now().toISOString());
    if (!device) {
      await deps.audit({ kind: 'anonymous' }, { action: 'device.enroll', target: deviceId, outcome: 'failed' });
      return problemResponse(c, problem('device.enrollment_invalid'));
    }
    await deps.audit({ kind: 'device', role: 'campo', device }, { action: 'device.enroll', target: deviceId, details: { enrolledBy: device.enrolledBy } });
    const credential = formatDeviceCredential(deviceId, secret);
    return c.json({ deviceId, credential, role: 'campo', eventIds: device.eventIds, label: device.label }, 201);
  });

  resource.get('/', async (c) => c.json({ devices: (await deps.store.listDevices()).map(deviceView) }));

  resource.patch('/:id', small, async (c) => {
    const deviceId = c.req.param('id');
    const body = await jsonOf(c);
    const request = body.ok ? requestOf(requestLanguage(c), deviceLabelSchema, body.value) : body;
    if (!request.ok) return problemResponse(c, request.problem);
    if (!(await deps.store.relabelDevice(deviceId, request.value.label))) return problemResponse(c, problem('resource.not_found'));
    await deps.audit(principalOf(c)!, { action: 'device.relabel', target: deviceId });
    return c.json({ device: deviceView((await deps.store.deviceById(deviceId))!) });
  });

  resource.post('/:id/revoke', async (c) => {
    const deviceId = c.req.param('id');
    if (!(await deps.store.revokeDevice(deviceId, deps.now().toISOString()))) return problemResponse(c, problem('resource.not_found'));
    await deps.audit(principalOf(c)!, { action: 'device.revoke', target: deviceId });
    return c.json({ device: deviceView((await deps.store.deviceById(deviceId))!) });
  });
  return resource;
}
