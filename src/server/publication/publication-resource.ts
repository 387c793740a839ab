import { Hono, type Context } from 'hono';
import { publicationRequestSchema, type PublicationKind } from '../../core/publication';
import { problem } from '../../core/problems/problem';
import { ESCUCHADERO_FORM_ID } from '../../core/records/registry';
import type { FormDefinitionLookup } from '../../core/forms';
import type { Audit } from '../auth/audit-log';
import { principalOf } from '../auth/authorize';
import { entryPublishable } from '../escuchadero/entry-view';
import { jsonOf, limitBody, requestOf } from '../forms/json-request';
import { requestLanguage } from '../http/request-language';
import { problemResponse } from '../http/problem-response';
import type { EscuchaderoStore } from '../store/escuchadero-store';
import type { EventStore } from '../store/event-store';
import type { PublicationStore } from '../store/publication-store';

export interface PublicationDeps {
  publications: PublicationStore;
  events: EventStore;
  escuchadero: EscuchaderoStore;
  /** Stored form versions: consent counts only where the answered version asked it. */
  forms: { lookup: FormDefinitionLookup };
  audit: Audit;
  now: () => Date;
}

const small = limitBody(1024);

/**
 * The planning office's choice of what /rendicion shows (route policies: planning only). Each change is
 * audited with the target id and the new state; the answer is `{ published }` as stored afterwards.
 */
export function publicationResource(deps: PublicationDeps): Hono {
  const resource = new Hono();

  /** `mayPublish` is asked only when the request is to publish: withdrawing is always allowed. */
  const change = async (c: Context, kind: PublicationKind, id: string, mayPublish: () => boolean = () => true) => {
    const body = await jsonOf(c);
    const request = body.ok ? requestOf(requestLanguage(c), publicationRequestSchema, body.value) : body;
    if (!request.ok) return problemResponse(c, request.problem);
    const published = request.value.published;
    if (published && !mayPublish()) return problemResponse(c, problem('publication.answer_not_ready'));
    if (published) await deps.publications.publish(kind, id, deps.now().toISOString());
    else await deps.publications.unpublish(kind, id);
    const principal = principalOf(c);
    if (principal) await deps.audit(principal, { action: `${kind}.${published ? 'publish' : 'unpublish'}`, target: id });
    return c.json({ published });
  };

  resource.get('/events/:id/publication', async (c) => {
    const id = c.req.param('id');
    if (!(await deps.events.get(id))) return problemResponse(c, problem('resource.not_found'));
    return c.json({ published: await deps.publications.isPublished('event', id) });
  });

  resource.put('/events/:id/publication', small, async (c) => {
    const id = c.req.param('id');
    if (!(await deps.events.get(id))) return problemResponse(c, problem('resource.not_found'));
    return change(c, 'event', id);
  });

  resource.put('/escuchadero/:recordId/publication', small, async (c) => {
    const entry = await deps.escuchadero.entry(ESCUCHADERO_FORM_ID, c.req.param('recordId'));
    if (!entry) return problemResponse(c, problem('resource.not_found'));
    // Publishing needs the citizen's yes and an answer to show.
    return change(c, 'answer', entry.recordId, () => entryPublishable(entry, deps.forms.lookup));
  });

  return resource;
}
