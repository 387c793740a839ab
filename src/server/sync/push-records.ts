import type { KindRegistry } from '../../core/records/kind-registry';
import type { ValidRecord } from '../../core/records/envelope';
import { validateRecord } from '../../core/records/kind-registry';
import { recordContent } from '../../core/records/canonical-json';
import { problem, type Language, type Problem } from '../../core/problems/problem';
import type { PushResult } from '../../core/sync/protocol';
import type { IncomingRecord, SyncStore } from '../store/sync-store';
import { contentHash } from './content-hash';
import { personColumnsOf } from '../../core/records/person-columns';

export interface PushDeps {
  store: SyncStore;
  registry: KindRegistry;
  /**
   * Checks of valid records against stored data and the rest of the batch (one answer per person),
   * one problem or undefined per record. Runs with the write inside SyncStore.atomically: nothing can land
   * between the check and the write.
   */
  admit?: (records: readonly ValidRecord[]) => Promise<readonly (Problem | undefined)[]>;
}

/**
 * Validates each record on its own (one bad record never blocks the others), writes
 * the valid ones in one store call, and answers one result per input, in input order.
 * Field messages of a rejected record are in `language` (the request's Accept-Language).
 */
export async function pushRecords(deps: PushDeps, records: readonly unknown[], receivedAt: string, language: Language = 'es'): Promise<PushResult[]> {
  const results: PushResult[] = new Array(records.length);
  const checkedRecords: ValidRecord[] = [];
  const checkedAt: number[] = [];
  records.forEach((input, i) => {
    const checked = validateRecord(deps.registry, input, language);
    if (!checked.ok) {
      results[i] = { id: idOf(input), status: 'rejected', problem: checked.problem };
      return;
    }
    checkedRecords.push(checked.value);
    checkedAt.push(i);
  });

  const valid: IncomingRecord[] = [];
  const validAt: number[] = [];
  const outcomes = await deps.store.atomically(async () => {
    const refusals = (await deps.admit?.(checkedRecords)) ?? [];
    checkedRecords.forEach((record, k) => {
      const refusal = refusals[k];
      if (refusal) results[checkedAt[k]!] = { id: record.id, status: 'rejected', problem: refusal };
      else {
        valid.push(incomingRecordOf(record));
        validAt.push(checkedAt[k]!);
      }
    });
    return deps.store.writeBatch(valid, receivedAt);
  });
  outcomes.forEach((status, k) => {
    const id = valid[k]!.id;
    results[validAt[k]!] = status === 'conflict' ? { id, status, problem: problem('record.conflict') } : { id, status };
  });
  return results;
}

/** A validated record as the store takes it: serialised, with its event id pulled out, hashed only if asked. */
export function incomingRecordOf(record: ValidRecord): IncomingRecord {
  return new IncomingValidRecord(record);
}

// A class rather than an object literal with getters: no two closures per record on the ingest hot path.
class IncomingValidRecord implements IncomingRecord {
  readonly id: string;
  readonly kind: string;
  readonly schemaVersion: number;
  readonly deviceId: string;
  readonly createdAt: string;
  readonly payload: string;
  readonly eventId: string | null;
  readonly documentNumber: string | null;
  readonly attendeeLink: string | null;
  #record: ValidRecord;
  #content: string | undefined;
  #hash: string | undefined;

  constructor(record: ValidRecord) {
    const eventId = (record.payload as { eventId?: unknown } | null)?.eventId;
    this.id = record.id;
    this.kind = record.kind;
    this.schemaVersion = record.schemaVersion;
    this.deviceId = record.deviceId;
    this.createdAt = record.createdAt;
    this.payload = JSON.stringify(record.payload);
    this.eventId = typeof eventId === 'string' ? eventId : null;
    const person = personColumnsOf(record.payload);
    this.documentNumber = person.documentNumber;
    this.attendeeLink = person.attendeeLink;
    this.#record = record;
  }

  get content(): string {
    return (this.#content ??= recordContent(this.#record));
  }

  get contentHash(): string {
    return (this.#hash ??= contentHash(this.content));
  }
}

// Results are matched by position; the id is echoed when the record had a readable one.
const idOf = (input: unknown): string =>
  typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'string' ? (input as { id: string }).id : '';
