import { expect } from 'vitest';
import { defaultCatalogues } from '../../../../src/core/catalogues';
import { canonicalJson } from '../../../../src/core/records/canonical-json';
import { validateRecord, type KindRegistry } from '../../../../src/core/records/kind-registry';
import { recordKinds } from '../../../../src/core/records/registry';
import { ed25519LinkVerifier } from '../../../../src/server/forms/link-verifier';
import { readStoredRows } from '../../support/sqlite-file';
import type { FuzzClient } from './fuzz-client';

/** The registry the server validates with: default catalogues, built-in forms, the server's link key. */
export async function serverRegistry(client: FuzzClient): Promise<KindRegistry> {
  const key = JSON.parse((await client.send('GET', '/api/v1/keys/signing')).text) as { publicKey: string };
  return recordKinds(defaultCatalogues, { verifyLink: ed25519LinkVerifier(key.publicKey) });
}

interface RecordRow {
  id: string;
  kind: string;
  schema_version: number;
  device_id: string;
  created_at: string;
  payload: string;
  event_id: string | null;
}

/**
 * Zero invalid rows: every stored record validates again, unchanged (validation is a fixed point of
 * what was stored), its event_id column is its payload's, and its id is one the server answered
 * 'accepted' (or 201) for, exactly once.
 */
export function expectOnlyAcceptedValidRows(dataDir: string, registry: KindRegistry, acceptedIds: ReadonlySet<string>): number {
  const rows = readStoredRows<RecordRow>(dataDir, 'select id, kind, schema_version, device_id, created_at, payload, event_id from records');
  for (const row of rows) {
    const payload = JSON.parse(row.payload) as { eventId?: unknown };
    const stored = { id: row.id, kind: row.kind, schemaVersion: row.schema_version, deviceId: row.device_id, createdAt: row.created_at, payload };
    const checked = validateRecord(registry, stored);
    expect(checked.ok ? 'válido' : JSON.stringify(checked.problem), `fila ${row.id}`).toBe('válido');
    if (checked.ok) expect(canonicalJson(checked.value)).toBe(canonicalJson(stored));
    expect(row.event_id, `event_id de ${row.id}`).toBe(typeof payload.eventId === 'string' ? payload.eventId : null);
    expect(acceptedIds.has(row.id), `fila ${row.id} nunca aceptada`).toBe(true);
  }
  expect(rows.length).toBe(acceptedIds.size);
  // A conflicting version is kept for review only next to the record it conflicts with.
  const orphans = readStoredRows<{ n: number }>(dataDir, 'select count(*) as n from record_conflicts where record_id not in (select id from records)');
  expect(orphans[0]!.n).toBe(0);
  return rows.length;
}

/** Own properties of the built-in prototypes, to compare before and after a run. */
export const prototypeSnapshot = (): string[] =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Reflect.ownKeys(p).map(String).sort().join(','));

export function expectNoPollution(before: readonly string[]): void {
  expect(prototypeSnapshot()).toEqual(before);
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  expect(([] as unknown as { polluted?: unknown }).polluted).toBeUndefined();
}
