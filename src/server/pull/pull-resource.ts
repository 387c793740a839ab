import { Hono, type Context } from 'hono';
import type { Result } from '../../core/result';
import { ATTENDANCE_REGISTRATION_KIND, attendeeOfRegistration, type RegistrationV1 } from '../../core/passes';
import { documentDigest } from '../../core/attendance/document-digest';
import { problem } from '../../core/problems/problem';
import type { PulledAttendee, PulledCheckIn, PullResponse } from '../../core/sync/pull';
import type { PullStore, ListedRecord } from '../store/pull-store';
import { problemResponse } from '../http/problem-response';
import { CHECK_IN_KINDS, storedCheckIn, storedUndoRow } from '../attendance/stored-check-in';
import { ATTENDANCE_UNDO_KIND } from '../../core/attendance/admission-undo';
import type { IssuePass } from '../passes/pass-issuer';
import { encodeCursor } from './pull-cursor';
import { cursorIsAhead, planPull } from './pull-plan';
import { readPullQuery } from './read-pull-query';

export interface PullDeps {
  store: PullStore;
  issuePass: IssuePass;
  now: () => Date;
  /** Narrows the events by caller (a device limited to its events); absent: as asked. */
  scope?: (c: Context, events: string[] | undefined) => Result<string[] | undefined>;
}

const LIST_KINDS = [...CHECK_IN_KINDS, ATTENDANCE_UNDO_KIND, ATTENDANCE_REGISTRATION_KIND];

/**
 * A registration pushed through sync gets its pass here, on first pull, and keeps it from then on. The
 * document goes out only as its digest, so a door device can find the person by number without the list.
 */
async function attendeeRow(record: ListedRecord, issuePass: IssuePass): Promise<PulledAttendee> {
  const registration = record.payload as RegistrationV1;
  const attendee = attendeeOfRegistration({ ...record, payload: registration });
  const pass = record.pass ?? (await issuePass({ attendeeId: record.id, eventId: record.eventId, receivedAt: record.receivedAt }));
  const doc = registration.document;
  const digest = doc ? documentDigest(attendee.eventId, doc.type, doc.number) : undefined;
  return { ...attendee, pass, ...(digest ? { documentDigest: digest } : {}) };
}

/**
 * GET /api/v1/pull?cursor=…&events=a,b: the pull side of sync (contract: src/core/sync/pull.ts).
 * Who may pull: src/server/auth/route-policies.ts; `scope` keeps a device to its events.
 */
export function pullResource(deps: PullDeps): Hono {
  const resource = new Hono();
  resource.get('/', async (c) => {
    const query = readPullQuery({ cursor: c.req.query('cursor'), events: c.req.query('events') });
    if (!query.ok) return problemResponse(c, query.problem);
    const scoped = deps.scope ? deps.scope(c, query.value.events) : { ok: true as const, value: query.value.events };
    if (!scoped.ok) return problemResponse(c, scoped.problem);
    const { cursor } = query.value;
    const events = scoped.value;
    const snapshot = await deps.store.read(events, LIST_KINDS, (_at, eventHeads) => planPull(cursor, eventHeads));
    if (cursor && cursorIsAhead(cursor, snapshot.heads)) return problemResponse(c, problem('sync.cursor_invalid'));

    const attendees: PulledAttendee[] = [];
    const checkIns: PulledCheckIn[] = [];
    for (const record of snapshot.records) {
      if (record.kind === ATTENDANCE_REGISTRATION_KIND) attendees.push(await attendeeRow(record, deps.issuePass));
      else {
        const row = storedCheckIn(record)?.row ?? storedUndoRow(record);
        if (row) checkIns.push(row);
      }
    }
    const response: PullResponse = {
      cursor: encodeCursor({ ...snapshot.heads, events }),
      events: snapshot.events,
      attendees,
      checkIns,
      serverTime: deps.now().toISOString(),
    };
    return c.json(response);
  });
  return resource;
}
