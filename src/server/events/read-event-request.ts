import { z } from 'zod';
import type { Catalogues } from '../../core/catalogues';
import { EVENT_ID_PATTERN, eventDraftSchema, type EventDraft } from '../../core/events';
import { fieldIssuesFrom, parseIn } from '../../core/problems/field-issues';
import { officeMessage, officeTextIn } from '../../core/problems/office-field-messages';
import { problem, type FieldIssue, type Language } from '../../core/problems/problem';
import { fail, ok, type Result } from '../../core/result';
import { isPlainObject } from './json-body';

const idSchema = z.string({ error: officeMessage('event.id_missing') }).regex(EVENT_ID_PATTERN, { error: officeMessage('event.id') });
const revisionSchema = z
  .number({ error: officeMessage('event.revision_missing') })
  .int({ error: officeMessage('event.revision_integer') })
  .min(1, { error: officeMessage('event.revision') });

// Fields the server owns: a client may echo them back from a pulled document, they are never taken from it.
const SERVER_FIELDS = ['id', 'revision', 'updatedAt'] as const;

function draftOf(language: Language, catalogues: Catalogues, fields: Record<string, unknown>, prefix: string): { draft?: EventDraft; issues: FieldIssue[] } {
  const parsed = parseIn(language, eventDraftSchema(catalogues), fields);
  return parsed.success ? { draft: parsed.data, issues: [] } : { issues: fieldIssuesFrom(parsed.error, prefix) };
}

function idIssues(language: Language, input: unknown, path: string): FieldIssue[] {
  const parsed = parseIn(language, idSchema, input);
  return parsed.success ? [] : fieldIssuesFrom(parsed.error, path);
}

/** POST body: the draft fields plus the client-generated `id`; every field problem at once, in `language`. */
export function readNewEvent(language: Language, catalogues: Catalogues, body: unknown): Result<{ id: string; draft: EventDraft }> {
  if (!isPlainObject(body)) {
    return fail(problem('event.invalid', { fields: [{ path: '', code: 'invalid_type', message: officeTextIn(language, 'event.body_object') }] }));
  }
  const { id, ...fields } = body;
  const issues = idIssues(language, id, 'id');
  const { draft, issues: draftIssues } = draftOf(language, catalogues, fields, '');
  issues.push(...draftIssues);
  if (issues.length > 0 || draft === undefined) return fail(problem('event.invalid', { fields: issues }));
  return ok({ id: id as string, draft });
}

/** PUT body: {revision, event}; `event` may be the draft or the whole document as pulled (id must match). */
export function readEventEdit(language: Language, catalogues: Catalogues, id: string, body: unknown): Result<{ revision: number; draft: EventDraft }> {
  if (!isPlainObject(body)) {
    return fail(problem('request.invalid', { fields: [{ path: '', code: 'invalid_type', message: officeTextIn(language, 'event.edit_body') }] }));
  }
  const revision = parseIn(language, revisionSchema, body.revision);
  if (!revision.success) return fail(problem('request.invalid', { fields: fieldIssuesFrom(revision.error, 'revision') }));
  if (!isPlainObject(body.event)) {
    return fail(problem('event.invalid', { fields: [{ path: 'event', code: 'invalid_type', message: officeTextIn(language, 'event.edit_event') }] }));
  }
  const fields = { ...body.event };
  const issues: FieldIssue[] = [];
  if (fields.id !== undefined && fields.id !== id) {
    issues.push({ path: 'event.id', code: 'custom', message: officeTextIn(language, 'event.id_mismatch') });
  }
  for (const key of SERVER_FIELDS) delete fields[key];
  const { draft, issues: draftIssues } = draftOf(language, catalogues, fields, 'event');
  issues.push(...draftIssues);
  if (issues.length > 0 || draft === undefined) return fail(problem('event.invalid', { fields: issues }));
  return ok({ revision: revision.data, draft });
}
