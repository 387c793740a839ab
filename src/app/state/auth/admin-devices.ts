import { createSignal } from 'solid-js';
import type { DeviceView } from '../../../core/auth/devices';
import type { Problem } from '../../../core/problems/problem';
import { authCall } from './auth-api';

export interface Enrollment {
  url: string;
  expiresAt: string;
}

/** /administracion/dispositivos: the enrolled devices, a short-lived enrollment QR, revocation. */
export function createDeviceAdmin() {
  const [devices, setDevices] = createSignal<DeviceView[]>();
  const [problem, setProblem] = createSignal<Problem>();
  const [enrollment, setEnrollment] = createSignal<Enrollment>();
  const [busy, setBusy] = createSignal(false);

  async function load(): Promise<void> {
    const answer = await authCall<{ devices: DeviceView[] }>('GET', '/api/v1/devices');
    if (answer.ok) {
      setDevices(answer.value.devices);
      setProblem(undefined);
    } else setProblem(answer.problem);
  }

  async function createEnrollment(label: string, eventIds: string[], ttlMinutes: number): Promise<boolean> {
    setBusy(true);
    try {
      const answer = await authCall<Enrollment & { token: string }>('POST', '/api/v1/devices/enrollments', { label, eventIds, ttlMinutes });
      if (!answer.ok) {
        setProblem(answer.problem);
        return false;
      }
      setProblem(undefined);
      setEnrollment({ url: answer.value.url, expiresAt: answer.value.expiresAt });
      return true;
    } finally {
      setBusy(false);
    }
  }

  async function revoke(deviceId: string): Promise<boolean> {
    setBusy(true);
    try {
      const answer = await authCall<unknown>('POST', `/api/v1/devices/${encodeURIComponent(deviceId)}/revoke`, {});
      if (!answer.ok) setProblem(answer.problem);
      else await load();
      return answer.ok;
    } finally {
      setBusy(false);
    }
  }

  async function rename(deviceId: string, label: string): Promise<boolean> {
    setBusy(true);
    try {
      const answer = await authCall<unknown>('PATCH', `/api/v1/devices/${encodeURIComponent(deviceId)}`, { label });
      if (!answer.ok) setProblem(answer.problem);
      else await load();
      return answer.ok;
    } finally {
      setBusy(false);
    }
  }

  return { devices, problem, enrollment, busy, load, createEnrollment, revoke, rename, closeEnrollment: () => setEnrollment(undefined) };
}

/** Seconds left until `expiresAt` (never negative). */
export const secondsLeft = (expiresAt: string, now: number): number => Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000));
