import { createSignal, onCleanup } from 'solid-js';
import { parseTrackingCode } from '../../../core/escuchadero/tracking-code';
import type { Problem } from '../../../core/problems/problem';
import { citizenProblem } from '../../../core/problems/citizen-problems';
import { getJson } from '../../sync/pull-http';
import { statusItemSchema, TRACKING_STATUS_ENDPOINT } from '../../sync/forms-tracking-pull';
import { applyStatuses, keepCode, markAnswersSeen, observeTrackedCodes, type TrackedRow } from '../../storage/tracked-codes';
import { formsServices } from './forms-services';

export type LookupOutcome = { kind: 'found' | 'kept-offline'; code: string } | { kind: 'problem'; problem: Problem };

/**
 * "Mis preguntas": the codes this device follows, live from storage, with the answers announced once.
 * Must be created inside a component.
 */
export function createTracking() {
  const [rows, setRows] = createSignal<TrackedRow[]>();
  const [announced, setAnnounced] = createSignal<string[]>([]);
  const [checking, setChecking] = createSignal(false);
  let stop: (() => void) | undefined;
  let disposed = false;
  onCleanup(() => {
    disposed = true;
    stop?.();
  });

  void formsServices().then((fs) => {
    if (disposed) return;
    stop = observeTrackedCodes(fs.db, (next) => {
      setRows(next);
      // Announce each new answer once, then remember it was seen (the text stays in its card).
      const fresh = next.filter((r) => r.answerUnseen).map((r) => r.code);
      if (fresh.length > 0) {
        setAnnounced((a) => [...new Set([...a, ...fresh])]);
        void markAnswersSeen(fs.db, fresh);
      }
    });
  });

  async function checkNow(): Promise<void> {
    setChecking(true);
    try {
      await (await formsServices()).refresh();
    } finally {
      setChecking(false);
    }
  }

  /** A code a person typed: looked up now if there is a network, else kept and looked up on the next sync. */
  async function lookUp(typed: string): Promise<LookupOutcome> {
    const parsed = parseTrackingCode(typed);
    if (!parsed.ok) return { kind: 'problem', problem: parsed.problem };
    const code = parsed.value;
    const fs = await formsServices();
    setChecking(true);
    try {
      const answer = await getJson({ fetch: fs.fetch }, `${TRACKING_STATUS_ENDPOINT}/${code}`);
      if (answer === undefined) {
        await keepCode(fs.db, { code, origin: 'typed' }, new Date());
        return { kind: 'kept-offline', code };
      }
      if (answer.status === 404) return { kind: 'problem', problem: citizenProblem('escuchadero.not_found') };
      const status = statusItemSchema.safeParse(answer.body);
      if (answer.status !== 200 || !status.success) return { kind: 'problem', problem: citizenProblem('server.error', { status: answer.status }) };
      await keepCode(fs.db, { code, origin: 'typed' }, new Date());
      await applyStatuses(fs.db, [status.data], new Date());
      return { kind: 'found', code };
    } finally {
      setChecking(false);
    }
  }

  return { rows, announced, checking, checkNow, lookUp };
}
