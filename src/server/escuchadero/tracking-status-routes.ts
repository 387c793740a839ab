import { Hono } from 'hono';
import { z } from 'zod';
import { parseTrackingCode } from '../../core/escuchadero';
import { ESCUCHADERO_FORM_ID } from '../../core/records/registry';
import { problem, problemMessage } from '../../core/problems/problem';
import { officeMessage } from '../../core/problems/office-field-messages';
import { problemResponse } from '../http/problem-response';
import { jsonOf, limitBody, requestOf } from '../forms/json-request';
import { requestLanguage } from '../http/request-language';
import type { EscuchaderoStore } from '../store/escuchadero-store';
import { clockAt, currentCase, statusItem } from './entry-view';
import { bogotaToday, type Holidays } from '../../core/time';
import { commitmentStanding, updatesByCommitment, type TrackedCommitment } from '../../core/commitments';
import { entryName, type Catalogue } from '../../core/catalogues';
import type { CommitmentStore } from '../store/commitment-store';

export const MAX_STATUS_CODES = 50;

const statusRequestSchema = z.strictObject({
  codes: z
    .array(z.string().max(32), { error: officeMessage('tracking.codes') })
    .max(MAX_STATUS_CODES, { error: officeMessage('tracking.codes_max', { max: MAX_STATUS_CODES }) }),
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
  /** The commitments of these entries, by entry: one query for the list and one for their updates. */
  const trackedCommitments = async (recordIds: readonly string[]): Promise<(recordId: string) => TrackedCommitment[]> => {
    const commitments = recordIds.length === 0 ? [] : await deps.commitments.list({ originEntryIds: recordIds });
    const updatesOf = updatesByCommitment(await deps.commitments.updates(commitments.map((x) => x.id)));
    const today = bogotaToday(deps.now().getTime());
    const byEntry = new Map<string, TrackedCommitment[]>();
    for (const commitment of commitments) {
      if (commitment.origin.kind !== 'escuchadero') continue;
      const standing = commitmentStanding(commitment, updatesOf(commitment.id), today);
      const tracked: TrackedCommitment = {
        title: commitment.title,
        office: commitment.office,
        officeName: entryName(deps.offices, commitment.office) ?? commitment.office,
        dueDate: commitment.dueDate,
        status: standing.status,
        percent: standing.percent,
      };
      byEntry.set(commitment.origin.entryId, [...(byEntry.get(commitment.origin.entryId) ?? []), tracked]);
    }
    return (recordId) => byEntry.get(recordId) ?? [];
  };

  routes.get('/:code', async (c) => {
    const code = parseTrackingCode(c.req.param('code'));
    if (!code.ok) return problemResponse(c, code.problem);
    const [entry] = await lookup([code.value]);
    if (!entry) return problemResponse(c, problem('escuchadero.not_found'));
    const commitmentsOf = await trackedCommitments([entry.recordId]);
    return c.json({ ...statusItem(currentCase(entry), clock()), commitments: commitmentsOf(entry.recordId) });
  });

  routes.post('/', limitBody(16 * 1024), async (c) => {
    const body = await jsonOf(c);
    const language = requestLanguage(c);
    const request = body.ok ? requestOf(language, statusRequestSchema, body.value) : body;
    if (!request.ok) return problemResponse(c, request.problem);
    const codes: string[] = [];
    const fields = request.value.codes.flatMap((typed, i) => {
      const code = parseTrackingCode(typed);
      if (code.ok) codes.push(code.value);
      return code.ok ? [] : [{ path: `codes.${i}`, code: 'custom', message: problemMessage(code.problem, language) }];
    });
    if (fields.length > 0) return problemResponse(c, problem('request.invalid', { fields }));
    const today = clock();
    const entries = await lookup([...new Set(codes)]);
    // A device following its codes gets the commitments too, so "Mis preguntas" shows them offline later.
    const commitmentsOf = await trackedCommitments(entries.map((entry) => entry.recordId));
    return c.json({ items: entries.map((entry) => ({ ...statusItem(currentCase(entry), today), commitments: commitmentsOf(entry.recordId) })) });
  });

  return routes;
}
