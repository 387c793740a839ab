import type { FormLinkTarget } from '../../../core/forms';

const TIMEOUT_MS = 5_000;

/**
 * Whether the office closed this link, asked only when there is a network: a citizen should know before filling
 * the form in. Offline or on any failure the answer is "open": the server still refuses a closed link's answer at
 * sync (form.link_closed), and the phone then says why.
 */
export async function linkClosed(target: FormLinkTarget, fetcher: typeof fetch = fetch): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return false;
  try {
    const response = await fetcher(`/api/v1/form-links/${encodeURIComponent(target.formId)}/${encodeURIComponent(target.eventId)}/state`, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) return false;
    return ((await response.json()) as { closed?: unknown }).closed === true;
  } catch {
    return false;
  }
}
