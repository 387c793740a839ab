import { pushResponseSchema, type PushResponse } from '../../../src/core/sync/protocol';
import { pushBody } from './attendance-records';
import { authedFetch } from './authed-fetch';

export const postSync = (baseUrl: string, body: string): Promise<Response> =>
  authedFetch(`${baseUrl}/api/v1/sync`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

/** Pushes records and returns the parsed response; fails the test on anything but 200. */
export async function push(baseUrl: string, records: unknown[]): Promise<PushResponse> {
  const response = await postSync(baseUrl, pushBody(records));
  if (response.status !== 200) throw new Error(`sync respondió ${response.status}: ${await response.text()}`);
  return pushResponseSchema.parse(await response.json());
}

export const statuses = (response: PushResponse) => response.results.map((r) => r.status);
