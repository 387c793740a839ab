const TIMEOUT_MS = 30_000;

export interface HttpDeps {
  fetch: typeof fetch;
  /** '' in the app (same origin); an absolute base elsewhere. */
  baseUrl?: string | undefined;
}

/** GET a JSON resource: status and parsed body (undefined if not JSON), or undefined when the network failed. */
export async function getJson(deps: HttpDeps, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown } | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await deps.fetch(`${deps.baseUrl ?? ''}${path}`, { headers: { accept: 'application/json', ...headers }, signal: controller.signal });
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: response.status, body };
  } catch {
    return undefined; // offline, DNS, timeout: the caller tries again later
  } finally {
    clearTimeout(timer);
  }
}
