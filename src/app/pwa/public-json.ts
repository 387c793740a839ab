/** Longest a citizen waits for the server before the kept copy (or the built-in form) shows. */
const READ_WAIT_MS = 4_000;

/** A public JSON resource, or undefined (offline with nothing cached, a timeout, an error status). */
export async function readPublicJson(path: string, fetcher: typeof fetch): Promise<unknown> {
  try {
    const response = await fetcher(path, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(READ_WAIT_MS) });
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

// Reads the shell asked for the first screen (main.tsx, RouteEntry.reads) before that screen's code arrived.
const askedAhead = new Map<string, Promise<unknown>>();

/**
 * Asks the first screen's public reads now, alongside its code: on a slow network the citizen's form otherwise
 * waits for its chunks (three rounds deep) before it even asks for the key, the settings and the forms.
 */
export function readAhead(paths: readonly string[]): void {
  for (const path of paths) askedAhead.set(path, readPublicJson(path, (input, init) => fetch(input, init)));
}

/** The answer asked ahead for this path, taken once (a later opening reads again), or a read made now. */
export function readPublic(path: string, fetcher: typeof fetch): Promise<unknown> {
  const ahead = askedAhead.get(path);
  askedAhead.delete(path);
  return ahead ?? readPublicJson(path, fetcher);
}
