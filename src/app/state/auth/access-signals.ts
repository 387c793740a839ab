import { createSignal } from 'solid-js';
import type { StaffUser } from '../../../core/auth/accounts';
import type { StoredCredential, SyncBlock } from '../../storage/device-credential';

/*
 * Who is using this browser, as the header and banner read it. Kept apart from the modules that fill
 * these signals (they bring Dexie and zod), so the shell's first paint does not wait for them.
 */

/** undefined: not asked yet (or offline); null: nobody is signed in on this browser. */
export const [staffUser, setStaffUser] = createSignal<StaffUser | null>();
/** This phone's enrollment (label, events) — never shows the secret. */
export const [enrolledDevice, setEnrolledDevice] = createSignal<StoredCredential>();
/** The server's refusal of this device, written by the runner or the pull (also from another tab or the worker). */
export const [syncBlock, setSyncBlock] = createSignal<SyncBlock>();
