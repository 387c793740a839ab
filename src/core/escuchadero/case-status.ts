import * as z from 'zod/mini';
import { fail, ok, type Result } from '../result';
import { citizenProblem } from '../problems/citizen-problems';
import { fieldIssuesFrom, spanishErrors } from '../problems/field-issues';
import { trackingCodeSchema } from './tracking-code';
import { officeMessage } from '../problems/office-field-messages';

/**
 * An escuchadero entry's life: received → assigned (to an office, may be reassigned) →
 * answered (text and date, what the citizen reads with the tracking code) → closed (optional:
 * published with the event's memoria, nothing more to do).
 */
export const CASE_STATES = ['received', 'assigned', 'answered', 'closed'] as const;
export type CaseState = (typeof CASE_STATES)[number];

const moment = z.iso.datetime({ offset: true, error: officeMessage('case.moment') });
const office = z.string().check(z.minLength(1), z.maxLength(64));
const answerText = z.string({ error: officeMessage('case.answer_missing') }).check(
  z.trim(),
  z.minLength(1, { error: officeMessage('case.answer_missing') }),
  z.maxLength(8000, { error: officeMessage('case.answer_long') }),
);

const received = { trackingCode: trackingCodeSchema, receivedAt: moment };
const assigned = { ...received, office, assignedAt: moment };
const answered = { ...assigned, answer: answerText, answeredAt: moment };

export const escuchaderoCaseSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('received'), ...received }),
  z.strictObject({ state: z.literal('assigned'), ...assigned }),
  z.strictObject({ state: z.literal('answered'), ...answered }),
  z.strictObject({ state: z.literal('closed'), ...answered, closedAt: moment }),
]);

export type EscuchaderoCase = z.infer<typeof escuchaderoCaseSchema>;

const refused = () => fail<EscuchaderoCase>(citizenProblem('escuchadero.transition_invalid'));

function checked(next: unknown): Result<EscuchaderoCase> {
  const parsed = escuchaderoCaseSchema.safeParse(next, { error: spanishErrors });
  return parsed.success ? ok(parsed.data) : fail(citizenProblem('record.invalid', { fields: fieldIssuesFrom(parsed.error) }));
}

export const receiveCase = (trackingCode: string, receivedAt: string): Result<EscuchaderoCase> =>
  checked({ state: 'received', trackingCode, receivedAt });

/** Assigning again (to another office) is allowed until the answer is given. */
export function assignCase(current: EscuchaderoCase, to: { office: string; at: string }): Result<EscuchaderoCase> {
  if (current.state !== 'received' && current.state !== 'assigned') return refused();
  return checked({ state: 'assigned', trackingCode: current.trackingCode, receivedAt: current.receivedAt, office: to.office, assignedAt: to.at });
}

export function answerCase(current: EscuchaderoCase, reply: { answer: string; at: string }): Result<EscuchaderoCase> {
  if (current.state !== 'assigned') return refused();
  return checked({ ...current, state: 'answered', answer: reply.answer, answeredAt: reply.at });
}

export function closeCase(current: EscuchaderoCase, at: string): Result<EscuchaderoCase> {
  if (current.state !== 'answered') return refused();
  return checked({ ...current, state: 'closed', closedAt: at });
}
