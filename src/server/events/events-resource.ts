import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Catalogues } from '../../core/catalogues';
import { createEvent, mergeEvents, reviseEvent } from '../../core/events';
import { canonicalJson } from '../../core/records/canonical-json';
import { problem } from '../../core/problems/problem';
import type { EventStore } from '../store/event-store';
import { problemResponse } from '../http/problem-response';
import { requestLanguage } from '../http/request-language';
import { contentHash } from '../sync/content-hash';
import { jsonBody } from './json-body';
import { readEventEdit, readNewEvent } from './read-event-request';
import { principalOf } from '../auth/authorize';
import { mayTouchEvent } from '../auth/principal';

export interface EventsDeps {
  store: EventStore;
  catalogues: Catalogues;
  now: () => Date;
}

// An event is a page of text at most; anything bigger is not an event.
const MAX_EVENT_BYTES = 64 * 1024;
const limit = bodyLimit({
  maxSize: MAX_EVENT_BYTES,
  onError: (c) => problemResponse(c, problem('request.too_large', { maxBytes: MAX_EVENT_BYTES })),
});

/**
 * /api/v1/events: the planning office's events. POST and PUT belong to the planning office; GET is for
 * staff and the event teams' devices (src/server/auth/route-policies.ts).
 */
export function eventsResource(deps: EventsDeps): Hono {
  const resource = new Hono();

  // A door phone or a campo account lists only the events it may open (as for one event's read and its pull).
  resource.get('/', async (c) => {
    const principal = principalOf(c);
    const events = (await deps.store.list()).filter((event) => principal === undefined || mayTouchEvent(principal, event.id));
    return c.json({ events: mergeEvents([], events) });
  });

  resource.get('/:id', async (c) => {
    const stored = await deps.store.get(c.req.param('id'));
    return stored ? c.json({ event: stored.event }) : problemResponse(c, problem('resource.not_found'));
  });

  // Idempotent like a sync record: the same id and content again answers the stored event (even if edited
  // since), so a create retried after a lost response never fails nor doubles the event.
  resource.post('/', limit, async (c) => {
    const body = await jsonBody(c);
    if (!body.ok) return problemResponse(c, body.problem);
    const request = readNewEvent(requestLanguage(c), deps.catalogues, body.value);
    if (!request.ok) return problemResponse(c, request.problem);
    const { id, draft } = request.value;
    const creationHash = contentHash(canonicalJson(draft));
    const { created, stored } = await deps.store.create(createEvent(id, draft, deps.now().toISOString()), creationHash);
    if (!created && stored.creationHash !== creationHash) return problemResponse(c, problem('event.id_taken', { id }));
    return c.json({ event: stored.event }, 201);
  });

  resource.put('/:id', limit, async (c) => {
    const id = c.req.param('id');
    const body = await jsonBody(c);
    if (!body.ok) return problemResponse(c, body.problem);
    const request = readEventEdit(requestLanguage(c), deps.catalogues, id, body.value);
    if (!request.ok) return problemResponse(c, request.problem);
    const current = await deps.store.get(id);
    if (!current) return problemResponse(c, problem('resource.not_found'));
    const next = reviseEvent(current.event, request.value.draft, request.value.revision, deps.now().toISOString());
    if (!next.ok) return problemResponse(c, next.problem);
    if (await deps.store.replace(next.value, request.value.revision)) return c.json({ event: next.value });
    // Someone saved between our read and our write: the same answer as if we had read theirs.
    const latest = await deps.store.get(id);
    return problemResponse(c, problem('event.stale_revision', { currentRevision: latest?.event.revision, baseRevision: request.value.revision }));
  });

  return resource;
}
