import { createSignal } from 'solid-js';

const [open, setOpen] = createSignal<ReadonlySet<symbol>>(new Set());

/**
 * Whether a form on screen holds typed or chosen answers not yet saved. The update prompt should refuse
 * to reload while this is true, as it does for the attendance form (state/update.ts reads both).
 */
export const hasUnsavedFormInput = (): boolean => open().size > 0;

/** A form session reports its draft here; `touched` false (or the session ending) clears it. */
export function reportUnsaved(session: symbol, touched: boolean): void {
  setOpen((current) => {
    if (current.has(session) === touched) return current;
    const next = new Set(current);
    if (touched) next.add(session);
    else next.delete(session);
    return next;
  });
}
