import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Catalogues } from '../../core/catalogues';
import type { PrivacyNotices } from '../../core/attendance/privacy-notice';
import { ATTENDANCE_REGISTRATION_KIND } from '../../core/passes';
import { canonicalJson } from '../../core/records/canonical-json';
import { problem } from '../../core/problems/problem';
import type { EventStore } from '../store/event-store';
import type { PassStore } from '../store/pass-store';
import type { SyncStore } from '../store/sync-store';
import { problemResponse } from '../http/problem-response';
import { requestLanguage } from '../http/request-language';
import { jsonBody } from '../events/json-body';
import { incomingRecordOf } from '../sync/push-records';
import type { IssuePass } from './pass-issuer';
import { readRegistration } from './read-registration';

export interface RegistrationsDeps {
  sync: SyncStore;
  passes: PassStore;
  events: EventStore;
  catalogues: Catalogues;
  /** The notice versions a consent may name (entity settings); absent: the built-in ones. */
  notices?: () => PrivacyNotices | undefined;
  issuePass: IssuePass;
  now: () => Date;
}

const MAX_REGISTRATION_BYTES = 64 * 1024;

/**
 * POST /api/v1/events/:id/registrations: a pre-registration made online (citizen or staff device). It is
 * stored as an 'attendance.registration' record, exactly as if it had come through /api/v1/sync, and the
 * answer carries its signed pass. Idempotent: the same attendeeId and registration again gets the same pass,
 * even once the event has closed; different data under a taken attendeeId is a conflict kept for review.
 * No authentication: citizens register themselves.
 */
export function registrationsResource(deps: RegistrationsDeps): Hono {
  const resource = new Hono();
  resource.post(
    '/:id/registrations',
    bodyLimit({
      maxSize: MAX_REGISTRATION_BYTES,
      onError: (c) => problemResponse(c, problem('request.too_large', { maxBytes: MAX_REGISTRATION_BYTES })),
    }),
    async (c) => {
      const eventId = c.req.param('id');
      const body = await jsonBody(c);
      if (!body.ok) return problemResponse(c, body.problem);
      const request = readRegistration(requestLanguage(c), deps.catalogues, eventId, body.value, deps.notices?.());
      if (!request.ok) return problemResponse(c, request.problem);
      const { attendeeId, deviceId, payload } = request.value;

      const existing = await deps.passes.record(attendeeId);
      const replay = existing?.kind === ATTENDANCE_REGISTRATION_KIND && canonicalJson(existing.payload) === canonicalJson(payload);
      if (!existing) {
        const event = await deps.events.get(eventId);
        if (!event) return problemResponse(c, problem('resource.not_found'));
        if (event.event.status === 'closed') return problemResponse(c, problem('event.closed', { eventId }));
      }
      if (!replay) {
        const record = { id: attendeeId, kind: ATTENDANCE_REGISTRATION_KIND, schemaVersion: 1, deviceId, createdAt: payload.registeredAt, payload };
        const [outcome] = await deps.sync.writeBatch([incomingRecordOf(record)], deps.now().toISOString());
        if (outcome === 'conflict') return problemResponse(c, problem('record.conflict', { attendeeId }));
      }
      const stored = replay ? existing : await deps.passes.record(attendeeId);
      const pass = await deps.issuePass({ attendeeId, eventId, receivedAt: stored!.receivedAt });
      return c.json({ attendeeId, pass }, 201);
    },
  );
  return resource;
}
