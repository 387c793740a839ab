import type { Problem } from '../../core/problems/problem';
import type { RecordEnvelope } from '../../core/records/envelope';
import type { PushStatus } from '../../core/sync/protocol';

/**
 * pending: saved here, not yet confirmed by the server (it has an outbox entry).
 * synced: the server accepted it (or already had it, identical).
 * attention: the server answered conflict or rejected; kept and shown under "Requieren atención".
 */
export type SyncState = 'pending' | 'synced' | 'attention';

/** A record as the device keeps it: the envelope exactly as sent, plus its local sync bookkeeping. */
export interface LocalRecord extends RecordEnvelope {
  syncState: SyncState;
  /** Copied from payload.eventId so the attendance screens can query by event through an index. */
  eventId?: string;
  problem?: Problem;
  serverStatus?: PushStatus;
  syncedAt?: string;
}

/** One entry per record still to be sent; the outbox, not any timer or service worker, is the source of truth. */
export interface OutboxEntry {
  id: string;
  /** Requests that carried this record without a definitive answer for it. */
  attempts: number;
  enqueuedAt: string;
  nextAttemptAt: string;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

/** The envelope only: what travels to the server, without local bookkeeping. */
export function envelopeOf(record: LocalRecord): RecordEnvelope {
  const { id, kind, schemaVersion, deviceId, createdAt, payload } = record;
  return { id, kind, schemaVersion, deviceId, createdAt, payload };
}

export function eventIdOf(payload: unknown): string | undefined {
  if (payload === null || typeof payload !== 'object') return undefined;
  const value = (payload as { eventId?: unknown }).eventId;
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
