import { createSignal } from 'solid-js';

const [open, setOpen] = createSignal<ReadonlySet<symbol>>(new Set());

/**
 * Whether a form holds typed or chosen answers not yet saved (a citizen form's session, the attendance
 * form). The update prompt refuses to reload while this is true (state/update.ts).
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
