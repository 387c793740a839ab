import type { Commitment, CommitmentDetail, CommitmentHistoryEntry, CommitmentItem, ProgressUpdate } from '../../../core/commitments';
import { api } from '../events/api';
import { pathWithQuery } from '../json-call';

/** What GET /api/v1/commitments filters by on the server (status is derived there from today's date). */
export interface CommitmentQuery {
  event?: string;
  office?: string;
  territory?: string;
  topic?: string;
  status?: string;
}

const base = '/api/v1/commitments';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** Commitments are the office's documents on the server: these calls need the network and say so when offline. */
export function fetchCommitments(query: CommitmentQuery) {
  return api<{ today: string; items: CommitmentItem[] }>('GET', pathWithQuery(base, query));
}
export const fetchCommitment = (id: string) => api<CommitmentDetail>('GET', one(id));
export const fetchCommitmentHistory = (id: string) => api<{ entries: CommitmentHistoryEntry[] }>('GET', `${one(id)}/history`);
export const createCommitment = (commitment: Commitment) => api<CommitmentItem>('POST', base, commitment);
export const reportProgress = (update: ProgressUpdate) => api<{ update: ProgressUpdate }>('POST', `${one(update.commitmentId)}/updates`, update);
