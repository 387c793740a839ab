import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH_RECORDS, MAX_SYNC_BODY_BYTES } from '../../../src/core/sync/protocol';
import { hostileBatch } from './support/hostile-records';
import { PROTO_KEYS, anyText, pollutingValue, wrongValue } from './support/hostile-values';
import { INVALID_BYTES_MARK, JsonMembers, deepArrays, deepObjects, jsonText, withInvalidUtf8 } from './support/json-text';
import { expectProblemResponse } from './support/response-checks';
import { expectServerUnharmed, startFuzzServer, stopFuzzServer, type FuzzServer } from './support/fuzz-server';
import { checkSyncAnswer, expectReplayAnswer } from './support/sync-oracle';
import { validRecord } from './support/valid-records';

const SYNC = '/api/v1/sync';

let fuzz: FuzzServer;
beforeAll(async () => {
  fuzz = await startFuzzServer();
});
afterAll(() => stopFuzzServer(fuzz));

/** Sends one body, judges the answer, and when something was stored sends it again to prove nothing doubles. */
async function pushAndJudge(body: string | Uint8Array, payloads: number): Promise<void> {
  fuzz.tally.payloads += payloads;
  const response = await fuzz.client.send('POST', SYNC, body);
  const answer = checkSyncAnswer(fuzz.registry, body, response, fuzz.tally);
  if (answer?.results.some((r) => r.status === 'accepted')) expectReplayAnswer(answer, await fuzz.client.send('POST', SYNC, body));
}

/** Members put before the real deviceId and records, so the real ones win and the batch is still judged. */
const extraMembers = fc.array(fc.tuple(fc.constantFrom<string>(...PROTO_KEYS, 'records', 'deviceId', 'results'), fc.oneof(fc.constant(pollutingValue()), wrongValue)), { maxLength: 2 });

const batchBody = (minRecords: number, maxRecords: number) =>
  fc.tuple(hostileBatch(validRecord(), minRecords, maxRecords), extraMembers).map(([records, extras]) => ({
    records,
    text: jsonText(new JsonMembers([...extras, ['deviceId', 'fuzz-tableta'], ['records', records]])),
  }));

describe('POST /api/v1/sync under hostile input', () => {
  it('answers every record of hostile batches on its own, as the core judges it, and a replay doubles nothing', async () => {
    await fc.assert(
      fc.asyncProperty(batchBody(10, 50), async ({ records, text }) => pushAndJudge(text, records.length)),
      { numRuns: 300 },
    );
  });

  it('answers hostile request envelopes with a problem that explains them', async () => {
    const validText = jsonText({ deviceId: 'd', records: [] });
    const envelope = fc.oneof(
      { arbitrary: wrongValue, weight: 3 },
      { arbitrary: fc.record({ deviceId: wrongValue, records: fc.array(wrongValue, { maxLength: 3 }) }), weight: 3 },
      { arbitrary: fc.record({ deviceId: fc.constant('d'), records: wrongValue }), weight: 3 },
      { arbitrary: fc.record({ deviceId: anyText }, { requiredKeys: [] }), weight: 1 },
      { arbitrary: fc.constantFrom(...PROTO_KEYS).map((key) => new JsonMembers([[key, pollutingValue()], ['deviceId', 'd'], ['records', []]])), weight: 1 },
      { arbitrary: fc.constantFrom(MAX_BATCH_RECORDS + 1, 2000).map((n) => ({ deviceId: 'd', records: Array.from({ length: n }, () => null) })), weight: 1 },
    );
    const text = fc.oneof(
      { arbitrary: envelope.map(jsonText), weight: 8 },
      { arbitrary: fc.nat({ max: validText.length - 1 }).map((n) => validText.slice(0, n)), weight: 1 },
      { arbitrary: anyText, weight: 1 },
      { arbitrary: fc.constantFrom('NaN', 'Infinity', '{"deviceId":"d","records":[NaN]}', '{"deviceId":"d","records":[1e999]}', "{'deviceId':'d'}", '\ufeff{"deviceId":"d","records":[]}', '{"deviceId":"d","records":[]}\u0000'), weight: 1 },
    );
    await fc.assert(fc.asyncProperty(text, (body) => pushAndJudge(body, 1)), { numRuns: 500 });
  });

  it('decodes bodies with invalid UTF-8 byte sequences without failing (bytes become U+FFFD)', async () => {
    const bytesBody = fc.oneof(
      { arbitrary: batchBody(1, 10).chain(({ records, text }) =>
          fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.nat()).map(([cuts, start]) => {
            const quotes = [...text.matchAll(/"/g)].map((m) => m.index);
            let marked = text;
            for (const cut of [...new Set(cuts.map((c) => quotes[c % quotes.length]!))].sort((a, b) => b - a)) {
              marked = `${marked.slice(0, cut + 1)}${JSON.stringify(INVALID_BYTES_MARK).slice(1, -1)}${marked.slice(cut + 1)}`;
            }
            return { records: records.length, bytes: withInvalidUtf8(marked, start) };
          }),
        ), weight: 4 },
      { arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ records: 1, bytes: Buffer.from(bytes) })), weight: 1 },
    );
    await fc.assert(fc.asyncProperty(bytesBody, ({ records, bytes }) => pushAndJudge(bytes, records)), { numRuns: 150 });
  });

  it('takes huge strings within the body limit, refuses bodies beyond it, and survives 10,000-level nesting', async () => {
    const [record] = fc.sample(validRecord(), { numRuns: 1, seed: 7 }) as [Record<string, unknown>];
    const big = (n: number) => 'Ñ'.repeat(Math.floor(n / 2)); // two UTF-8 bytes each
    const withPayload = (over: Record<string, unknown>) => ({ ...record, payload: { ...(record.payload as object), ...over } });
    const within = [
      jsonText({ deviceId: 'd', records: [withPayload({ fullName: big(7_500_000) })] }),
      jsonText({ deviceId: 'd', records: [{ ...record, id: big(7_500_000) }] }),
      jsonText({ deviceId: big(7_000_000), records: [] }),
      jsonText({ deviceId: 'd', records: [{ ...record, kind: big(1_000_000) }, { ...record, deviceId: `${big(1_000_000)}\u0000\ud800` }] }),
      jsonText({ deviceId: 'd', records: Array.from({ length: MAX_BATCH_RECORDS }, (_, i) => ({ ...record, id: `${i}`, payload: big(14_000) })) }),
      jsonText(deepArrays(10_000)),
      jsonText(deepObjects(100_000, '__proto__')),
      jsonText({ deviceId: 'd', records: [deepArrays(10_000), deepObjects(10_000, 'constructor')] }),
      jsonText({ deviceId: deepObjects(10_000), records: [] }),
      jsonText({ deviceId: 'd', records: deepArrays(10_000, '{}') }),
      jsonText({ deviceId: 'd', records: [{ ...record, payload: deepObjects(10_000, 'eventId') }, { ...record, schemaVersion: deepArrays(10_000) }, { ...record, id: deepObjects(10_000, 'id') }] }),
      jsonText({ deviceId: 'd', records: [withPayload({ document: deepObjects(10_000, 'type'), consent: deepArrays(10_000) })] }),
    ];
    for (const body of within) {
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_SYNC_BODY_BYTES);
      await pushAndJudge(body, 1);
    }

    const exact = jsonText({ deviceId: 'd', records: [], relleno: '' });
    const padded = (bytes: number) => `${exact.slice(0, -2)}${'x'.repeat(bytes - Buffer.byteLength(exact))}"}`;
    await pushAndJudge(padded(MAX_SYNC_BODY_BYTES), 1);
    for (const body of [padded(MAX_SYNC_BODY_BYTES + 1), padded(20 * 1024 * 1024)]) {
      fuzz.tally.payloads++;
      expectProblemResponse(await fuzz.client.sendAlone('POST', SYNC, body), ['request.too_large']);
    }
    // Without a Content-Length the limit is counted while reading.
    fuzz.tally.payloads++;
    expectProblemResponse(await fuzz.client.sendAlone('POST', SYNC, padded(MAX_SYNC_BODY_BYTES + 1), { 'transfer-encoding': 'chunked' }), ['request.too_large']);
    // Whatever the declared content type, the body is read as JSON text.
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      fuzz.tally.payloads++;
      const body = jsonText({ deviceId: 'd', records: fc.sample(validRecord(), 3) });
      checkSyncAnswer(fuzz.registry, body, await fuzz.client.send('POST', SYNC, body, { 'content-type': type }), fuzz.tally);
    }
  });

  // Found by the fuzz: SQLite keeps text as UTF-8, where a lone surrogate cannot be written, so the
  // stored deviceId came back changed and the device's retry of the same record became a conflict.
  it('refuses a record whose deviceId is not well-formed text, so that a retry is never a conflict', async () => {
    for (const deviceId of ['tableta\ud800', '\udfff', 'a\udc00b']) {
      const [record] = fc.sample(validRecord(), { numRuns: 1 }) as [Record<string, unknown>];
      const body = jsonText({ deviceId: 'd', records: [{ ...record, deviceId }] });
      fuzz.tally.payloads++;
      const response = await fuzz.client.send('POST', SYNC, body);
      checkSyncAnswer(fuzz.registry, body, response, fuzz.tally);
      const [result] = (JSON.parse(response.text) as { results: { status: string; problem?: { details?: { fields?: { path: string }[] } } }[] }).results;
      expect(result?.status).toBe('rejected');
      expect(result?.problem?.details?.fields?.map((f) => f.path)).toEqual(['deviceId']);
    }
  });

  // Found by the fuzz: payload.eventId is copied into the indexed event_id column, where a lone
  // surrogate became U+FFFD: the row named another event than its own payload.
  it('refuses a record whose eventId is not well-formed text, of every kind that takes a free eventId', async () => {
    const records = fc.sample(validRecord('evento\udc00'), { numRuns: 40, seed: 11 }) as Record<string, unknown>[];
    const kinds = new Set<string>();
    for (const record of records.filter((r) => r.kind !== 'form.submission')) {
      kinds.add(`${String(record.kind)}@${String(record.schemaVersion)}`);
      const body = jsonText({ deviceId: 'd', records: [record] });
      fuzz.tally.payloads++;
      const response = await fuzz.client.send('POST', SYNC, body);
      checkSyncAnswer(fuzz.registry, body, response, fuzz.tally);
      const [result] = (JSON.parse(response.text) as { results: { status: string; problem?: { details?: { fields?: { path: string }[] } } }[] }).results;
      expect(result?.status).toBe('rejected');
      expect(result?.problem?.details?.fields?.map((f) => f.path)).toContain('payload.eventId');
    }
    expect(kinds.size).toBe(4);
  });

  it('leaves only valid, accepted rows, no polluted prototype, and a server that still answers', async () => {
    await expectServerUnharmed(fuzz, 'sync', 9_000);
  });
});
