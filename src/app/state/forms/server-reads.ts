import type { FormDefinition, SignedFormLink } from '../../../core/forms';
import { parseFormDefinition } from '../../../core/forms/form-definition';
import { verifyFormLink } from '../../../core/forms/form-links';
import { readPublic } from '../../pwa/public-json';
import { FORMS_ENDPOINT, SETTINGS_ENDPOINT, SIGNING_KEY_ENDPOINT } from '../../../core/forms/public-reads';
import { adoptUncheckedSettings, settingsCatalogues } from '../settings/entity-settings';
import type { LinkCheck } from './link-check';
import { ed25519Verifier } from './link-signature';

/** The same shape the door's key pull accepts (sync/pull-signing-key.ts), checked without a schema library. */
function publicKeyOf(body: unknown): string | undefined {
  const key = body as { algorithm?: unknown; publicKey?: unknown } | undefined;
  return key?.algorithm === 'Ed25519' && typeof key.publicKey === 'string' && /^[A-Za-z0-9_-]{43}$/.test(key.publicKey) ? key.publicKey : undefined;
}

export interface ServerOpening {
  checked: LinkCheck;
  /** The newest version of the link's form: the server's, or the built-in one. */
  definition: FormDefinition | undefined;
  /** Every version the server listed (kept on the device with the first save): parsed then, not at first paint. */
  fetched: () => FormDefinition[];
}

/**
 * Opens a poster link from the server's public reads (through the service worker, which answers offline with
 * its last copy), with no storage code: the citizen's first paint. Undefined when no key could be read: the
 * caller then tries what the device keeps (a door or a kiosk that pulled the key earlier).
 */
export async function openFromServer(link: SignedFormLink, fetcher: typeof fetch = (input, init) => fetch(input, init)): Promise<ServerOpening | undefined> {
  const [keyBody, settingsBody, formsBody] = await Promise.all([SIGNING_KEY_ENDPOINT, SETTINGS_ENDPOINT, FORMS_ENDPOINT].map((path) => readPublic(path, fetcher)));
  const publicKey = publicKeyOf(keyBody);
  const verify = publicKey && (await ed25519Verifier(publicKey));
  if (!verify) return undefined;
  // The entity's territories and topics before the definitions are checked against them and the form shows; their
  // full check comes with the first save (form-session.ts), off the first paint.
  adoptUncheckedSettings(settingsBody);
  const verdict = await verifyFormLink(link, verify);
  const checked: LinkCheck = verdict.ok ? { ok: true, target: verdict.value, signature: link.signature } : { ok: false, problem: verdict.problem, reason: 'invalid' };
  const list = (formsBody as { forms?: unknown } | undefined)?.forms;
  const items: unknown[] = Array.isArray(list) ? list : [];
  // A definition this build cannot read (a newer field kind) is skipped, as the door's pull does.
  const parsed = (wanted: readonly unknown[]) => wanted.flatMap((item) => {
    const definition = parseFormDefinition(item, settingsCatalogues());
    return definition.ok ? [definition.value] : [];
  });
  // Only this form's versions are parsed before the first paint: parsing every listed form is main-thread time
  // a cheap phone feels (Lighthouse's total blocking time).
  const fetched = parsed(items.filter((item) => (item as { id?: unknown } | null)?.id === link.formId));
  // The built-in versions (four definitions parsed at load) only when the server listed none of this form.
  const known = fetched.some((d) => d.id === link.formId) ? fetched : (await import('../../../core/forms/builtin-definitions')).builtinFormDefinitions;
  const definition = known.filter((d) => d.id === link.formId).sort((a, b) => b.version - a.version)[0];
  return { checked, definition, fetched: () => parsed(items) };
}
