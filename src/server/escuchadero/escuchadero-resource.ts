import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Catalogues } from '../../core/catalogues';
import type { FormDefinitionLookup } from '../../core/forms';
import { answerCase, assignCase, closeCase, type EscuchaderoCase } from '../../core/escuchadero';
import { catalogueCodes } from '../../core/catalogues';
import { ESCUCHADERO_FORM_ID } from '../../core/records/registry';
import { problem } from '../../core/problems/problem';
import { officeMessage } from '../../core/problems/office-field-messages';
import type { Result } from '../../core/result';
import type { EscuchaderoStore } from '../store/escuchadero-store';
import type { CommitmentStore } from '../store/commitment-store';
import type { PublicationStore } from '../store/publication-store';
import { problemResponse } from '../http/problem-response';
import { jsonOf, limitBody, requestOf } from '../forms/json-request';
import { requestLanguage } from '../http/request-language';
import { clockAt, currentCase, inboxItem } from './entry-view';
import { readInboxQuery } from './inbox-filter';
import { trackingStatusRoutes } from './tracking-status-routes';
import type { Holidays } from '../../core/time';

export interface EscuchaderoDeps {
  store: EscuchaderoStore;
  commitments: CommitmentStore;
  /** Which answers are on /rendicion (shown in the inbox). */
  publications: PublicationStore;
  /** Stored form versions: the inbox shows consent only where the answered version asked it. */
  forms: { lookup: FormDefinitionLookup };
  catalogues: Catalogues;
  holidays: Holidays;
  now: () => Date;
}

const small = limitBody(64 * 1024);

/**
 * /api/v1/escuchadero: the planning office's inbox and the citizens' tracking. The inbox and its actions
 * belong to the planning office (the inbox shows contact data); the status routes are public, since
 * knowing the code is the citizen's proof (src/server/auth/route-policies.ts).
 */
export function escuchaderoResource(deps: EscuchaderoDeps): Hono {
  const resource = new Hono();
  const clock = () => clockAt(deps.now(), deps.holidays);

  resource.get('/', async (c) => {
    const filter = readInboxQuery(deps.catalogues, c.req.query(), requestLanguage(c));
    if (!filter.ok) return problemResponse(c, filter.problem);
    const today = clock();
    const [entries, published] = await Promise.all([deps.store.entries(filter.value), deps.publications.publishedIds('answer')]);
    return c.json({ items: entries.map((entry) => inboxItem(entry, currentCase(entry), today, deps.forms.lookup, published.has(entry.recordId))) });
  });

  // Offices follow the entity settings, which may change while the server runs: read at each request.
  resource.route('/status', trackingStatusRoutes({ ...deps, get offices() { return deps.catalogues.offices; } }));

  const officeChoice = { error: officeMessage('case.office') };
  const assignSchema = z.strictObject({
    office: z.string(officeChoice).refine((code) => catalogueCodes(deps.catalogues.offices).includes(code), officeChoice),
  });
  const answerSchema = z.strictObject({
    text: z
      .string({ error: officeMessage('case.answer_missing') })
      .trim()
      .min(1, { error: officeMessage('case.answer_missing') })
      .max(8000, { error: officeMessage('case.answer_long') }),
  });

  /** Reads the body, moves the case one step with the core status model, and saves it if nobody moved it first. */
  const step =
    <S extends z.ZodType>(schema: S, next: (current: EscuchaderoCase, body: z.output<S>, at: string) => Result<EscuchaderoCase>) =>
    async (c: Context) => {
      const body = await jsonOf(c);
      const request = body.ok ? requestOf(requestLanguage(c), schema, body.value) : body;
      if (!request.ok) return problemResponse(c, request.problem);
      const entry = await deps.store.entry(ESCUCHADERO_FORM_ID, c.req.param('recordId')!);
      if (!entry) return problemResponse(c, problem('resource.not_found'));
      const current = currentCase(entry);
      const at = deps.now().toISOString();
      const moved = next(current, request.value, at);
      if (!moved.ok) return problemResponse(c, moved.problem);
      const saved = await deps.store.saveCase(entry.recordId, moved.value, entry.storedCase === undefined ? undefined : current.state, at);
      // Someone else moved the case between our read and our write: the step was decided on a stale state.
      if (!saved) return problemResponse(c, problem('escuchadero.transition_invalid'));
      const published = await deps.publications.isPublished('answer', entry.recordId);
      return c.json({ item: inboxItem(entry, moved.value, clock(), deps.forms.lookup, published) });
    };

  resource.post('/:recordId/assign', small, step(assignSchema, (current, body, at) => assignCase(current, { office: body.office, at })));
  resource.post('/:recordId/answer', small, step(answerSchema, (current, body, at) => answerCase(current, { answer: body.text, at })));
  resource.post('/:recordId/close', small, step(z.strictObject({}), (current, _body, at) => closeCase(current, at)));

  return resource;
}
