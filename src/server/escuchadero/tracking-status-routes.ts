import { Hono } from 'hono';
import { z } from 'zod';
import { parseTrackingCode } from '../../core/escuchadero';
import { ESCUCHADERO_FORM_ID } from '../../core/records/registry';
import { problem } from '../../core/problems/problem';
import { problemResponse } from '../http/problem-response';
import { jsonOf, limitBody, requestOf } from '../forms/json-request';
import type { EscuchaderoStore } from '../store/escuchadero-store';
import { clockAt, currentCase, statusItem } from './entry-view';
import { bogotaToday, type Holidays } from '../../core/time';
import { commitmentStanding, updatesByCommitment, type TrackedCommitment } from '../../core/commitments';
import { entryName, type Catalogue } from '../../core/catalogues';
import type { CommitmentStore } from '../store/commitment-store';

export const MAX_STATUS_CODES = 50;

const statusRequestSchema = z.strictObject({
  codes: z
    .array(z.string().max(32), { error: 'Envíe la lista de códigos de seguimiento.' })
    .max(MAX_STATUS_CODES, { error: `Máximo ${MAX_STATUS_CODES} códigos por consulta.` }),
});

interface StatusDeps {
  store: EscuchaderoStore;
  /** The commitments an answer produced are shown with the code (title, office, date, status: nothing personal). */
  commitments: CommitmentStore;
  offices: Catalogue;
  holidays: Holidays;
  now: () => Date;
}

/**
 * GET /:code: a citizen types the code (any case, with or without the dash) and reads the answer.
 * POST / {codes}: a device asks for the entries it sent; codes the server does not have (yet) are left out.
 */
export function trackingStatusRoutes(deps: StatusDeps): Hono {
  const routes = new Hono();
  const lookup = (codes: readonly string[]) => deps.store.byTrackingCodes(ESCUCHADERO_FORM_ID, codes);
  const clock = () => clockAt(deps.now(), deps.holidays);
  const trackedCommitments = async (recordId: string): Promise<TrackedCommitment[]> => {
    const commitments = await deps.commitments.list({ originEntryIds: [recordId] });
    const updatesOf = updatesByCommitment(await deps.commitments.updates(commitments.map((x) => x.id)));
    const today = bogotaToday(deps.now().getTime());
    return commitments.map((commitment) => {
      const standing = commitmentStanding(commitment, updatesOf(commitment.id), today);
      return {
        title: commitment.title,
        office: commitment.office,
        officeName: entryName(deps.offices, commitment.office) ?? commitment.office,
        dueDate: commitment.dueDate,
        status: standing.status,
        percent: standing.percent,
      };
    });
  };

  routes.get('/:code', async (c) => {
    const code = parseTrackingCode(c.req.param('code'));
    if (!code.ok) return problemResponse(c, code.problem);
    const [entry] = await lookup([code.value]);
    if (!entry) return problemResponse(c, problem('escuchadero.not_found'));
    return c.json({ ...statusItem(currentCase(entry), clock()), commitments: await trackedCommitments(entry.recordId) });
  });

  routes.post('/', limitBody(16 * 1024), async (c) => {
    const body = await jsonOf(c);
    const request = body.ok ? requestOf(statusRequestSchema, body.value) : body;
    if (!request.ok) return problemResponse(c, request.problem);
    const codes: string[] = [];
    const fields = request.value.codes.flatMap((typed, i) => {
      const code = parseTrackingCode(typed);
      if (code.ok) codes.push(code.value);
      return code.ok ? [] : [{ path: `codes.${i}`, code: 'custom', message: code.problem.message }];
    });
    if (fields.length > 0) return problemResponse(c, problem('request.invalid', { fields }));
    const today = clock();
    const entries = await lookup([...new Set(codes)]);
    return c.json({ items: entries.map((entry) => statusItem(currentCase(entry), today)) });
  });

  return routes;
}
