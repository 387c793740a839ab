import * as z from 'zod/mini';
import { EVENT_ID_PATTERN } from '../events/event';
import { officeMessage } from '../problems/office-field-messages';

/** At most this many events per campo account: a field team works a handful at a time. */
export const MAX_USER_EVENTS = 100;

/**
 * PUT /api/v1/users/:id/events: the events a campo account is assigned to, replacing the previous list.
 * Like an enrolled device, the account then pulls, reads and writes only those (none: no event).
 */
export const userEventsSchema = z.strictObject({
  eventIds: z.pipe(
    z
      .array(z.string().check(z.regex(EVENT_ID_PATTERN, { error: officeMessage('event.id_invalid') })))
      .check(z.maxLength(MAX_USER_EVENTS, { error: officeMessage('account.events_max', { max: MAX_USER_EVENTS }) })),
    z.transform((ids: string[]) => [...new Set(ids)].sort()),
  ),
});
export type UserEvents = z.infer<typeof userEventsSchema>;
