/**
 * The public GET resources a citizen's form reads before it can show (the link's key, the form versions, the
 * entity's settings). The page asks them with plain fetch (no storage code at first paint) and the service
 * worker keeps the last answer of each, so a poster link opened once opens again with no signal. The server names
 * them in the page it serves for a poster link, so they start with the page (server/http/page-preloads.ts).
 */
export const SIGNING_KEY_ENDPOINT = '/api/v1/keys/signing';
export const FORMS_ENDPOINT = '/api/v1/forms';
export const SETTINGS_ENDPOINT = '/api/v1/settings';

export const PUBLIC_READS: readonly string[] = [SIGNING_KEY_ENDPOINT, FORMS_ENDPOINT, SETTINGS_ENDPOINT];
