import { z } from 'zod';
import type { Catalogues } from '../../core/catalogues';
import { EVENT_ID_PATTERN, eventDraftSchema, type EventDraft } from '../../core/events';
import { fieldIssuesFrom, spanishErrors } from '../../core/problems/field-issues';
import { problem, type FieldIssue } from '../../core/problems/problem';
import { fail, ok, type Result } from '../../core/result';
import { isPlainObject } from './json-body';

const idSchema = z.string({ error: 'Falta el identificador del evento.' }).regex(EVENT_ID_PATTERN, {
  error: 'El identificador del evento debe tener minúsculas, números o guiones (máximo 64).',
});
const revisionSchema = z
  .number({ error: 'Indique la revisión del evento que se editó.' })
  .int({ error: 'La revisión debe ser un número entero.' })
  .min(1, { error: 'La revisión empieza en 1.' });

// Fields the server owns: a client may echo them back from a pulled document, they are never taken from it.
const SERVER_FIELDS = ['id', 'revision', 'updatedAt'] as const;

function draftOf(catalogues: Catalogues, fields: Record<string, unknown>, prefix: string): { draft?: EventDraft; issues: FieldIssue[] } {
  const parsed = eventDraftSchema(catalogues).safeParse(fields, { error: spanishErrors });
  return parsed.success ? { draft: parsed.data, issues: [] } : { issues: fieldIssuesFrom(parsed.error, prefix) };
}

function idIssues(input: unknown, path: string): FieldIssue[] {
  const parsed = idSchema.safeParse(input, { error: spanishErrors });
  return parsed.success ? [] : fieldIssuesFrom(parsed.error, path);
}

/** POST body: the draft fields plus the client-generated `id`; every field problem at once. */
export function readNewEvent(catalogues: Catalogues, body: unknown): Result<{ id: string; draft: EventDraft }> {
  if (!isPlainObject(body)) return fail(problem('event.invalid', { fields: [{ path: '', code: 'invalid_type', message: 'Envíe el evento como un objeto JSON.' }] }));
  const { id, ...fields } = body;
  const issues = idIssues(id, 'id');
  const { draft, issues: draftIssues } = draftOf(catalogues, fields, '');
  issues.push(...draftIssues);
  if (issues.length > 0 || draft === undefined) return fail(problem('event.invalid', { fields: issues }));
  return ok({ id: id as string, draft });
}

/** PUT body: {revision, event}; `event` may be the draft or the whole document as pulled (id must match). */
export function readEventEdit(catalogues: Catalogues, id: string, body: unknown): Result<{ revision: number; draft: EventDraft }> {
  if (!isPlainObject(body)) return fail(problem('request.invalid', { fields: [{ path: '', code: 'invalid_type', message: 'Envíe {revision, event}.' }] }));
  const revision = revisionSchema.safeParse(body.revision, { error: spanishErrors });
  if (!revision.success) return fail(problem('request.invalid', { fields: fieldIssuesFrom(revision.error, 'revision') }));
  if (!isPlainObject(body.event)) {
    return fail(problem('event.invalid', { fields: [{ path: 'event', code: 'invalid_type', message: 'Envíe los datos del evento.' }] }));
  }
  const fields = { ...body.event };
  const issues: FieldIssue[] = [];
  if (fields.id !== undefined && fields.id !== id) {
    issues.push({ path: 'event.id', code: 'custom', message: 'El identificador no corresponde al evento de la dirección.' });
  }
  for (const key of SERVER_FIELDS) delete fields[key];
  const { draft, issues: draftIssues } = draftOf(catalogues, fields, 'event');
  issues.push(...draftIssues);
  if (issues.length > 0 || draft === undefined) return fail(problem('event.invalid', { fields: issues }));
  return ok({ revision: revision.data, draft });
}
