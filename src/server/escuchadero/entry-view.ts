import {
  caseDeadline,
  escuchaderoCaseSchema,
  receiveCase,
  type CaseState,
  type EscuchaderoCase,
} from '../../core/escuchadero';
import type { FormDefinitionLookup, FormSubmission } from '../../core/forms';
import { answerPublishable, consentsToPublish, versionAsksConsent } from '../../core/publication';
import { bogotaToday, type Holidays } from '../../core/time';
import type { EscuchaderoEntry } from '../store/escuchadero-store';

export interface EntryContact {
  name?: string;
  /** 'correo' | 'telefono', as answered. */
  via?: string;
  email?: string;
  phone?: string;
}

/** One row of the planning office's inbox. Texts are returned verbatim: escaping is the renderer's job. */
export interface InboxItem {
  recordId: string;
  trackingCode: string;
  eventId: string;
  formVersion: number;
  type: string;
  topic: string | null;
  territory: string;
  text: string;
  contact?: EntryContact;
  status: CaseState;
  office?: string;
  answer?: string;
  answeredAt?: string;
  receivedAt: string;
  /** Last day (Colombia, YYYY-MM-DD) to answer on time: 15 working days after receipt. */
  dueAt: string;
  workingDaysWaited: number;
  overdue: boolean;
  /** The citizen allowed publishing the question and its answer (default no). */
  publishConsent: boolean;
  /** The planning office published the answer on /rendicion. */
  published: boolean;
}

/** What a citizen reads with the tracking code: no personal data, only the state and the answer. */
export interface StatusItem {
  trackingCode: string;
  status: CaseState;
  dueDate: string;
  answer?: string;
  answeredAt?: string;
}

// Devices may sync days after an event, and their clocks may be wrong: the citizen's moment counts when it
// is plausible (not after arrival, at most this long before it), else the server's arrival.
const MAX_OFFLINE_MS = 60 * 24 * 3600 * 1000;

export function receiptMoment(entry: Pick<EscuchaderoEntry, 'createdAt' | 'receivedAt'>): string {
  const device = Date.parse(entry.createdAt);
  const server = Date.parse(entry.receivedAt);
  return device <= server && server - device <= MAX_OFFLINE_MS ? entry.createdAt : entry.receivedAt;
}

/** The stored case, or a fresh 'received' one for an entry the office has not touched yet. */
export function currentCase(entry: EscuchaderoEntry): EscuchaderoCase {
  if (entry.storedCase !== undefined) return escuchaderoCaseSchema.parse(entry.storedCase);
  const submission = entry.payload as FormSubmission;
  const received = receiveCase(submission.trackingCode ?? '', receiptMoment(entry));
  // Ingest requires a valid tracking code on every escuchadero entry (registry.ts): failing here is a bug.
  if (!received.ok) throw new Error(`Escuchadero entry ${entry.recordId} cannot open a case: ${received.problem.code}`);
  return received.value;
}

/** The citizen consented to publishing, in a version of the form that asked (stored versions, via `lookup`). */
export function publishConsentOf(entry: EscuchaderoEntry, lookup: FormDefinitionLookup): boolean {
  const submission = entry.payload as FormSubmission;
  return versionAsksConsent(lookup(submission.formId, submission.formVersion)) && consentsToPublish(submission.answers);
}

/** The office may publish the entry: consent given where its version asked, and an answer to show. */
export const entryPublishable = (entry: EscuchaderoEntry, lookup: FormDefinitionLookup): boolean =>
  publishConsentOf(entry, lookup) && answerPublishable((entry.payload as FormSubmission).answers, currentCase(entry).state);

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function contactOf(answers: Record<string, unknown>): EntryContact | undefined {
  if (answers.forma_respuesta !== 'contacto') return undefined;
  const contact = { name: text(answers.nombre), via: text(answers.medio_contacto), email: text(answers.correo), phone: text(answers.telefono) };
  return Object.fromEntries(Object.entries(contact).filter(([, v]) => v !== undefined));
}

export interface Clock {
  /** Today in Colombia, YYYY-MM-DD. */
  today: string;
  holidays: Holidays;
}

export const clockAt = (now: Date, holidays: Holidays): Clock => ({ today: bogotaToday(now.getTime()), holidays });

export function inboxItem(entry: EscuchaderoEntry, current: EscuchaderoCase, clock: Clock, lookup: FormDefinitionLookup, published = false): InboxItem {
  const submission = entry.payload as FormSubmission;
  const answers = submission.answers as Record<string, unknown>;
  const deadline = caseDeadline(current, clock.today, clock.holidays);
  const contact = contactOf(answers);
  return {
    recordId: entry.recordId,
    trackingCode: current.trackingCode,
    eventId: entry.eventId,
    formVersion: submission.formVersion,
    type: text(answers.tipo) ?? '',
    topic: text(answers.tema) ?? null,
    territory: text(answers.territorio) ?? '',
    text: text(answers.mensaje) ?? '',
    ...(contact ? { contact } : {}),
    status: current.state,
    ...(current.state === 'received' ? {} : { office: current.office }),
    ...(current.state === 'answered' || current.state === 'closed' ? { answer: current.answer, answeredAt: current.answeredAt } : {}),
    receivedAt: current.receivedAt,
    dueAt: deadline.dueDate,
    workingDaysWaited: deadline.workingDaysWaited,
    overdue: deadline.late,
    publishConsent: publishConsentOf(entry, lookup),
    published,
  };
}

export function statusItem(current: EscuchaderoCase, clock: Clock): StatusItem {
  const answered = current.state === 'answered' || current.state === 'closed';
  return {
    trackingCode: current.trackingCode,
    status: current.state,
    dueDate: caseDeadline(current, clock.today, clock.holidays).dueDate,
    ...(answered ? { answer: current.answer, answeredAt: current.answeredAt } : {}),
  };
}
