import { uuidV7 } from '../../core/ids/uuidv7';
import { validateRecord } from '../../core/records/kind-registry';
import type { ValidRecord } from '../../core/records/envelope';
import type { Result } from '../../core/result';
import type { Language } from '../../core/problems/problem';
import type { DeviceContext } from '../device/device-context';
import type { CabildoDatabase } from './database';
import { guardedWrite } from './guarded-write';
import { eventIdOf, type LocalRecord, type OutboxEntry } from './local-record';
import { bogotaIsoString } from '../../core/time';

export interface RecordDraft {
  kind: string;
  schemaVersion: number;
  payload: unknown;
}

function pendingRecord(valid: ValidRecord): LocalRecord {
  const eventId = eventIdOf(valid.payload);
  return eventId === undefined ? { ...valid, syncState: 'pending' } : { ...valid, syncState: 'pending', eventId };
}

/**
 * Saves what a person entered: validated first (nothing invalid is ever stored), then the
 * record and its outbox entry in ONE transaction, so there is never a record the outbox
 * forgot nor an entry without its record. The PARSED record is stored (trimmed text etc.)
 * so that the device and the server hash exactly the same content.
 * Callers should then call runner.schedule(). A refusal's field messages are in `language`, the screen's.
 */
export async function saveRecord(db: CabildoDatabase, device: DeviceContext, draft: RecordDraft, language: Language = 'es'): Promise<Result<LocalRecord>> {
  const at = device.now();
  const checked = validateRecord(device.registry, {
    id: uuidV7(at.getTime(), device.randomBytes(10)),
    kind: draft.kind,
    schemaVersion: draft.schemaVersion,
    deviceId: device.deviceId,
    createdAt: bogotaIsoString(at.getTime()),
    payload: draft.payload,
  }, language);
  if (!checked.ok) return checked;
  const record = pendingRecord(checked.value);
  const entry: OutboxEntry = { id: record.id, attempts: 0, enqueuedAt: at.toISOString(), nextAttemptAt: at.toISOString() };
  return guardedWrite(db, () =>
    db.transaction('rw', db.records, db.outbox, async () => {
      await db.records.add(record);
      await db.outbox.add(entry);
      return record;
    }),
  );
}
