import * as z from 'zod/mini';
import { UUID_V7_PATTERN } from '../ids/uuidv7';
import { isCalendarDate } from '../time';

/**
 * A compromiso: what the administration promised citizens at an event (MURC's "responsabilidad"), who answers for
 * it and by when. It comes from a typed promise, an escuchadero answer or a prioritised topic, so the citizen who
 * asked can follow it with their tracking code.
 */
const calendarDate = (what: string) =>
  z.string().check(z.refine(isCalendarDate, { error: `${what} debe ser una fecha AAAA-MM-DD.` }));

const idOf = (what: string) => z.string().check(z.regex(UUID_V7_PATTERN, { error: `${what} no es un identificador válido.` }));

export const commitmentOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('typed') }),
  /** The answer to a citizen's question produced it: that citizen sees it on "Mis preguntas". */
  z.object({ kind: z.literal('escuchadero'), entryId: idOf('La pregunta de origen') }),
  z.object({ kind: z.literal('priorizacion'), topic: z.string().check(z.minLength(1), z.maxLength(32)) }),
]);

export const commitmentSchema = z.object({
  id: idOf('El compromiso'),
  eventId: z.string().check(z.minLength(1), z.maxLength(64)),
  title: z.string().check(z.trim(), z.minLength(5, { error: 'Escriba el compromiso (5 caracteres o más).' }), z.maxLength(300, { error: 'El compromiso admite hasta 300 caracteres.' })),
  description: z.optional(z.string().check(z.trim(), z.maxLength(4000, { error: 'La descripción admite hasta 4.000 caracteres.' }))),
  /** Code of the dependency (entity settings' offices) that answers for it. */
  office: z.string().check(z.minLength(1, { error: 'Elija la dependencia responsable.' }), z.maxLength(32)),
  dueDate: calendarDate('La fecha de cumplimiento'),
  topic: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
  territory: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
  origin: commitmentOriginSchema,
  createdAt: z.iso.datetime({ offset: true }),
});

export const commitmentStates = ['pendiente', 'en_curso', 'cumplido'] as const;

/** One report of progress; the list of them is the commitment's history (nothing is overwritten). */
export const progressUpdateSchema = z.object({
  id: idOf('El avance'),
  commitmentId: idOf('El compromiso'),
  date: calendarDate('La fecha del avance'),
  percent: z.number({ error: 'El porcentaje es un número de 0 a 100.' }).check(z.int(), z.minimum(0, { error: 'El porcentaje es un número de 0 a 100.' }), z.maximum(100, { error: 'El porcentaje es un número de 0 a 100.' })),
  state: z.enum(commitmentStates, { error: 'Elija un estado: pendiente, en curso o cumplido.' }),
  text: z.string().check(z.trim(), z.minLength(3, { error: 'Cuente en una frase qué se hizo.' }), z.maxLength(2000, { error: 'El avance admite hasta 2.000 caracteres.' })),
  evidenceUrl: z.optional(z.url({ protocol: /^https?$/, error: 'La evidencia debe ser un enlace http(s).' }).check(z.maxLength(500))),
}).check(
  z.refine((update) => update.state !== 'cumplido' || update.percent === 100, { error: 'Un compromiso cumplido tiene 100 % de avance.', path: ['percent'] }),
);

export type Commitment = z.infer<typeof commitmentSchema>;
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;
export type CommitmentState = (typeof commitmentStates)[number];
