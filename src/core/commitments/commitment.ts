import * as z from 'zod/mini';
import { UUID_V7_PATTERN } from '../ids/uuidv7';
import { isCalendarDate } from '../time';
import type { MessageParam } from '../problems/field-message';
import { officeMessage } from '../problems/office-field-messages';

/**
 * A compromiso: what the administration promised citizens at an event (MURC's "responsabilidad"), who answers for
 * it and by when. It comes from a typed promise, an escuchadero answer or a prioritised topic, so the citizen who
 * asked can follow it with their tracking code.
 */
const calendarDate = (What: MessageParam) => z.string().check(z.refine(isCalendarDate, { error: officeMessage('commitment.date', { What }) }));

const idOf = (What: MessageParam) => z.string().check(z.regex(UUID_V7_PATTERN, { error: officeMessage('commitment.id', { What }) }));

export const commitmentOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('typed') }),
  /** The answer to a citizen's question produced it: that citizen sees it on "Mis preguntas". */
  z.object({ kind: z.literal('escuchadero'), entryId: idOf({ es: 'La pregunta de origen', en: 'The question it came from' }) }),
  z.object({ kind: z.literal('priorizacion'), topic: z.string().check(z.minLength(1), z.maxLength(32)) }),
]);

export const commitmentSchema = z.object({
  id: idOf({ es: 'El compromiso', en: 'The commitment' }),
  eventId: z.string().check(z.minLength(1), z.maxLength(64)),
  title: z.string().check(z.trim(), z.minLength(5, { error: officeMessage('commitment.title_short') }), z.maxLength(300, { error: officeMessage('commitment.title_long') })),
  description: z.optional(z.string().check(z.trim(), z.maxLength(4000, { error: officeMessage('commitment.description_long') }))),
  /** Code of the dependency (entity settings' offices) that answers for it. */
  office: z.string().check(z.minLength(1, { error: officeMessage('commitment.office') }), z.maxLength(32)),
  dueDate: calendarDate({ es: 'La fecha de cumplimiento', en: 'The due date' }),
  topic: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
  territory: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
  origin: commitmentOriginSchema,
  createdAt: z.iso.datetime({ offset: true }),
});

export const commitmentStates = ['pendiente', 'en_curso', 'cumplido'] as const;

/** One report of progress; the list of them is the commitment's history (nothing is overwritten). */
export const progressUpdateSchema = z.object({
  id: idOf({ es: 'El avance', en: 'The progress update' }),
  commitmentId: idOf({ es: 'El compromiso', en: 'The commitment' }),
  date: calendarDate({ es: 'La fecha del avance', en: 'The date of the progress update' }),
  percent: z.number({ error: officeMessage('commitment.percent') }).check(z.int(), z.minimum(0, { error: officeMessage('commitment.percent') }), z.maximum(100, { error: officeMessage('commitment.percent') })),
  state: z.enum(commitmentStates, { error: officeMessage('commitment.state') }),
  text: z.string().check(z.trim(), z.minLength(3, { error: officeMessage('commitment.progress_short') }), z.maxLength(2000, { error: officeMessage('commitment.progress_long') })),
  evidenceUrl: z.optional(z.url({ protocol: /^https?$/, error: officeMessage('commitment.evidence_url') }).check(z.maxLength(500))),
}).check(
  z.refine((update) => update.state !== 'cumplido' || update.percent === 100, { error: officeMessage('commitment.fulfilled_percent'), path: ['percent'] }),
);

export type Commitment = z.infer<typeof commitmentSchema>;
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;
export type CommitmentState = (typeof commitmentStates)[number];
