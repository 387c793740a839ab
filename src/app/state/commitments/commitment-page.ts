import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { CommitmentDetail, CommitmentHistoryEntry } from '../../../core/commitments';
import { uuidV7 } from '../../../core/ids/uuidv7';
import type { Problem } from '../../../core/problems/problem';
import { bogotaToday } from '../../../core/time';
import { emptyProgressDraft, errorsOfProblem, progressOfDraft, type FieldErrors, type ProgressDraft, type ProgressField } from './commitment-draft';
import { fetchCommitment, fetchCommitmentHistory, reportProgress } from './commitments-api';
import { eventNames } from './event-names';

const PROGRESS_FIELDS: readonly ProgressField[] = ['date', 'percent', 'state', 'text', 'evidenceUrl'];

/** One commitment: where it stands, its reports of progress, who changed what and when, and a new report. */
export function createCommitmentPage(commitmentId: string) {
  const [detail, setDetail] = createSignal<CommitmentDetail>();
  const [history, setHistory] = createSignal<CommitmentHistoryEntry[]>();
  const [loadProblem, setLoadProblem] = createSignal<Problem>();
  const [eventName, setEventName] = createSignal<string>();
  const [draft, setDraft] = createStore<ProgressDraft>(emptyProgressDraft(bogotaToday(Date.now())));
  const [errors, setErrors] = createSignal<FieldErrors<ProgressField>>({});
  const [saveProblem, setSaveProblem] = createSignal<Problem>();
  const [saving, setSaving] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  let updateId: string | undefined;

  async function load(): Promise<void> {
    const [answer, past, names] = await Promise.all([fetchCommitment(commitmentId), fetchCommitmentHistory(commitmentId), eventNames()]);
    if (!answer.ok) return void setLoadProblem(answer.problem);
    setLoadProblem(undefined);
    setDetail(answer.value);
    setEventName(names.get(answer.value.item.eventId) ?? answer.value.item.eventId);
    if (past.ok) setHistory(past.value.entries);
  }

  function setField(field: ProgressField, value: string): void {
    setDraft(field, value);
    setSaved(false);
    if (errors()[field]) setErrors(({ [field]: _, ...rest }) => rest);
  }

  async function submit(now: Date = new Date()): Promise<boolean> {
    if (saving()) return false;
    updateId ??= uuidV7(now.getTime(), crypto.getRandomValues(new Uint8Array(10)));
    const checked = progressOfDraft(draft, { id: updateId, commitmentId });
    if (!checked.ok) {
      setErrors(checked.errors);
      return false;
    }
    setSaving(true);
    try {
      const answer = await reportProgress(checked.value);
      if (!answer.ok) {
        const fieldErrors = errorsOfProblem(answer.problem, PROGRESS_FIELDS);
        setErrors(fieldErrors ?? {});
        setSaveProblem(fieldErrors ? undefined : answer.problem);
        return false;
      }
      setSaveProblem(undefined);
      setSaved(true);
      updateId = undefined;
      setDraft(emptyProgressDraft(bogotaToday(now.getTime())));
      await load();
      return true;
    } finally {
      setSaving(false);
    }
  }

  return { detail, history, loadProblem, eventName, draft, setField, errors, saveProblem, saving, saved, load, submit };
}
