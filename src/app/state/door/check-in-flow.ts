import { ATTENDANCE_ANONYMOUS_KIND } from '../../../core/attendance/anonymous-check-in';
import { ATTENDANCE_UNDO_KIND } from '../../../core/attendance/admission-undo';
import { ATTENDANCE_REGISTERED_KIND } from '../../../core/attendance/registered-check-in';
import { attendanceDefaultsFromCedula } from '../../../core/attendance/cedula-defaults';
import type { CheckInMethod } from '../../../core/attendance/check-in';
import type { CheckIn } from '../../../core/attendance/duplicates';
import type { Catalogues } from '../../../core/catalogues';
import { latin1Text, parseCedulaBarcode } from '../../../core/cedula';
import { verifyPass, PASS_PREFIX, type VerifyBytes } from '../../../core/passes/pass-code';
import type { Problem } from '../../../core/problems/problem';
import type { Result } from '../../../core/result';
import type { KnownCheckIn } from '../../storage/door-check-ins';
import { knownOfRecord } from '../../storage/door-check-ins';
import type { PulledAttendee } from '../../storage/door-tables';
import type { LocalRecord } from '../../storage/local-record';
import type { RecordDraft } from '../../storage/save-record';
import type { CheckInIndex } from './check-in-index';
import type { DoorOutcome } from './door-outcome';
import { bogotaIsoString, bogotaToday } from '../../../core/time';

/** Everything one check-in needs, passed in: the door screen wires the real ones, tests fakes. */
export interface CheckInDeps {
  eventId: string;
  deviceId: string;
  catalogues: Catalogues;
  now: () => Date;
  /** Ed25519 verification with the cached public key; undefined if this device never got the key. */
  verify: VerifyBytes | undefined;
  attendee: (attendeeId: string) => PulledAttendee | undefined;
  /** Pre-registered people with this document number (by digest, any type); absent = none known. */
  attendeesByDocument?: ((text: string) => PulledAttendee[]) | undefined;
  index: CheckInIndex<KnownCheckIn>;
  /** Validates and writes record + outbox entry in one transaction (storage/save-record.ts). */
  save: (draft: RecordDraft) => Promise<Result<LocalRecord>>;
  /** The server revoked this phone: it must stop admitting people (they would never reach the list). */
  revoked?: (() => boolean) | undefined;
  /** Another device's enrolled name, as pulled with its check-ins; absent or undefined when unknown. */
  deviceLabel?: ((deviceId: string) => string | undefined) | undefined;
}

/** The save was refused (field problems in problem.details.fields) or storage failed; nothing was written. */
export interface SaveFailure {
  failed: Problem;
}

export type CodeKind = 'pass' | 'cedula' | 'unknown';

const CEDULA_MARKER = 'PubDSK_';

export function classifyCode(text: string): CodeKind {
  if (text.trim().startsWith(`${PASS_PREFIX}.`)) return 'pass';
  return latin1Text(text).includes(CEDULA_MARKER) ? 'cedula' : 'unknown';
}

const candidate = (deps: CheckInDeps, at: string, who: Pick<CheckIn, 'attendeeId' | 'document'>): CheckIn => ({
  id: '',
  deviceId: deps.deviceId,
  eventId: deps.eventId,
  checkedInAt: at,
  ...who,
});

/** Red instead of any admission once the server revoked this phone. */
export const refusedAsRevoked = (deps: CheckInDeps): DoorOutcome | undefined =>
  deps.revoked?.() ? { kind: 'rejected', reason: 'revoked' } : undefined;

/** Yellow if this person is already on the list (this device at once, others once pulled), else undefined. */
export function alreadyCheckedIn(deps: CheckInDeps, who: Pick<CheckIn, 'attendeeId' | 'document'>): DoorOutcome | undefined {
  const verdict = deps.index.verdict(candidate(deps, bogotaIsoString(deps.now().getTime()), who));
  if (verdict.verdict === 'admitted') return undefined;
  const first = deps.index.get(verdict.checkInId);
  const name = first?.name ?? (first?.attendeeId === undefined ? undefined : deps.attendee(first.attendeeId)?.displayName);
  const thisDevice = verdict.deviceId === deps.deviceId;
  const deviceLabel = thisDevice ? undefined : deps.deviceLabel?.(verdict.deviceId);
  return { kind: 'already', name, at: verdict.at, deviceId: verdict.deviceId, thisDevice, ...(deviceLabel ? { deviceLabel } : {}) };
}

/** Saves an attendance record and adds it to the index, so the next scan of this person is yellow at once. */
export async function saveCheckIn(deps: CheckInDeps, draft: RecordDraft, name: string): Promise<DoorOutcome | SaveFailure> {
  const saved = await deps.save(draft);
  if (!saved.ok) return { failed: saved.problem };
  const known = knownOfRecord(saved.value);
  if (known) deps.index.add(known);
  const method = (saved.value.payload as { method?: CheckInMethod }).method ?? 'manual';
  return { kind: 'admitted', name, recordId: saved.value.id, method, ...(draft.kind === ATTENDANCE_ANONYMOUS_KIND ? { anonymous: true } : {}) };
}

/**
 * A registered attendee (their pass, their cédula, or found by name or number): green at once, no form.
 * The record refers to the registration; the answers and consent given there are joined on the server
 * (core/attendance/attendance-view.ts), so none of them need to be on this phone. A pass verified offline
 * before the list was pulled still admits (the server signed it for a registration it holds), unnamed.
 */
export async function admitAttendee(deps: CheckInDeps, attendeeId: string, method: CheckInMethod): Promise<DoorOutcome> {
  const refused = refusedAsRevoked(deps);
  if (refused) return refused;
  const already = alreadyCheckedIn(deps, { attendeeId });
  if (already) return already;
  const attendee = deps.attendee(attendeeId);
  const payload = { eventId: deps.eventId, method, checkedInAt: bogotaIsoString(deps.now().getTime()), attendeeId };
  const outcome = await saveCheckIn(deps, { kind: ATTENDANCE_REGISTERED_KIND, schemaVersion: 1, payload }, attendee?.displayName ?? '');
  if ('kind' in outcome) return outcome.kind === 'admitted' && attendee?.accessibilityNeeds.length ? { ...outcome, needs: attendee.accessibilityNeeds } : outcome;
  return { kind: 'rejected', reason: 'save_failed', problem: outcome.failed };
}

/** Undoes an admission this device just made: an undo record (nothing deleted), and the index forgets it. */
export async function undoCheckIn(deps: CheckInDeps, checkInId: string): Promise<Result<LocalRecord>> {
  const saved = await deps.save({ kind: ATTENDANCE_UNDO_KIND, schemaVersion: 1, payload: { eventId: deps.eventId, checkInId, undoneAt: bogotaIsoString(deps.now().getTime()) } });
  if (saved.ok) deps.index.remove(checkInId);
  return saved;
}

async function checkInPass(deps: CheckInDeps, text: string): Promise<DoorOutcome> {
  const refused = refusedAsRevoked(deps);
  if (refused) return refused;
  if (!deps.verify) return { kind: 'rejected', reason: 'no_key' };
  const verified = await verifyPass(text, { expectedEventId: deps.eventId, verify: deps.verify });
  if (!verified.ok) return { kind: 'rejected', reason: 'pass', problem: verified.problem };
  return admitAttendee(deps, verified.value.attendeeId, 'pass');
}

function checkInCedula(deps: CheckInDeps, text: string, method: 'cedula' | 'reader'): DoorOutcome | Promise<DoorOutcome> {
  const refused = refusedAsRevoked(deps);
  if (refused) return refused;
  const today = bogotaToday(deps.now().getTime());
  const reading = parseCedulaBarcode(text, { today });
  if (!reading.ok) return { kind: 'rejected', reason: 'cedula_unreadable', problem: reading.problem };
  // Only the fields the form asks for go on; the reading (and the raw text) end here.
  const defaults = attendanceDefaultsFromCedula(reading.value, { catalogues: deps.catalogues, today, method });
  const { method: _method, ...fields } = defaults;
  if (defaults.document) {
    // A pre-registered person's cédula admits their registration (found by digest), not a new walk-in.
    const registered = deps.attendeesByDocument?.(defaults.document.number) ?? [];
    if (registered.length === 1) return admitAttendee(deps, registered[0]!.attendeeId, method);
    const already = alreadyCheckedIn(deps, { document: defaults.document });
    if (already) return already;
  }
  return { kind: 'form', prefill: { method, ...fields }, why: 'cedula' };
}

/**
 * One decoded code, from the camera or from a barcode reader typing into the search box: a Cabildo pass is
 * verified offline, a cédula opens the form pre-filled, anything else is red.
 */
export function checkInCode(deps: CheckInDeps, text: string, source: 'camera' | 'reader'): Promise<DoorOutcome> {
  const kind = classifyCode(text);
  if (kind === 'pass') return checkInPass(deps, text);
  if (kind === 'cedula') return Promise.resolve(checkInCedula(deps, text, source === 'reader' ? 'reader' : 'cedula'));
  return Promise.resolve({ kind: 'rejected', reason: 'unrecognised' });
}
