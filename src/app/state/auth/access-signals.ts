import { createSignal } from 'solid-js';
import type { StaffUser } from '../../../core/auth/accounts';
import type { StoredCredential, SyncBlock } from '../../storage/device-credential';
import { rememberRole } from './remembered-role';

/*
 * Who is using this browser, as the header and banner read it. Kept apart from the modules that fill
 * these signals (they bring Dexie and zod), so the shell's first paint does not wait for them.
 */

/** undefined: not asked yet (or offline); null: nobody is signed in on this browser. */
const [staffUser, setStaffUserSignal] = createSignal<StaffUser | null>();
export { staffUser };
/** Also remembers the role (remembered-role.ts), so the menu is right when the app next opens offline. */
export function setStaffUser(user: StaffUser | null): void {
  setStaffUserSignal(user);
  rememberRole(user?.role);
}
/** This phone's enrollment (label, events) — never shows the secret. */
export const [enrolledDevice, setEnrolledDevice] = createSignal<StoredCredential>();
/** The server's refusal of this device, written by the runner or the pull (also from another tab or the worker). */
export const [syncBlock, setSyncBlock] = createSignal<SyncBlock>();
