/**
 * Readable slugs ("atril-comuna-3-2026") and UUIDv7 both fit; the same limit as attendance's eventId.
 * Its own module so form links and submissions check an event id without building the event schemas.
 */
export const EVENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
