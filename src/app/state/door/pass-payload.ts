import type { CheckInMethod } from '../../../core/attendance/check-in';
import { lifeStageFor } from '../../../core/attendance/life-stages';
import type { Catalogues } from '../../../core/catalogues';
import type { PulledAttendee } from '../../storage/door-tables';
import { bogotaDateOf } from '../../../core/time';

/**
 * The attendance record (v2) of a registered person admitted at the door: the answers and consent they
 * gave when registering, plus the check-in. Undefined when the pulled row does not carry those answers.
 */
export function passCheckInPayload(
  attendee: PulledAttendee,
  options: { eventId: string; method: CheckInMethod; checkedInAt: string; catalogues: Catalogues },
): Record<string, unknown> | undefined {
  if (!attendee.person) return undefined;
  const { eventId: _event, registeredAt: _registered, ...person } = attendee.person;
  // The life stage is checked against the check-in day: someone may have had a birthday since registering.
  const birthDate = typeof person.birthDate === 'string' ? person.birthDate : undefined;
  const stage = birthDate && lifeStageFor(options.catalogues.lifeStages, birthDate, bogotaDateOf(options.checkedInAt) ?? '');
  return {
    ...person,
    ...(stage ? { lifeStage: stage } : {}),
    eventId: options.eventId,
    method: options.method,
    attendeeId: attendee.attendeeId,
    checkedInAt: options.checkedInAt,
  };
}
