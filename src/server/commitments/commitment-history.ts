import type { CommitmentHistoryEntry, CommitmentState } from '../../core/commitments';
import { commitmentStates } from '../../core/commitments';
import type { AuditEntry, AuthStore } from '../store/auth-store';

/** A commitment's whole life is a handful of entries; the cap only bounds a pathological one. */
const MAX_ENTRIES = 500;

const CHANGES: Record<string, CommitmentHistoryEntry['change']> = {
  'commitment.create': 'created',
  'commitment.update': 'progress',
};

const stateOf = (value: unknown): CommitmentState | undefined =>
  commitmentStates.find((state) => state === value);

/**
 * The audit log of one commitment as its page shows it: the log keeps ids only (no personal data there),
 * so names are looked up now, once per actor. A disabled account keeps its name; a deleted one shows none.
 */
export async function historyOf(commitmentId: string, people: Pick<AuthStore, 'auditOf' | 'userById' | 'deviceById'>): Promise<CommitmentHistoryEntry[]> {
  const entries = (await people.auditOf(commitmentId, MAX_ENTRIES)).filter((entry) => entry.outcome === 'ok' && entry.action in CHANGES);
  const names = new Map<string, Promise<string | null>>();
  const nameOf = (entry: AuditEntry): Promise<string | null> => {
    if (entry.actorId === null) return Promise.resolve(null);
    const key = `${entry.actorType}:${entry.actorId}`;
    let name = names.get(key);
    if (!name) {
      const id = entry.actorId;
      name = entry.actorType === 'device' ? people.deviceById(id).then((d) => d?.label ?? null) : people.userById(id).then((u) => u?.name ?? null);
      names.set(key, name);
    }
    return name;
  };
  return Promise.all(
    entries.map(async (entry) => {
      const state = stateOf(entry.details?.state);
      const percent = entry.details?.percent;
      return {
        at: entry.at,
        change: CHANGES[entry.action]!,
        actor: await nameOf(entry),
        ...(state ? { state } : {}),
        ...(typeof percent === 'number' ? { percent } : {}),
      };
    }),
  );
}
