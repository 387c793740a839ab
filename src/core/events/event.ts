import * as z from 'zod/mini';
import { catalogueCodes, type Catalogues } from '../catalogues';
import { EVENT_ID_PATTERN } from './event-id';
import { officeMessage, officeText } from '../problems/office-field-messages';
import { citizenMessage } from '../problems/citizen-field-messages';
import type { MessageParam } from '../problems/field-message';
import { territoryChoice } from '../catalogues/territory-title';

export { EVENT_ID_PATTERN };

export const EVENT_MODALITIES = ['presencial', 'virtual', 'mixta'] as const;
/** planned: announced, passes may be issued; open: doors open, check-ins expected; closed: over. */
export const EVENT_STATUSES = ['planned', 'open', 'closed'] as const;
export type EventModality = (typeof EVENT_MODALITIES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * A date and time with its offset (the form sends Bogotá's). Messages name the field in plain words: the
 * office picks a day and an hour, it never types a format.
 */
const dateTime = (what: MessageParam) =>
  z.iso.datetime({
    offset: true,
    error: (issue) => officeText(issue.input === undefined || issue.input === '' ? 'event.date_time_missing' : 'event.date_time_invalid', { when: what }),
  });

/** The fields the planning office fills in (seed 003, item 6: the standard event planning format). */
export const eventFieldsShape = (c: Catalogues) => ({
  name: z.string({ error: officeMessage('event.name_missing') }).check(
    z.trim(),
    z.minLength(3, { error: officeMessage('event.name_short') }),
    z.maxLength(200, { error: officeMessage('event.name_long') }),
  ),
  type: z.enum(catalogueCodes(c.eventTypes), { error: officeMessage('event.type') }),
  murcStage: z.enum(catalogueCodes(c.murcStages), { error: officeMessage('event.murc_stage') }),
  responsibleOffice: z.enum(catalogueCodes(c.offices), { error: officeMessage('event.office') }),
  startsAt: dateTime({ es: 'de inicio', en: 'start' }),
  endsAt: dateTime({ es: 'de fin', en: 'end' }),
  place: z.optional(z.string({ error: officeMessage('event.place_text') }).check(
    z.trim(),
    z.minLength(3, { error: officeMessage('event.place_short') }),
    z.maxLength(300, { error: officeMessage('event.place_long') }),
  )),
  onlineUrl: z.optional(z.url({ protocol: /^https?$/, error: officeMessage('event.online_url') })),
  territory: z.enum(catalogueCodes(c.territories), { error: citizenMessage('territory.choice', { territory: territoryChoice(c.territories) }) }),
  modality: z.enum(EVENT_MODALITIES, { error: officeMessage('event.modality') }),
  expectedAttendance: z.number({ error: officeMessage('event.attendance_missing') }).check(
    z.int({ error: officeMessage('event.attendance_integer') }),
    z.minimum(0, { error: officeMessage('event.attendance_negative') }),
    z.maximum(100_000, { error: officeMessage('event.attendance_max') }),
  ),
  topics: z.array(z.enum(catalogueCodes(c.topics), { error: officeMessage('event.topics') }), { error: officeMessage('event.topics') }).check(
    z.maxLength(c.topics.entries.length, { error: officeMessage('event.topics_too_many') }),
    z.refine((codes) => new Set(codes).size === codes.length, { error: officeMessage('event.topic_repeated') }),
  ),
  lscInterpreterBooked: z.boolean({ error: officeMessage('event.interpreter') }),
  status: z.enum(EVENT_STATUSES, { error: officeMessage('event.status') }),
  objective: z.optional(z.string({ error: officeMessage('event.objective_text') }).check(
    z.trim(),
    z.maxLength(2000, { error: officeMessage('event.objective_long') }),
  )),
});

type Loose = Record<string, unknown>;
const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Rules across fields; they run even when single fields failed, so the form shows every problem at once. */
const eventRules = {
  check(value: unknown, ctx: z.core.$RefinementCtx<unknown>) {
    if (!isRecord(value)) return;
    const starts = typeof value.startsAt === 'string' ? Date.parse(value.startsAt) : Number.NaN;
    const ends = typeof value.endsAt === 'string' ? Date.parse(value.endsAt) : Number.NaN;
    if (!Number.isNaN(starts) && !Number.isNaN(ends) && ends <= starts) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: officeText('event.ends_before_start') });
    }
    if ((value.modality === 'presencial' || value.modality === 'mixta') && (value.place === undefined || value.place === '')) {
      ctx.addIssue({ code: 'custom', path: ['place'], message: officeText('event.place_needed') });
    }
  },
  params: { when: (payload: { value: unknown }) => isRecord(payload.value) },
};

const unknownFieldsError = (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys' ? officeText('event.unknown_fields', { keys: (issue.keys ?? []).join(', ') }) : undefined;

/** What the planning form sends to create or edit an event. */
export const eventDraftSchema = (c: Catalogues) =>
  z.strictObject(eventFieldsShape(c), { error: unknownFieldsError }).check(z.superRefine(eventRules.check, eventRules.params));

/**
 * An event as a versioned document: the server bumps `revision` and sets `updatedAt` on every edit,
 * so devices can pull changes and keep the newest revision of each event.
 */
export const eventSchema = (c: Catalogues) =>
  z.strictObject(
    {
      id: z.string().check(z.regex(EVENT_ID_PATTERN, { error: officeMessage('event.id') })),
      revision: z.number().check(z.int(), z.minimum(1, { error: officeMessage('event.revision') })),
      updatedAt: dateTime({ es: 'de la última modificación', en: 'last change' }),
      ...eventFieldsShape(c),
    },
    { error: unknownFieldsError },
  ).check(
    z.superRefine(eventRules.check, eventRules.params),
  );

export type EventDraft = z.infer<ReturnType<typeof eventDraftSchema>>;
export type EventDocument = z.infer<ReturnType<typeof eventSchema>>;
