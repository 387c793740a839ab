import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonCall } from '../../src/app/state/json-call';
import { language, setLanguage } from '../../src/app/state/language';

/** The Accept-Language each call went out with, answering each with a field-by-field refusal. */
function recordingFetch() {
  const sent: (string | null)[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(new Headers(init?.headers).get('accept-language'));
      return new Response(JSON.stringify({ code: 'request.invalid', message: 'La solicitud tiene datos inválidos.' }), { status: 422 });
    }),
  );
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("jsonCall says the screen's language", () => {
  it('asks in Spanish on a Spanish screen, in English once the screen is English, keeping the other headers', async () => {
    const sent = recordingFetch();
    expect(language()).toBe('es');
    await jsonCall('/api/v1/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });

    // setLanguage writes <html lang>: a stand-in document is enough here.
    vi.stubGlobal('document', { documentElement: { lang: 'es-CO' } });
    await setLanguage('en');
    const refused = await jsonCall('/api/v1/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });

    expect(sent).toEqual(['es', 'en']);
    expect(refused).toMatchObject({ ok: false, offline: false, problem: { code: 'request.invalid' } });
    const headers = new Headers(vi.mocked(fetch).mock.calls[1]![1]?.headers);
    expect(headers.get('content-type')).toBe('application/json');
  });

  it('leaves a language the caller said itself', async () => {
    const sent = recordingFetch();
    vi.stubGlobal('document', { documentElement: { lang: 'es-CO' } });
    await setLanguage('en');
    await jsonCall('/api/v1/users', { headers: { 'accept-language': 'es' } });
    expect(sent).toEqual(['es']);
  });
});
