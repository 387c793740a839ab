import { expect } from 'vitest';
import { validateRecord, type KindRegistry } from '../../../../src/core/records/kind-registry';
import { MAX_BATCH_RECORDS, pushRequestSchema, pushResponseSchema, type PushResponse } from '../../../../src/core/sync/protocol';
import type { FuzzResponse } from './fuzz-client';
import { expectJsonAnswer, expectProblemResponse, expectWellFormedProblem } from './response-checks';
import { FUZZ_DEVICE_ID } from './valid-records';

/** What the fuzz of one server has seen: the ids it was told were stored, and how much it sent. */
export interface Tally {
  acceptedIds: Set<string>;
  payloads: number;
}

const idOf = (input: unknown): string =>
  typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'string' ? (input as { id: string }).id : '';

const isRecordObject = (input: unknown) => typeof input === 'object' && input !== null && !Array.isArray(input);

/**
 * Judges one answer of POST /api/v1/sync against what the core says of the body the server received
 * (the same bytes, decoded the same way): which problem for a bad request, and for each record,
 * rejected with the core's problem exactly when the core refuses it, and with record.device_mismatch when it
 * names another device than the credential's (FUZZ_DEVICE_ID).
 */
export function checkSyncAnswer(registry: KindRegistry, sent: string | Uint8Array, response: FuzzResponse, tally: Tally): PushResponse | undefined {
  // Decoded as the server decodes it: invalid bytes become U+FFFD and a leading BOM is dropped.
  const text = new TextDecoder().decode(typeof sent === 'string' ? Buffer.from(sent, 'utf8') : sent);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    expectProblemResponse(response, ['request.malformed_json']);
    return undefined;
  }
  const request = pushRequestSchema.safeParse(body);
  if (!request.success) {
    expectProblemResponse(response, ['request.invalid']);
    return undefined;
  }
  const records = request.data.records;
  if (records.length > MAX_BATCH_RECORDS) {
    expectProblemResponse(response, ['sync.batch_too_large']);
    return undefined;
  }
  expect(response.status, response.text.slice(0, 300)).toBe(200);
  const answer = pushResponseSchema.parse(expectJsonAnswer(response));
  expect(answer.results).toHaveLength(records.length);
  records.forEach((input, i) => {
    const result = answer.results[i]!;
    const local = validateRecord(registry, input);
    if (!local.ok) {
      expect(result, `registro ${i}`).toMatchObject({ id: idOf(input), status: 'rejected', problem: { code: local.problem.code } });
      if (isRecordObject(input) && local.problem.code === 'record.invalid') expect(result.problem?.details?.fields).toBeDefined();
    } else {
      expect(result.id).toBe(local.value.id);
      if (local.value.deviceId !== FUZZ_DEVICE_ID) expect(result, `registro ${i}`).toMatchObject({ status: 'rejected', problem: { code: 'record.device_mismatch' } });
      // Otherwise a valid record is refused only by the answer limit, which needs the stored answers to judge.
      else if (result.status === 'rejected') expect(result.problem?.code).toBe('form.already_answered');
    }
    if (result.status === 'rejected') expectWellFormedProblem(result.problem);
    else if (result.status === 'conflict') expect(result.problem?.code).toBe('record.conflict');
    else expect(result.problem).toBeUndefined();
    if (result.status === 'accepted') {
      expect(tally.acceptedIds.has(result.id), `${result.id} aceptado dos veces`).toBe(false);
      tally.acceptedIds.add(result.id);
    }
  });
  return answer;
}

/** Sending the same batch again must store nothing new: accepted becomes duplicate, the rest repeats. */
export function expectReplayAnswer(first: PushResponse, replay: FuzzResponse): void {
  expect(replay.status).toBe(200);
  const again = pushResponseSchema.parse(JSON.parse(replay.text));
  const expected = first.results.map((r) => ({ id: r.id, status: r.status === 'accepted' ? 'duplicate' : r.status }));
  expect(again.results.map((r) => ({ id: r.id, status: r.status }))).toEqual(expected);
}
