import { createSignal } from 'solid-js';
import type { Problem } from '../../../core/problems/problem';
import type { ApiResult } from '../events/api';

/**
 * One publish/unpublish switch: what the server says is stored, a busy flag while a change travels, and the
 * problem when it was refused (the switch then keeps showing the stored state, never the wished one).
 */
export function createPublicationToggle(initial: boolean, save: (published: boolean) => Promise<ApiResult<{ published: boolean }>>) {
  const [published, setPublished] = createSignal(initial);
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<Problem | undefined>();
  const change = async (next: boolean) => {
    setBusy(true);
    setFailure(undefined);
    const result = await save(next);
    setBusy(false);
    if (result.ok) setPublished(result.value.published);
    else setFailure(result.problem);
  };
  return { published, busy, failure, change, reset: setPublished };
}
