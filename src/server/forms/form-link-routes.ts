import { Hono } from 'hono';
import { z } from 'zod';
import { formLinkPath, signFormLink } from '../../core/forms';
import { EVENT_ID_PATTERN } from '../../core/events/event';
import { problem } from '../../core/problems/problem';
import { problemResponse } from '../http/problem-response';
import { answerLimitSchema, defaultAnswerLimit } from './answer-limit';
import { jsonOf, limitBody, requestOf } from './json-request';
import type { FormsDeps } from './forms-resource';

const linkRequestSchema = z.strictObject({
  eventId: z.string({ error: 'Indique el evento.' }).regex(EVENT_ID_PATTERN, { error: 'El identificador del evento no es válido.' }),
  /** Stored for (form, event); left out, the current setting stays (defaultAnswerLimit until set). */
  answerLimit: answerLimitSchema.optional(),
});

/**
 * POST /:id/links {eventId, answerLimit?} → the poster link of the form's latest version for an event.
 * The signature covers (formId, eventId); Ed25519 signs deterministically, so asking again gives the
 * same link. qrText is absolute, built from the request's own origin (behind a proxy, the origin it sees).
 */
export function formLinkRoutes(deps: Pick<FormsDeps, 'forms' | 'signLink' | 'now'>): Hono {
  const routes = new Hono();
  routes.post('/:id/links', limitBody(4 * 1024), async (c) => {
    const form = deps.forms.latestOf(c.req.param('id'));
    if (!form) return problemResponse(c, problem('resource.not_found'));
    if (form.template) return problemResponse(c, problem('form.template_not_linkable', { formId: form.id }));
    const body = await jsonOf(c);
    const request = body.ok ? requestOf(linkRequestSchema, body.value) : body;
    if (!request.ok) return problemResponse(c, request.problem);
    const { eventId, answerLimit } = request.value;
    const link = await signFormLink({ formId: form.id, eventId }, deps.signLink);
    if (!link.ok) return problemResponse(c, link.problem);
    if (answerLimit !== undefined) await deps.forms.setAnswerLimit(form.id, eventId, answerLimit, deps.now().toISOString());
    const path = formLinkPath(link.value);
    return c.json({
      formId: form.id,
      formVersion: form.version,
      eventId,
      signature: link.value.signature,
      path,
      qrText: new URL(path, new URL(c.req.url).origin).href,
      answerLimit: (await deps.forms.answerLimit(form.id, eventId)) ?? defaultAnswerLimit(form.id),
    });
  });
  return routes;
}
