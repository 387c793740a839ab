import { z } from 'zod';
import type { CommitmentStatus } from '../../core/commitments';
import { ok, type Result } from '../../core/result';
import { requestOf } from '../forms/json-request';
import type { CommitmentFilter } from '../store/commitment-store';

const code = z.string().min(1).max(64).optional();

const querySchema = z.strictObject({
  event: code,
  office: code,
  territory: code,
  topic: code,
  status: z.enum(['pendiente', 'en_curso', 'cumplido', 'vencido'], { error: 'Elija un estado: pendiente, en curso, cumplido o vencido.' }).optional(),
});

export interface CommitmentQuery {
  filter: CommitmentFilter;
  /** Derived from today's date, so it filters after the store answers. */
  status?: CommitmentStatus;
}

/** ?event=&office=&territory=&topic=&status= of GET /api/v1/commitments. */
export function readCommitmentQuery(query: Record<string, string>): Result<CommitmentQuery> {
  const parsed = requestOf(querySchema, query);
  if (!parsed.ok) return parsed;
  const { event, office, territory, topic, status } = parsed.value;
  return ok({
    filter: { ...(event ? { eventIds: [event] } : {}), ...(office ? { office } : {}), ...(territory ? { territory } : {}), ...(topic ? { topic } : {}) },
    ...(status ? { status } : {}),
  });
}
