import type { DataServices } from '../data-services';
import { watchDeviceAccess } from './device-access';
import { startRetention } from './retention';
import { loadSession } from './session';

/** Started with the data layer (app-start.ts): device access banner, who is signed in, data retention. */
export function startAuth(services: DataServices, options: { askForSession: boolean }): void {
  watchDeviceAccess(services);
  startRetention(services);
  if (options.askForSession) void loadSession();
}
