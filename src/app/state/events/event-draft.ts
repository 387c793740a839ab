import type { EventDocument, EventModality, EventStatus } from '../../../core/events';
import type { FieldIssue, Problem } from '../../../core/problems/problem';
import { BOGOTA_OFFSET_MINUTES, bogotaIsoString, offsetText, parseInstant, wallClockText } from '../../../core/time';

/** The event form as typed (date-times as Bogotá's wall clock "YYYY-MM-DDTHH:mm", whatever the device's zone). */
export interface EventFormDraft {
  name: string;
  type: string;
  murcStage: string;
  responsibleOffice: string;
  startsAt: string;
  endsAt: string;
  modality: EventModality | '';
  place: string;
  onlineUrl: string;
  territory: string;
  expectedAttendance: string;
  topics: string[];
  lscInterpreterBooked: boolean;
  status: EventStatus;
  objective: string;
}

export type EventField = keyof EventFormDraft;

export const emptyEventDraft = (): EventFormDraft => ({
  name: '',
  type: '',
  murcStage: '',
  responsibleOffice: '',
  startsAt: '',
  endsAt: '',
  modality: 'presencial',
  place: '',
  onlineUrl: '',
  territory: '',
  expectedAttendance: '',
  topics: [],
  lscInterpreterBooked: false,
  status: 'planned',
  objective: '',
});

/** ISO with offset → the value of an <input type="datetime-local"> on Bogotá's clock (events happen there). */
export function toLocalInput(iso: string): string {
  const ms = parseInstant(iso);
  return ms === undefined ? '' : wallClockText(ms).slice(0, 16);
}

/** "YYYY-MM-DDTHH:mm" → its day and hour for two inputs (either may be missing while being typed). */
export function splitDateTime(value: string): { date: string; time: string } {
  const [date = '', time = ''] = value.split('T');
  return { date, time: time.slice(0, 5) };
}

/** A day and an hour back into the draft's one value; both blank is blank, half a value stays half (the schema asks for the rest). */
export const joinDateTime = (date: string, time: string): string => (date === '' && time === '' ? '' : `${date}T${time}`);

/** The input's value, read on Bogotá's clock → ISO with −05:00; anything unreadable goes as typed (the schema says why). */
export function fromLocalInput(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? parseInstant(`${value}${offsetText(BOGOTA_OFFSET_MINUTES)}`) : undefined;
  return ms === undefined ? value : bogotaIsoString(ms);
}

export function draftOfEvent(event: EventDocument): EventFormDraft {
  return {
    name: event.name,
    type: event.type,
    murcStage: event.murcStage,
    responsibleOffice: event.responsibleOffice,
    startsAt: toLocalInput(event.startsAt),
    endsAt: toLocalInput(event.endsAt),
    modality: event.modality,
    place: event.place ?? '',
    onlineUrl: event.onlineUrl ?? '',
    territory: event.territory,
    expectedAttendance: String(event.expectedAttendance),
    topics: [...event.topics],
    lscInterpreterBooked: event.lscInterpreterBooked,
    status: event.status,
    objective: event.objective ?? '',
  };
}

const text = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** What the server's event schema reads; blanks are left out so "required" messages come from the schema. */
export function eventBody(d: EventFormDraft): Record<string, unknown> {
  const attendance = d.expectedAttendance.trim();
  const entries: [string, unknown][] = [
    ['name', text(d.name)],
    ['type', text(d.type)],
    ['murcStage', text(d.murcStage)],
    ['responsibleOffice', text(d.responsibleOffice)],
    ['startsAt', fromLocalInput(d.startsAt)],
    ['endsAt', fromLocalInput(d.endsAt)],
    ['modality', text(d.modality)],
    ['place', d.modality === 'virtual' ? undefined : text(d.place)],
    ['onlineUrl', d.modality === 'presencial' ? undefined : text(d.onlineUrl)],
    ['territory', text(d.territory)],
    ['expectedAttendance', attendance === '' ? undefined : /^\d+$/.test(attendance) ? Number(attendance) : attendance],
    ['topics', d.topics],
    ['lscInterpreterBooked', d.lscInterpreterBooked],
    ['status', d.status],
    ['objective', text(d.objective)],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

/** Field problems of a refused save (paths "name", or "event.name" for an edit), one per input. */
export function eventErrorsOf(problem: Problem): Partial<Record<EventField, string>> | undefined {
  const fields = problem.details?.fields as FieldIssue[] | undefined;
  if (!Array.isArray(fields)) return undefined;
  const keys = new Set(Object.keys(emptyEventDraft()));
  const errors: Partial<Record<EventField, string>> = {};
  for (const issue of fields) {
    const first = issue.path.replace(/^event\.?/, '').split('.')[0] ?? '';
    if (keys.has(first) && !errors[first as EventField]) errors[first as EventField] = issue.message;
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
}

/** A readable id the office can say aloud ("atril-comuna-3-k7q2"): a slug of the name plus 4 random characters. */
export function newEventId(name: string, random: Uint8Array): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const suffix = Array.from(random.slice(0, 4), (b) => alphabet[b % alphabet.length]).join('');
  return slug ? `${slug}-${suffix}` : `evento-${suffix}`;
}
