import * as z from 'zod/mini';
import { catalogueCodes, type Catalogues } from '../catalogues';
import { EVENT_ID_PATTERN } from './event-id';

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
const dateTime = (what: string) =>
  z.iso.datetime({
    offset: true,
    error: (issue) => (issue.input === undefined || issue.input === '' ? `Escriba la fecha y la hora ${what}.` : `Revise la fecha y la hora ${what}: elija el día en el calendario y la hora.`),
  });

/** The fields the planning office fills in (seed 003, item 6: the standard event planning format). */
export const eventFieldsShape = (c: Catalogues) => ({
  name: z.string({ error: 'Escriba el nombre del evento.' }).check(
    z.trim(),
    z.minLength(3, { error: 'Escriba el nombre del evento (mínimo 3 caracteres).' }),
    z.maxLength(200, { error: 'El nombre del evento: máximo 200 caracteres.' }),
  ),
  type: z.enum(catalogueCodes(c.eventTypes), { error: 'Elija el tipo de evento de la lista.' }),
  murcStage: z.enum(catalogueCodes(c.murcStages), { error: 'Elija la etapa del MURC de la lista.' }),
  responsibleOffice: z.enum(catalogueCodes(c.offices), { error: 'Elija la dependencia responsable de la lista.' }),
  startsAt: dateTime('de inicio'),
  endsAt: dateTime('de fin'),
  place: z.optional(z.string({ error: 'El lugar debe ser texto.' }).check(
    z.trim(),
    z.minLength(3, { error: 'Escriba el lugar (mínimo 3 caracteres).' }),
    z.maxLength(300, { error: 'El lugar: máximo 300 caracteres.' }),
  )),
  onlineUrl: z.optional(z.url({ protocol: /^https?$/, error: 'El enlace de la transmisión debe ser una dirección web (https://…).' })),
  territory: z.enum(catalogueCodes(c.territories), { error: 'Elija una comuna o corregimiento de la lista.' }),
  modality: z.enum(EVENT_MODALITIES, { error: 'Elija la modalidad: presencial, virtual o mixta.' }),
  expectedAttendance: z.number({ error: 'Escriba el número de asistentes esperados.' }).check(
    z.int({ error: 'Los asistentes esperados deben ser un número entero.' }),
    z.minimum(0, { error: 'Los asistentes esperados no pueden ser negativos.' }),
    z.maximum(100_000, { error: 'Los asistentes esperados: máximo 100 000.' }),
  ),
  topics: z.array(z.enum(catalogueCodes(c.topics), { error: 'Elija los temas de la lista.' }), { error: 'Elija los temas de la lista.' }).check(
    z.maxLength(c.topics.entries.length, { error: 'Hay más temas de los que existen.' }),
    z.refine((codes) => new Set(codes).size === codes.length, { error: 'Un tema está repetido.' }),
  ),
  lscInterpreterBooked: z.boolean({ error: 'Indique si hay intérprete de lengua de señas reservado (sí o no).' }),
  status: z.enum(EVENT_STATUSES, { error: 'Estado desconocido: planeado, abierto o cerrado.' }),
  objective: z.optional(z.string({ error: 'El objetivo debe ser texto.' }).check(
    z.trim(),
    z.maxLength(2000, { error: 'El objetivo: máximo 2000 caracteres.' }),
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
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'El fin debe ser posterior al inicio.' });
    }
    if ((value.modality === 'presencial' || value.modality === 'mixta') && (value.place === undefined || value.place === '')) {
      ctx.addIssue({ code: 'custom', path: ['place'], message: 'Un evento presencial o mixto necesita el lugar.' });
    }
  },
  params: { when: (payload: { value: unknown }) => isRecord(payload.value) },
};

const unknownFieldsError = (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys' ? `Campos no previstos en el evento: ${(issue.keys ?? []).join(', ')}.` : undefined;

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
      id: z.string().check(z.regex(EVENT_ID_PATTERN, { error: 'El identificador del evento debe tener minúsculas, números o guiones (máximo 64).' })),
      revision: z.number().check(z.int(), z.minimum(1, { error: 'La revisión empieza en 1.' })),
      updatedAt: dateTime('de la última modificación'),
      ...eventFieldsShape(c),
    },
    { error: unknownFieldsError },
  ).check(
    z.superRefine(eventRules.check, eventRules.params),
  );

export type EventDraft = z.infer<ReturnType<typeof eventDraftSchema>>;
export type EventDocument = z.infer<ReturnType<typeof eventSchema>>;
