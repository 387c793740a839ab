import { ATTENDANCE_ANONYMOUS_KIND } from '../../../core/attendance/anonymous-check-in';
import { catalogueVersion } from '../settings/entity-settings';
import { ATTENDANCE_ENTRY_KIND } from '../../../core/attendance/attendance-entry';
import type { CheckInMethod } from '../../../core/attendance/check-in';
import type { Catalogues } from '../../../core/catalogues';
import { uuidV7 } from '../../../core/ids/uuidv7';
import type { Result } from '../../../core/result';
import type { CabildoDatabase } from '../../storage/database';
import { readEventCheckIns, readLocalCheckInsSince, type KnownCheckIn } from '../../storage/door-check-ins';
import { readAttendees, readDeviceLabels, readSigningKey } from '../../storage/door-reads';
import type { PulledAttendee } from '../../storage/door-tables';
import type { LocalRecord } from '../../storage/local-record';
import type { RecordDraft } from '../../storage/save-record';
import { createCheckInIndex, type CheckInIndex } from './check-in-index';
import { admitAttendee, alreadyCheckedIn, checkInCode, refusedAsRevoked, saveCheckIn, undoCheckIn, type CheckInDeps, type SaveFailure } from './check-in-flow';
import { checkInDocumentNumber } from './document-entry';
import { attendeesByDocument, indexByDigest } from './attendee-by-document';
import type { DoorOutcome } from './door-outcome';
import { passVerifier } from './pass-verifier';
import { bogotaIsoString } from '../../../core/time';

export interface DoorSessionDeps {
  db: CabildoDatabase;
  deviceId: string;
  catalogues: Catalogues;
  save: (draft: RecordDraft) => Promise<Result<LocalRecord>>;
  now?: () => Date;
  subtle?: SubtleCrypto;
  /** The server revoked this phone (sync refused with device.revoked). */
  revoked?: () => boolean;
}

/** Another tab of this device may have admitted someone a moment ago: look that far back before each verdict. */
const OTHER_TAB_MARGIN_MS = 60_000;

/**
 * One event's door on this device: its attendee list and known check-ins in memory (a verdict is a map
 * lookup), the pass verifier from the cached key, and the actions the door screen calls.
 */
export async function openDoorSession(eventId: string, deps: DoorSessionDeps) {
  const now = deps.now ?? (() => new Date());
  let attendees = new Map<string, PulledAttendee>();
  let byDigest = new Map<string, PulledAttendee[]>();
  let index: CheckInIndex<KnownCheckIn> = createCheckInIndex<KnownCheckIn>();
  let deviceLabels = new Map<string, string>();
  let verify: CheckInDeps['verify'];

  async function reload(): Promise<void> {
    const [rows, checkIns, key, labels] = await Promise.all([
      readAttendees(deps.db, eventId),
      readEventCheckIns(deps.db, eventId),
      readSigningKey(deps.db),
      readDeviceLabels(deps.db),
    ]);
    attendees = new Map(rows.map((row) => [row.attendeeId, row]));
    byDigest = indexByDigest(rows);
    index = createCheckInIndex(checkIns);
    deviceLabels = labels;
    verify = key ? await passVerifier(key.publicKey, deps.subtle) : undefined;
  }

  const flowDeps = (): CheckInDeps => ({
    eventId,
    deviceId: deps.deviceId,
    catalogues: deps.catalogues,
    now,
    verify,
    attendee: (id) => attendees.get(id),
    attendeesByDocument: (text) => attendeesByDocument(byDigest, deps.catalogues, eventId, text),
    index,
    save: deps.save,
    revoked: deps.revoked,
    deviceLabel: (id) => deviceLabels.get(id),
  });

  // Cheap (an id range on the primary key): usually nothing new.
  async function catchUp(): Promise<void> {
    const since = uuidV7(now().getTime() - OTHER_TAB_MARGIN_MS, new Uint8Array(10));
    const recent = await readLocalCheckInsSince(deps.db, eventId, since);
    for (const checkIn of recent.checkIns) index.add(checkIn);
    for (const id of recent.undone) index.remove(id);
  }

  await reload();

  return {
    eventId,
    reload,
    attendees: () => attendees,
    /** Pre-registered people whose document is this number, whatever type they registered it with. */
    attendeesByDocument: (text: string) => attendeesByDocument(byDigest, deps.catalogues, eventId, text),
    index: () => index,
    /** This device's id: its own check-ins are named "este dispositivo". */
    deviceId: deps.deviceId,
    /** Another device's enrolled name, as pulled with its check-ins (undefined when unknown). */
    deviceLabel: (deviceId: string): string | undefined => deviceLabels.get(deviceId),
    hasKey: () => verify !== undefined,
    /** A decoded code from the camera or a reader. */
    async scan(text: string, source: 'camera' | 'reader'): Promise<DoorOutcome> {
      await catchUp();
      return checkInCode(flowDeps(), text, source);
    },
    /** A document number and Enter: yellow if known, else the form with the number. */
    async byDocument(text: string): Promise<DoorOutcome> {
      await catchUp();
      return checkInDocumentNumber(flowDeps(), text);
    },
    /** Someone on the list, found by name. */
    async admit(attendeeId: string): Promise<DoorOutcome> {
      await catchUp();
      return admitAttendee(flowDeps(), attendeeId, 'manual');
    },
    /** The completed form: yellow if the person is already on the list, else saved. */
    async savePerson(payload: Record<string, unknown>, name: string): Promise<DoorOutcome | SaveFailure> {
      await catchUp();
      const refused = refusedAsRevoked(flowDeps());
      if (refused) return refused;
      const method = payload.method as CheckInMethod;
      const full = { ...payload, eventId, checkedInAt: bogotaIsoString(now().getTime()), method, catalogueVersion: catalogueVersion() };
      const who = { attendeeId: payload.attendeeId as string | undefined, document: payload.document as { type: string; number?: string } | undefined };
      const already = alreadyCheckedIn(flowDeps(), who);
      if (already) return already;
      return saveCheckIn(flowDeps(), { kind: ATTENDANCE_ENTRY_KIND, schemaVersion: 2, payload: full }, name);
    },
    /** "No autoriza": counted, with at most the comuna (attendance.anonymous). */
    async countAnonymous(method: CheckInMethod, territory: string | undefined, label: string): Promise<DoorOutcome | SaveFailure> {
      const refused = refusedAsRevoked(flowDeps());
      if (refused) return refused;
      const payload = { eventId, method, checkedInAt: bogotaIsoString(now().getTime()), ...(territory ? { territory, catalogueVersion: catalogueVersion() } : {}) };
      return saveCheckIn(flowDeps(), { kind: ATTENDANCE_ANONYMOUS_KIND, schemaVersion: 1, payload }, label);
    },
    /** Undoes an admission of this device (the door offers it for UNDO_WINDOW_MS). */
    undo: (checkInId: string) => undoCheckIn(flowDeps(), checkInId),
  };
}

export type DoorSession = Awaited<ReturnType<typeof openDoorSession>>;
