import { ATTENDANCE_ANONYMOUS_KIND } from '../../attendance/anonymous-check-in';
import { attendanceRecordsOf } from '../../attendance/attendance-view';
import { checkInOfRecord } from '../../attendance/check-in-of-record';
import { identityText, resolveAttendance, type CheckIn } from '../../attendance/duplicates';
import { lifeStageFor, type LifeStageCatalogue } from '../../attendance/life-stages';
import type { ValidRecord } from '../../records/envelope';
import type { AttendanceFacts } from '../facts';
import { bogotaDateOf } from '../../time';

export interface AttendanceAdapterOptions {
  /** When given, a record with a birth date but no life stage gets the stage it had on the day it checked in. */
  lifeStages?: LifeStageCatalogue;
}

type Loose = Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const isText = (v: unknown): v is string => typeof v === 'string';
// Validated at ingest, so a copy is made only if something is not text.
const codes = (value: unknown): readonly string[] | undefined =>
  Array.isArray(value) ? (value.every(isText) ? (value as string[]) : value.filter(isText)) : undefined;

/**
 * The indicator rows of stored check-ins ('attendance.entry' v1 and v2, 'attendance.anonymous',
 * 'attendance.registered'), read through attendanceRecordsOf: pass the event's registrations and undos
 * too, so a registered person counts with their registration's answers and an undone admission not at all. Duplicates are decided with the same rule as the attendance list (resolveAttendance:
 * the first check-in per person by device time counts), so report and list never disagree. Records were
 * validated at ingest: fields are read defensively, not validated again. Pass every check-in of an event
 * at once: a duplicate is only recognised next to the check-in it duplicates.
 */
export function attendanceFactsOf(records: readonly ValidRecord[], options: AttendanceAdapterOptions = {}): AttendanceFacts[] {
  const checkIns: { record: ValidRecord; checkIn: CheckIn }[] = [];
  for (const record of attendanceRecordsOf(records).checkIns) {
    const checkIn = checkInOfRecord(record);
    if (checkIn !== undefined) checkIns.push({ record, checkIn });
  }
  const duplicates = offlineDuplicates(checkIns.map((c) => c.checkIn));
  return checkIns.map(({ record, checkIn }) => factsOf(record, checkIn, duplicates.has(record.id), options));
}

/**
 * Ids of the check-ins resolveAttendance marks as duplicates. Only people checked in more than once at an
 * event can be duplicates, and the rule looks at each person apart, so only their check-ins go through it:
 * the same answer without sorting a year of check-ins by time, nor hashing every document (identityText).
 */
function offlineDuplicates(checkIns: readonly CheckIn[]): Set<string> {
  const seen = new Map<string, number>();
  const slots = checkIns.map((checkIn) => {
    const key = identityText(checkIn);
    if (key === undefined) return undefined;
    const slot = `${checkIn.eventId}\u0000${key}`;
    seen.set(slot, (seen.get(slot) ?? 0) + 1);
    return slot;
  });
  const contested = checkIns.filter((_, i) => slots[i] !== undefined && seen.get(slots[i]!)! > 1);
  const duplicates = new Set<string>();
  for (const resolved of resolveAttendance(contested).checkIns) {
    if (resolved.status === 'duplicate_admitted_offline') duplicates.add(resolved.id);
  }
  return duplicates;
}

function factsOf(record: ValidRecord, checkIn: CheckIn, duplicate: boolean, options: AttendanceAdapterOptions): AttendanceFacts {
  // Nothing about a person who did not consent is read, not even the comuna an anonymous count may carry.
  if (record.kind === ATTENDANCE_ANONYMOUS_KIND) {
    const anonymous: AttendanceFacts = { eventId: checkIn.eventId, checkedInAt: checkIn.checkedInAt, consented: false };
    if (duplicate) anonymous.duplicateOfflineAdmitted = true;
    return anonymous;
  }
  const p = (record.payload ?? {}) as Loose;
  const consent = p.consent as Loose | undefined;
  const organisation = p.organisation as Loose | undefined;
  // One object literal, no spreads: this runs for every check-in of a year.
  const facts: AttendanceFacts = {
    eventId: checkIn.eventId,
    checkedInAt: checkIn.checkedInAt,
    consented: consent?.accepted === true,
    territory: text(p.territory),
    sex: text(p.sexAtBirth),
    genderIdentity: text(p.genderIdentity),
    sexualOrientation: text(p.sexualOrientation),
    lifeStage: text(p.lifeStage) ?? derivedLifeStage(p.birthDate, checkIn.checkedInAt, options.lifeStages),
    ethnicGroup: text(p.ethnicity),
    disabilities: codes(p.disabilities),
    differentialGroups: codes(p.differentialGroups),
    organisationType: text(organisation?.type),
    accessibilityNeeds: codes(p.accessibilityNeeds),
  };
  if (duplicate) facts.duplicateOfflineAdmitted = true;
  return facts;
}

function derivedLifeStage(birthDate: unknown, checkedInAt: string, catalogue: LifeStageCatalogue | undefined): string | undefined {
  const day = bogotaDateOf(checkedInAt);
  if (catalogue === undefined || typeof birthDate !== 'string' || day === undefined) return undefined;
  return lifeStageFor(catalogue, birthDate, day);
}
