import { createEffect, createSignal, onCleanup } from 'solid-js';
import { newTrackingCode } from '../../../core/escuchadero/tracking-code';
import type { FormDefinition, FormLinkTarget } from '../../../core/forms';
import { emptyAnswers } from '../../../core/forms/answer-drafts';
import { parseFormLink } from '../../../core/forms/form-links';
import { ESCUCHADERO_FORM_ID, KIOSK_PERSON_PREFIX } from '../../../core/forms/answer-limit';
import { uuidV7 } from '../../../core/ids/uuidv7';
import type { Problem } from '../../../core/problems/problem';
import { citizenProblem } from '../../../core/problems/citizen-problems';
import type { RecordState } from '../../storage/forms-records';
import { checkDraft, draftTouched, errorsFromIssues, type Draft, type FieldErrors } from './form-draft';
import { reportUnsaved } from './unsaved-input';
import type { FormsServices } from './forms-services';
import { openFromServer } from './server-reads';
import { storedDataExists, whenIdle } from '../stored-data';
import { nextTask } from '../next-task';
import { checkPendingSettings, followingCatalogues } from '../settings/entity-settings';
import { language } from '../language';

/** Territories and topics as the entity's settings say, followed as they change (what the draft is checked against). */
const catalogues = followingCatalogues();

/** The data layer (Dexie, the outbox): loaded when needed, never for a citizen's first paint. */
const formsServices = (): Promise<FormsServices> => import('./forms-services').then((m) => m.formsServices());

let codeFetched = false;
/**
 * The save's code (storage, outbox, data layer), fetched when the citizen starts answering: the first paint
 * goes without it, and a signal lost while filling the form in cannot keep the answer from being saved (on a
 * first visit the service worker may not have cached it yet). Fetched only: the database opens with the save.
 */
function fetchSaveCode(): void {
  if (codeFetched) return;
  codeFetched = true;
  void Promise.all([import('./forms-services'), import('../data-services')]).catch(() => (codeFetched = false));
}

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
  // Versions the server listed at opening, known to the data layer before the first save is checked.
  let fetchedDefinitions: () => readonly FormDefinition[] = () => [];
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
    // A citizen's phone reads the link's key and the form from the server (or the service worker's copy);
    // a kiosk, or a phone with neither, uses what the device keeps (its own pull of the key and versions).
    const fromServer = input.kiosk ? undefined : await openFromServer(link.value);
    let opening = fromServer;
    if (!opening) {
      try {
        services = await formsServices();
      } catch {
        return void setPhase({ kind: 'refused', problem: citizenProblem('storage.unavailable'), reason: 'no-key' });
      }
      const [checked, definition] = await Promise.all([services.checkLink(link.value), services.latestDefinition(link.value.formId)]);
      opening = { checked, definition, fetched: () => [] };
    }
    const { checked, definition } = opening;
    fetchedDefinitions = opening.fetched;
    if (!checked.ok) return void setPhase({ kind: 'refused', problem: checked.problem, reason: checked.reason });
    if (!definition) return void setPhase({ kind: 'refused', problem: citizenProblem('form.unknown', { formId: link.value.formId }), reason: 'unknown-form' });
    // On a first visit the form's code, its checks and its reads all arrive together: drawing it in the same task
    // made one task of about 200 ms on a cheap phone (Lighthouse's total blocking time).
    await nextTask();
    setDraft(emptyAnswers(definition));
    kioskTurn = newKioskTurn();
    setPhase({ kind: 'ready', definition, target: checked.target, signature: checked.signature });
    // A kiosk is shared by many people: it never answers as the person whose pass happens to be on it.
    // A pass is something stored: looked for after the first paint, and only on a phone that stores anything.
    if (!input.kiosk) whenIdle(() => void readPass(checked.target.eventId));
  }

  async function readPass(eventId: string): Promise<void> {
    if (!(await storedDataExists())) return;
    const fs = services ?? (await formsServices().catch(() => undefined));
    setPass(await fs?.readPass(eventId).catch(() => undefined));
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
    fetchSaveCode();
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
    if (!p || saving()) return 'invalid';
    // The answer is checked against settings checked in full, never against the first paint's unchecked copy.
    checkPendingSettings();
    const check = checkDraft(p.definition, catalogues, draft(), language());
    if (!check.ok) {
      setErrors(check.errors);
      return 'invalid';
    }
    setSaving(true);
    try {
      // The first save opens the data layer: the record and its outbox entry in one transaction, as always.
      try {
        services ??= await formsServices();
      } catch {
        setFailure(citizenProblem('storage.unavailable'));
        return 'failed';
      }
      const listed = fetchedDefinitions();
      if (listed.length > 0) await services.adoptDefinitions(listed);
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
      const saved = await services.saveSubmission(payload).catch(() => ({ ok: false as const, problem: citizenProblem('storage.unavailable') }));
      if (!saved.ok) {
        const fields = saved.problem.details?.fields;
        const mapped = errorsFromIssues(Array.isArray(fields) ? fields : []);
        if (Object.keys(mapped).length > 0) setErrors(mapped);
        else setFailure(saved.problem);
        return Object.keys(mapped).length > 0 ? 'invalid' : 'failed';
      }
      // The code is in the saved record too; keeping it for "Mis preguntas" is a convenience, not the record.
      if (trackingCode && !input.kiosk) {
        await services.keepCode({ code: trackingCode, recordId: saved.value.id, origin: 'sent', eventId: p.target.eventId }).catch(() => undefined);
      }
      setDraft(emptyAnswers(p.definition));
      setErrors({});
      setSubmitted({ recordId: saved.value.id, trackingCode });
      stopWatching?.();
      stopWatching = services.observeRecordState(saved.value.id, setRecordState);
      return 'saved';
    } finally {
      setSaving(false);
    }
  }

  return { phase, ready, catalogues, refusal, draft, errors, saving, failure, submitted, recordState, pass, answerAsPass, setAnswerAsPass, setAnswer, submit, reset };
}

export type FormSession = ReturnType<typeof createFormSession>;
