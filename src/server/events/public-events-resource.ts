import { Hono } from 'hono';
import { publicEventOf } from '../../core/events';
import { problem } from '../../core/problems/problem';
import type { EventStore } from '../store/event-store';
import { problemResponse } from '../http/problem-response';

/**
 * /api/v1/public/events/:id: an event's name, date and place for pages opened without a session (the
 * citizen's registration page, a pass, form results). Only the fields of publicEventOf ever leave here.
 */
export function publicEventsResource(deps: { store: EventStore }): Hono {
  const resource = new Hono();
  resource.get('/:id', async (c) => {
    const stored = await deps.store.get(c.req.param('id'));
    return stored ? c.json({ event: publicEventOf(stored.event) }) : problemResponse(c, problem('resource.not_found'));
  });
  return resource;
}
