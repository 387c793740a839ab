import { mergeEvents } from '../../core/events';
import type { PullResponse } from '../../core/sync/pull';
import type { CabildoDatabase } from '../storage/database';
import { DOOR_META_KEYS, searchFold, type PulledAttendee } from '../storage/door-tables';

/** What one applied page changed, for the door's counters and tests. */
export interface AppliedPull {
  events: number;
  attendees: number;
  checkIns: number;
}

/** A pulled attendee row as kept: the wire row plus a search key. */
export function attendeeRowOf(row: PullResponse['attendees'][number]): PulledAttendee {
  return { ...row, search: searchFold(row.displayName) };
}

/**
 * Applies one pull answer in ONE transaction with its cursor: if the tab dies halfway, neither the rows
 * nor the cursor moved, and the next pull asks again from the old cursor. Applying the same page twice
 * changes nothing (rows are keyed by id; an event keeps its highest revision).
 */
export async function applyPull(db: CabildoDatabase, page: PullResponse, at: Date): Promise<AppliedPull> {
  return db.transaction('rw', [db.events, db.attendees, db.remoteCheckIns, db.deviceLabels, db.meta], async () => {
    if (page.events.length > 0) {
      const known = await db.events.bulkGet(page.events.map((e) => e.id));
      const merged = mergeEvents(known.filter((e) => e !== undefined), page.events);
      await db.events.bulkPut(merged);
    }
    if (page.attendees.length > 0) await db.attendees.bulkPut(page.attendees.map(attendeeRowOf));
    if (page.checkIns.length > 0) await db.remoteCheckIns.bulkPut(page.checkIns);
    // A renamed device comes with its new name on its next check-in; the old name stays until then.
    const labels = Object.entries(page.deviceLabels ?? {}).map(([deviceId, label]) => ({ deviceId, label }));
    if (labels.length > 0) await db.deviceLabels.bulkPut(labels);
    await db.meta.put({ key: DOOR_META_KEYS.pullCursor, value: page.cursor });
    await db.meta.put({ key: DOOR_META_KEYS.lastPullAt, value: at.toISOString() });
    return { events: page.events.length, attendees: page.attendees.length, checkIns: page.checkIns.length };
  });
}
