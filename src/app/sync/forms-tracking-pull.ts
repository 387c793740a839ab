import * as z from 'zod/mini';
import { CASE_STATES, trackingCodeSchema } from '../../core/escuchadero';
import type { CabildoDatabase } from '../storage/database';
import { applyStatuses, readTrackedCodes, type CodeStatus } from '../storage/tracked-codes';
import type { HttpDeps } from './pull-http';

export const TRACKING_STATUS_ENDPOINT = '/api/v1/escuchadero/status';
/** The server answers at most this many codes per request. */
export const STATUS_BATCH = 50;
const TIMEOUT_MS = 30_000;

export const statusItemSchema = z.object({
  trackingCode: trackingCodeSchema,
  status: z.enum(CASE_STATES),
  dueDate: z.string(),
  answer: z.optional(z.string()),
  answeredAt: z.optional(z.string()),
  /** What the citizen may see of the commitments their question produced (title, office, date, status). */
  commitments: z.optional(
    z.array(
      z.object({
        title: z.string(),
        office: z.string(),
        officeName: z.string(),
        dueDate: z.string(),
        status: z.enum(['pendiente', 'en_curso', 'cumplido', 'vencido']),
        percent: z.number(),
      }),
    ),
  ),
});
const statusAnswerSchema = z.object({ items: z.array(statusItemSchema) });

export type TrackingPull = { kind: 'pulled'; newAnswers: number } | { kind: 'offline' } | { kind: 'error'; status: number };

async function postCodes(deps: HttpDeps, codes: string[]): Promise<CodeStatus[] | { status: number } | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await deps.fetch(`${deps.baseUrl ?? ''}${TRACKING_STATUS_ENDPOINT}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ codes }),
      signal: controller.signal,
    });
    const parsed = statusAnswerSchema.safeParse(await response.json().catch(() => undefined));
    return response.ok && parsed.success ? parsed.data.items : { status: response.status };
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Asks the server for every code this device follows and keeps status and answers: a citizen reads the
 * answer on the screen after the next sync, also later with no signal. Codes still in the outbox are
 * simply not known to the server yet.
 */
export async function pullTrackingStatuses(deps: HttpDeps & { db: CabildoDatabase; now?: () => Date }): Promise<TrackingPull> {
  const codes = (await readTrackedCodes(deps.db)).map((row) => row.code);
  let newAnswers = 0;
  for (let i = 0; i < codes.length; i += STATUS_BATCH) {
    const answer = await postCodes(deps, codes.slice(i, i + STATUS_BATCH));
    if (answer === undefined) return { kind: 'offline' };
    if (!Array.isArray(answer)) return { kind: 'error', status: answer.status };
    newAnswers += await applyStatuses(deps.db, answer, (deps.now ?? (() => new Date()))());
  }
  return { kind: 'pulled', newAnswers };
}
