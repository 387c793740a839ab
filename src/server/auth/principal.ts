import type { Role } from '../../core/auth/roles';
import type { StoredDevice, StoredUser } from '../store/auth-store';

/** Who is asking, resolved once per request by the authorization middleware. */
export type Principal =
  | { kind: 'user'; role: Role; user: StoredUser; sessionHash: string; /** campo only: its assigned events. */ eventIds?: string[] }
  | { kind: 'device'; role: 'campo'; device: StoredDevice };

/** Hono context variables set by the middleware. */
export interface AuthVariables {
  principal: Principal | undefined;
}

export const principalId = (principal: Principal): string => (principal.kind === 'user' ? principal.user.id : principal.device.deviceId);

/**
 * Devices are limited to their events (an empty list means every event); campo staff to the events the office
 * assigned them (none assigned: no event); the other roles are not limited.
 */
export function mayTouchEvent(principal: Principal, eventId: string): boolean {
  if (principal.kind === 'user') return principal.eventIds === undefined || principal.eventIds.includes(eventId);
  return principal.device.eventIds.length === 0 || principal.device.eventIds.includes(eventId);
}
