import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { EventDocument } from '../../../core/events';
import type { Language, Problem } from '../../../core/problems/problem';
import { language } from '../language';
import { draftOfEvent, emptyEventDraft, eventBody, eventErrorsOf, newEventId, type EventField, type EventFormDraft } from './event-draft';
import { createEvent, fetchEvent, updateEvent } from './events-api';

export type EventSaveOutcome =
  | { kind: 'saved'; event: EventDocument }
  | { kind: 'invalid' }
  | { kind: 'offline' }
  | { kind: 'stale'; problem: Problem }
  | { kind: 'failed'; problem: Problem };

/**
 * The planning form of one event (new, or an edit of a given revision). Events are saved on the server:
 * they are the office's documents, not records taken in the field, so there is no offline queue here.
 */
export function createEventForm(existingId: string | undefined) {
  const [draft, setDraft] = createStore<EventFormDraft>(emptyEventDraft());
  const [errors, setErrors] = createSignal<Partial<Record<EventField, string>>>({});
  // The server writes the field messages in the language the save was sent in (jsonCall says the screen's).
  const [errorsLanguage, setErrorsLanguage] = createSignal<Language>(language());
  const [outcome, setOutcome] = createSignal<EventSaveOutcome>();
  const [saving, setSaving] = createSignal(false);
  const [loaded, setLoaded] = createSignal<EventDocument | undefined>();
  const [loadProblem, setLoadProblem] = createSignal<{ problem: Problem; offline: boolean }>();
  // Chosen once per form: a create retried after a lost answer reuses it and the server recognises the replay.
  let newId: string | undefined;

  async function load(): Promise<void> {
    if (!existingId) return;
    const answer = await fetchEvent(existingId);
    if (!answer.ok) return void setLoadProblem({ problem: answer.problem, offline: answer.offline });
    setLoadProblem(undefined);
    setLoaded(answer.value.event);
    setDraft(draftOfEvent(answer.value.event));
  }

  function setField<F extends EventField>(field: F, value: EventFormDraft[F]): void {
    setDraft(field, value as never);
    if (errors()[field]) setErrors(({ [field]: _, ...rest }) => rest as Partial<Record<EventField, string>>);
  }

  async function submit(): Promise<EventSaveOutcome> {
    if (saving()) return { kind: 'invalid' };
    setSaving(true);
    try {
      const body = eventBody(draft);
      const asked = language();
      const base = loaded();
      newId ??= newEventId(draft.name, crypto.getRandomValues(new Uint8Array(4)));
      const answer = base ? await updateEvent(base.id, base.revision, body) : await createEvent(newId, body);
      let next: EventSaveOutcome;
      if (answer.ok) next = { kind: 'saved', event: answer.value.event };
      else if (answer.offline) next = { kind: 'offline' };
      else if (answer.problem.code === 'event.stale_revision') next = { kind: 'stale', problem: answer.problem };
      else {
        const fieldErrors = eventErrorsOf(answer.problem);
        setErrors(fieldErrors ?? {});
        setErrorsLanguage(asked);
        next = fieldErrors ? { kind: 'invalid' } : { kind: 'failed', problem: answer.problem };
      }
      setOutcome(next);
      return next;
    } finally {
      setSaving(false);
    }
  }

  return { draft, setField, errors, errorsLanguage, outcome, saving, load, loaded, loadProblem, submit };
}

export type EventForm = ReturnType<typeof createEventForm>;
