import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { formLinkPath, signFormLink, type FormDefinition, type FormLinkView, type ListedFormLink } from '../../core/forms';
import { EVENT_ID_PATTERN } from '../../core/events/event';
import { problem } from '../../core/problems/problem';
import { officeMessage } from '../../core/problems/office-field-messages';
import { ok, type Result } from '../../core/result';
import { problemResponse } from '../http/problem-response';
import { answerLimitSchema, defaultAnswerLimit, type AnswerLimit } from './answer-limit';
import { jsonOf, limitBody, requestOf } from './json-request';
import { requestLanguage } from '../http/request-language';
import type { FormsDeps } from './forms-resource';

const eventIdSchema = z.string({ error: officeMessage('form.link_event_missing') }).regex(EVENT_ID_PATTERN, { error: officeMessage('event.id_invalid') });

const linkRequestSchema = z.strictObject({
  eventId: eventIdSchema,
  /** Stored for (form, event); left out, the current setting stays (defaultAnswerLimit until set). */
  answerLimit: answerLimitSchema.optional(),
});

type LinkDeps = Pick<FormsDeps, 'forms' | 'signLink' | 'now'>;

/** The signed link of a form's latest version at an event. qrText is absolute, from the request's own origin. */
async function linkView(deps: LinkDeps, c: Context, form: FormDefinition, eventId: string, answerLimit: AnswerLimit): Promise<Result<FormLinkView>> {
  const link = await signFormLink({ formId: form.id, eventId }, deps.signLink);
  if (!link.ok) return link;
  const path = formLinkPath(link.value);
  return ok({
    formId: form.id,
    formVersion: form.version,
    eventId,
    signature: link.value.signature,
    path,
    qrText: new URL(path, new URL(c.req.url).origin).href,
    answerLimit,
  });
}

/**
 * POST /:id/links {eventId, answerLimit?} → the poster link of the form's latest version for an event, remembered
 * so the office finds it again (GET /api/v1/form-links). The signature covers (formId, eventId); Ed25519 signs
 * deterministically, so asking again gives the same link.
 * POST /:id/links/:eventId/close → the link takes no more answers (form.link_closed at sync).
 */
export function formLinkRoutes(deps: LinkDeps): Hono {
  const routes = new Hono();
  routes.post('/:id/links', limitBody(4 * 1024), async (c) => {
    const form = deps.forms.latestOf(c.req.param('id'));
    if (!form) return problemResponse(c, problem('resource.not_found'));
    if (form.template) return problemResponse(c, problem('form.template_not_linkable', { formId: form.id }));
    const body = await jsonOf(c);
    const request = body.ok ? requestOf(requestLanguage(c), linkRequestSchema, body.value) : body;
    if (!request.ok) return problemResponse(c, request.problem);
    const { eventId, answerLimit } = request.value;
    const at = deps.now().toISOString();
    if (answerLimit !== undefined) await deps.forms.setAnswerLimit(form.id, eventId, answerLimit, at);
    const view = await linkView(deps, c, form, eventId, (await deps.forms.answerLimit(form.id, eventId)) ?? defaultAnswerLimit(form.id));
    if (!view.ok) return problemResponse(c, view.problem);
    await deps.forms.recordLink(form.id, eventId, at);
    return c.json(view.value);
  });

  routes.post('/:id/links/:eventId/close', async (c) => {
    const closed = await deps.forms.closeLink(c.req.param('id'), c.req.param('eventId'), deps.now().toISOString());
    return closed ? c.body(null, 204) : problemResponse(c, problem('resource.not_found'));
  });
  return routes;
}

/**
 * GET /api/v1/form-links?event= → every link made for the event, oldest first, with its answers so far.
 * GET /api/v1/form-links/:formId/:eventId/state → {closed}: whether the link still takes answers.
 */
export function formLinkListRoutes(deps: LinkDeps & Pick<FormsDeps, 'submissions'>): Hono {
  const routes = new Hono();
  routes.get('/', async (c) => {
    const eventId = requestOf(requestLanguage(c), eventIdSchema, c.req.query('event') ?? '');
    if (!eventId.ok) return problemResponse(c, eventId.problem);
    const listed: ListedFormLink[] = [];
    for (const stored of await deps.forms.linksOf(eventId.value)) {
      const form = deps.forms.latestOf(stored.formId);
      if (!form) continue;
      const view = await linkView(deps, c, form, stored.eventId, stored.answerLimit ?? defaultAnswerLimit(form.id));
      if (!view.ok) return problemResponse(c, view.problem);
      const answers = (await deps.submissions.submissions(form.id, stored.eventId)).length;
      listed.push({ ...view.value, title: form.title, createdAt: stored.createdAt, ...(stored.closedAt ? { closedAt: stored.closedAt } : {}), answers });
    }
    return c.json({ eventId: eventId.value, links: listed });
  });

  // Public: a citizen's phone asks, when it has a network, before the form is filled in (nothing personal here).
  routes.get('/:formId/:eventId/state', async (c) => c.json({ closed: await deps.forms.linkClosed(c.req.param('formId'), c.req.param('eventId')) }));
  return routes;
}
