import { createEffect, createRoot, createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import { problem, type Problem } from '../../core/problems/problem';
import { CONSENT_TEXT_VERSION } from '../i18n/consent-notice';
import { dataServices } from './services';
import { saveAttendance, type AttendancePayload } from './save-attendance';
import { reportUnsaved } from './forms/unsaved-input';

/** The foundation has one event; event planning will replace this default. */
export const DEFAULT_EVENT_ID = 'evento-predeterminado';

export interface AttendanceDraft {
  fullName: string;
  documentType: string;
  documentNumber: string;
  territory: string;
  consent: boolean;
}
export type AttendanceField = keyof AttendanceDraft;

// Most people at a municipal event carry a cédula: preselecting it saves a tap per person.
const EMPTY: AttendanceDraft = { fullName: '', documentType: 'CC', documentNumber: '', territory: '', consent: false };

export type SaveOutcome =
  | { kind: 'saved'; name: string; id: string }
  | { kind: 'invalid' }
  | { kind: 'failed'; problem: Problem };

const [draft, setDraft] = createStore<AttendanceDraft>({ ...EMPTY });
const [errors, setErrors] = createSignal<Partial<Record<AttendanceField, string>>>({});
const [outcome, setOutcome] = createSignal<SaveOutcome>();
const [saving, setSaving] = createSignal(false);

export { draft, errors, outcome, saving };

/** Unsaved input: the update prompt refuses to reload while this is true. */
export const isDirty = (): boolean =>
  (Object.keys(EMPTY) as AttendanceField[]).some((field) => draft[field] !== EMPTY[field]);

// Told to the one registry of unsaved input that update.ts reads, so the shell need not load this screen's code.
const identity = Symbol('attendance-form');
createRoot(() => createEffect(() => reportUnsaved(identity, isDirty())));

export function updateField<F extends AttendanceField>(field: F, value: AttendanceDraft[F]): void {
  setDraft(field, value);
  if (errors()[field]) setErrors(({ [field]: _, ...rest }) => rest as Partial<Record<AttendanceField, string>>);
}

export function clearForm(): void {
  setDraft({ ...EMPTY });
  setErrors({});
  setOutcome(undefined);
}

function payloadOf(d: AttendanceDraft): AttendancePayload {
  const number = d.documentNumber.trim();
  return {
    eventId: DEFAULT_EVENT_ID,
    fullName: d.fullName.trim(),
    document: number === '' ? { type: d.documentType } : { type: d.documentType, number },
    territory: d.territory,
    // The schema only accepts `true`: an unchecked box comes back as a field error, never saved.
    consent: { accepted: d.consent, textVersion: CONSENT_TEXT_VERSION },
  };
}

// Validation paths (payload.*) → the input that shows the message.
const FIELD_OF_PATH: Record<string, AttendanceField> = {
  'payload.fullName': 'fullName',
  'payload.document.type': 'documentType',
  'payload.document.number': 'documentNumber',
  'payload.document': 'documentType',
  'payload.territory': 'territory',
  'payload.consent': 'consent',
  'payload.consent.accepted': 'consent',
};

function fieldErrorsOf(problem: Problem): Partial<Record<AttendanceField, string>> | undefined {
  const fields = problem.details?.fields;
  if (!Array.isArray(fields)) return undefined;
  const mapped: Partial<Record<AttendanceField, string>> = {};
  for (const issue of fields) {
    const field = FIELD_OF_PATH[issue.path];
    if (field && !mapped[field]) mapped[field] = issue.message;
  }
  return Object.keys(mapped).length > 0 ? mapped : undefined;
}

/** Saves the draft; the form is cleared only after the device confirmed the write. */
export async function submitAttendance(): Promise<SaveOutcome> {
  if (saving()) return { kind: 'invalid' };
  setSaving(true);
  setOutcome(undefined);
  try {
    const result = await saveAttendance(payloadOf(draft)).catch(() => ({
      ok: false as const,
      problem: problem('storage.unavailable'), // the data layer could not even load or open
    }));
    if (!result.ok) {
      const fieldErrors = fieldErrorsOf(result.problem);
      setErrors(fieldErrors ?? {});
      const next: SaveOutcome = fieldErrors ? { kind: 'invalid' } : { kind: 'failed', problem: result.problem };
      setOutcome(next);
      return next;
    }
    const saved: SaveOutcome = { kind: 'saved', name: draft.fullName.trim(), id: result.value.id };
    setDraft({ ...EMPTY });
    setErrors({});
    setOutcome(saved);
    void afterSave();
    return saved;
  } finally {
    setSaving(false);
  }
}

// A save is a good moment to try the network (the runner debounces a burst of entries at the door).
async function afterSave(): Promise<void> {
  const services = await dataServices();
  services.runner.schedule();
}
