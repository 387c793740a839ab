import { z } from 'zod';
import type { Catalogues } from '../../core/catalogues';
import { CASE_STATES } from '../../core/escuchadero';
import { EVENT_ID_PATTERN } from '../../core/events/event';
import type { Language } from '../../core/problems/problem';
import { officeMessage } from '../../core/problems/office-field-messages';
import { ESCUCHADERO_FORM_ID } from '../../core/records/registry';
import { requestOf } from '../forms/json-request';
import type { Result } from '../../core/result';
import type { EntryFilter } from '../store/escuchadero-store';

const code = z.string().min(1).max(64);

export const inboxQuerySchema = z.object({
  event: z.string().regex(EVENT_ID_PATTERN, { error: officeMessage('event.id_invalid') }).optional(),
  topic: code.optional(),
  type: code.optional(),
  territory: code.optional(),
  status: z.enum(CASE_STATES, { error: officeMessage('case.status') }).optional(),
});

/** The topic and, when it is a component of the plan, its programmes: asking for a component finds them all. */
function topicAndProgrammes(catalogues: Catalogues, topic: string): string[] {
  const programmes = catalogues.topics.entries.filter((e) => (e as { parent?: unknown }).parent === topic).map((e) => e.code);
  return [topic, ...programmes];
}

/** GET /api/v1/escuchadero's query, as a store filter over the escuchadero form's answers (tipo, tema, territorio). */
export function readInboxQuery(catalogues: Catalogues, query: Record<string, string>, language: Language): Result<EntryFilter> {
  const parsed = requestOf(language, inboxQuerySchema, query);
  if (!parsed.ok) return parsed;
  const { event, topic, type, territory, status } = parsed.value;
  const answers = [
    ...(type === undefined ? [] : [{ fieldId: 'tipo', values: [type] }]),
    ...(topic === undefined ? [] : [{ fieldId: 'tema', values: topicAndProgrammes(catalogues, topic) }]),
    ...(territory === undefined ? [] : [{ fieldId: 'territorio', values: [territory] }]),
  ];
  return { ok: true, value: { formId: ESCUCHADERO_FORM_ID, eventId: event, answers, state: status } };
}
