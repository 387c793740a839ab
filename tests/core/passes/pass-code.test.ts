import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../../../src/core/passes/base64url';
import { encodePass, verifyPass, type SignBytes, type VerifyBytes } from '../../../src/core/passes/pass-code';
import { problemMessage } from '../../../src/core/problems/problem';
import { ed25519Keys } from './ed25519';

const claims = { attendeeId: '019aa6f4-6b00-7000-8000-0000000000a1', eventId: 'atril-comuna-3', issuedAt: 1_763_700_000 };
let sign: SignBytes;
let verify: VerifyBytes;
let otherKey: VerifyBytes;
let pass: string;

beforeAll(async () => {
  ({ sign, verify } = await ed25519Keys());
  ({ verify: otherKey } = await ed25519Keys());
  pass = await encodePass(claims, sign);
});

const check = (text: string, over: Partial<{ expectedEventId: string; verify: VerifyBytes }> = {}) =>
  verifyPass(text, { expectedEventId: 'atril-comuna-3', verify, ...over });
const codeOf = async (text: string, over?: Parameters<typeof check>[1]) => {
  const result = await check(text, over);
  return result.ok ? 'ok' : result.problem.code;
};

/** Flips one character of a base64url part to another valid one. */
const flip = (text: string, index: number) => text.slice(0, index) + (text[index] === 'A' ? 'B' : 'A') + text.slice(index + 1);

describe('signed passes (CAB1, Ed25519)', () => {
  it('is a compact CAB1.<claims>.<signature> text whose claims are plain JSON', () => {
    const [prefix, body, signature] = pass.split('.');
    expect(prefix).toBe('CAB1');
    expect(JSON.parse(new TextDecoder().decode(decodeBase64Url(body!)))).toEqual({ a: claims.attendeeId, e: claims.eventId, i: claims.issuedAt });
    expect(decodeBase64Url(signature!)).toHaveLength(64);
    expect(pass).toMatch(/^CAB1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(pass.length).toBeLessThan(250); // fits a small, quick-to-scan QR
  });

  it('verifies a genuine pass for its event', async () => {
    expect(await check(pass)).toEqual({ ok: true, value: claims });
    expect(await check(`  ${pass}\n`)).toMatchObject({ ok: true }); // scanners add whitespace
  });

  it('calls a pass with altered claims forged', async () => {
    const [prefix, , signature] = pass.split('.');
    const otherAttendee = encodeBase64Url(new TextEncoder().encode(JSON.stringify({ a: '019aa6f4-6b00-7000-8000-0000000000b2', e: claims.eventId, i: claims.issuedAt })));
    expect(await codeOf(`${prefix}.${otherAttendee}.${signature}`)).toBe('pass.forged');
  });

  it('calls a pass with an altered signature forged', async () => {
    const signatureStart = pass.lastIndexOf('.') + 1;
    expect(await codeOf(flip(pass, signatureStart + 5))).toBe('pass.forged');
  });

  it('calls a pass signed with another key forged', async () => {
    expect(await codeOf(pass, { verify: otherKey })).toBe('pass.forged');
  });

  it('says when a genuine pass is for another event (after checking the signature)', async () => {
    const result = await check(pass, { expectedEventId: 'audiencia-2026' });
    expect(result.ok ? null : result.problem).toMatchObject({
      code: 'pass.wrong_event',
      details: { passEventId: 'atril-comuna-3', expectedEventId: 'audiencia-2026' },
    });
    const forgedElsewhere = await encodePass({ ...claims, eventId: 'audiencia-2026' }, async () => new Uint8Array(64));
    expect(await codeOf(forgedElsewhere)).toBe('pass.forged');
  });

  it.each([
    ['empty', ''],
    ['a URL', 'https://example.co/pase/123'],
    ['a cédula barcode', 'PubDSK_1 0043123456 PEÑA'],
    ['another prefix', 'CAB2.e30.AAAA'],
    ['two parts', 'CAB1.e30'],
    ['four parts', 'CAB1.e30.AAAA.AAAA'],
    ['claims not base64url', 'CAB1.@@@@.AAAA'],
    ['claims not JSON', `CAB1.${encodeBase64Url(new TextEncoder().encode('hola'))}.AAAA`],
    ['claims missing a field', `CAB1.${encodeBase64Url(new TextEncoder().encode('{"a":"x","e":"y"}'))}.AAAA`],
    ['claims not UTF-8', `CAB1.${encodeBase64Url(new Uint8Array([0xff, 0xfe, 0xfd]))}.AAAA`],
    ['padded base64', 'CAB1.e30=.AAAA'],
  ])('calls %s malformed, without asking the key', async (_name, text) => {
    let asked = false;
    const spy: VerifyBytes = async () => ((asked = true), true);
    expect(await codeOf(text, { verify: spy })).toBe('pass.malformed');
    expect(asked).toBe(false);
  });

  it('calls a signature of the wrong length malformed', async () => {
    const body = pass.split('.')[1];
    expect(await codeOf(`CAB1.${body}.${encodeBase64Url(new Uint8Array(32))}`)).toBe('pass.malformed');
  });

  it('explains each problem in Spanish and English', async () => {
    for (const text of ['basura', flip(pass, pass.lastIndexOf('.') + 3)]) {
      const result = await check(text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problem.message).toMatch(/pase/);
      expect(problemMessage(result.problem, 'en')).toMatch(/pass/);
    }
  });
});
