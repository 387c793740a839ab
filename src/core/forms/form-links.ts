import { fail, ok, type Result } from '../result';
import { citizenProblem } from '../problems/citizen-problems';
import { decodeBase64Url, encodeBase64Url } from '../passes/base64url';
import { EVENT_ID_PATTERN } from '../events/event-id';
import { FORM_ID_PATTERN } from './form-definition';

/**
 * Poster links: /f/<formId>?e=<eventId>&s=<signature>. The signature (an HMAC or similar, made
 * by the injected `sign`, which holds the key) ties the form to the event, so nobody can
 * point a poster of one event at another by editing the address.
 */
export interface FormLinkTarget {
  formId: string;
  eventId: string;
}

export interface SignedFormLink extends FormLinkTarget {
  signature: string;
}

export type LinkSigner = (bytes: Uint8Array) => Uint8Array | Promise<Uint8Array>;
export type LinkVerifier = (bytes: Uint8Array, signature: Uint8Array) => boolean | Promise<boolean>;

/** A signature as it travels in links and payloads: base64url of 16 to 512 bytes. */
export const SIGNATURE_PATTERN = /^[A-Za-z0-9_-]{22,683}$/;

/** The exact bytes that are signed; versioned and labelled so they can never be confused with a pass. */
export function formLinkBytes(target: FormLinkTarget): Uint8Array {
  const text = `cabildo/form-link/v1\n${target.formId}\n${target.eventId}`;
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

const validTarget = (t: FormLinkTarget) => FORM_ID_PATTERN.test(t.formId) && EVENT_ID_PATTERN.test(t.eventId);

export const formLinkPath = (link: SignedFormLink): string => `/f/${link.formId}?e=${link.eventId}&s=${link.signature}`;

export async function signFormLink(target: FormLinkTarget, sign: LinkSigner): Promise<Result<SignedFormLink>> {
  if (!validTarget(target)) return fail(citizenProblem('form.link_invalid'));
  return ok({ ...target, signature: encodeBase64Url(await sign(formLinkBytes(target))) });
}

/** Reads a link as typed or scanned: a path or a full address; anything odd is simply invalid. */
export function parseFormLink(link: string): Result<SignedFormLink> {
  const match = /^(?:https?:\/\/[^/?#\s]+)?\/f\/([^/?#\s]+)\?([^#\s]*)(?:#.*)?$/.exec(link.trim());
  if (!match) return fail(citizenProblem('form.link_invalid'));
  const params = new Map<string, string>();
  for (const pair of match[2]!.split('&')) {
    const [key, value, extra] = pair.split('=');
    if (key === undefined || value === undefined || extra !== undefined || params.has(key)) return fail(citizenProblem('form.link_invalid'));
    params.set(key, value);
  }
  const parsed = { formId: match[1]!, eventId: params.get('e') ?? '', signature: params.get('s') ?? '' };
  const wellFormed = params.size === 2 && validTarget(parsed) && SIGNATURE_PATTERN.test(parsed.signature);
  return wellFormed ? ok(parsed) : fail(citizenProblem('form.link_invalid'));
}

/** Checks the signature with the injected verifier; a link that was edited gives 'form.link_invalid'. */
export async function verifyFormLink(link: string | SignedFormLink, verify: LinkVerifier): Promise<Result<FormLinkTarget>> {
  const parsed = typeof link === 'string' ? parseFormLink(link) : ok(link);
  if (!parsed.ok) return parsed;
  const { formId, eventId, signature } = parsed.value;
  const bytes = decodeBase64Url(signature);
  if (!bytes || !validTarget({ formId, eventId })) return fail(citizenProblem('form.link_invalid'));
  return (await verify(formLinkBytes({ formId, eventId }), bytes)) ? ok({ formId, eventId }) : fail(citizenProblem('form.link_invalid'));
}
