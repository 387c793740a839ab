import { checkInVerdict, identityKey, type CheckIn, type CheckInVerdict } from '../../../core/attendance/duplicates';

/**
 * The check-ins of one event this device knows of (its own records and pulled ones), grouped by identity,
 * so the verdict for the next person costs a map lookup even with thousands on the list.
 */
export interface CheckInIndex<T extends CheckIn = CheckIn> {
  /** Adds a check-in; the same id twice counts once. */
  add(checkIn: T): void;
  get(id: string): T | undefined;
  /** Forgets a check-in (undone at the door): the person may be admitted again. */
  remove(id: string): void;
  verdict(candidate: CheckIn): CheckInVerdict;
  size(): number;
  /** Every check-in known, in the order they were added. */
  all(): T[];
}

export function createCheckInIndex<T extends CheckIn>(checkIns: Iterable<T> = []): CheckInIndex<T> {
  const ids = new Map<string, T>();
  const byIdentity = new Map<string, T[]>();
  const index: CheckInIndex<T> = {
    add(checkIn) {
      if (ids.has(checkIn.id)) return;
      ids.set(checkIn.id, checkIn);
      const key = identityKey(checkIn);
      if (key === undefined) return;
      const list = byIdentity.get(key);
      if (list) list.push(checkIn);
      else byIdentity.set(key, [checkIn]);
    },
    get: (id) => ids.get(id),
    remove(id) {
      const checkIn = ids.get(id);
      if (!checkIn) return;
      ids.delete(id);
      const key = identityKey(checkIn);
      const list = key === undefined ? undefined : byIdentity.get(key);
      if (list) byIdentity.set(key!, list.filter((c) => c.id !== id));
    },
    verdict(candidate) {
      const key = identityKey(candidate);
      // The core rule decides; the index only hands it the few check-ins of the same person.
      return checkInVerdict(key === undefined ? [] : (byIdentity.get(key) ?? []), candidate);
    },
    size: () => ids.size,
    all: () => [...ids.values()],
  };
  for (const checkIn of checkIns) index.add(checkIn);
  return index;
}
