import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { problem, type Problem } from '../../../core/problems/problem';
import { UNDO_WINDOW_MS } from '../../../core/attendance/admission-undo';
import { syncBlock } from '../auth/access-signals';
import { dataServices } from '../services';
import { classifyCode, type SaveFailure } from './check-in-flow';
import { looksLikeDocumentNumber } from './document-entry';
import { colourOf, type DoorOutcome, type FormPrefill } from './door-outcome';
import { searchDoor, type SearchHit } from './door-search';
import { openDoorSession, type DoorSession } from './door-session';
import { deviceLabel } from './door-texts';
import { signalResult } from './feedback';
import { keepDoorFresh, pullStatus } from './pull-status';

export type DoorForm = { prefill: FormPrefill; why: Extract<DoorOutcome, { kind: 'form' }>['why'] };
export type ResultOutcome = Exclude<DoorOutcome, { kind: 'form' }>;
/** The admission that can still be undone, and until when (ms since epoch). */
export interface UndoableAdmission {
  recordId: string;
  name: string;
  anonymous: boolean;
  until: number;
}

/** The phone's enrollment was revoked: the door admits nobody (records would never reach the server). */
export const isRevoked = (): boolean => syncBlock()?.problem.code === 'device.revoked';

/** Measures decoded payload → green screen painted (the check-in benchmark reads these marks). */
const mark = (name: string) => {
  try {
    performance.mark(name);
  } catch {
    // marks are a measuring aid only
  }
};

/**
 * The door of one event, as a screen: the session (lists in memory), the result on show, the form when one
 * is open. Call inside the route component: pulling every ~30 s and the session end with it.
 */
export function createDoorScreen(eventId: string) {
  const [session, setSession] = createSignal<DoorSession>();
  const [failure, setFailure] = createSignal<Problem | undefined>();
  const [result, setResult] = createSignal<ResultOutcome>();
  const [form, setForm] = createSignal<DoorForm>();
  const [busy, setBusy] = createSignal(false);
  const [revision, setRevision] = createSignal(0);
  const [undoable, setUndoable] = createSignal<UndoableAdmission>();
  const [undone, setUndone] = createSignal<string>();
  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(undoTimer));
  let schedule: (() => void) | undefined;
  let lastCode: string | undefined;

  // A code read while the lists still load waits for them rather than being dropped.
  const opening = dataServices().then(async (services) => {
    schedule = () => services.runner.schedule();
    const opened = await openDoorSession(eventId, {
      db: services.db,
      deviceId: services.deviceId,
      catalogues: services.catalogues,
      save: services.saveRecord,
      revoked: isRevoked,
    });
    setSession(opened);
    return opened;
  });
  opening.catch(() => setFailure(problem('storage.unavailable')));

  onCleanup(keepDoorFresh());
  // A pull brought new rows (other devices' check-ins, late registrations, the key): read them in.
  createEffect(
    on(
      () => pullStatus().lastSuccessAt,
      () => {
        const current = session();
        if (current) void current.reload().then(() => setRevision((n) => n + 1));
      },
      { defer: true },
    ),
  );

  function offerUndo(outcome: Extract<DoorOutcome, { kind: 'admitted' }>) {
    clearTimeout(undoTimer);
    setUndone(undefined);
    setUndoable({ recordId: outcome.recordId, name: outcome.name, anonymous: outcome.anonymous === true, until: Date.now() + UNDO_WINDOW_MS });
    undoTimer = setTimeout(() => setUndoable(undefined), UNDO_WINDOW_MS);
  }

  function show(outcome: DoorOutcome | SaveFailure): DoorOutcome | SaveFailure {
    if ('failed' in outcome) return outcome;
    if (outcome.kind === 'form') {
      setResult(undefined);
      setForm({ prefill: outcome.prefill, why: outcome.why });
      return outcome;
    }
    if (outcome.kind === 'admitted') {
      setForm(undefined);
      schedule?.();
      offerUndo(outcome);
    }
    setResult(outcome);
    signalResult(colourOf(outcome)!);
    setRevision((n) => n + 1);
    return outcome;
  }

  async function run(action: (s: DoorSession) => Promise<DoorOutcome | SaveFailure>): Promise<DoorOutcome | SaveFailure | undefined> {
    if (busy()) return undefined;
    setBusy(true);
    try {
      const current = session() ?? (await opening);
      return show(await action(current));
    } finally {
      setBusy(false);
    }
  }

  return {
    session,
    failure,
    result,
    form,
    busy,
    /**
     * Ignored while a result, the form or another check-in is on screen. Answers whether it was taken: the
     * scanner reads an untaken code again, so the next person's pass held up during this result is taken
     * as soon as it goes; the code that made this result, still held up, counts as taken (one scan, not a
     * yellow "already" for the person just admitted).
     */
    code(text: string, source: 'camera' | 'reader'): boolean {
      mark('door:decoded');
      if (result() || form() || busy()) return source === 'camera' && text === lastCode;
      lastCode = text;
      void run((s) => s.scan(text, source));
      return true;
    },
    /** A document number and Enter in the search field; answers whether it was taken, like `code`. */
    documentNumber(text: string): boolean {
      if (result() || form() || busy()) return false;
      void run((s) => s.byDocument(text));
      return true;
    },
    isCode: (text: string) => classifyCode(text) !== 'unknown',
    isDocumentNumber: looksLikeDocumentNumber,
    admit: (attendeeId: string) => run((s) => s.admit(attendeeId)),
    openManual: () => {
      setResult(undefined);
      setForm({ prefill: { method: 'manual' }, why: 'manual' });
    },
    saveForm: (payload: Record<string, unknown>, name: string) => run((s) => s.savePerson(payload, name)),
    countAnonymous: (territory: string | undefined, label: string) =>
      run((s) => s.countAnonymous(form()?.prefill.method ?? 'manual', territory, label)),
    closeForm: () => setForm(undefined),
    /** The last admission, while it can still be undone. */
    undoable,
    /** The name (or label) of the admission just undone, for the status line. */
    undone,
    revoked: isRevoked,
    /** Undoes the last admission (an undo record; nothing deleted) within its window. */
    async undo(): Promise<boolean> {
      const last = undoable();
      if (!last || Date.now() > last.until || busy()) return false;
      setBusy(true);
      try {
        const current = session() ?? (await opening);
        const saved = await current.undo(last.recordId);
        if (!saved.ok) {
          setFailure(saved.problem);
          return false;
        }
        clearTimeout(undoTimer);
        setUndoable(undefined);
        setResult(undefined);
        setUndone(last.anonymous ? '' : last.name);
        setRevision((n) => n + 1);
        schedule?.();
        return true;
      } finally {
        setBusy(false);
      }
    },
    dismiss: () => setResult(undefined),
    search(query: string): SearchHit[] {
      revision(); // re-run after each check-in or pull
      const current = session();
      return current ? searchDoor(current, query, current.index().all()) : [];
    },
    /** How the door names the device of a check-in: this one, the office's name for it, or another device. */
    deviceText(deviceId: string, local: boolean): string {
      revision(); // a pull may bring the name
      const current = session();
      return deviceLabel(local || deviceId === current?.deviceId, current?.deviceLabel(deviceId));
    },
    hasKey: () => {
      revision();
      return session()?.hasKey() ?? false;
    },
  };
}

export type DoorScreen = ReturnType<typeof createDoorScreen>;
