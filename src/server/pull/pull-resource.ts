import { Hono, type Context } from 'hono';
import type { Result } from '../../core/result';
import { ATTENDANCE_REGISTRATION_KIND, attendeeOfRegistration, type RegistrationV1 } from '../../core/passes';
import { documentDigest } from '../../core/attendance/document-digest';
import { problem } from '../../core/problems/problem';
import { PULL_PAGE_SIZE, type PulledAttendee, type PulledCheckIn, type PulledDeviceLabels, type PullResponse } from '../../core/sync/pull';
import type { PullStore, ListedRecord } from '../store/pull-store';
import { problemResponse } from '../http/problem-response';
import { requestLanguage } from '../http/request-language';
import { CHECK_IN_KINDS, storedCheckIn, storedUndoRow } from '../attendance/stored-check-in';
import { ATTENDANCE_UNDO_KIND } from '../../core/attendance/admission-undo';
import type { IssuePass } from '../passes/pass-issuer';
import { encodeCursor, type PullCursor } from './pull-cursor';
import { cursorIsAhead, planPage, type PagePlan } from './pull-plan';
import { readPullQuery } from './read-pull-query';

export interface PullDeps {
  store: PullStore;
  issuePass: IssuePass;
  now: () => Date;
  /** Narrows the events by caller (a device limited to its events); absent: as asked. */
  scope?: (c: Context, events: string[] | undefined) => Result<string[] | undefined>;
  /** Records per page; PULL_PAGE_SIZE unless a test wants small pages. */
  pageSize?: number;
  /** Enrolled devices' names by id (absent: the answer names no device). */
  deviceLabels?: () => Promise<ReadonlyMap<string, string>>;
}

const sameEvents = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  a === undefined || b === undefined ? a === b : a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * An unfinished run continues only for the same events; asked for others, a new run starts from where the
 * unfinished one began (pages already applied may come again, keyed by id: nothing doubles, nothing is lost).
 */
function startingPoint(cursor: PullCursor | undefined, events: string[] | undefined): PullCursor | undefined {
  const run = cursor?.run;
  if (!cursor || !run || sameEvents(cursor.events, events)) return cursor;
  if (run.fromStart) return undefined;
  const fresh = run.fresh ?? [];
  // The filter the run began from: its events but those it was sending whole. When the run was for every
  // event that filter cannot be told, so everything comes again.
  if (cursor.events === undefined) return fresh.length === 0 ? { eventSeq: cursor.eventSeq, recordSeq: cursor.recordSeq } : undefined;
  return { eventSeq: cursor.eventSeq, recordSeq: cursor.recordSeq, events: cursor.events.filter((id) => !fresh.includes(id)) };
}

/** The cursor after a page: the run's target once it is complete, else the run with where this page stopped. */
function nextCursor(cursor: PullCursor | undefined, plan: PagePlan, events: string[] | undefined, lastSeq: number | undefined): string {
  if (lastSeq === undefined) return encodeCursor({ ...plan.upTo, events });
  const base = cursor ? { eventSeq: cursor.eventSeq, recordSeq: cursor.recordSeq } : { eventSeq: 0, recordSeq: 0 };
  const fromStart = cursor === undefined || cursor.run?.fromStart === true;
  return encodeCursor({ ...base, events, run: { ...plan.upTo, after: lastSeq, fromStart, fresh: plan.fresh } });
}

/** The names of the devices that wrote this page's check-ins (undo rows are not shown at the door). */
async function labelsOf(checkIns: readonly PulledCheckIn[], deviceLabels: PullDeps['deviceLabels']): Promise<PulledDeviceLabels> {
  const writers = new Set(checkIns.filter((row) => !row.undoes).map((row) => row.deviceId));
  if (writers.size === 0 || !deviceLabels) return {};
  const labels = await deviceLabels();
  const named: PulledDeviceLabels = {};
  for (const deviceId of writers) {
    const label = labels.get(deviceId);
    if (label) named[deviceId] = label;
  }
  return named;
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
    const query = readPullQuery({ cursor: c.req.query('cursor'), events: c.req.query('events') }, requestLanguage(c));
    if (!query.ok) return problemResponse(c, query.problem);
    const scoped = deps.scope ? deps.scope(c, query.value.events) : { ok: true as const, value: query.value.events };
    if (!scoped.ok) return problemResponse(c, scoped.problem);
    const events = scoped.value;
    const cursor = startingPoint(query.value.cursor, events);
    const pageSize = Math.max(1, deps.pageSize ?? PULL_PAGE_SIZE);
    let plan: PagePlan | undefined;
    const snapshot = await deps.store.read(events, LIST_KINDS, (at, eventHeads) => (plan = planPage(cursor, at, eventHeads, pageSize)));
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
      cursor: nextCursor(cursor, plan!, events, snapshot.more ? snapshot.records.at(-1)?.seq : undefined),
      events: snapshot.events,
      attendees,
      checkIns,
      more: snapshot.more,
      deviceLabels: await labelsOf(checkIns, deps.deviceLabels),
      serverTime: deps.now().toISOString(),
    };
    return c.json(response);
  });
  return resource;
}
