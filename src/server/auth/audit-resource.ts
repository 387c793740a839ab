import { Hono } from 'hono';
import { z } from 'zod';
import { officeMessage } from '../../core/problems/office-field-messages';
import { requestOf } from '../forms/json-request';
import { requestLanguage } from '../http/request-language';
import { problemResponse } from '../http/problem-response';
import type { AuthStore } from '../store/auth-store';

const querySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  /** The `next` of the previous page. */
  before: z.string().regex(/^[0-9T:.Z-]{20,30}\|[0-9a-f-]{36}$/, { error: officeMessage('audit.before') }).optional(),
});

/** GET /api/v1/audit?limit&before: newest first, with `next` to page on (administrador). */
export function auditResource(store: AuthStore): Hono {
  const resource = new Hono();
  resource.get('/', async (c) => {
    const query = requestOf(requestLanguage(c), querySchema, c.req.query());
    if (!query.ok) return problemResponse(c, query.problem);
    const limit = query.value.limit ?? 100;
    const [at, id] = query.value.before?.split('|') ?? [];
    const entries = await store.listAudit(limit, at && id ? { at, id } : undefined);
    const last = entries.at(-1);
    return c.json({ entries, next: entries.length === limit && last ? `${last.at}|${last.id}` : null });
  });
  return resource;
}
