import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { loadDeviceContext, type DeviceContext } from '../../src/app/device/device-context';
import { openDatabase, type CabildoDatabase } from '../../src/app/storage/database';
import type { LocalRecord } from '../../src/app/storage/local-record';
import { saveRecord } from '../../src/app/storage/save-record';

// Dexie's liveQuery stays silent unless the environment has a global IndexedDB (Node has none):
// point its dependency check at the fake. Databases still get the fake explicitly, as the brief asks.
Dexie.dependencies.indexedDB ??= indexedDB;
Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;

let counter = 0;
/** A unique name per test: the fake IndexedDB factory is shared by the whole file. */
export const uniqueName = (label: string): string => `cabildo-test-${label}-${process.pid}-${++counter}`;

export const freshDatabase = (label = 'db', name = uniqueName(label)): CabildoDatabase =>
  openDatabase({ name, indexedDB, IDBKeyRange });

export const attendancePayload = (i: number, eventId = 'evento-1') => ({
  eventId,
  fullName: `  Persona Número ${i}  `,
  document: { type: 'CC', number: String(10_000_000 + i) },
  territory: '03',
  consent: { accepted: true, textVersion: '2026-1' },
});

export const deviceFor = (db: CabildoDatabase, deps: Partial<Omit<DeviceContext, 'deviceId'>> = {}) =>
  loadDeviceContext(db, deps);

/** Queues `n` valid attendance entries the way the app does, and returns them in id order. */
export async function queueAttendance(db: CabildoDatabase, device: DeviceContext, n: number, eventId = 'evento-1'): Promise<LocalRecord[]> {
  const saved: LocalRecord[] = [];
  for (let i = 0; i < n; i++) {
    const result = await saveRecord(db, device, { kind: 'attendance.entry', schemaVersion: 1, payload: attendancePayload(i, eventId) });
    if (!result.ok) throw new Error(`fixture record ${i} did not save: ${result.problem.code}`);
    saved.push(result.value);
  }
  return saved.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The first value a subscription delivers that satisfies `accept` (live queries are asynchronous). */
export function firstMatching<T>(subscribe: (cb: (value: T) => void) => () => void, accept: (value: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    let done = false;
    let unsubscribe: (() => void) | undefined;
    unsubscribe = subscribe((value) => {
      if (done || !accept(value)) return;
      done = true;
      resolve(value);
      unsubscribe?.();
    });
    if (done) unsubscribe();
  });
}
