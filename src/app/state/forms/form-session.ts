import { createEffect, createSignal, onCleanup } from 'solid-js';
import { newTrackingCode } from '../../../core/escuchadero/tracking-code';
import { emptyAnswers, parseFormLink, type FormDefinition, type FormLinkTarget } from '../../../core/forms';
import { ESCUCHADERO_FORM_ID, KIOSK_PERSON_PREFIX } from '../../../core/forms/answer-limit';
import { uuidV7 } from '../../../core/ids/uuidv7';
import { problem, type Problem } from '../../../core/problems/problem';
import { observeRecordState, readPassForEvent, type RecordState } from '../../storage/forms-records';
import { keepCode } from '../../storage/tracked-codes';
import { checkDraft, draftTouched, errorsFromIssues, type Draft, type FieldErrors } from './form-draft';
import { reportUnsaved } from './unsaved-input';
import { formsServices, type FormsServices } from './forms-services';
import { checkFormLink } from './link-check';

export type Refusal = Extract<SessionPhase, { kind: 'refused' }>;

export type SessionPhase =
  | { kind: 'loading' }
  /** The link is not valid (tampered), or cannot be checked yet (no key, no network). */
  | { kind: 'refused'; problem: Problem; reason: 'invalid' | 'no-key' | 'unknown-form' }
  | { kind: 'ready'; definition: FormDefinition; target: FormLinkTarget; signature: string };

export interface Submitted {
  recordId: string;
  trackingCode?: string | undefined;
}

export type SubmitOutcome = 'saved' | 'invalid' | 'failed';

/**
 * One person filling one form from a poster link (citizen screen and kiosk alike): the link is checked on
 * the device, the draft is validated with the form's own schema, and the answer is queued like any record.
 * Must be created inside a component (it cleans up after itself).
 */
export function createFormSession(input: { formId: string; search: string; kiosk: boolean }) {
  const [phase, setPhase] = createSignal<SessionPhase>({ kind: 'loading' });
  const [draft, setDraft] = createSignal<Draft>({});
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [saving, setSaving] = createSignal(false);
  const [failure, setFailure] = createSignal<Problem>();
  const [submitted, setSubmitted] = createSignal<Submitted>();
  const [recordState, setRecordState] = createSignal<RecordState>();
  const [pass, setPass] = createSignal<{ attendeeId: string; displayName: string }>();
  const [answerAsPass, setAnswerAsPass] = createSignal(false);
  let services: FormsServices | undefined;
  // A kiosk's turn: one person between two resets, counted as one "person" by the answer limit.
  let kioskTurn: string | undefined;
  const newKioskTurn = () => (input.kiosk && services ? `${KIOSK_PERSON_PREFIX}${uuidV7(Date.now(), services.device.randomBytes(10))}` : undefined);
  let stopWatching: (() => void) | undefined;
  const identity = Symbol('form-session');
  onCleanup(() => {
    stopWatching?.();
    reportUnsaved(identity, false);
  });

  async function open(): Promise<void> {
    const link = parseFormLink(`/f/${input.formId}${input.search}`);
    if (!link.ok) return void setPhase({ kind: 'refused', problem: link.problem, reason: 'invalid' });
    try {
      services = await formsServices();
    } catch {
      return void setPhase({ kind: 'refused', problem: problem('storage.unavailable'), reason: 'no-key' });
    }
    const [checked, definition] = await Promise.all([checkFormLink(services.db, link.value, services.fetch), services.latestDefinition(link.value.formId)]);
    if (!checked.ok) return void setPhase({ kind: 'refused', problem: checked.problem, reason: checked.reason });
    if (!definition) return void setPhase({ kind: 'refused', problem: problem('form.unknown', { formId: link.value.formId }), reason: 'unknown-form' });
    setDraft(emptyAnswers(definition));
    kioskTurn = newKioskTurn();
    setPhase({ kind: 'ready', definition, target: checked.target, signature: checked.signature });
    // A kiosk is shared by many people: it never answers as the person whose pass happens to be on it.
    if (!input.kiosk) setPass(await readPassForEvent(services.db, checked.target.eventId).catch(() => undefined));
  }
  void open();

  const ready = () => {
    const p = phase();
    return p.kind === 'ready' ? p : undefined;
  };
  const refusal = () => {
    const p = phase();
    return p.kind === 'refused' ? p : undefined;
  };
  createEffect(() => {
    const p = ready();
    reportUnsaved(identity, p !== undefined && draftTouched(p.definition, draft()));
  });

  function setAnswer(fieldId: string, value: unknown): void {
    setDraft((d) => ({ ...d, [fieldId]: value }));
    if (errors()[fieldId] !== undefined) setErrors(({ [fieldId]: _, ...rest }) => rest);
    setFailure(undefined);
  }

  function reset(): void {
    const p = ready();
    if (p) setDraft(emptyAnswers(p.definition));
    kioskTurn = newKioskTurn();
    setErrors({});
    setFailure(undefined);
    setSubmitted(undefined);
    setRecordState(undefined);
    stopWatching?.();
  }

  async function submit(): Promise<SubmitOutcome> {
    const p = ready();
    if (!p || !services || saving()) return 'invalid';
    const check = checkDraft(p.definition, services.catalogues, draft());
    if (!check.ok) {
      setErrors(check.errors);
      return 'invalid';
    }
    setSaving(true);
    try {
      const trackingCode = p.definition.id === ESCUCHADERO_FORM_ID ? newTrackingCode(services.device.randomBytes) : undefined;
      const holder = answerAsPass() ? pass() : undefined;
      const payload = {
        formId: p.definition.id,
        formVersion: p.definition.version,
        eventId: p.target.eventId,
        link: { signature: p.signature },
        answers: check.answers,
        ...(trackingCode ? { trackingCode } : {}),
        ...(holder ? { personKey: `attendee:${holder.attendeeId}` } : kioskTurn ? { personKey: kioskTurn } : {}),
      };
      const saved = await services.saveSubmission(payload).catch(() => ({ ok: false as const, problem: problem('storage.unavailable') }));
      if (!saved.ok) {
        const fields = saved.problem.details?.fields;
        const mapped = errorsFromIssues(Array.isArray(fields) ? fields : []);
        if (Object.keys(mapped).length > 0) setErrors(mapped);
        else setFailure(saved.problem);
        return Object.keys(mapped).length > 0 ? 'invalid' : 'failed';
      }
      // The code is in the saved record too; keeping it for "Mis preguntas" is a convenience, not the record.
      if (trackingCode && !input.kiosk) {
        await keepCode(services.db, { code: trackingCode, recordId: saved.value.id, origin: 'sent', eventId: p.target.eventId }, new Date()).catch(() => undefined);
      }
      setDraft(emptyAnswers(p.definition));
      setErrors({});
      setSubmitted({ recordId: saved.value.id, trackingCode });
      stopWatching?.();
      stopWatching = observeRecordState(services.db, saved.value.id, setRecordState);
      return 'saved';
    } finally {
      setSaving(false);
    }
  }

  return { phase, ready, refusal, draft, errors, saving, failure, submitted, recordState, pass, answerAsPass, setAnswerAsPass, setAnswer, submit, reset };
}

export type FormSession = ReturnType<typeof createFormSession>;
