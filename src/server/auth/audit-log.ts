import type { AuditEntry, AuthStore } from '../store/auth-store';
import type { Principal } from './principal';
import { randomBytes } from 'node:crypto';
import { uuidV7 } from '../../core/ids/uuidv7';

export interface AuditInput {
  action: string;
  target?: string | null;
  outcome?: AuditEntry['outcome'];
  /** Ids and counts only: personal data never goes to the audit log. */
  details?: Record<string, unknown>;
}

export type Audit = (who: Principal | { kind: 'anonymous' } | { kind: 'user-id'; id: string }, input: AuditInput) => Promise<void>;

/**
 * Appends to the audit log with the server clock: client timestamps never order audit data. Entries are
 * listed by (at, id); ids are UUIDv7 on a per-process monotonic clock, so entries written in the same
 * millisecond by one process keep their order.
 */
export function auditLog(store: AuthStore, now: () => Date): Audit {
  let lastMs = 0;
  const nextId = () => {
    lastMs = Math.max(Date.now(), lastMs + 1);
    return uuidV7(lastMs, randomBytes(10));
  };
  return async (who, input) => {
    const actor =
      who.kind === 'user'
        ? { actorType: 'user' as const, actorId: who.user.id }
        : who.kind === 'device'
          ? { actorType: 'device' as const, actorId: who.device.deviceId }
          : who.kind === 'user-id'
            ? { actorType: 'user' as const, actorId: who.id }
            : { actorType: 'anonymous' as const, actorId: null };
    await store.appendAudit({
      id: nextId(),
      at: now().toISOString(),
      ...actor,
      action: input.action,
      target: input.target ?? null,
      outcome: input.outcome ?? 'ok',
      details: input.details ?? null,
    });
  };
}
