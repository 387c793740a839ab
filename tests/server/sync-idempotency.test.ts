import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendanceRecord } from './support/attendance-records';
import { push, statuses } from './support/http';
import { countRows, readStoredRows } from './support/sqlite-file';
import { startAuthedServer, type AuthedServer } from './support/authed-server';

let server: AuthedServer;
beforeAll(async () => {
  server = await startAuthedServer();
});
afterAll(() => server.dispose());

describe('POST /api/v1/sync: the same record never stored twice', () => {
  it('stores a batch replayed three times once: accepted, then duplicate', async () => {
    const batch = [attendanceRecord(), attendanceRecord(), attendanceRecord()];
    const ids = batch.map((r) => r.id);

    const first = await push(server.url, batch);
    const second = await push(server.url, batch);
    const third = await push(server.url, batch);

    expect(statuses(first)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(statuses(second)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(statuses(third)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(first.results.map((r) => r.id)).toEqual(ids);
    expect(countRows(server.dataDir, 'records', `id in (${ids.map(() => '?').join(',')})`, ...ids)).toBe(3);
    expect(Date.parse(first.serverTime)).not.toBeNaN();
  });

  it('treats a resubmission with keys in another order and untrimmed name as a duplicate', async () => {
    const record = attendanceRecord();
    await push(server.url, [record]);
    const { payload, ...envelope } = record;
    const reordered = { payload: { ...payload, fullName: `  ${payload.fullName}  ` }, ...envelope };

    const again = await push(server.url, [reordered]);

    expect(statuses(again)).toEqual(['duplicate']);
  });

  it('keeps the first version of a conflicting id and stores the other once for review', async () => {
    const original = attendanceRecord();
    const changed = { ...original, payload: { ...original.payload, fullName: 'Otra Persona Distinta' } };

    expect(statuses(await push(server.url, [original]))).toEqual(['accepted']);
    const conflict = await push(server.url, [changed]);
    const replayed = await push(server.url, [changed]);

    expect(conflict.results[0]).toMatchObject({ id: original.id, status: 'conflict', problem: { code: 'record.conflict' } });
    expect(statuses(replayed)).toEqual(['conflict']);
    const [stored] = readStoredRows<{ payload: string }>(server.dataDir, 'select payload from records where id = ?', original.id);
    expect(JSON.parse(stored!.payload).fullName).toBe('Ana María Peña');
    const kept = readStoredRows<{ content: string; device_id: string }>(
      server.dataDir,
      'select content, device_id from record_conflicts where record_id = ?',
      original.id,
    );
    expect(kept).toHaveLength(1);
    expect(JSON.parse(kept[0]!.content).payload.fullName).toBe('Otra Persona Distinta');
  });

  it('handles an id repeated inside one batch: the first copy wins', async () => {
    const record = attendanceRecord();
    const different = { ...record, payload: { ...record.payload, territory: '07' } };

    const response = await push(server.url, [record, record, different]);

    expect(statuses(response)).toEqual(['accepted', 'duplicate', 'conflict']);
    expect(countRows(server.dataDir, 'records', 'id = ?', record.id)).toBe(1);
    expect(countRows(server.dataDir, 'record_conflicts', 'record_id = ?', record.id)).toBe(1);
    const [stored] = readStoredRows<{ payload: string }>(server.dataDir, 'select payload from records where id = ?', record.id);
    expect(JSON.parse(stored!.payload).territory).toBe('03');
  });

  it('answers an empty batch with no results', async () => {
    const response = await push(server.url, []);
    expect(response.results).toEqual([]);
  });
});
