import { createHmac, timingSafeEqual } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formLinkPath, parseFormLink, signFormLink, verifyFormLink, type SignedFormLink } from '../../../src/core/forms/form-links';

// The server holds the key; the core only sees sign/verify functions.
const key = 'clave-de-prueba';
const sign = (bytes: Uint8Array) => new Uint8Array(createHmac('sha256', key).update(bytes).digest());
const verify = (bytes: Uint8Array, signature: Uint8Array) => {
  const expected = sign(bytes);
  return signature.length === expected.length && timingSafeEqual(expected, signature);
};

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);

async function signed(formId: string, eventId: string): Promise<SignedFormLink> {
  const result = await signFormLink({ formId, eventId }, sign);
  if (!result.ok) throw new Error(result.problem.code);
  return result.value;
}

describe('signed form links', () => {
  it('builds /f/<formId>?e=<eventId>&s=<sig> and verifies it back, as a path or a full address', async () => {
    const link = await signed('escuchadero', 'atril-comuna-3-2026');
    const path = formLinkPath(link);
    expect(path).toMatch(/^\/f\/escuchadero\?e=atril-comuna-3-2026&s=[A-Za-z0-9_-]{43}$/);
    expect(await verifyFormLink(path, verify)).toEqual({ ok: true, value: { formId: 'escuchadero', eventId: 'atril-comuna-3-2026' } });
    expect((await verifyFormLink(`https://cabildo.medellin.gov.co${path}#inicio`, verify)).ok).toBe(true);
  });

  it('refuses any edit of form, event or signature (property)', async () => {
    await fc.assert(
      fc.asyncProperty(slug, slug, slug, fc.nat(), async (formId, eventId, other, position) => {
        const link = await signed(formId, eventId);
        const tampered: SignedFormLink[] = [];
        if (other !== eventId) tampered.push({ ...link, eventId: other });
        if (other !== formId) tampered.push({ ...link, formId: other });
        const chars = [...link.signature];
        const i = position % chars.length;
        chars[i] = chars[i] === 'A' ? 'B' : 'A';
        tampered.push({ ...link, signature: chars.join('') });
        for (const t of tampered) {
          const result = await verifyFormLink(formLinkPath(t), verify);
          expect(result.ok ? 'accepted' : result.problem.code).toBe('form.link_invalid');
        }
        expect((await verifyFormLink(formLinkPath(link), verify)).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('rejects malformed links with form.link_invalid, without calling verify', async () => {
    const good = formLinkPath(await signed('urna-virtual', 'feria-2026'));
    const bad = [
      '',
      '/f/urna-virtual',
      good.replace('?e=', '?x='),
      `${good}&e=otro`,
      good.replace('/f/', '/g/'),
      good.replace('urna-virtual', 'Urna Virtual'),
      good.replace(/s=.*/, 's=corta'),
      good.replace(/s=.*/, `s=${'*'.repeat(43)}`),
    ];
    for (const link of bad) expect(parseFormLink(link)).toMatchObject({ ok: false, problem: { code: 'form.link_invalid' } });
    const never = () => {
      throw new Error('verify must not run');
    };
    for (const link of bad) expect((await verifyFormLink(link, never)).ok).toBe(false);
  });

  it('will not sign a target that cannot travel in a link', async () => {
    expect((await signFormLink({ formId: 'escuchadero', eventId: 'con espacio' }, sign)).ok).toBe(false);
    expect((await signFormLink({ formId: '../admin', eventId: 'e1' }, sign)).ok).toBe(false);
  });
});
