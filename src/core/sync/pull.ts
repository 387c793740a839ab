import * as z from 'zod/mini';
import type { Catalogues } from '../catalogues';
import { checkInRowSchema } from '../attendance/attendance-model';
import { EVENT_ID_PATTERN, eventSchema } from '../events/event';
import { attendeeSchema, issuedPassSchema } from '../passes/attendee';
import { DOCUMENT_DIGEST_PATTERN } from '../attendance/document-digest';
import { officeMessage } from '../problems/office-field-messages';

/**
 * The wire contract of GET /api/v1/pull, the pull side of sync. A device keeps the `cursor` of its last
 * pull and sends it back: the answer holds exactly what changed since, nothing missed and nothing twice.
 * Lists (attendees, check-ins) come for events that are not closed; a closed event still comes in `events`.
 */
export const PULL_MAX_EVENTS = 100;

/**
 * At most this many list records (attendees + check-ins) in one answer. A larger pull comes in pages: the
 * answer says `more: true` and its cursor continues the run; a client that ignores `more` just gets the rest
 * on its next pull.
 */
export const PULL_PAGE_SIZE = 2000;

/**
 * One row of an event's attendee list, with the signed pass the attendee can be sent again, and the
 * digest of their document (document-digest.ts) so staff can find them by number: never the number.
 */
export const pulledAttendeeSchema = z.object({
  ...attendeeSchema.shape,
  pass: issuedPassSchema.shape.code,
  documentDigest: z.optional(z.string().check(z.regex(DOCUMENT_DIGEST_PATTERN))),
});
export type PulledAttendee = z.infer<typeof pulledAttendeeSchema>;

/**
 * A check-in made by any device, slim: enough for a door device to say "already checked in at 10:02 on
 * tablet 2" (attendance-model.ts). identityKey is duplicates.ts's key (absent for undocumented walk-ins
 * and anonymous counts); a row with `undoes` cancels the check-in it names.
 */
export const pulledCheckInSchema = checkInRowSchema;
export type PulledCheckIn = z.infer<typeof pulledCheckInSchema>;

/**
 * The enrolled names of the devices that wrote this answer's check-ins, by device id ("Puerta norte"), so
 * a door says where someone was admitted without showing an internal id. Only those devices: no list of
 * the entity's devices leaves the server.
 */
export const pulledDeviceLabelsSchema = z.record(z.string().check(z.minLength(1), z.maxLength(64)), z.string().check(z.minLength(1), z.maxLength(80)));
export type PulledDeviceLabels = z.infer<typeof pulledDeviceLabelsSchema>;

export const pullResponseSchema = (catalogues: Catalogues) =>
  z.object({
    /** Opaque: send it back as is; never parse it. */
    cursor: z.string().check(z.minLength(1)),
    events: z.array(eventSchema(catalogues)),
    attendees: z.array(pulledAttendeeSchema),
    checkIns: z.array(pulledCheckInSchema),
    /** True: this is one page of a longer pull, ask again with `cursor` now. Absent from older servers. */
    more: z.optional(z.boolean()),
    /** Absent from older servers. */
    deviceLabels: z.optional(pulledDeviceLabelsSchema),
    serverTime: z.iso.datetime({ offset: true }),
  });
export type PullResponse = z.infer<ReturnType<typeof pullResponseSchema>>;

/** The query part of a pull URL ("?cursor=…&events=a,b"); no cursor on the first pull, no events = all. */
export function pullSearch(options: { cursor?: string | undefined; events?: readonly string[] | undefined }): string {
  const parts: string[] = [];
  if (options.cursor !== undefined) parts.push(`cursor=${encodeURIComponent(options.cursor)}`);
  if (options.events !== undefined && options.events.length > 0) parts.push(`events=${options.events.map(encodeURIComponent).join(',')}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** The `events` query parameter: comma-separated event ids, at most PULL_MAX_EVENTS. */
export const pullEventsParamSchema = z.pipe(
  z.pipe(
    z.string(),
    z.transform((text: string) => [...new Set(text.split(',').map((id) => id.trim()).filter(Boolean))].sort()),
  ),
  z
    .array(z.string().check(z.regex(EVENT_ID_PATTERN, { error: officeMessage('pull.event_id') })))
    .check(
      z.minLength(1, { error: officeMessage('pull.events_empty') }),
      z.maxLength(PULL_MAX_EVENTS, { error: officeMessage('pull.events_max', { max: PULL_MAX_EVENTS }) }),
    ),
);
