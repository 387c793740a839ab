/** One-time tokens travel in the URL fragment (#token=…): never sent to the server, never in its logs. */
const TOKEN = /^[A-Za-z0-9_-]{16,200}$/;

export function tokenFromHash(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? undefined;
  return token !== undefined && TOKEN.test(token) ? token : undefined;
}

/**
 * The enrollment QR holds "<origin>/enrolar#token=…". Only a code of THIS server enrolls this app: a code
 * of another deployment would tie the phone to the wrong server. Anything else scanned is not a token.
 */
export function tokenFromScan(text: string, origin: string): { token: string } | { wrong: 'not_enrollment' | 'other_server' } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { wrong: 'not_enrollment' };
  }
  const token = url.pathname.replace(/\/+$/, '') === '/enrolar' ? tokenFromHash(url.hash) : undefined;
  if (token === undefined) return { wrong: 'not_enrollment' };
  return url.origin === origin ? { token } : { wrong: 'other_server' };
}

/** Drops the token from the address bar and history once read (a shared screenshot must not leak it). */
export function forgetHash(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}
