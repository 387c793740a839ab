import { Hono } from 'hono';
import { z } from 'zod';
import { EVENT_ID_PATTERN } from '../../core/events/event';
import { problem } from '../../core/problems/problem';
import { officeMessage } from '../../core/problems/office-field-messages';
import { problemResponse } from '../http/problem-response';
import { requestOf } from './json-request';
import { requestLanguage } from '../http/request-language';
import { formResults } from './form-results';
import { territoryWords } from '../../core/catalogues';
import type { FormsDeps } from './forms-resource';

const resultsQuerySchema = z.object({
  event: z.string().regex(EVENT_ID_PATTERN, { error: officeMessage('event.id_invalid') }).optional(),
});

/** GET /:id/results?event= → per-question counts over every version's submissions (one event, or all). */
export function formResultRoutes(deps: Pick<FormsDeps, 'forms' | 'submissions' | 'catalogues' | 'territories'>): Hono {
  const routes = new Hono();
  routes.get('/:id/results', async (c) => {
    const formId = c.req.param('id');
    const versions = deps.forms.versionsOf(formId).map((v) => deps.forms.lookup(formId, v)!);
    if (versions.length === 0) return problemResponse(c, problem('resource.not_found'));
    const query = requestOf(requestLanguage(c), resultsQuerySchema, c.req.query());
    if (!query.ok) return problemResponse(c, query.problem);
    const submissions = await deps.submissions.submissions(formId, query.value.event);
    return c.json(formResults(versions, submissions, deps.catalogues, query.value.event ?? null, territoryWords(deps.territories())));
  });
  return routes;
}
