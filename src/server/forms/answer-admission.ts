import type { ValidRecord } from '../../core/records/envelope';
import { FORM_SUBMISSION_KIND, type FormSubmission } from '../../core/forms';
import { problem, type Problem } from '../../core/problems/problem';
import type { FormStore } from '../store/form-store';
import type { SubmissionStore } from '../store/submission-store';
import { answererKey, defaultAnswerLimit, type AnswerLimit } from './answer-limit';

/** Decides, for each valid record of a sync batch, whether it may be stored: undefined = yes. */
export type RecordAdmission = (records: readonly ValidRecord[]) => Promise<(Problem | undefined)[]>;

/**
 * A submission to a link the office closed is refused with form.link_closed.
 * "One answer per person/device": a submission is refused with form.already_answered when another
 * record, stored or earlier in the same batch, is by the same answerer for the same form and event.
 * A record whose own id is the stored answer is a replay: it passes, and the store calls it a duplicate.
 *
 * Runs inside SyncStore.atomically together with the batch write (push-records.ts), so two devices syncing
 * at once cannot both get their answer in, whether on one process (SQLite) or several (PostgreSQL).
 */
export function answerLimitAdmission(forms: Pick<FormStore, 'answerLimit' | 'linkClosed'>, submissions: Pick<SubmissionStore, 'answerersNear'>): RecordAdmission {
  return async (records) => {
    const taken = new Map<string, string>();
    // A batch of 50 answers usually shares one link: its state and limit are read once per batch, not per answer.
    const links = new Map<string, Promise<{ closed: boolean; limit: AnswerLimit }>>();
    const linkOf = (formId: string, eventId: string) => {
      const slot = JSON.stringify([formId, eventId]);
      let link = links.get(slot);
      if (!link) {
        // One after the other: inside the batch's transaction both go through one connection.
        link = (async () => ({ closed: await forms.linkClosed(formId, eventId), limit: (await forms.answerLimit(formId, eventId)) ?? defaultAnswerLimit(formId) }))();
        links.set(slot, link);
      }
      return link;
    };
    const admitOne = async (record: ValidRecord): Promise<Problem | undefined> => {
      if (record.kind !== FORM_SUBMISSION_KIND) return undefined;
      const { formId, eventId, personKey } = record.payload as FormSubmission;
      let nearby: ReturnType<SubmissionStore['answerersNear']> | undefined;
      const near = () => (nearby ??= submissions.answerersNear(formId, eventId, { deviceId: record.deviceId, personKey }));
      const { closed, limit } = await linkOf(formId, eventId);
      // A closed link takes nothing new; a replay of an answer stored before closing passes (the store calls it a duplicate).
      if (closed && !(await near()).some((stored) => stored.recordId === record.id)) {
        return problem('form.link_closed', { formId, eventId });
      }
      const key = answererKey(limit, record.deviceId, personKey);
      if (key === undefined) return undefined;
      const slot = JSON.stringify([formId, eventId, key]);
      const holders = [
        ...(await near()).filter((stored) => answererKey(limit, stored.deviceId, stored.personKey) === key).map((stored) => stored.recordId),
        ...(taken.has(slot) ? [taken.get(slot)!] : []),
      ];
      if (holders.length > 0 && !holders.includes(record.id)) {
        return problem('form.already_answered', { formId, eventId, answerLimit: limit });
      }
      taken.set(slot, record.id);
      return undefined;
    };
    const refusals: (Problem | undefined)[] = [];
    // One record after the other: a record's check counts the answers admitted before it in the batch.
    for (const record of records) refusals.push(await admitOne(record));
    return refusals;
  };
}
