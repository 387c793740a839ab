/** Timers are injected so tests (and a service worker) control time; defaults are the global ones. */
export type SetTimer = (fn: () => void, ms: number) => unknown;
export type ClearTimer = (handle: unknown) => void;

export const defaultSetTimer: SetTimer = (fn, ms) => setTimeout(fn, ms);
export const defaultClearTimer: ClearTimer = (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>);
