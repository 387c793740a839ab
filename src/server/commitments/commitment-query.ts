import { z } from 'zod';
import type { CommitmentStatus } from '../../core/commitments';
import type { Language } from '../../core/problems/problem';
import { officeMessage } from '../../core/problems/office-field-messages';
import { ok, type Result } from '../../core/result';
import { requestOf } from '../forms/json-request';
import type { CommitmentFilter } from '../store/commitment-store';

const code = z.string().min(1).max(64).optional();

const querySchema = z.strictObject({
  event: code,
  office: code,
  territory: code,
  topic: code,
  status: z.enum(['pendiente', 'en_curso', 'cumplido', 'vencido'], { error: officeMessage('commitment.status_filter') }).optional(),
});

export interface CommitmentQuery {
  filter: CommitmentFilter;
  /** Derived from today's date, so it filters after the store answers. */
  status?: CommitmentStatus;
}

/** ?event=&office=&territory=&topic=&status= of GET /api/v1/commitments. */
export function readCommitmentQuery(query: Record<string, string>, language: Language): Result<CommitmentQuery> {
  const parsed = requestOf(language, querySchema, query);
  if (!parsed.ok) return parsed;
  const { event, office, territory, topic, status } = parsed.value;
  return ok({
    filter: { ...(event ? { eventIds: [event] } : {}), ...(office ? { office } : {}), ...(territory ? { territory } : {}), ...(topic ? { topic } : {}) },
    ...(status ? { status } : {}),
  });
}
