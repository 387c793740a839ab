import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { CommitmentItem } from '../../../core/commitments';
import { uuidV7 } from '../../../core/ids/uuidv7';
import type { Problem } from '../../../core/problems/problem';
import { bogotaIsoString } from '../../../core/time';
import { fetchInbox } from '../forms/staff-api';
import { t } from '../language';
import { commitmentOfDraft, draftFromAnswer, emptyCommitmentDraft, errorsOfProblem, type CommitmentDraft, type CommitmentField, type CommitmentOrigin, type FieldErrors } from './commitment-draft';
import { createCommitment } from './commitments-api';
import { eventNames } from './event-names';

/** Where the new commitment comes from, as the address says: ?evento=…&pregunta=<record id>&tema=<code>. */
export interface CommitmentSource {
  event?: string | undefined;
  entry?: string | undefined;
  topic?: string | undefined;
}

export type CommitmentSaveOutcome = { kind: 'saved'; item: CommitmentItem } | { kind: 'invalid' } | { kind: 'failed'; problem: Problem; offline: boolean };

const COMMITMENT_FIELDS: readonly CommitmentField[] = ['eventId', 'title', 'description', 'office', 'dueDate', 'topic', 'territory'];

/**
 * A new commitment: typed at an event, or pre-filled from an answered escuchadero case (linked to it, so the
 * citizen sees it with their tracking code) or from a prioritised topic.
 */
export function createCommitmentForm(source: CommitmentSource) {
  const [draft, setDraft] = createStore<CommitmentDraft>(emptyCommitmentDraft({ eventId: source.event ?? '', topic: source.topic ?? '' }));
  const [errors, setErrors] = createSignal<FieldErrors<CommitmentField>>({});
  const [saving, setSaving] = createSignal(false);
  const [outcome, setOutcome] = createSignal<CommitmentSaveOutcome>();
  const [question, setQuestion] = createSignal<{ text: string; answer?: string | undefined }>();
  const [prefillProblem, setPrefillProblem] = createSignal<Problem>();
  /** The linked case is not in the inbox (another event, or gone): the form is still usable, typed by hand. */
  const [caseMissing, setCaseMissing] = createSignal(false);
  const [events, setEvents] = createSignal<{ value: string; label: string }[]>([]);
  const origin: CommitmentOrigin = source.entry ? { kind: 'escuchadero', entryId: source.entry } : source.topic ? { kind: 'priorizacion', topic: source.topic } : { kind: 'typed' };
  // Chosen once per form: a save retried after a lost answer is recognised by the server as the same one.
  let id: string | undefined;

  async function load(): Promise<void> {
    const known = await eventNames();
    setEvents([...known].map(([value, label]) => ({ value, label })));
    if (!source.entry) return;
    // The inbox is the one place the office reads a case: find it among the event's (or all) cases.
    const answer = await fetchInbox(source.event ? { event: source.event } : {});
    if (!answer.ok) return void setPrefillProblem(answer.problem);
    const item = answer.value.items.find((i) => i.recordId === source.entry);
    if (!item) return void setCaseMissing(true);
    setQuestion({ text: item.text, answer: item.answer });
    setDraft(draftFromAnswer(item, { question: t('commitments.form.question'), answer: t('commitments.form.answer') }));
  }

  function setField(field: CommitmentField, value: string): void {
    setDraft(field, value);
    if (errors()[field]) setErrors(({ [field]: _, ...rest }) => rest);
  }

  async function submit(now: Date = new Date()): Promise<CommitmentSaveOutcome> {
    if (saving()) return { kind: 'invalid' };
    id ??= uuidV7(now.getTime(), crypto.getRandomValues(new Uint8Array(10)));
    const checked = commitmentOfDraft(draft, { id, origin, createdAt: bogotaIsoString(now.getTime()) });
    if (!checked.ok) {
      setErrors(checked.errors);
      return finish({ kind: 'invalid' });
    }
    setSaving(true);
    try {
      const answer = await createCommitment(checked.value);
      if (answer.ok) return finish({ kind: 'saved', item: answer.value });
      const fieldErrors = errorsOfProblem(answer.problem, COMMITMENT_FIELDS);
      setErrors(fieldErrors ?? {});
      return finish(fieldErrors ? { kind: 'invalid' } : { kind: 'failed', problem: answer.problem, offline: answer.offline });
    } finally {
      setSaving(false);
    }
  }

  function finish(next: CommitmentSaveOutcome): CommitmentSaveOutcome {
    setOutcome(next);
    return next;
  }

  return { draft, setField, errors, saving, outcome, submit, load, question, prefillProblem, caseMissing, events, origin };
}

export type CommitmentForm = ReturnType<typeof createCommitmentForm>;
