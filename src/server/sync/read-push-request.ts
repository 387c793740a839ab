import { MAX_BATCH_RECORDS, pushRequestSchema, type PushRequest } from '../../core/sync/protocol';
import { fail, ok, type Result } from '../../core/result';
import { problem, type Language } from '../../core/problems/problem';
import { fieldIssuesFrom, parseIn } from '../../core/problems/field-issues';

/** From the raw body text to a push request, or the problem that explains why not (field messages in `language`). */
export function readPushRequest(text: string, language: Language): Result<PushRequest> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return fail(problem('request.malformed_json'));
  }
  const parsed = parseIn(language, pushRequestSchema, body);
  if (!parsed.success) return fail(problem('request.invalid', { fields: fieldIssuesFrom(parsed.error) }));
  if (parsed.data.records.length > MAX_BATCH_RECORDS) {
    return fail(problem('sync.batch_too_large', { maxRecords: MAX_BATCH_RECORDS, received: parsed.data.records.length }));
  }
  return ok(parsed.data);
}
