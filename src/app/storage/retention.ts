import { erasePersonalFields, ERASED_MARKER } from '../../core/auth/habeas-data';
import { FORM_SUBMISSION_KIND } from '../../core/forms/form-submission';
import type { CabildoDatabase } from './database';
import type { LocalRecord } from './local-record';
import { isCount, readMeta } from './meta';

/** Ley 1581: how long a field device keeps the personal data of records the server already has. */
export const DEFAULT_RETENTION_DAYS = 30;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 365;

export const RETENTION_META_KEYS = {
  days: 'retention.days',
  lastRunAt: 'retention.lastRunAt',
  erasedTotal: 'retention.erasedTotal',
} as const;

/** A record whose personal data this device has already erased (the server keeps its own copy). */
export type RetainedRecord = LocalRecord & { personalDataErasedAt?: string };

const DAY_MS = 24 * 60 * 60 * 1000;

export const isRetentionDays = (v: unknown): v is number => isCount(v) && v >= MIN_RETENTION_DAYS && v <= MAX_RETENTION_DAYS;

export async function readRetentionDays(db: CabildoDatabase): Promise<number> {
  return (await readMeta(db, RETENTION_META_KEYS.days, isRetentionDays)) ?? DEFAULT_RETENTION_DAYS;
}

export async function writeRetentionDays(db: CabildoDatabase, days: number): Promise<boolean> {
  if (!isRetentionDays(days)) return false;
  await db.meta.put({ key: RETENTION_META_KEYS.days, value: days });
  return true;
}

/**
 * What stays of a payload: everything that counts (event, kind, territory, life stage, consent evidence),
 * names as a marker, identifiers and sensitive answers gone. A form submission's answers may be free text
 * about the person: they go too (the server has them); form, event and tracking code stay.
 */
export function retainedPayload(kind: string, payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return payload;
  const erased = erasePersonalFields(payload as Record<string, unknown>);
  if (kind === FORM_SUBMISSION_KIND && 'answers' in erased) erased.answers = { erased: ERASED_MARKER };
  return erased;
}

export interface RetentionRun {
  erased: number;
  cutoff: string;
}

/**
 * Erases the personal data of records SYNCED more than `days` ago. Pending records and records under
 * "attention" (conflict or rejected) are never touched: they are the only copy. The record itself stays,
 * so counts per event and kind are unchanged. One transaction; running it twice changes nothing more.
 */
export async function applyRetention(db: CabildoDatabase, now: Date, days?: number): Promise<RetentionRun> {
  const keepDays = days ?? (await readRetentionDays(db));
  const cutoff = new Date(now.getTime() - keepDays * DAY_MS).toISOString();
  const at = now.toISOString();
  return db.transaction('rw', db.records, db.meta, async () => {
    const erased = await db.records
      .where('syncState')
      .equals('synced')
      .filter((r: RetainedRecord) => r.personalDataErasedAt === undefined && r.syncedAt !== undefined && r.syncedAt < cutoff)
      .modify((r: RetainedRecord) => {
        r.payload = retainedPayload(r.kind, r.payload);
        r.personalDataErasedAt = at;
      });
    const total = (await readMeta(db, RETENTION_META_KEYS.erasedTotal, isCount)) ?? 0;
    await db.meta.put({ key: RETENTION_META_KEYS.erasedTotal, value: total + erased });
    await db.meta.put({ key: RETENTION_META_KEYS.lastRunAt, value: at });
    return { erased, cutoff };
  });
}
