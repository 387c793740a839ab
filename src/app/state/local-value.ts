/**
 * One short string kept in localStorage (read synchronously at start, unlike IndexedDB). Storage that is
 * blocked reads as nothing and keeps nothing: each caller says what then happens instead.
 */
export function readLocal(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writeLocal(key: string, value: string | undefined): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Blocked storage: nothing is kept (see the caller).
  }
}
