import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { commitmentSchema, commitmentStanding, progressUpdateSchema, updatesByCommitment, type Commitment, type CommitmentDetail, type CommitmentItem, type ProgressUpdate } from '../../core/commitments';
import type { AuthStore } from '../store/auth-store';
import { historyOf } from './commitment-history';
import { catalogueCodes, type Catalogues } from '../../core/catalogues';
import { problem } from '../../core/problems/problem';
import { officeMessage, officeTextIn } from '../../core/problems/office-field-messages';
import { bogotaToday } from '../../core/time';
import type { Audit } from '../auth/audit-log';
import { principalOf } from '../auth/authorize';
import { problemResponse } from '../http/problem-response';
import { jsonOf, limitBody, requestOf } from '../forms/json-request';
import { requestLanguage } from '../http/request-language';
import type { CommitmentStore, CommitmentWrite } from '../store/commitment-store';
import { readCommitmentQuery } from './commitment-query';

export interface CommitmentsDeps {
  store: CommitmentStore;
  catalogues: Catalogues;
  audit: Audit;
  /** The audit log read back (a commitment's history) and the names of the people in it. */
  people: Pick<AuthStore, 'auditOf' | 'userById' | 'deviceById'>;
  now: () => Date;
}

const small = limitBody(32 * 1024);

/**
 * /api/v1/commitments: planning writes commitments and their progress, every staff role reads them
 * (src/server/auth/route-policies.ts). Writes are idempotent by the client's id, so a retried request is safe;
 * each new one is audited with ids only.
 */
export function commitmentsResource(deps: CommitmentsDeps): Hono {
  const resource = new Hono();
  const today = () => bogotaToday(deps.now().getTime());
  const itemOf = (commitment: Commitment, updates: readonly ProgressUpdate[], day: string): CommitmentItem => ({
    ...commitment,
    standing: commitmentStanding(commitment, updates, day),
  });
  // Offices follow the entity settings, which may change while the server runs: checked at each request.
  const officeChoice = { error: officeMessage('commitment.office_listed') };
  const createSchema = z.extend(commitmentSchema, {
    office: z.string(officeChoice).check(z.refine((code) => catalogueCodes(deps.catalogues.offices).includes(code), officeChoice)),
  });

  /** 201 when new, 200 for the same write again, 409 when the id holds something else. */
  const answerWrite = (c: Context, outcome: CommitmentWrite, body: unknown) =>
    outcome === 'conflict' ? problemResponse(c, problem('commitment.id_taken')) : c.json(body, outcome === 'created' ? 201 : 200);

  resource.get('/', async (c) => {
    const query = readCommitmentQuery(c.req.query(), requestLanguage(c));
    if (!query.ok) return problemResponse(c, query.problem);
    const commitments = await deps.store.list(query.value.filter);
    const updatesOf = updatesByCommitment(await deps.store.updates(commitments.map((x) => x.id)));
    const day = today();
    const items = commitments.map((commitment) => itemOf(commitment, updatesOf(commitment.id), day));
    const status = query.value.status;
    return c.json({ today: day, items: status === undefined ? items : items.filter((item) => item.standing.status === status) });
  });

  resource.post('/', small, async (c) => {
    const body = await jsonOf(c);
    const request = body.ok ? requestOf(requestLanguage(c), createSchema, body.value) : body;
    if (!request.ok) return problemResponse(c, request.problem);
    const commitment: Commitment = request.value;
    const outcome = await deps.store.create(commitment, deps.now().toISOString());
    if (outcome === 'created') await auditWrite(c, 'commitment.create', commitment.id, { eventId: commitment.eventId, origin: commitment.origin.kind });
    return answerWrite(c, outcome, itemOf(commitment, [], today()));
  });

  resource.get('/:id', async (c) => {
    const commitment = await deps.store.commitment(c.req.param('id'));
    if (!commitment) return problemResponse(c, problem('resource.not_found'));
    const updates = await deps.store.updates([commitment.id]);
    const detail: CommitmentDetail = { item: itemOf(commitment, updates, today()), updates };
    return c.json(detail);
  });

  resource.get('/:id/history', async (c) => {
    const commitment = await deps.store.commitment(c.req.param('id'));
    if (!commitment) return problemResponse(c, problem('resource.not_found'));
    return c.json({ entries: await historyOf(commitment.id, deps.people) });
  });

  resource.post('/:id/updates', small, async (c) => {
    const commitmentId = c.req.param('id');
    const body = await jsonOf(c);
    const language = requestLanguage(c);
    const request = body.ok ? requestOf(language, progressUpdateSchema, withCommitment(body.value, commitmentId)) : body;
    if (!request.ok) return problemResponse(c, request.problem);
    // The path names the commitment: a body naming another would write to it behind the route's back.
    if (request.value.commitmentId !== commitmentId) {
      const message = officeTextIn(language, 'commitment.update_mismatch');
      return problemResponse(c, problem('request.invalid', { fields: [{ path: 'commitmentId', code: 'custom', message }] }));
    }
    const outcome = await deps.store.addUpdate(request.value, deps.now().toISOString());
    if (outcome === 'missing') return problemResponse(c, problem('resource.not_found'));
    if (outcome === 'created') await auditWrite(c, 'commitment.update', commitmentId, { updateId: request.value.id, state: request.value.state, percent: request.value.percent });
    return answerWrite(c, outcome, { update: request.value });
  });

  async function auditWrite(c: Context, action: string, target: string, details: Record<string, unknown>) {
    const principal = principalOf(c);
    if (principal) await deps.audit(principal, { action, target, details });
  }

  return resource;
}

/** The body with the path's commitment id filled in when it names none. */
function withCommitment(body: unknown, commitmentId: string): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return { commitmentId, ...body };
}
