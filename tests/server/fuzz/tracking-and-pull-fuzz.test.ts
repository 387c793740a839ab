import fc from 'fast-check';
import { maxHeaderSize } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogues } from '../../../src/core/catalogues';
import { formatTrackingCode, parseTrackingCode } from '../../../src/core/escuchadero/tracking-code';
import { PULL_MAX_EVENTS, pullResponseSchema } from '../../../src/core/sync/pull';
import { readPullQuery } from '../../../src/server/pull/read-pull-query';
import { CLOSED_EVENT_ID, expectServerUnharmed, startFuzzServer, stopFuzzServer, type FuzzServer } from './support/fuzz-server';
import { cloneTree, mutate, mutation } from './support/hostile-records';
import { EXTREME_NUMBERS, NUMBER_TOKENS, PROTO_KEYS, SQL_INJECTIONS, HTML_INJECTIONS, hostileText, pollutingValue, wrongValue } from './support/hostile-values';
import { JsonMembers, deepArrays, deepObjects, jsonText } from './support/json-text';
import { decodedSegment, encodeSegment, hostileSegment } from './support/path-segments';
import { expectJsonAnswer, expectProblemResponse } from './support/response-checks';
import { checkSyncAnswer } from './support/sync-oracle';
import { FUZZ_DEVICE_ID, FUZZ_EVENT_ID, trackingCode, validRecord } from './support/valid-records';

const MAX_STATUS_BODY_BYTES = 16 * 1024;
const MAX_STATUS_CODES = 50;

let fuzz: FuzzServer;
/** Tracking codes of the escuchadero entries stored at the start. */
let known: string[] = [];
/** Cursors the server handed out, to send back (valid ones must keep working). */
const cursors: string[] = [];

/**
 * Stores what the citizen endpoints read: escuchadero entries (with tracking codes), check-ins and
 * registrations whose free text carries SQL and HTML, all for the open event.
 */
beforeAll(async () => {
  fuzz = await startFuzzServer();
  const injected = [...SQL_INJECTIONS, ...HTML_INJECTIONS];
  const records = fc.sample(validRecord(), { numRuns: 120, seed: 42 }).map((sampled, i) => {
    // All pushed by the fuzz's own device, so every one is stored.
    const record = cloneTree(sampled);
    record.deviceId = FUZZ_DEVICE_ID;
    const payload = record.payload as Record<string, unknown>;
    const text = injected[i % injected.length]!;
    if (typeof payload.neighbourhood === 'string') payload.neighbourhood = `Manrique ${text}`;
    if (payload.organisation) (payload.organisation as Record<string, unknown>).name = `JAC ${text}`;
    if (payload.answers && typeof (payload.answers as Record<string, unknown>).mensaje === 'string') {
      (payload.answers as Record<string, unknown>).mensaje = `Pregunta sobre el parque: ${text}`;
    }
    return record;
  });
  const body = jsonText({ deviceId: 'fuzz-semilla', records });
  const answer = checkSyncAnswer(fuzz.registry, body, await fuzz.client.send('POST', '/api/v1/sync', body), fuzz.tally);
  expect(answer?.results.filter((r) => r.status === 'accepted').length).toBe(records.length);
  known = records.flatMap((r) => {
    const code = (r.payload as { trackingCode?: string }).trackingCode;
    return code === undefined ? [] : [code];
  });
  expect(known.length).toBeGreaterThan(5);
  for (const query of ['', `?events=${FUZZ_EVENT_ID}`, `?events=${FUZZ_EVENT_ID},${CLOSED_EVENT_ID}`]) {
    const pull = await fuzz.client.send('GET', `/api/v1/pull${query}`);
    expect(pull.status).toBe(200);
    cursors.push((JSON.parse(pull.text) as { cursor: string }).cursor);
  }
});
afterAll(() => stopFuzzServer(fuzz));

/** A tracking code as a person types it: any case, grouped with a dash, a space or a dot. */
const typedKnownCode = fc
  .integer({ min: 0, max: 10_000 })
  .chain((i) => {
    const code = known[i % known.length]!;
    return fc.constantFrom(code, code.toLowerCase(), formatTrackingCode(code), `${code.slice(0, 4)} ${code.slice(4)}`, `${code.slice(0, 4)}.${code.slice(4)}`, ` ${code} `);
  });

const codeText = fc.oneof({ arbitrary: typedKnownCode, weight: 3 }, { arbitrary: trackingCode, weight: 2 }, { arbitrary: hostileText, weight: 4 });

/** A decoded value the oracle can judge: not broken escapes, not a path trick, not near Node's header limit. */
const judgeable = (text: string | undefined, wireLength: number): text is string =>
  text !== undefined && text !== '' && !text.includes('/') && !/^\.{1,2}$/.test(text) && wireLength < maxHeaderSize - 1_000;

async function lookUpAndJudge(segment: string): Promise<void> {
  fuzz.tally.payloads++;
  const path = `/api/v1/escuchadero/status/${segment}`;
  const alone = path.length > maxHeaderSize - 1_000;
  const response = await (alone ? fuzz.client.sendAlone : fuzz.client.send)('GET', path);
  if (response.status !== 200) expectProblemResponse(response);
  else expectJsonAnswer(response);
  const typed = decodedSegment(segment);
  if (path.length > maxHeaderSize) expectProblemResponse(response, ['request.too_large']);
  if (!judgeable(typed, path.length)) return;
  const code = parseTrackingCode(typed);
  if (!code.ok) expectProblemResponse(response, ['escuchadero.tracking_code_invalid']);
  else if (!known.includes(code.value)) expectProblemResponse(response, ['escuchadero.not_found']);
  else {
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ trackingCode: code.value, status: 'received' });
  }
}

const statusBody: fc.Arbitrary<{ body: string; codes: number }> = fc.oneof(
  { arbitrary: fc.array(codeText, { maxLength: MAX_STATUS_CODES, size: 'max' }).map((codes) => ({ codes })), weight: 6 },
  { arbitrary: fc.array(fc.oneof(typedKnownCode, trackingCode), { maxLength: MAX_STATUS_CODES }).map((codes) => ({ codes })), weight: 3 },
  { arbitrary: fc.array(codeText, { minLength: MAX_STATUS_CODES + 1, maxLength: MAX_STATUS_CODES + 10 }).map((codes) => ({ codes })), weight: 1 },
  { arbitrary: fc.tuple(fc.array(codeText, { maxLength: 10 }), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([codes, ms]) => mutate({ codes }, ms)), weight: 3 },
  { arbitrary: wrongValue, weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom(...PROTO_KEYS), fc.array(codeText, { maxLength: 5 })).map(([key, codes]) => new JsonMembers([[key, pollutingValue()], ['codes', codes]])), weight: 1 },
  { arbitrary: fc.constantFrom({ codes: ['x'.repeat(20_000)] }, { codes: deepArrays(10_000) }, { codes: [deepObjects(10_000, '__proto__')] }), weight: 1 },
).map((value) => {
  const codes = (value as { codes?: unknown } | null)?.codes;
  return { body: jsonText(value), codes: Array.isArray(codes) ? Math.max(1, codes.length) : 1 };
});

/** The rules of POST /status written out: a strict {codes} of at most 50 texts of at most 32 characters, each a code. */
async function askAndJudge({ body, codes }: { body: string; codes: number }): Promise<void> {
  fuzz.tally.payloads += codes;
  const bytes = Buffer.from(body, 'utf8');
  const tooLarge = bytes.byteLength > MAX_STATUS_BODY_BYTES;
  const response = await (tooLarge ? fuzz.client.sendAlone : fuzz.client.send)('POST', '/api/v1/escuchadero/status', bytes);
  if (tooLarge) {
    expectProblemResponse(response, ['request.too_large']);
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    expectProblemResponse(response, ['request.malformed_json']);
    return;
  }
  const list = (parsed as { codes?: unknown } | null)?.codes;
  const shapeOk =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && Object.keys(parsed).join() === 'codes' &&
    Array.isArray(list) && list.length <= MAX_STATUS_CODES && list.every((c) => typeof c === 'string' && c.length <= 32);
  if (!shapeOk) {
    expectProblemResponse(response, ['request.invalid']);
    return;
  }
  const typed = list as string[];
  const badAt = typed.flatMap((c, i) => (parseTrackingCode(c).ok ? [] : [`codes.${i}`]));
  if (badAt.length > 0) {
    const p = expectProblemResponse(response, ['request.invalid']);
    expect(p.details?.fields?.map((f) => f.path)).toEqual(badAt);
    return;
  }
  expect(response.status).toBe(200);
  const found = [...new Set(typed.map((c) => (parseTrackingCode(c) as { value: string }).value))].filter((c) => known.includes(c));
  const answer = expectJsonAnswer(response) as { items: { trackingCode: string }[] };
  expect(answer.items.map((item) => item.trackingCode)).toEqual(found);
}

const base64Url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const cursorField = fc.oneof(fc.constantFrom<unknown>(0, 1, 2 ** 53, -1, 1.5, ...EXTREME_NUMBERS, ...NUMBER_TOKENS), wrongValue);
const cursorValue: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 100 }).map((i) => cursors[i % cursors.length]!), weight: 2 },
  { arbitrary: fc.record({ v: fc.oneof(fc.constant(1), cursorField), e: cursorField, r: cursorField, f: fc.array(hostileText, { maxLength: 3 }) }, { requiredKeys: ['v'] }).map((c) => base64Url(jsonText(c))), weight: 3 },
  { arbitrary: fc.constantFrom(9, 1_000_000).map((n) => base64Url(jsonText({ v: 1, e: n, r: n }))), weight: 1 },
  { arbitrary: fc.constantFrom(base64Url(jsonText(deepArrays(5_000))), base64Url(jsonText(new JsonMembers([['__proto__', { v: 1 }], ['v', 1], ['e', 0], ['r', 0]])))), weight: 1 },
  { arbitrary: hostileSegment.map(decodeOrKeep), weight: 2 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 9_000 }), weight: 1 },
);
const eventsValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(FUZZ_EVENT_ID, CLOSED_EVENT_ID, `${FUZZ_EVENT_ID},${FUZZ_EVENT_ID}`, ',,,', '', ' ', '__proto__', 'constructor,prototype'),
  fc.array(fc.oneof(fc.constant(FUZZ_EVENT_ID), hostileText), { minLength: 1, maxLength: 5 }).map((ids) => ids.join(',')),
  fc.constant(Array.from({ length: PULL_MAX_EVENTS + 1 }, (_, i) => `evento-${i}`).join(',')),
);

function decodeOrKeep(segment: string): string {
  return decodedSegment(segment) ?? segment;
}

/** Query parameters in any order, repeated or unknown ones included, as they go on the wire. */
const pullQuery = fc.array(
  fc.oneof(
    fc.tuple(fc.constant('cursor'), cursorValue.map(encodeSegment)),
    fc.tuple(fc.constant('events'), eventsValue.map(encodeSegment)),
    fc.tuple(fc.constantFrom<string>('events', 'cursor'), hostileSegment),
    fc.tuple(fc.constantFrom<string>(...PROTO_KEYS, 'cursor[]', 'events[0]'), hostileSegment),
  ),
  { maxLength: 3 },
);

/** The first value of a parameter as the server reads it; null when absent, undefined when its escapes are broken. */
function firstParam(query: [string, string][], key: string): string | null | undefined {
  const found = query.find(([k]) => k === key);
  return found === undefined ? null : decodedSegment(found[1].replace(/\+/g, ' '));
}

async function pullAndJudge(query: [string, string][]): Promise<void> {
  fuzz.tally.payloads++;
  const path = `/api/v1/pull${query.length === 0 ? '' : `?${query.map(([k, v]) => `${k}=${v}`).join('&')}`}`;
  const alone = path.length > maxHeaderSize - 1_000;
  const response = await (alone ? fuzz.client.sendAlone : fuzz.client.send)('GET', path);
  if (response.status !== 200) expectProblemResponse(response);
  else pullResponseSchema(defaultCatalogues).parse(expectJsonAnswer(response));
  if (path.length > maxHeaderSize) expectProblemResponse(response, ['request.too_large']);
  const [cursor, events] = [firstParam(query, 'cursor'), firstParam(query, 'events')];
  if (alone || cursor === undefined || events === undefined) return;
  const local = readPullQuery({ cursor: cursor ?? undefined, events: events ?? undefined }, 'es');
  if (!local.ok) expectProblemResponse(response, [local.problem.code]);
  else if (response.status !== 200) expectProblemResponse(response, ['sync.cursor_invalid']); // a cursor ahead of this database
}

describe('the public escuchadero and pull endpoints under hostile input', () => {
  it('GET /api/v1/escuchadero/status/:code answers every typed code as the core parses it', async () => {
    const segment = fc.oneof({ arbitrary: codeText.map(encodeSegment), weight: 3 }, { arbitrary: hostileSegment, weight: 2 });
    await fc.assert(fc.asyncProperty(segment, lookUpAndJudge), { numRuns: 1000 });
  });

  it('POST /api/v1/escuchadero/status answers hostile lists of codes, naming each bad one', async () => {
    await fc.assert(fc.asyncProperty(statusBody, askAndJudge), { numRuns: 400 });
  });

  it('GET /api/v1/pull answers hostile cursors and event lists as readPullQuery decides', async () => {
    await fc.assert(fc.asyncProperty(pullQuery, pullAndJudge), { numRuns: 600 });
  });

  it('leaves only valid, accepted rows, no polluted prototype, and a server that still answers', async () => {
    await expectServerUnharmed(fuzz, 'tracking-and-pull', 5_000);
  });
});
